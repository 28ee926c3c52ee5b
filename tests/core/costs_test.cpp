// The five cost bases, worked by hand, through evaluate() and through the
// per-group cash function.
#include "core/costs.h"

#include <gtest/gtest.h>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::tiny;

TEST(CostBasis, PerLearnerIsPaidOnceUpFront) {
  Scenario s = tiny();  // 10 learners x $100
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 1000);
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 1000);
  EXPECT_DOUBLE_EQ(r.incremental_cost[1], 0);
}

TEST(CostBasis, PerLearnerWeekIsCostTimesLearnersTimesWeeks) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerLearnerWeek;
  s.models[0].duration_weeks = Range::fixed(6);  // weeks 0-5: 5 in month 0, 1 in month 1
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 10 * 100 * 6);
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 10 * 100 * 5);
  EXPECT_DOUBLE_EQ(r.incremental_cost[1], 10 * 100 * 1);
}

TEST(CostBasis, PerLearnerMonthConvertsWeeksAtTwelveOverFiftyTwo) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerLearnerMonth;
  s.models[0].duration_weeks = Range::fixed(6);
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.incremental_cost, 10 * 100 * 6 * 12.0 / 52.0, 1e-9);  // 1384.615...
}

TEST(CostBasis, PerSeatMonthBillsEveryMonthTouchedWhole) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerSeatMonth;
  s.models[0].cost = Range::fixed(30);
  s.models[0].duration_weeks = Range::fixed(6);  // weeks 0-5 touch months 0 and 1
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 10 * 30 * 2);
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 300);
  EXPECT_DOUBLE_EQ(r.incremental_cost[1], 300);
}

TEST(CostBasis, SunkSeatsAreCashButNotIncremental) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerSeatMonth;
  s.models[0].cost = Range::fixed(30);
  s.models[0].sunk = true;
  s.adjustments.overhead = 0.05;  // never added to sunk seats
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.cash_cost, 300);  // 4 weeks inside month 0
  EXPECT_DOUBLE_EQ(r.totals.sunk_cost, 300);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 0);
  EXPECT_DOUBLE_EQ(r.totals.roi_pct, 0);  // no incremental cost: ROI reported as 0
}

TEST(CostBasis, PerEngagementCoversUpToGroupSizeLearners) {
  ModelAt m;
  m.basis = CostBasis::PerEngagement;
  m.cost = 1000;
  m.duration_weeks = 10;
  m.group_size = 10;
  double by_month[8] = {};
  int first = -1;
  const int n = group_cash_by_month(m, 25, 0, by_month, &first);  // 3 engagements
  EXPECT_EQ(first, 0);
  EXPECT_EQ(n, 3);  // weeks 0-9 lie in months 0 (5 weeks), 1 (4), 2 (1)
  EXPECT_DOUBLE_EQ(by_month[0], 3000 * 5 / 10.0);
  EXPECT_DOUBLE_EQ(by_month[1], 3000 * 4 / 10.0);
  EXPECT_DOUBLE_EQ(by_month[2], 3000 * 1 / 10.0);
}

TEST(CostBasis, PerEngagementThroughEvaluateChargesOneEngagementPerGroup) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerEngagement;
  s.models[0].cost = Range::fixed(5000);
  s.segments[0].headcount = 25;  // groups of 9, 8, 8
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.schedule.groups.size(), 3u);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 15000);
}

TEST(CostBasis, OverheadAndContingencyMarkUpIncrementalCash) {
  Scenario s = tiny();
  s.adjustments.overhead = 0.05;
  s.adjustments.contingency = 0.10;
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.incremental_cost, 1150, 1e-9);
  EXPECT_NEAR(r.totals.cash_cost, 1150, 1e-9);
  // The breakdowns carry the markup pro rata, so they add up to the total.
  EXPECT_NEAR(test::sum(r.cost_by_model), 1150, 1e-9);
  EXPECT_NEAR(test::sum(r.cost_by_tier), 1150, 1e-9);
  EXPECT_NEAR(test::sum(r.cost_by_segment), 1150, 1e-9);
}

TEST(CostBasis, CaseTakesEachCostCorner) {
  Scenario s = tiny();
  s.models[0].cost = {80, 100, 150};
  EXPECT_DOUBLE_EQ(evaluate(s, Case::Low).totals.incremental_cost, 800);
  EXPECT_DOUBLE_EQ(evaluate(s, Case::Likely).totals.incremental_cost, 1000);
  EXPECT_DOUBLE_EQ(evaluate(s, Case::High).totals.incremental_cost, 1500);
}

TEST(EconomicCost, AddsLearnerPracticeAndManagerHoursAtTheLoadedRate) {
  Scenario s = tiny();
  s.readiness.practice_hours_week = 1.5;
  s.models[0].needs_manager = true;
  s.models[0].manager_hours_per_week = 2;
  Result r = evaluate(s, Case::Likely);
  // learning 10 h x 10 + practice 1.5 h x 10 x 4 weeks = 160 h; manager 2 h x 4 weeks = 8 h; at $50/h.
  EXPECT_DOUBLE_EQ(r.totals.learner_hours, 160);
  EXPECT_DOUBLE_EQ(r.totals.practice_hours, 60);
  EXPECT_DOUBLE_EQ(r.totals.manager_hours, 8);
  EXPECT_DOUBLE_EQ(r.totals.economic_cost, 1000 + 168 * 50);
}

TEST(CostPerLearner, IsIncrementalOverEnrolments) {
  Scenario s = tiny();
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.learners, 10);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_learner, 100);
  EXPECT_DOUBLE_EQ(r.totals.capable_employees, 10);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_capable_employee, 100);
}

}  // namespace
}  // namespace planner
