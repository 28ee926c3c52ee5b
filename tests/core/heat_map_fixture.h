// heat_map_fixture.h — the two-segment plan the heat map is worked on by hand
// (tests/core/heat_map_test.cpp has the arithmetic), shared with the reader's
// test so both read the same plan.
#pragma once

#include <string>

#include "engine_fixtures.h"

namespace planner::test {

// two_tiers() with T2's application 0.7 and two segments: "B" (20 people, 5
// at T1 and 5 at T2 today, targets {0.5, 0.5}) and `second` (10 people, none
// at a tier, targets {1.0, 0.5}).
inline Scenario heat_map_two_segments(const std::string& second = "A") {
  Scenario s = two_tiers();
  s.models[1].application_rate = Range::fixed(0.7);
  s.segments.clear();
  return ScenarioBuilder(s)
      .segment(SegmentSpec("B", 20, {5, 5}, {0.5, 0.5}).pay(50, 10))
      .segment(SegmentSpec(second, 10, {0, 0}, {1.0, 0.5}).pay(50, 10));
}

}  // namespace planner::test
