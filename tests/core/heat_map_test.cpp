// The capability heat map (core/heat_map.h): one plan of two segments worked
// by hand, then properties over generated scenarios.
//
// two_segments(): two_tiers() (tier T1 on "m" weeks 0-3, T2 on "m2", groups
// of 10, completion 1, T1 application 1) with T2's application 0.7 and two
// segments:
//   "B": 20 people, 5 at T1 and 5 at T2 today, targets {0.5, 0.5}. T1: 10 of
//        20 are there already (share 0.5 = target): nobody learns. T2: 5 at
//        T1 today learn at once, weeks 0-3; they apply from week 4 (month 1):
//        5 x 0.7 = 3.5 more: (5 + 3.5) / 20 = 0.425, gap 0.075 -> amber.
//   "A": 10 people, none at a tier, targets {1.0, 0.5}. T1: 10 learn in weeks
//        0-3 and apply from week 4 (month 1): 10 / 10 = 1.0, green. T2: 5 of
//        them go on in weeks 4-7 and apply from week 8 (month 2): 5 x 0.7 =
//        3.5 -> 0.35, gap 0.15 -> red (0 at month 1: gap 0.5).
#include "core/heat_map.h"

#include <gtest/gtest.h>

#include "heat_map_fixture.h"
#include "scenario_generator.h"

namespace planner {
namespace {

Scenario two_segments() { return test::heat_map_two_segments(); }

TEST(HeatMap, TwoSegmentsWorkedByHand) {
  const Scenario s = two_segments();
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(heat_map_default_month(s, r), 12);  // the target's month, inside 24
  const HeatMap map = heat_map(s, r, 12);
  EXPECT_EQ(map.month, 12);
  EXPECT_TRUE(map.count_applying);
  ASSERT_EQ(map.rows.size(), 2u);
  // Sorted by gap: A (0.15) before B (0.075).
  const HeatRow& a = map.rows[0];
  const HeatRow& b = map.rows[1];
  EXPECT_EQ(a.segment, 1);
  EXPECT_EQ(b.segment, 0);
  EXPECT_NEAR(a.cells[0].current, 0.0, 1e-12);
  EXPECT_NEAR(a.cells[0].plan, 1.0, 1e-12);
  EXPECT_EQ(a.cells[0].status, HeatStatus::Green);
  EXPECT_NEAR(a.cells[1].plan, 0.35, 1e-12);
  EXPECT_NEAR(a.cells[1].target, 0.5, 1e-12);
  EXPECT_NEAR(a.cells[1].gap, 0.15, 1e-12);
  EXPECT_EQ(a.cells[1].status, HeatStatus::Red);
  EXPECT_NEAR(a.gap, 0.15, 1e-12);
  EXPECT_EQ(a.status, HeatStatus::Red);
  EXPECT_NEAR(b.cells[0].current, 0.5, 1e-12);
  EXPECT_NEAR(b.cells[0].plan, 0.5, 1e-12);
  EXPECT_EQ(b.cells[0].status, HeatStatus::Green);
  EXPECT_NEAR(b.cells[1].current, 0.25, 1e-12);
  EXPECT_NEAR(b.cells[1].plan, 0.425, 1e-12);
  EXPECT_NEAR(b.cells[1].gap, 0.075, 1e-12);
  EXPECT_EQ(b.cells[1].status, HeatStatus::Amber);
  EXPECT_EQ(b.status, HeatStatus::Amber);

  // Month 1: A's second tier has not begun (gap 0.5); B's has.
  const HeatMap first = heat_map(s, r, 1);
  EXPECT_NEAR(first.rows[0].cells[1].plan, 0.0, 1e-12);
  EXPECT_NEAR(first.rows[0].gap, 0.5, 1e-12);
  EXPECT_NEAR(first.rows[1].cells[1].plan, 0.425, 1e-12);
  // Months outside the horizon are clamped to it.
  EXPECT_EQ(heat_map(s, r, 0).month, 1);
  EXPECT_EQ(heat_map(s, r, 99).month, 24);
}

TEST(HeatMap, CountsTrainedWhenTheTargetCountsEveryoneTrained) {
  Scenario s = two_segments();
  s.target.count_applying = false;
  const HeatMap map = heat_map(s, evaluate(s, Case::Likely), 12);
  EXPECT_FALSE(map.count_applying);
  // Completion 1: every learner is trained, both segments reach their targets.
  for (const HeatRow& row : map.rows) {
    EXPECT_EQ(row.status, HeatStatus::Green) << row.segment;
    EXPECT_NEAR(row.gap, 0.0, 1e-12);
  }
}

TEST(HeatMap, StatusThresholds) {
  EXPECT_EQ(heat_status(-0.2, 0.10), HeatStatus::Green);
  EXPECT_EQ(heat_status(0.0, 0.10), HeatStatus::Green);
  EXPECT_EQ(heat_status(0.001, 0.10), HeatStatus::Amber);
  EXPECT_EQ(heat_status(0.10, 0.10), HeatStatus::Amber);
  EXPECT_EQ(heat_status(0.1001, 0.10), HeatStatus::Red);
  EXPECT_STREQ(heat_status_id(HeatStatus::Amber), "amber");
}

// Over generated scenarios: shares in [0, 1]; the plan never below today;
// rows sorted by gap; a segment's gap is its largest cell's; at the horizon
// the segments' people add up to the organisation's counts.
TEST(HeatMapProperties, SharesBoundedSortedAndAddingUpToTheOrganisation) {
  for (std::uint64_t seed = 1; seed <= test::kPropertyScenarios; ++seed) {
    Scenario s = test::wide_scenario(seed);
    s.target.count_applying = seed % 2 == 0;
    const Result r = evaluate(s, Case::Likely);
    const int month = 1 + static_cast<int>(seed % static_cast<std::uint64_t>(r.months));
    for (int m : {month, r.months}) {
      const HeatMap map = heat_map(s, r, m);
      ASSERT_EQ(map.rows.size(), s.segments.size()) << "seed " << seed;
      for (size_t i = 0; i < map.rows.size(); ++i) {
        const HeatRow& row = map.rows[i];
        if (i > 0) {
          EXPECT_GE(map.rows[i - 1].gap, row.gap) << "seed " << seed;
        }
        double largest = row.cells.empty() ? 0 : row.cells[0].gap;
        for (const HeatCell& c : row.cells) {
          EXPECT_GE(c.current, 0) << "seed " << seed;
          EXPECT_LE(c.plan, 1 + 1e-12) << "seed " << seed;
          EXPECT_GE(c.plan, c.current - 1e-12) << "seed " << seed;
          EXPECT_NEAR(c.gap, c.target - c.plan, 1e-12);
          largest = std::max(largest, c.gap);
        }
        EXPECT_EQ(row.gap, largest) << "seed " << seed;
      }
    }
    // At the horizon: plan share x headcount, summed over segments, is the
    // organisation's count of people at tier >= k.
    const HeatMap end = heat_map(s, r, r.months);
    const std::vector<double>& org = s.target.count_applying ? r.applying_at_tier : r.trained_at_tier;
    for (int k = 0; k < r.tiers; ++k) {
      double people = 0;
      for (const HeatRow& row : end.rows) people += row.cells[k].plan * s.segments[row.segment].headcount;
      EXPECT_NEAR(people, org[static_cast<size_t>(r.months - 1) * r.tiers + k], 1e-6 * (1 + people))
          << "seed " << seed << " tier " << k;
    }
  }
}

}  // namespace
}  // namespace planner
