// stats.h — percentiles and histograms over samples.
#pragma once

#include <vector>

namespace planner::mc {

// Percentile p in [0, 1] of ascending-sorted values, interpolating linearly
// between order statistics (Hyndman & Fan type 7, as spreadsheets do).
// Empty input gives 0.
double percentile_sorted(const std::vector<double>& sorted, double p);

// The same as percentile_sorted(sort(values), p) for p in ps, in O(n) each by
// selection instead of a full sort (the band chart needs 3 per month). Reorders
// `values`.
void percentiles_unsorted(std::vector<double>& values, const double* ps, double* out, int count);

struct Spread {
  double p10 = 0, p50 = 0, p90 = 0;
  double mean = 0, min = 0, max = 0;
};
// Summarises `values` (reordering them).
Spread summarise(std::vector<double>& values);

struct Histogram {
  double lo = 0, hi = 0;    // range covered; bin i is [lo + i w, lo + (i+1) w)
  std::vector<int> counts;  // the last bin includes hi
  double bin_width() const { return counts.empty() ? 0 : (hi - lo) / counts.size(); }
};
// `bins` equal bins from the smallest to the largest value. All values equal:
// one bin holding every value.
Histogram histogram(const std::vector<double>& values, int bins);

}  // namespace planner::mc
