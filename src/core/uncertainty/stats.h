// stats.h — percentiles and histograms over samples.
#pragma once

#include <vector>

namespace planner::mc {

// Percentile p in [0, 1] of ascending-sorted values, interpolating linearly
// between order statistics (Hyndman & Fan type 7, as spreadsheets do).
// Empty input gives 0.
double percentile_sorted(const std::vector<double>& sorted, double p);

struct Spread {
  double p10 = 0, p50 = 0, p90 = 0;
  double mean = 0, min = 0, max = 0;
};
// Sorts `values` in place and summarises them.
Spread summarise(std::vector<double>& values);

struct Histogram {
  double lo = 0, hi = 0;     // range covered; bin i is [lo + i w, lo + (i+1) w)
  std::vector<int> counts;   // the last bin includes hi
  double bin_width() const { return counts.empty() ? 0 : (hi - lo) / counts.size(); }
};
// `bins` equal bins from the smallest to the largest value. All values equal:
// one bin holding every value.
Histogram histogram(const std::vector<double>& values, int bins);

}  // namespace planner::mc
