// The cohort scheduler: each capacity rule on its own, with the start weeks
// worked by hand. tiny() has groups of 10 running 4 weeks.
#include <gtest/gtest.h>

#include <vector>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::ModelSpec;
using test::ScenarioBuilder;
using test::SegmentSpec;
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
}

// Self-paced batches on sunk seats compete for nothing but managers, whose
// queue is per segment: segment 2 does not wait for segment 1's manager.
TEST(Scheduler, ManagersOfOneSegmentDoNotHoldAnother) {
  Scenario s = tiny();
  s.models[0].needs_manager = true;
  s.models[0].group = GroupKind::None;
  s.models[0].sunk = true;
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
}

TEST(Scheduler, StaggersGroupStarts) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.models[0].stagger_weeks = 3;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 3, 6, 9}));
}

TEST(Scheduler, SelfPacedBatchesAreNotStaggeredNorCountedAsParallelGroups) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.models[0].group = GroupKind::None;
  s.models[0].stagger_weeks = 3;
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
  s.models.push_back(ModelSpec(s.models[0]).id("slow").weeks(10));
  s.segments.push_back(s.segments[0]);
  s.segments[0].target_share = {1.0, 0.0};
  s.segments[1].headcount = 20;  // two short tier-0 groups, one week apart (stagger of model m)
  s.models[0].stagger_weeks = 1;
  s.plan = {{0, 0, "slow", 1.0}};
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.unscheduled_groups, 0);
  ASSERT_EQ(r.schedule.groups.size(), 5u);
  // slow (0-10) and short A (0-1); at week 1 short B (1-2, started after the
  // scheduler had looked ahead to week 10) and A's people at tier 1; B's
  // people at tier 1 in week 2, when B's end is seen.
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0, 1, 1, 2}));
  EXPECT_EQ(r.schedule.groups[4].tier, 1);
}

TEST(Scheduler, PlanSharesSplitLearnersAcrossModels) {
  Scenario s = tiny();
  s.segments[0].headcount = 20;
  s.models.push_back(ModelSpec(s.models[0]).id("b").cost(300));
  s.plan = {{0, 0, "b", 0.25}};  // 5 to b, the other 15 to the default model
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.learners_by_model[1], 5);
  EXPECT_DOUBLE_EQ(r.learners_by_model[0], 15);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 5 * 300 + 15 * 100);
}

// Item 5 of issue 10: a group that fits under the cap only at a later start.
// Cap $4,000 a month; one team of 10 at $100 per learner-week = $1,000 a
// week for 8 weeks. Month 0 is weeks 0-4, month 1 weeks 5-8, month 2 weeks
// 9-12 (week w lies in month floor(w x 12 / 52)).
//   start week 0: month 0 has 5 weeks = $5,000 > $4,000 (the old check stopped here)
//   start week 1: weeks 1-4 = $4,000 in month 0, weeks 5-8 = $4,000 in month 1: fits
// Held at week 0, it is re-tried at week 1 (not only when month 1 opens at week 5).
Scenario weekly_team() {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerLearnerWeek;
  s.models[0].cost = Range::fixed(100);
  s.models[0].duration_weeks = Range::fixed(8);
  s.capacity.monthly_spend_cap = 4000;
  return s;
}

TEST(Scheduler, SpendCapTriesLaterStartsBeforeDroppingAGroup) {
  const Result r = evaluate(weekly_team(), Case::Likely);
  ASSERT_EQ(r.schedule.unscheduled_groups, 0);
  EXPECT_EQ(starts(r), (std::vector<int>{1}));
  EXPECT_EQ(r.schedule.groups[0].delayed_by, Constraint::SpendCap);
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 4000);
  EXPECT_DOUBLE_EQ(r.incremental_cost[1], 4000);
}

// A second team waits for room: months 0 and 1 are full ($4,000 each), so
// it cannot start before month 2 (week 9): weeks 9-12 = $4,000 in month 2,
// weeks 13-16 = $4,000 in month 3 (weeks 13-17).
TEST(Scheduler, SpendCapRetriesEveryWeekAndNeverOverspends) {
  Scenario s = weekly_team();
  s.segments[0].headcount = 20;
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{1, 9}));
  for (int m = 0; m < 4; ++m) EXPECT_DOUBLE_EQ(r.incremental_cost[m], 4000) << m;
}

// Only a group that fits at no start week is dropped: $1,100 a week is
// $4,400 in any 4 weeks of one month, and every month has 4 or 5 weeks.
TEST(Scheduler, SpendCapDropsOnlyAGroupNoStartWeekFits) {
  Scenario s = weekly_team();
  s.models[0].cost = Range::fixed(110);
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.schedule.unscheduled_groups, 1);
  EXPECT_EQ(r.schedule.unscheduled_learners, 10);
}

// The cap ledger runs past the horizon. Cap $5,000. Tier 1: two free 3-week
// groups of 10 (weeks 0-3). Tier 2: two teams of 10 at $1,000 a week for 8
// weeks, both ready at week 3.
//   A at week 3: month 0 (weeks 3-4) $2,000, month 1 (5-8) $4,000, month 2 (9-10) $2,000
//   B at week 3: month 1 would be $8,000: held. Months 1 and 2 leave room only
//   from week 10: month 2 (weeks 10-12) $3,000 -> $5,000, month 3 (13-17) $5,000.
// With a one-month horizon (weeks 0-4) B must still not start: its month 1
// lies past the horizon but counts (the old check let it start at week 3 and
// made month 0 $4,000, so month 0 depended on the horizon).
TEST(Scheduler, SpendCapDoesNotDependOnTheHorizon) {
  Scenario s = two_tiers();
  s.segments[0].headcount = 20;
  s.models[0].cost = Range::fixed(0);
  s.models[0].duration_weeks = Range::fixed(3);
  s.models[1].basis = CostBasis::PerLearnerWeek;
  s.models[1].cost = Range::fixed(100);
  s.models[1].duration_weeks = Range::fixed(8);
  s.capacity.monthly_spend_cap = 5000;
  const Result long_run = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(long_run), (std::vector<int>{0, 0, 3, 10}));
  s.org.horizon_months = 1;
  const Result short_run = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(short_run), (std::vector<int>{0, 0, 3}));
  EXPECT_DOUBLE_EQ(short_run.incremental_cost[0], 2000);
  EXPECT_DOUBLE_EQ(long_run.incremental_cost[0], 2000);
}

// Sunk seats are already paid: they never count against the cap. A sunk
// model at $5,000 a month runs beside a $4,000 group under a $4,000 cap.
TEST(Scheduler, SunkSeatsDoNotCountAgainstTheSpendCap) {
  Scenario s = tiny();  // $100 per learner, 10 learners: $1,000 in the month it starts
  s.capacity.monthly_spend_cap = 1000;
  // 10 seats x $500 = $5,000 a month, sunk
  s.models.push_back(ModelSpec(s.models[0])
                         .id("seats")
                         .basis(CostBasis::PerSeatMonth)
                         .cost(500)
                         .sunk()
                         .group(GroupKind::None));
  s.segments[0].headcount = 20;
  s.plan = {{0, 0, "seats", 0.5}};  // 10 on the sunk seats, 10 in the $1,000 group
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0}));
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 1000);
  EXPECT_DOUBLE_EQ(r.cash_cost[0], 6000);
}

// The rule that makes relaxing a capacity never hurt (issue 10, item 7): a
// group never starts before an earlier group (in priority order) that
// competes for the same capacity. Tier 1 (4 weeks) then a coached tier 2 (8
// weeks); 1 coach. Segment A (10 people) takes tier 1 first (weeks 0-4);
// segment B's 10 people already have tier 1, so B's tier-2 team is ready at
// week 0. A's tier-2 team comes first in the order (segment A before B): B's
// may not take the coach before it. A's runs weeks 4-12, B's starts
// when the coach is free at week 12. (A greedy scheduler gave B the coach at
// week 0, and then more coaches could make the plan finish later.)
TEST(Scheduler, AGroupNeverOvertakesAnEarlierOneCompetingForTheSameCapacity) {
  Scenario s = two_tiers();
  s.models[1].needs_coach = true;
  s.models[1].duration_weeks = Range::fixed(8);
  s.capacity.coaches = 1;
  s.segments.push_back(s.segments[0]);
  s.segments[1].name = "B";
  s.segments[1].current_at_tier = {10, 0};
  const Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 4, 12}));
  EXPECT_EQ(r.schedule.groups[2].segment, 1);
  EXPECT_EQ(r.schedule.groups[2].delayed_by, Constraint::Coaches);
}

// Issue 10, item 7, worked by hand. Three tiers: T1 (4 weeks), T2 coached
// (4 weeks), T3 coached (12 weeks); 1 coach. Segment A (10 people, nothing
// yet) takes T1 then T2; segment B (10 people already at T2) takes T3, ready
// at week 0. Target: all 20 at T2 or above (B counts already).
// One group at once: A-T1 0-4, A-T2 4-8 (A at T2 in week 8: month 2), B-T3 8-20.
// Two at once, greedy (the old scheduler): B-T3 starts at week 0 and takes
// the coach until week 12, so A-T2 runs 12-16: target month 4. More capacity,
// later target. Now B-T3 may not take the coach before A-T2, which comes
// first in the order: the same schedule as with one group at once.
TEST(Scheduler, MoreParallelGroupsNeverLetALaterGroupTakeTheCoachFirst) {
  Scenario base = two_tiers();
  base.models[1].needs_coach = true;  // m2: T2, 4 weeks
  Scenario s = ScenarioBuilder(base)  // A: nobody at T3 yet; B: target 1 at every tier
                   .tier("T3", 10, 0.3, 0, "m3")
                   .model(ModelSpec(base.models[1]).id("m3").weeks(12).tiers(2, 2))
                   .segment(SegmentSpec(base.segments[0]).name("B").current({0, 10, 0}));
  s.models[0].max_tier = 2;
  s.capacity.coaches = 1;
  s.segments[0].target_share = {1.0, 1.0, 0.0};
  s.target.tier = 1;
  for (int parallel : {1, 2, 100}) {
    s.capacity.max_parallel_groups = parallel;
    const Result r = evaluate(s, Case::Likely);
    EXPECT_EQ(starts(r), (std::vector<int>{0, 4, 8})) << parallel;
    EXPECT_EQ(r.totals.months_to_target, 2) << parallel;
    EXPECT_EQ(r.schedule.last_end_week, 20) << parallel;
  }
}

// A group the cap can never admit keeps its place. Cap $500; segment A
// (wave 1) takes a $1,000 group (never fits), segment B (wave 2) sunk
// self-paced seats ($0 incremental). B waits for A's wave: 20 unscheduled.
// With a $1,000 cap both start at week 0. (Had A been set aside, B would
// start at week 0 under the $500 cap and be pushed back by A's turn under a
// higher one: more cap, later plan.)
TEST(Scheduler, AGroupTheCapCanNeverAdmitKeepsItsPlace) {
  Scenario s = tiny();
  s.models.push_back(ModelSpec(s.models[0]).id("seats").group(GroupKind::None).sunk());
  s.segments.push_back(SegmentSpec(s.segments[0]).name("B").wave(2));
  s.plan = {{1, 0, "seats", 1.0}};
  s.capacity.monthly_spend_cap = 500;
  Result r = evaluate(s, Case::Likely);
  EXPECT_TRUE(r.schedule.groups.empty());
  EXPECT_EQ(r.schedule.unscheduled_learners, 20);
  s.capacity.monthly_spend_cap = 1000;
  r = evaluate(s, Case::Likely);
  EXPECT_EQ(starts(r), (std::vector<int>{0, 0}));
  EXPECT_EQ(r.schedule.unscheduled_learners, 0);
}

}  // namespace
}  // namespace planner
