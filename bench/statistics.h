// statistics.h — extra aggregates for --benchmark_repetitions.
#pragma once

#include <algorithm>
#include <vector>

namespace planner::bench {

// The fastest repetition: on a shared, noisy machine the minimum is the
// steadiest estimate of what the code itself costs (the median is reported too).
inline double min_of(const std::vector<double>& v) {
  return v.empty() ? 0.0 : *std::min_element(v.begin(), v.end());
}

}  // namespace planner::bench
