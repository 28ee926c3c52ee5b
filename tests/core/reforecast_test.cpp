// The re-forecast worked by hand (docs/schema.md, "The re-forecast").
//
// tiny() (engine_fixtures.h): 10 people, one cohort of 10 at $100 each in
// weeks 0-4, uplift 0.1 of 10 addressable hours at $50/h, everything else 1.
// The plan: $1,000 in month 1; all 10 apply from week 4, saving 10 x 0.1 x
// 10 = 10 h/week = $500/week. Month 1 (weeks 0-4) averages 2 h/week ($500);
// months 2-24 hold the other 99 weeks of the 104 (10 h/week): benefits
// 100 x $500 = $50,000, ROI (50,000 - 1,000) / 1,000 = 4,900 %.
#include "core/reforecast.h"

#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/variance.h"
#include "engine_fixtures.h"

namespace planner {
namespace {

ActualMonth row(int month, double spend, std::vector<double> enrolled, std::vector<double> completed,
                std::vector<double> applying, double hours) {
  ActualMonth a;
  a.month = month;
  a.spend = spend;
  a.enrolled = std::move(enrolled);
  a.completed = std::move(completed);
  a.applying = std::move(applying);
  a.hours_saved_per_week = hours;
  return a;
}

TEST(Reforecast, ThePlanOfTheTinyScenarioIsAsWorkedByHand) {
  const Scenario s = test::tiny();
  const Result plan = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(plan.totals.incremental_cost, 1000);
  EXPECT_DOUBLE_EQ(plan.hours_saved_per_week[0], 2);
  EXPECT_DOUBLE_EQ(plan.hours_saved_per_week[1], 10);
  EXPECT_DOUBLE_EQ(plan.totals.benefits, 50000);
  EXPECT_DOUBLE_EQ(plan.totals.roi_pct, 4900);
  EXPECT_EQ(plan.totals.months_to_target, 1);
}

// Only 6 of the 10 apply. The 4 who did not are not assumed to start later:
// 6 people x 1 h/week x $50 = $300/week for the 99 weeks of months 2-24,
// plus month 1's measured 1.2 h/week x 5 weeks x $50 = $300: $30,000.
TEST(Reforecast, ACohortThatUnderAppliesCarriesItsShortfallForward) {
  Scenario s = test::tiny();
  s.actuals.as_of_month = 2;
  s.actuals.months = {row(1, 1000, {10}, {10}, {6}, 1.2), row(2, 0, {10}, {10}, {6}, 6)};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result plan = evaluate(s, Case::Likely);
  const Result f = reforecast(s, Case::Likely, plan);
  for (int m = 0; m < f.months; ++m) EXPECT_DOUBLE_EQ(f.applying_at_tier[m], 6) << "month " << m + 1;
  EXPECT_DOUBLE_EQ(f.hours_saved_per_week[0], 1.2);
  for (int m = 1; m < f.months; ++m) EXPECT_DOUBLE_EQ(f.hours_saved_per_week[m], 6) << "month " << m + 1;
  EXPECT_NEAR(f.totals.benefits, 30000, 1e-6);
  EXPECT_NEAR(f.totals.roi_pct, 2900, 1e-9);
  EXPECT_DOUBLE_EQ(f.totals.incremental_cost, 1000);
  EXPECT_EQ(f.totals.months_to_target, -1);  // 100 % of 10 applying never happens
  // Completion is shown apart from application: completed on plan, applying red.
  for (const VarianceLine& v : variance(s, plan)) {
    if (v.key == "completed" || v.key == "enrolled") {
      EXPECT_EQ(v.status, Rag::Green) << v.key;
    }
    if (v.key == "applying") {
      EXPECT_EQ(v.status, Rag::Red) << v.month;  // 6 vs 10: 40 % short
    }
  }
}

// $1,500 spent in month 1 against $1,000 planned; all else on plan. Cost
// rises by $500, benefits do not move: ROI (50,000 - 1,500) / 1,500 =
// 3,233.3 %; NPV falls by $500 discounted one month.
TEST(Reforecast, OverspendInOneMonthRaisesCostAndNothingElse) {
  Scenario s = test::tiny();
  s.actuals.as_of_month = 1;
  s.actuals.months = {row(1, 1500, {10}, {10}, {10}, 2)};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result plan = evaluate(s, Case::Likely);
  const Result f = reforecast(s, Case::Likely, plan);
  EXPECT_DOUBLE_EQ(f.totals.incremental_cost, 1500);
  EXPECT_DOUBLE_EQ(f.totals.cash_cost, plan.totals.cash_cost + 500);
  EXPECT_DOUBLE_EQ(f.totals.benefits, 50000);
  EXPECT_NEAR(f.totals.roi_pct, 48500.0 / 1500 * 100, 1e-9);
  const double monthly = std::pow(1.10, 1.0 / 12);
  EXPECT_NEAR(f.totals.npv, plan.totals.npv - 500 / monthly, 1e-6);
  EXPECT_EQ(f.totals.months_to_target, 1);
  // Cumulative net after month 2: 500 + 4 x 500 - 1,500 = 1,000 >= 0.
  EXPECT_EQ(f.totals.payback_month, 2);
  const std::vector<VarianceLine> v = variance(s, plan);
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].key, "spend");
  EXPECT_DOUBLE_EQ(v[0].plan, 1000);
  EXPECT_DOUBLE_EQ(v[0].actual, 1500);
  EXPECT_EQ(v[0].status, Rag::Red);  // 50 % over
}

// two_tiers(): tier 2 (uplift 0.3, $100 x 10) was planned to enrol in month
// 1 and apply from week 8 (month 2). By month 2 nobody has enrolled in it:
// the plan had enrolled 10 in month 1 already, so it is 2 months late. Its
// $1,000 moves from month 1 to month 3, its people apply from month 4, and
// in month 3 the 10 people still save tier 1's 10 h/week, not 30.
TEST(Reforecast, ATierThatStartsLateRunsTheRestOfItsPlanLater) {
  Scenario s = test::two_tiers();
  s.actuals.as_of_month = 2;
  s.actuals.months = {row(1, 1000, {10, 0}, {10, 0}, {10, 0}, 2), row(2, 0, {10, 0}, {10, 0}, {10, 0}, 10)};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result plan = evaluate(s, Case::Likely);
  ASSERT_DOUBLE_EQ(plan.cost_by_tier[0 * 2 + 1], 1000);    // tier 2's cost, month 1
  ASSERT_DOUBLE_EQ(plan.applying_at_tier[1 * 2 + 1], 10);  // tier 2 applying from month 2
  ASSERT_DOUBLE_EQ(plan.hours_saved_per_week[2], 30);
  const Result f = reforecast(s, Case::Likely, plan);
  EXPECT_DOUBLE_EQ(f.incremental_cost[0], 1000);
  EXPECT_DOUBLE_EQ(f.incremental_cost[1], 0);
  EXPECT_DOUBLE_EQ(f.incremental_cost[2], 1000);
  EXPECT_DOUBLE_EQ(f.totals.incremental_cost, 2000);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[2 * 2 + 1], 0);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[3 * 2 + 1], 10);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[3 * 2 + 0], 10);
  EXPECT_DOUBLE_EQ(f.hours_saved_per_week[1], 10);
  EXPECT_DOUBLE_EQ(f.hours_saved_per_week[2], 10);  // 30 - 10 people x 0.2 x 10 h
  EXPECT_DOUBLE_EQ(f.hours_saved_per_week[3], plan.hours_saved_per_week[3]);
  EXPECT_LT(f.totals.benefits, plan.totals.benefits);
}

// Two cohorts of 10 (20 people, one group at a time, half of each applies):
// the plan enrols both in month 1 (weeks 0 and 4), so 5 apply by month 1 and
// 10 by month 2. By month 1 only the first cohort enrolled (the tier is a
// month late) but its 5 apply on time: 5 more than the late plan has then.
// They are people ahead of the late plan, not extra people: the count stays
// at 5 until the late plan passes it, and ends at the plan's 10, not 15.
TEST(Reforecast, PeopleAheadOfALatePlanAreNotCountedTwice) {
  Scenario s = test::ScenarioBuilder(test::tiny()).capacity(1, 0, 0, 0);
  s.segments[0].headcount = 20;
  s.models[0].application_rate = Range{0.5, 0.5, 0.5};
  const Result plan = evaluate(s, Case::Likely);
  ASSERT_DOUBLE_EQ(planned_enrolments(plan)[0], 20);
  ASSERT_DOUBLE_EQ(plan.applying_at_tier[0], 5);
  ASSERT_DOUBLE_EQ(plan.applying_at_tier[1], 10);
  s.actuals.as_of_month = 1;
  s.actuals.months = {row(1, 1000, {10}, {10}, {5}, plan.hours_saved_per_week[0])};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result f = reforecast(s, Case::Likely, plan);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[0], 5);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[1], 5);   // the late plan has 5 by month 2
  EXPECT_DOUBLE_EQ(f.applying_at_tier[2], 10);  // ...and 10 by month 3
  EXPECT_DOUBLE_EQ(f.applying_at_tier[static_cast<size_t>(f.months - 1)], 10);
  EXPECT_DOUBLE_EQ(f.totals.capable_employees, plan.totals.capable_employees);
  EXPECT_LT(f.totals.benefits, plan.totals.benefits);  // the second cohort applies a month later
}

// As above, but only month 2 is typed. Month 1 keeps the plan's $2,000
// spend, tier 2's $1,000 in it; the late tier's cost is not moved to month 3
// as well, or it would be counted twice: $2,000 in all, not $3,000.
TEST(Reforecast, ALateTiersCostInAMonthNotTypedIsCountedOnce) {
  Scenario s = test::two_tiers();
  s.actuals.as_of_month = 2;
  s.actuals.months = {row(2, 0, {10, 0}, {10, 0}, {10, 0}, 10)};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result plan = evaluate(s, Case::Likely);
  const Result f = reforecast(s, Case::Likely, plan);
  EXPECT_DOUBLE_EQ(f.incremental_cost[0], 2000);
  EXPECT_DOUBLE_EQ(f.incremental_cost[2], 0);
  EXPECT_DOUBLE_EQ(f.totals.incremental_cost, 2000);
  EXPECT_DOUBLE_EQ(f.applying_at_tier[3 * 2 + 1], 10);  // its people still run 2 months late
}

TEST(Reforecast, NoAsOfMonthIsThePlan) {
  const Scenario s = test::two_tiers();
  const Result plan = evaluate(s, Case::Likely);
  const Result f = reforecast(s, Case::Likely, plan);
  EXPECT_EQ(f.incremental_cost, plan.incremental_cost);
  EXPECT_EQ(f.applying_at_tier, plan.applying_at_tier);
  EXPECT_EQ(f.totals.npv, plan.totals.npv);
}

TEST(Variance, ThresholdsAreFiveAndFifteenPercentOnTheSideThatHurts) {
  EXPECT_EQ(rag_status(100, 104, true), Rag::Green);
  EXPECT_EQ(rag_status(100, 106, true), Rag::Amber);
  EXPECT_EQ(rag_status(100, 115, true), Rag::Amber);
  EXPECT_EQ(rag_status(100, 116, true), Rag::Red);
  EXPECT_EQ(rag_status(100, 50, true), Rag::Green);  // underspend does not hurt
  EXPECT_EQ(rag_status(100, 90, false), Rag::Amber);
  EXPECT_EQ(rag_status(100, 84, false), Rag::Red);
  EXPECT_EQ(rag_status(100, 200, false), Rag::Green);
  EXPECT_EQ(rag_status(0, 1, true), Rag::Red);  // spend where none was planned
  EXPECT_EQ(rag_status(0, 0, true), Rag::Green);
}

}  // namespace
}  // namespace planner
