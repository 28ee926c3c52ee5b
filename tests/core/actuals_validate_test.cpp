// Bad actuals (issue 15): each gets a message naming the month as the user
// sees it and the field; good actuals pass.
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "engine_fixtures.h"

namespace planner {
namespace {

// two_tiers() starts in January 2027 with a 24-month horizon.
Scenario with_month(ActualMonth a, int as_of = 3) {
  Scenario s = test::two_tiers();
  s.actuals.as_of_month = as_of;
  s.actuals.months.push_back(std::move(a));
  return s;
}

ActualMonth month(int m) {
  ActualMonth a;
  a.month = m;
  a.spend = 500;
  a.enrolled = {10, 5};
  a.completed = {9, 4};
  a.applying = {6, 2};
  a.hours_saved_per_week = 12;
  return a;
}

std::string only_problem(const Scenario& s) {
  const auto issues = validate(s);
  if (issues.size() != 1) return std::to_string(issues.size()) + " problems";
  return issues[0].text();
}

TEST(ActualsValidate, PlanMonthsAreNamedAsTheCalendarShowsThem) {
  Organisation org;
  org.start_year = 2027;
  org.start_month = 11;
  EXPECT_EQ(plan_month_name(org, 1), "November 2027");
  EXPECT_EQ(plan_month_name(org, 3), "January 2028");
  EXPECT_EQ(plan_month_name(org, 26), "December 2029");
  EXPECT_EQ(plan_month_of(org, 2028, 1), 3);
  EXPECT_EQ(plan_month_of(org, 2027, 10), 0);  // before the plan
}

TEST(ActualsValidate, GoodActualsPass) { EXPECT_TRUE(validate(with_month(month(2))).empty()); }

TEST(ActualsValidate, AMonthAfterTheAsOfMonth) {
  EXPECT_EQ(only_problem(with_month(month(4))),
            "actuals.months[0].month: April 2027 (month 4) is after the as-of month (March 2027)");
}

TEST(ActualsValidate, AMonthOutsideThePlan) {
  EXPECT_EQ(only_problem(with_month(month(25), 24)),
            "actuals.months[0].month: month 25 is outside the plan (months 1 to 24, January 2027 to "
            "December 2028)");
  EXPECT_EQ(
      only_problem(with_month(month(2), 30)),
      "actuals.as_of_month: must be a month of the plan (1 to 24, January 2027 to December 2028), got 30");
}

TEST(ActualsValidate, NegativeValues) {
  ActualMonth a = month(2);
  a.spend = -1;
  EXPECT_EQ(only_problem(with_month(a)),
            "actuals.months[0].spend: February 2027 (month 2): spend must be a number >= 0, got -1");
  a = month(2);
  a.hours_saved_per_week = -3;
  EXPECT_EQ(only_problem(with_month(a)),
            "actuals.months[0].hours_saved_per_week: February 2027 (month 2): hours saved per week must be a "
            "number >= 0, got -3");
  a = month(2);
  a.applying = {6, -2};
  EXPECT_EQ(
      only_problem(with_month(a)),
      "actuals.months[0].applying[1]: February 2027 (month 2): applying at T2 must be a number >= 0, got -2");
}

TEST(ActualsValidate, MoreApplyingThanCompletedOrCompletedThanEnrolled) {
  ActualMonth a = month(3);
  a.applying = {10, 2};
  EXPECT_EQ(only_problem(with_month(a)),
            "actuals.months[0].applying[0]: March 2027 (month 3): more people applying T1 (10) than "
            "completed it (9)");
  a = month(3);
  a.completed = {9, 6};
  EXPECT_EQ(only_problem(with_month(a)),
            "actuals.months[0].completed[1]: March 2027 (month 3): more people completed T2 (6) than "
            "enrolled in it "
            "(5)");
}

TEST(ActualsValidate, ListsOfTheWrongLengthAndUnknownMetrics) {
  ActualMonth a = month(1);
  a.enrolled = {10};
  EXPECT_EQ(
      only_problem(with_month(a)),
      "actuals.months[0].enrolled: January 2027 (month 1): enrolled must have one entry per tier (2), got 1");
  a = month(1);
  a.metrics = {{0, 50}};  // two_tiers() has two tiers: no default measurement plan
  EXPECT_EQ(
      only_problem(with_month(a)),
      "actuals.months[0].metrics[0].metric: January 2027 (month 1): no metric 0 in the measurement plan "
      "(0 metrics)");
}

TEST(ActualsValidate, AMonthEnteredTwice) {
  Scenario s = with_month(month(2));
  s.actuals.months.push_back(month(2));
  EXPECT_EQ(only_problem(s),
            "actuals.months[1].month: February 2027 (month 2) is entered twice (also actuals.months[0])");
}

TEST(ActualsValidate, MeasurementPlanDefaultsToLelandsMetricsForThreeTiers) {
  Scenario s = test::two_tiers();
  EXPECT_TRUE(measurement_plan(s).empty());
  s.framework.tiers.push_back(s.framework.tiers[1]);
  const auto plan = measurement_plan(s);
  ASSERT_EQ(plan.size(), 9u);
  EXPECT_EQ(plan[0].name, "Completion");
  EXPECT_DOUBLE_EQ(plan[0].target, 85);
  EXPECT_EQ(plan[2].name, "Policy acknowledgement");
  EXPECT_DOUBLE_EQ(plan[2].target, 100);
  for (int i = 0; i < 9; ++i) EXPECT_EQ(plan[i].tier, i / 3) << plan[i].name;
}

}  // namespace
}  // namespace planner
