#include "core/uncertainty/decisions.h"

#include <gtest/gtest.h>

#include <set>

#include "core/evaluate.h"
#include "core/uncertainty/fixture.h"

namespace planner::mc {
namespace {

SpaceOptions small_options() {
  SpaceOptions o;
  o.share_levels = {0, 0.5, 1.0};
  o.parallel_levels = {2};
  return o;
}

TEST(MakeSpace, OffersEachTierTheModelsWhoseTierRangeCoversIt) {
  const Scenario s = testing::small_scenario();
  const DecisionSpace d = make_space(s, small_options());
  ASSERT_EQ(d.tier_models.size(), 2u);
  EXPECT_EQ(d.tier_models[0], (std::vector<int>{0, 1}));   // platform, workshop
  EXPECT_EQ(d.tier_models[1], (std::vector<int>{1, 2}));   // workshop, coaching
  EXPECT_EQ(d.parallel_levels, (std::vector<int>{2, 4}));  // option + the scenario's own
}

TEST(ForEachPlan, VisitsExactlySizeDistinctValidPlans) {
  const Scenario s = testing::small_scenario();
  const DecisionSpace d = make_space(s, small_options());
  // Per segment: non-increasing pairs over 3 levels = 6; 2 segments = 36;
  // x 2 models x 2 models x 2 parallel levels = 288.
  EXPECT_DOUBLE_EQ(d.size(), 288);
  std::set<std::string> seen;
  for_each_plan(d, [&](const Plan& p) {
    for (int seg = 0; seg < d.segments; ++seg)
      for (int k = 1; k < d.tiers; ++k) EXPECT_LE(p.share[seg * d.tiers + k], p.share[seg * d.tiers + k - 1]);
    seen.insert(p.key());
  });
  EXPECT_EQ(seen.size(), 288u);
}

TEST(Neighbours, KeepSharesNonIncreasingByRaisingLowerTiers) {
  const Scenario s = testing::small_scenario();
  const DecisionSpace d = make_space(s, small_options());
  Plan p = detail::first_plan(d);
  bool raised_both = false;
  for (const Plan& q : neighbours(d, p)) {
    for (int seg = 0; seg < d.segments; ++seg)
      for (int k = 1; k < d.tiers; ++k) EXPECT_LE(q.share[seg * d.tiers + k], q.share[seg * d.tiers + k - 1]);
    raised_both |= q.share[1] == 2 && q.share[0] == 2;
  }
  EXPECT_TRUE(raised_both);  // raising tier 1 to 100 % raised tier 0 with it
}

TEST(PlanFromScenario, RoundsSharesToLevelsAndFindsTheModelsInUse) {
  const Scenario s = testing::small_scenario();
  const DecisionSpace d = make_space(s, small_options());
  const Plan p = plan_from_scenario(s, d);
  EXPECT_EQ(p.share, (std::vector<uint8_t>{2, 1, 2, 1}));  // 1.0/0.5 and 1.0/0.4 -> 0.5
  EXPECT_EQ(d.tier_models[0][p.model[0]], 0);              // platform
  EXPECT_EQ(d.tier_models[1][p.model[1]], 2);              // coaching
  EXPECT_EQ(d.parallel_levels[p.parallel], 4);
}

TEST(ApplyPlan, WritesSharesModelsAndParallelGroupsAndStaysValid) {
  const Scenario s = testing::small_scenario();
  const DecisionSpace d = make_space(s, small_options());
  Plan p = plan_from_scenario(s, d);
  p.share = {2, 2, 1, 0};
  p.model = {1, 0};  // workshop for both tiers
  p.parallel = 0;
  const Scenario out = apply_plan(s, d, p);
  EXPECT_EQ(out.segments[0].target_share, (std::vector<double>{1.0, 1.0}));
  EXPECT_EQ(out.segments[1].target_share, (std::vector<double>{0.5, 0.0}));
  ASSERT_EQ(out.plan.size(), 2u);
  EXPECT_EQ(out.plan[0].model, "workshop");
  EXPECT_EQ(out.plan[0].segment, -1);
  EXPECT_EQ(out.plan[1].model, "workshop");
  EXPECT_EQ(out.capacity.max_parallel_groups, 2);
  EXPECT_TRUE(validate(out).empty());
}

}  // namespace
}  // namespace planner::mc
