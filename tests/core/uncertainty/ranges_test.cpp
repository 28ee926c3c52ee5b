#include "core/uncertainty/ranges.h"

#include <gtest/gtest.h>

#include <set>

#include "core/uncertainty/fixture.h"

namespace planner::mc {
namespace {

TEST(ListRanges, NamesEveryRangeFieldOfEveryTierAndModel) {
  const Scenario s = testing::small_scenario();
  const std::vector<RangeInput> in = list_ranges(s);
  // 2 per tier (learning hours, uplift), 4 per model (cost, duration,
  // completion, application), 1 scenario-wide (decay half-life).
  EXPECT_EQ(in.size(), 2 * s.framework.tiers.size() + 4 * s.models.size() + 1);
  std::set<std::string> paths;
  for (const RangeInput& r : in) paths.insert(r.path);
  EXPECT_EQ(paths.size(), in.size());
  for (const char* p : {"framework.tiers[0].learning_hours", "framework.tiers[1].uplift", "models[0].cost",
                        "models[2].duration_weeks", "models[1].completion_rate", "models[2].application_rate",
                        "adjustments.decay_half_life_months"})
    EXPECT_EQ(paths.count(p), 1u) << p;
}

TEST(ListRanges, NamesSayWhatTheInputIsWithItsUnit) {
  const Scenario s = testing::small_scenario();
  const std::vector<RangeInput> in = list_ranges(s);
  bool found = false;
  for (const RangeInput& r : in)
    if (r.path == "models[2].cost") {
      EXPECT_EQ(r.name, "Team-embedded coaching: cost per learner-week");
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(RangeRef, WritesIntoTheFieldThePathNames) {
  Scenario s = testing::small_scenario();
  for (const RangeInput& r : list_ranges(s)) range_ref(s, r) = Range::fixed(-1);
  EXPECT_EQ(s.framework.tiers[1].learning_hours.likely, -1);
  EXPECT_EQ(s.framework.tiers[0].uplift.high, -1);
  EXPECT_EQ(s.models[1].cost.low, -1);
  EXPECT_EQ(s.models[2].duration_weeks.likely, -1);
  EXPECT_EQ(s.models[0].completion_rate.likely, -1);
  EXPECT_EQ(s.models[0].application_rate.likely, -1);
  EXPECT_EQ(s.adjustments.decay_half_life_months.likely, -1);
}

TEST(IsUncertain, IsFalseForAFixedValue) {
  const Scenario s = testing::small_scenario();
  for (const RangeInput& r : list_ranges(s)) {
    if (r.path == "models[1].duration_weeks") {
      EXPECT_FALSE(is_uncertain(s, r));
    } else {
      EXPECT_TRUE(is_uncertain(s, r)) << r.path;
    }
  }
}

}  // namespace
}  // namespace planner::mc
