// cost_oracles_test.cpp — costs, time and the deadline flag worked on paper.
//
// Each test builds a scenario small enough to compute by hand and writes the
// arithmetic beside the expectation, so a wrong number shows which rule broke.
// None depends on the benefit figures (value, savings) nor on the spend cap:
// only on the calendar (week w lies in month floor(w x 12 / 52); month m
// starts at week ceil(m x 52 / 12): weeks 0-4 are month 0, 5-8 month 1,
// 9-12 month 2, 13-17 month 3), the five cost bases, the markup, tier order
// (tier k starts when the same people's tier k-1 has ended) and the target.
//
// Sections
//   1. Cost by tier, by segment and by model, cell by cell
//   2. Learner and manager time by month
//   3. Per-learner-month and per-seat-month billing by month
//   4. The deadline flag
#include <gtest/gtest.h>

#include "core/calendar.h"
#include "core/costs.h"
#include "engine_fixtures.h"

namespace planner {
namespace {

using test::ModelSpec;
using test::SegmentSpec;
using test::tiny;
using test::two_tiers;

// ---- 1. Cost by tier, by segment and by model ---------------------------------

// Two tiers x two segments x two models with different prices, each model
// delivering one tier to one segment and the other tier to the other:
//   model "a": $100 per learner, 6 weeks;  model "b": $300 per learner, 6 weeks
//   segment S0: 10 people, all to tier 0, half (5) on to tier 1
//   segment S1:  4 people, all to tier 0, half (2) on to tier 1
//   plan: S0 tier 0 -> a, S0 tier 1 -> b;  S1 tier 0 -> b, S1 tier 1 -> a
// Tier 0 groups start in week 0 (month 0) and end after week 5; tier 1 waits
// for them and starts in week 6 (month 1). Per learner is paid up front, in
// the start month. Overhead 5 % + contingency 10 %: markup 1.15 on every cell.
Scenario two_by_two_by_two() {
  Scenario s = two_tiers();
  const ModelSpec a = ModelSpec(s.models[0]).id("a").cost(100).weeks(6).tiers(0, 1);
  s.models = {a, ModelSpec(a).id("b").cost(300)};
  s.framework.tiers[0].default_model = "a";
  s.framework.tiers[1].default_model = "b";
  const SegmentSpec s0 = SegmentSpec(s.segments[0]).name("S0").targets({1.0, 0.5});
  s.segments = {s0, SegmentSpec(s0).name("S1").headcount(4)};
  s.plan = {{0, 0, "a", 1.0}, {0, 1, "b", 1.0}, {1, 0, "b", 1.0}, {1, 1, "a", 1.0}};
  s.adjustments.overhead = 0.05;
  s.adjustments.contingency = 0.10;
  return s;
}

TEST(CostOracle, TheTwoByTwoByTwoPlanSchedulesAsWorkedOnPaper) {
  Result r = evaluate(two_by_two_by_two(), Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 4u);
  for (const GroupRun& g : r.schedule.groups) {
    // Tier 0 in weeks 0-5; tier 1 in weeks 6-11.
    EXPECT_EQ(g.start_week, g.tier == 0 ? 0 : 6) << "segment " << g.segment << " tier " << g.tier;
    EXPECT_EQ(g.end_week, g.start_week + 6);
    // Learners: S0 10 then 5; S1 4 then 2.
    EXPECT_EQ(g.learners, g.segment == 0 ? (g.tier == 0 ? 10 : 5) : (g.tier == 0 ? 4 : 2));
    // Models: a for (S0, tier 0) and (S1, tier 1), b otherwise.
    EXPECT_EQ(g.model, (g.segment == g.tier) ? 0 : 1);
  }
}

TEST(CostOracle, CostByTierSegmentAndModelCellByCell) {
  Result r = evaluate(two_by_two_by_two(), Case::Likely);
  ASSERT_EQ(r.tiers, 2);
  ASSERT_EQ(r.segments, 2);
  ASSERT_EQ(r.models, 2);
  const double k = 1.15;
  // Month 0: tier 0 starts.  S0: 10 x $100 (a) = 1,000;  S1: 4 x $300 (b) = 1,200.
  // Month 1: tier 1 starts.  S0:  5 x $300 (b) = 1,500;  S1: 2 x $100 (a) =   200.
  // Every other month: nothing.
  const double tier[2][2] = {{2200 * k, 0}, {0, 1700 * k}};                // [month][tier]
  const double seg[2][2] = {{1000 * k, 1200 * k}, {1500 * k, 200 * k}};    // [month][segment]
  const double model[2][2] = {{1000 * k, 1200 * k}, {200 * k, 1500 * k}};  // [month][model a, b]
  for (int m = 0; m < r.months; ++m)
    for (int j = 0; j < 2; ++j) {
      const double t = m < 2 ? tier[m][j] : 0, sg = m < 2 ? seg[m][j] : 0, md = m < 2 ? model[m][j] : 0;
      EXPECT_NEAR(r.cost_by_tier[m * r.tiers + j], t, 1e-9) << "month " << m << " tier " << j;
      EXPECT_NEAR(r.cost_by_segment[m * r.segments + j], sg, 1e-9) << "month " << m << " segment " << j;
      EXPECT_NEAR(r.cost_by_model[m * r.models + j], md, 1e-9) << "month " << m << " model " << j;
      EXPECT_NEAR(r.at(r.cost_by_tier, m, r.tiers, j), t, 1e-9);  // the accessor reads the same cell
    }
  // The monthly series: 2,200 x 1.15 = 2,530 in month 0; 1,700 x 1.15 = 1,955 in month 1.
  EXPECT_NEAR(r.incremental_cost[0], 2530, 1e-9);
  EXPECT_NEAR(r.incremental_cost[1], 1955, 1e-9);
  EXPECT_NEAR(r.cash_cost[0], 2530, 1e-9);
  EXPECT_NEAR(r.cash_cost[1], 1955, 1e-9);
  // Per model over the horizon: a = 1,200 x 1.15 = 1,380; b = 2,700 x 1.15 = 3,105.
  EXPECT_NEAR(r.incremental_cost_by_model[0], 1380, 1e-9);
  EXPECT_NEAR(r.incremental_cost_by_model[1], 3105, 1e-9);
  // Learners per model: a = 10 + 2 = 12; b = 4 + 5 = 9. Totals 4,485 over 21 enrolments.
  EXPECT_DOUBLE_EQ(r.learners_by_model[0], 12);
  EXPECT_DOUBLE_EQ(r.learners_by_model[1], 9);
  EXPECT_NEAR(r.totals.incremental_cost, 4485, 1e-9);
  EXPECT_NEAR(r.totals.cash_cost, 4485, 1e-9);
  EXPECT_EQ(r.totals.enrolments, 21);
}

TEST(CostOracle, SunkSeatsStayOutOfEveryBreakdown) {
  // The same plan with model b's seats already paid (sunk; no markup on them):
  // cash keeps b's 1,200 (month 0) and 1,500 (month 1) unmarked; the
  // incremental series and every breakdown hold only model a's cells.
  Scenario s = two_by_two_by_two();
  s.models[1].sunk = true;
  Result r = evaluate(s, Case::Likely);
  const double k = 1.15;
  EXPECT_NEAR(r.cash_cost[0], 1000 * k + 1200, 1e-9);
  EXPECT_NEAR(r.cash_cost[1], 200 * k + 1500, 1e-9);
  EXPECT_NEAR(r.incremental_cost[0], 1000 * k, 1e-9);
  EXPECT_NEAR(r.incremental_cost[1], 200 * k, 1e-9);
  EXPECT_NEAR(r.totals.sunk_cost, 2700, 1e-9);
  EXPECT_NEAR(r.cost_by_tier[0 * 2 + 0], 1000 * k, 1e-9);  // month 0, tier 0: S0 on a only
  EXPECT_NEAR(r.cost_by_tier[1 * 2 + 1], 200 * k, 1e-9);   // month 1, tier 1: S1 on a only
  EXPECT_NEAR(r.cost_by_segment[0 * 2 + 1], 0, 1e-9);      // month 0, S1 (on b) costs nothing new
  EXPECT_NEAR(r.cost_by_segment[1 * 2 + 0], 0, 1e-9);      // month 1, S0 (on b)
  EXPECT_NEAR(r.cost_by_model[0 * 2 + 1] + r.cost_by_model[1 * 2 + 1], 0, 1e-9);
  EXPECT_NEAR(r.incremental_cost_by_model[1], 0, 1e-9);
}

TEST(CostOracle, CostPerLearnerLeavesSunkSeatsOut) {
  // Half the segment on sunk seats (already paid), half on a $100 course:
  //   plan: 50 % on "seats" (per seat-month $30, sunk), the rest on "m" ($100 per learner)
  //   cash = 5 x 30 (one month) + 5 x 100 = 650; incremental = 500
  //   cost per learner = incremental / 10 learners = $50 (not 650 / 10).
  Scenario s = tiny();
  s.models.push_back(ModelSpec(s.models[0]).id("seats").basis(CostBasis::PerSeatMonth).cost(30).sunk());
  s.plan = {{0, 0, "seats", 0.5}};
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.cash_cost, 650);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 500);
  EXPECT_DOUBLE_EQ(r.totals.sunk_cost, 150);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_learner, 50);
}

TEST(CostOracle, PlanRowsSplitASegmentsLearnersAcrossModels) {
  // 10 learners; rows "a" 30 % and "b" 30 %, the rest (40 %) to the default "m":
  // cumulative shares 0.3 and 0.6 give 3, 3 and 4 learners. Prices $100 (m),
  // $200 (a), $400 (b): cost by model 400, 600, 1,200 in month 0.
  Scenario s = tiny();
  s.models.push_back(ModelSpec(s.models[0]).id("a").cost(200));
  s.models.push_back(ModelSpec(s.models[0]).id("b").cost(400));
  s.plan = {{0, 0, "a", 0.3}, {0, 0, "b", 0.3}};
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.learners_by_model[0], 4);
  EXPECT_DOUBLE_EQ(r.learners_by_model[1], 3);
  EXPECT_DOUBLE_EQ(r.learners_by_model[2], 3);
  EXPECT_DOUBLE_EQ(r.cost_by_model[0 * 3 + 0], 400);
  EXPECT_DOUBLE_EQ(r.cost_by_model[0 * 3 + 1], 600);
  EXPECT_DOUBLE_EQ(r.cost_by_model[0 * 3 + 2], 1200);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 2200);
}

// ---- 2. Learner and manager time by month --------------------------------------

// tiny() with a 6-week programme (weeks 0-5: five weeks in month 0, one in
// month 1), practice 1.5 h a week, a manager 2 h a week, $50 an hour:
//   learning 10 h x 10 people / 6 weeks = 16.67 h a week; practice 15 h a week
//   month 0: 5 x (16.67 + 15) = 158.33 h learners, 5 x 2 = 10 h manager
//   month 1: 1 x (16.67 + 15) =  31.67 h learners, 1 x 2 =  2 h manager
// Economic minus incremental cost in a month is those hours x $50.
TEST(TimeOracle, LearnerAndManagerHoursFallInTheMonthsTheyAreSpent) {
  Scenario s = tiny();
  s.models[0].duration_weeks = Range::fixed(6);
  s.readiness.practice_hours_week = 1.5;
  s.models[0].needs_manager = true;
  s.models[0].manager_hours_per_week = 2;
  Result r = evaluate(s, Case::Likely);
  const double learning = 100.0 / 6, practice = 15;
  const double m0 = 5 * (learning + practice) + 5 * 2, m1 = 1 * (learning + practice) + 1 * 2;
  EXPECT_NEAR(r.economic_cost[0] - r.incremental_cost[0], m0 * 50, 1e-9);  // 8,416.67
  EXPECT_NEAR(r.economic_cost[1] - r.incremental_cost[1], m1 * 50, 1e-9);  // 1,683.33
  for (int m = 2; m < r.months; ++m) EXPECT_NEAR(r.economic_cost[m] - r.incremental_cost[m], 0, 1e-9) << m;
  // Totals: learners 100 h learning + 90 h practice = 190 h; manager 6 weeks x 2 h = 12 h.
  EXPECT_NEAR(r.totals.learner_hours, 190, 1e-9);
  EXPECT_NEAR(r.totals.practice_hours, 90, 1e-9);
  EXPECT_NEAR(r.totals.manager_hours, 12, 1e-9);
  EXPECT_NEAR(r.totals.economic_cost, 1000 + (190 + 12) * 50, 1e-9);
}

TEST(TimeOracle, EachSegmentsHoursAreValuedAtItsOwnRate) {
  // Two segments (10 people at $50/h, 4 at $80/h), one 4-week programme each
  // in weeks 0-3 (month 0), 10 learning hours each, no practice, no manager:
  // month 0 economic - incremental = 10 x 10 x $50 + 4 x 10 x $80 = 5,000 + 3,200.
  Scenario s = tiny();
  s.segments.push_back(SegmentSpec(s.segments[0]).headcount(4).hourly_cost(80));
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.economic_cost[0] - r.incremental_cost[0], 8200, 1e-9);
  EXPECT_NEAR(r.totals.learner_hours, 140, 1e-9);
  EXPECT_NEAR(r.totals.manager_hours, 0, 1e-9);
}

TEST(TimeOracle, AManagerIsCountedPerRunningGroupNotPerLearner) {
  // 25 people in groups of at most 10: 3 groups (9, 8, 8), all in weeks 0-3,
  // each with a manager 1.5 h a week (3 managers available):
  // 3 x 4 x 1.5 = 18 manager hours, all in month 0; 25 x 10 = 250 learner hours.
  Scenario s = tiny();
  s.segments[0].headcount = 25;
  s.segments[0].managers = 3;
  s.models[0].needs_manager = true;
  s.models[0].manager_hours_per_week = 1.5;
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  EXPECT_NEAR(r.totals.manager_hours, 18, 1e-9);
  EXPECT_NEAR(r.totals.learner_hours, 250, 1e-9);
  EXPECT_NEAR(r.economic_cost[0] - r.incremental_cost[0], (18 + 250) * 50, 1e-9);
}

TEST(TimeOracle, NoManagerTimeForAModelThatNeedsNoManager) {
  // tiny() says 2 manager hours a week but needs_manager false: the hours are
  // not booked (4 weeks x 2 h would be 8 h, $400).
  Scenario s = tiny();
  s.models[0].needs_manager = false;
  s.models[0].manager_hours_per_week = 2;
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.manager_hours, 0);
  EXPECT_NEAR(r.economic_cost[0] - r.incremental_cost[0], 100 * 50, 1e-9);  // 10 x 10 learning hours only
}

TEST(TimeOracle, TheDipFallsOnAppliersDuringTheRampUp) {
  // tiny() with half the finishers applying and a 2-week ramp-up, dip 10 %:
  //   appliers 10 x 1 x 0.5 = 5; dip 5 x 0.1 x 10 h = 5 h a week, weeks 4 and 5
  //   (after the programme's weeks 0-3): week 4 in month 0, week 5 in month 1.
  //   month 0: learning 10 x 10 h = 100 h + dip 5 h = 105 h x $50 = 5,250
  //   month 1: dip 5 h x $50 = 250
  Scenario s = tiny();
  s.models[0].application_rate = Range::fixed(0.5);
  s.framework.tiers[0].ramp_weeks = 2;
  s.readiness.productivity_dip = 0.1;
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.dip_hours, 10, 1e-9);
  EXPECT_NEAR(r.economic_cost[0] - r.incremental_cost[0], 5250, 1e-9);
  EXPECT_NEAR(r.economic_cost[1] - r.incremental_cost[1], 250, 1e-9);
  EXPECT_NEAR(r.economic_cost[2] - r.incremental_cost[2], 0, 1e-9);
}

// ---- 3. Billing by month ----------------------------------------------------------

TEST(BillingOracle, ADurationIsRoundedToWholeWeeksNotCutDown) {
  // 4.6 weeks is scheduled as 5 (weeks 0-4): per learner-week 10 x $100 x 5.
  // 4.4 weeks is 4. A tenth of a week is never billed.
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerLearnerWeek;
  s.models[0].duration_weeks = Range::fixed(4.6);
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.schedule.groups.size(), 1u);
  EXPECT_EQ(r.schedule.groups[0].end_week, 5);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 5000);
  s.models[0].duration_weeks = Range::fixed(4.4);
  EXPECT_DOUBLE_EQ(evaluate(s, Case::Likely).totals.incremental_cost, 4000);
}

TEST(CalendarOracle, WeeksFallInMonthsAtTwelveOverFiftyTwo) {
  // floor(w x 12 / 52): 4 -> 48/52 = 0; 5 -> 60/52 = 1; 8 -> 96/52 = 1; 9 -> 108/52 = 2;
  // 51 -> 612/52 = 11; 52 -> 12.
  EXPECT_EQ(month_of_week(0), 0);
  EXPECT_EQ(month_of_week(4), 0);
  EXPECT_EQ(month_of_week(5), 1);
  EXPECT_EQ(month_of_week(8), 1);
  EXPECT_EQ(month_of_week(9), 2);
  EXPECT_EQ(month_of_week(51), 11);
  EXPECT_EQ(month_of_week(52), 12);
  // ceil(m x 52 / 12): month 1 starts at week 5 (4.33 up), 2 at 9 (8.67), 3 at 13, 12 at 52.
  EXPECT_EQ(first_week_of_month(0), 0);
  EXPECT_EQ(first_week_of_month(1), 5);
  EXPECT_EQ(first_week_of_month(2), 9);
  EXPECT_EQ(first_week_of_month(3), 13);
  EXPECT_EQ(first_week_of_month(12), 52);
  EXPECT_EQ(horizon_weeks(24), 104);
  EXPECT_DOUBLE_EQ(kMonthsPerWeek * 52, 12);
  EXPECT_DOUBLE_EQ(kWeeksPerMonth * 12, 52);
}

// A 10-week programme from week 0 (weeks 0-9): 5 weeks in month 0 (0-4),
// 4 in month 1 (5-8), 1 in month 2 (9). 10 learners at $100.
TEST(BillingOracle, PerLearnerMonthBillsEachMonthsWeeksTimesTwelveOverFiftyTwo) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerLearnerMonth;
  s.models[0].duration_weeks = Range::fixed(10);
  Result r = evaluate(s, Case::Likely);
  // month 0: 10 x 100 x 5 x 12/52 = 1,153.85; month 1: x 4 = 923.08; month 2: x 1 = 230.77.
  EXPECT_NEAR(r.incremental_cost[0], 1000 * 5 * 12.0 / 52, 1e-9);
  EXPECT_NEAR(r.incremental_cost[1], 1000 * 4 * 12.0 / 52, 1e-9);
  EXPECT_NEAR(r.incremental_cost[2], 1000 * 1 * 12.0 / 52, 1e-9);
  for (int m = 3; m < r.months; ++m) EXPECT_DOUBLE_EQ(r.incremental_cost[m], 0) << m;
  EXPECT_NEAR(r.totals.incremental_cost, 1000 * 10 * 12.0 / 52, 1e-9);  // 2,307.69
}

TEST(BillingOracle, PerSeatMonthBillsEachMonthTouchedWhole) {
  Scenario s = tiny();
  s.models[0].basis = CostBasis::PerSeatMonth;
  s.models[0].duration_weeks = Range::fixed(10);
  Result r = evaluate(s, Case::Likely);
  // Months 0, 1 and 2 are touched (even month 2's single week): 10 x $100 each.
  EXPECT_DOUBLE_EQ(r.incremental_cost[0], 1000);
  EXPECT_DOUBLE_EQ(r.incremental_cost[1], 1000);
  EXPECT_DOUBLE_EQ(r.incremental_cost[2], 1000);
  for (int m = 3; m < r.months; ++m) EXPECT_DOUBLE_EQ(r.incremental_cost[m], 0) << m;
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 3000);
}

TEST(BillingOracle, AGroupStartingMidMonthIsCutAtBothEnds) {
  // 10 weeks from week 3 (weeks 3-12): month 0 has weeks 3-4 (2), month 1
  // weeks 5-8 (4), month 2 weeks 9-12 (4). 10 learners at $100.
  ModelAt m;
  m.cost = 100;
  m.duration_weeks = 10;
  m.group_size = 10;
  double by_month[8] = {};
  int first = -1;
  m.basis = CostBasis::PerLearnerMonth;
  ASSERT_EQ(group_cash_by_month(m, 10, 3, by_month, &first), 3);
  EXPECT_EQ(first, 0);
  EXPECT_NEAR(by_month[0], 1000 * 2 * 12.0 / 52, 1e-9);
  EXPECT_NEAR(by_month[1], 1000 * 4 * 12.0 / 52, 1e-9);
  EXPECT_NEAR(by_month[2], 1000 * 4 * 12.0 / 52, 1e-9);
  m.basis = CostBasis::PerSeatMonth;
  ASSERT_EQ(group_cash_by_month(m, 10, 3, by_month, &first), 3);
  for (int i = 0; i < 3; ++i) EXPECT_DOUBLE_EQ(by_month[i], 1000) << i;
  m.basis = CostBasis::PerLearnerWeek;
  ASSERT_EQ(group_cash_by_month(m, 10, 3, by_month, &first), 3);
  EXPECT_DOUBLE_EQ(by_month[0], 2000);
  EXPECT_DOUBLE_EQ(by_month[1], 4000);
  EXPECT_DOUBLE_EQ(by_month[2], 4000);
  // From week 5 (weeks 5-14): first month 1; months 1 (5-8: 4), 2 (9-12: 4), 3 (13-14: 2).
  m.basis = CostBasis::PerLearner;
  ASSERT_EQ(group_cash_by_month(m, 10, 5, by_month, &first), 3);
  EXPECT_EQ(first, 1);
  EXPECT_DOUBLE_EQ(by_month[0], 1000);  // up front, in the start month
  EXPECT_DOUBLE_EQ(by_month[1], 0);
  EXPECT_DOUBLE_EQ(by_month[2], 0);
}

TEST(BillingOracle, CashPastTheHorizonIsOutsideThePlan) {
  // An 8-week per-seat-month programme (weeks 0-7: months 0 and 1) in a
  // 2-month horizon: both months billed, 2 x 1,000.
  Scenario s = tiny();
  s.org.horizon_months = 2;
  s.models[0].basis = CostBasis::PerSeatMonth;
  s.models[0].duration_weeks = Range::fixed(8);  // weeks 0-7: months 0 and 1 only
  Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.months, 2);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, 2000);
}

// ---- 4. The deadline flag ----------------------------------------------------------

// tiny() with a 10-week programme (weeks 0-9, ending in month 2) and the
// target "everyone trained at tier 1": trained at the end of month 2, so the
// target first holds in month 3 (1-based).
Scenario deadline_plan(int by_month) {
  Scenario s = tiny();
  s.models[0].duration_weeks = Range::fixed(10);
  s.target.count_applying = false;
  s.target.share = 1.0;
  s.target.tier = 0;
  s.target.by_month = by_month;
  return s;
}

TEST(DeadlineOracle, MetExactlyAtTheDeadline) {
  Result r = evaluate(deadline_plan(3), Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, 3);
  EXPECT_TRUE(r.totals.target_met_by_deadline);
}

TEST(DeadlineOracle, OneMonthLateIsNotMet) {
  Result r = evaluate(deadline_plan(2), Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, 3);
  EXPECT_FALSE(r.totals.target_met_by_deadline);
}

TEST(DeadlineOracle, EarlyIsMetAndNeverIsNot) {
  EXPECT_TRUE(evaluate(deadline_plan(12), Case::Likely).totals.target_met_by_deadline);
  // Only 5 of the 10 people are planned: a target of all 10 never holds.
  Scenario s = deadline_plan(12);
  s.target.share = 1.0;
  s.segments[0].target_share = {0.5};  // only 5 of 10 are planned
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, -1);
  EXPECT_FALSE(r.totals.target_met_by_deadline);
}

TEST(DeadlineOracle, HalfTheHeadcountCountsAcrossSegments) {
  // Two segments of 10; only S0 is trained (weeks 0-9). Target 50 % of the
  // 20 people = 10: met in month 3. Target 60 % = 12: never.
  Scenario s = deadline_plan(3);
  s.segments.push_back(SegmentSpec(s.segments[0]).targets({0.0}));
  s.target.share = 0.5;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, 3);
  EXPECT_TRUE(r.totals.target_met_by_deadline);
  s.target.share = 0.6;
  r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, -1);
  EXPECT_FALSE(r.totals.target_met_by_deadline);
}

}  // namespace
}  // namespace planner
