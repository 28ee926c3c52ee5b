// The cohort scheduler: each capacity rule on its own, with the start weeks
// worked by hand. tiny() has groups of 10 running 4 weeks.
#include <gtest/gtest.h>

#include <vector>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::tiny;
using test::two_tiers;

std::vector<int> starts(const Result& r) {
  std::vector<int> v;
  for (const GroupRun& g : r.schedule.groups) v.push_back(g.start_week);
  return v;
}

TEST(Scheduler, SplitsLearnersIntoBalancedGroups) {
  Scenario s = tiny();
  s.segments[0].headcount = 25;
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  EXPECT_EQ(r.schedule.groups[0].learners, 9);
  EXPECT_EQ(r.schedule.groups[1].learners, 8);
  EXPECT_EQ(r.schedule.groups[2].learners, 8);
  EXPECT_EQ(r.schedule.groups[0].end_week, 4);
}

TEST(Scheduler, RunsAtMostMaxParallelGroupsAtOnce) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.capacity.max_parallel_groups = 2;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 4, 4}));
  EXPECT_EQ(r.schedule.peak_concurrent, 2);
  EXPECT_EQ(r.schedule.binding, Constraint::ParallelGroups);
  EXPECT_EQ(r.schedule.groups[2].delayed_by, Constraint::ParallelGroups);
  EXPECT_EQ(r.schedule.last_end_week, 8);
}

TEST(Scheduler, GroupsThatNeedAManagerAreBoundedByTheSegmentsManagers) {
  Scenario s = tiny();
  s.segments[0].headcount = 30;
  s.models[0].needs_manager = true;
  s.segments[0].managers = 1;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 4, 8}));
  EXPECT_EQ(r.schedule.binding, Constraint::Managers);
}

TEST(Scheduler, ManagersOfOneSegmentDoNotHoldAnother) {
  Scenario s = tiny();
  s.models[0].needs_manager = true;
  s.segments[0].headcount = 20;
  s.segments.push_back(s.segments[0]);
  s.segments[1].name = "S2";
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 4, 4}));
}

TEST(Scheduler, GroupsThatNeedACoachAreBoundedByCoaches) {
  Scenario s = tiny();
  s.segments[0].headcount = 30;
  s.models[0].needs_coach = true;
  s.capacity.coaches = 2;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 4}));
  EXPECT_EQ(r.schedule.binding, Constraint::Coaches);
}

TEST(Scheduler, StaggersGroupStarts) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.capacity.stagger_weeks = 3;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 3, 6, 9}));
  EXPECT_EQ(r.schedule.binding, Constraint::Stagger);
}

TEST(Scheduler, SelfPacedBatchesAreNotStaggeredNorCountedAsParallelGroups) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.models[0].group = GroupKind::None;
  s.capacity.stagger_weeks = 3;
  s.capacity.max_parallel_groups = 1;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 0, 0}));
  EXPECT_EQ(r.schedule.peak_concurrent, 0);
}

TEST(Scheduler, SpendCapDelaysGroupsAndIsNeverExceeded) {
  Scenario s = tiny();  // $1000 per group, paid in the month it starts
  s.segments[0].headcount = 40;
  s.capacity.monthly_spend_cap = 2500;
  Result r = evaluate(s, Case::Likely);
  // Two groups fit in month 0; the next two wait for month 1, which starts at week 5.
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 5, 5}));
  for (int m = 0; m < r.months; ++m) EXPECT_LE(r.incremental_cost[m], 2500);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 4000);  // delayed, not dropped
  EXPECT_EQ(r.schedule.binding, Constraint::SpendCap);
}

TEST(Scheduler, SpendCapCountsOverheadAndContingency) {
  Scenario s = tiny();
  s.segments[0].headcount = 20;
  s.adjustments.overhead = 0.05;
  s.adjustments.contingency = 0.10;
  s.capacity.monthly_spend_cap = 2000;  // two groups would be 2300 with the markup
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 5}));
}

TEST(Scheduler, AGroupDearerThanTheCapNeverStartsAndIsReported) {
  Scenario s = tiny();
  s.segments[0].headcount = 20;
  s.capacity.monthly_spend_cap = 500;
  Result r = evaluate(s, Case::Likely);
  EXPECT_TRUE(r.schedule.groups.empty());
  EXPECT_EQ(r.schedule.unscheduled_groups, 2);
  EXPECT_EQ(r.schedule.unscheduled_learners, 20);
  EXPECT_EQ(r.schedule.binding, Constraint::SpendCap);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 0);
  EXPECT_EQ(r.totals.planned_learners, 20);
  EXPECT_EQ(r.totals.learners, 0);
}

TEST(Scheduler, TierKStartsAfterTheSamePeoplesTierKMinusOneEnds) {
  Scenario s = two_tiers();
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 2u);
  EXPECT_EQ(r.schedule.groups[0].tier, 0);
  EXPECT_EQ(r.schedule.groups[0].start_week, 0);
  EXPECT_EQ(r.schedule.groups[1].tier, 1);
  EXPECT_EQ(r.schedule.groups[1].start_week, 4);
  EXPECT_EQ(r.schedule.groups[1].delayed_by, Constraint::TierOrder);
}

TEST(Scheduler, PeopleAlreadyOneTierBelowStartAtOnce) {
  Scenario s = two_tiers();
  s.segments[0].current_at_tier = {5, 0};  // 5 already at tier 0: tier 0 has 5 learners, tier 1 has 10
  s.models[1].group_size = 5;
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  std::vector<int> tier1;
  for (const GroupRun& g : r.schedule.groups)
    if (g.tier == 1) tier1.push_back(g.start_week);
  // The five ready people start at once; the five who first take tier 0 at week 4.
  EXPECT_EQ(tier1, (std::vector<int>{0, 4}));
}

TEST(Scheduler, LaterWavesWaitUntilEveryEarlierWaveGroupHasStarted) {
  Scenario s = tiny();
  s.models[0].needs_manager = true;
  s.segments[0].headcount = 20;  // wave 1: two groups, one manager
  s.segments.push_back(s.segments[0]);
  s.segments[1].name = "Later";
  s.segments[1].headcount = 10;
  s.segments[1].wave = 2;
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  // Week 0: wave 1's first group; its second waits for the manager (week 4),
  // and wave 2 may not overtake it, so it starts at week 4 too.
  EXPECT_EQ(r.schedule.groups[2].segment, 1);
  EXPECT_EQ(r.schedule.groups[2].start_week, 4);
  EXPECT_EQ(r.schedule.groups[2].delayed_by, Constraint::Wave);
}

TEST(Scheduler, FirstWavePilotGoesFirstAndTheRestFollowWhenItEnds) {
  Scenario s = tiny();
  s.segments[0].headcount = 50;
  s.capacity.first_wave_share = 0.2;  // 10 pilot learners = one group
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 5u);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 4, 4, 4, 4}));
}

TEST(Scheduler, GroupsThatCannotStartWithinTheHorizonAreUnscheduled) {
  Scenario s = tiny();
  s.org.horizon_months = 1;  // weeks 0-4
  s.segments[0].headcount = 30;
  s.models[0].needs_manager = true;  // one at a time, 4 weeks each
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.schedule.groups.size(), 2u);  // weeks 0 and 4
  EXPECT_EQ(r.schedule.unscheduled_groups, 1);
  EXPECT_EQ(r.schedule.unscheduled_learners, 10);
}

// Regression: the scheduler only visits weeks where something changes; a
// short group started after it had looked ahead must still have its end seen.
TEST(Scheduler, AShortGroupStartedLaterStillReleasesTheNextTier) {
  Scenario s = two_tiers();
  s.models[0].duration_weeks = Range::fixed(1);
  s.models[1].duration_weeks = Range::fixed(1);
  DeliveryModel slow = s.models[0];
  slow.id = "slow";
  slow.duration_weeks = Range::fixed(10);
  s.models.push_back(slow);
  s.segments.push_back(s.segments[0]);
  s.segments[0].target_share = {1.0, 0.0};
  s.plan = {{0, 0, "slow", 1.0}};
  s.capacity.stagger_weeks = 1;
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.unscheduled_groups, 0);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 1, 2}));  // slow (0-10), short tier 0 (1-2), its tier 1 at 2
  EXPECT_EQ(r.schedule.groups[2].tier, 1);
}

TEST(Scheduler, PlanSharesSplitLearnersAcrossModels) {
  Scenario s = tiny();
  s.segments[0].headcount = 20;
  DeliveryModel b = s.models[0];
  b.id = "b";
  b.cost = Range::fixed(300);
  s.models.push_back(b);
  s.plan = {{0, 0, "b", 0.25}};  // 5 to b, the other 15 to the default model
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.learners_by_model[1], 5);
  EXPECT_DOUBLE_EQ(r.learners_by_model[0], 15);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 5 * 300 + 15 * 100);
}

}  // namespace
}  // namespace planner
