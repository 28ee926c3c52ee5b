#include "core/uncertainty/stats.h"

#include <algorithm>

namespace planner::mc {
namespace {

// The n-th smallest of v[lo, hi) moved to v[n], smaller or equal values
// before it and greater or equal after (what std::nth_element promises).
// Quickselect with a three-way split done in two branch-free passes: on
// random samples std::nth_element's comparisons mispredict about half the
// time, which made the summaries of a simulation cost a tenth of it. Runs of
// equal values (months, people) fall into the middle part at once. If the
// pivots keep being poor, std::nth_element finishes the job.
void select_nth(double* v, size_t lo, size_t hi, size_t n) {
  for (int rounds = 0; hi - lo > 16; ++rounds) {
    if (rounds > 64) {
      std::nth_element(v + lo, v + n, v + hi);
      return;
    }
    const double a = v[lo], b = v[lo + (hi - lo) / 2], c = v[hi - 1];
    const double pivot = std::max(std::min(a, b), std::min(std::max(a, b), c));  // median of three
    size_t lt = lo;                                                              // [lo, lt) < pivot
    for (size_t i = lo; i < hi; ++i) {
      const double x = v[i];
      v[i] = v[lt];
      v[lt] = x;
      lt += x < pivot ? 1 : 0;
    }
    size_t le = lt;  // [lt, le) == pivot, [le, hi) > pivot
    for (size_t i = lt; i < hi; ++i) {
      const double x = v[i];
      v[i] = v[le];
      v[le] = x;
      le += pivot < x ? 0 : 1;
    }
    if (n < lt) {
      hi = lt;
    } else if (n < le) {
      return;
    } else {
      lo = le;
    }
  }
  std::sort(v + lo, v + hi);
}

}  // namespace

double percentile_sorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const double pos = std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
  const size_t i = static_cast<size_t>(pos);
  if (i + 1 >= sorted.size()) return sorted.back();
  const double f = pos - static_cast<double>(i);
  return sorted[i] + f * (sorted[i + 1] - sorted[i]);
}

void percentiles_unsorted(std::vector<double>& values, const double* ps, double* out, int count) {
  const size_t n = values.size();
  // Ascending percentiles select in ever smaller ranges: after selecting
  // position i, everything past it is the n-1-i largest values, so a later
  // (higher) position is found among those alone. The values found are the
  // same order statistics either way.
  size_t from = 0;
  double last_p = 0;
  for (int j = 0; j < count; ++j) {
    if (n == 0) {
      out[j] = 0;
      continue;
    }
    const double p = std::clamp(ps[j], 0.0, 1.0);
    if (p < last_p) from = 0;  // not ascending: search the whole range again
    last_p = p;
    const double pos = p * static_cast<double>(n - 1);
    const size_t i = static_cast<size_t>(pos);
    if (i < from) from = 0;
    select_nth(values.data(), from, n, i);
    from = i + 1;
    const double a = values[i];
    if (i + 1 >= n) {
      out[j] = a;
      continue;
    }
    // After nth_element everything past i is >= values[i]: the next order statistic is their minimum.
    const double b = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(i) + 1, values.end());
    out[j] = a + (pos - static_cast<double>(i)) * (b - a);
  }
}

Spread summarise(std::vector<double>& values) {
  Spread s;
  if (values.empty()) return s;
  // Mean in sample order, before selection reorders the values: the sum's
  // rounding then does not depend on how nth_element happens to shuffle.
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(values.size());
  const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
  s.min = *mn;
  s.max = *mx;
  static const double kPs[3] = {0.10, 0.50, 0.90};
  double q[3];
  percentiles_unsorted(values, kPs, q, 3);
  s.p10 = q[0];
  s.p50 = q[1];
  s.p90 = q[2];
  return s;
}

Histogram histogram(const std::vector<double>& values, int bins) {
  Histogram h;
  if (values.empty() || bins < 1) return h;
  const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
  h.lo = *mn;
  h.hi = *mx;
  if (!(h.hi > h.lo)) {
    h.counts.assign(1, static_cast<int>(values.size()));
    return h;
  }
  h.counts.assign(bins, 0);
  const double w = (h.hi - h.lo) / bins;
  for (double v : values) {
    int i = static_cast<int>((v - h.lo) / w);
    h.counts[std::clamp(i, 0, bins - 1)]++;
  }
  return h;
}

}  // namespace planner::mc
