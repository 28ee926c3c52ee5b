#include "core/uncertainty/stats.h"

#include <algorithm>

namespace planner::mc {

double percentile_sorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const double pos = std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
  const size_t i = static_cast<size_t>(pos);
  if (i + 1 >= sorted.size()) return sorted.back();
  const double f = pos - static_cast<double>(i);
  return sorted[i] + f * (sorted[i + 1] - sorted[i]);
}

Spread summarise(std::vector<double>& values) {
  Spread s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  s.p10 = percentile_sorted(values, 0.10);
  s.p50 = percentile_sorted(values, 0.50);
  s.p90 = percentile_sorted(values, 0.90);
  s.min = values.front();
  s.max = values.back();
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(values.size());
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
