// scaling.h — whole counts scaled to a total so they still add up exactly
// (largest remainder: each gets the floor of its share, and the units left
// go to the largest fractional parts, ties to the earlier entry).
#pragma once

#include <vector>

namespace planner::import {

// counts {3, 1} to 10 -> {8, 2}; all zero counts -> all zeros.
std::vector<long long> scale_to_total(const std::vector<long long>& counts, long long total);

}  // namespace planner::import
