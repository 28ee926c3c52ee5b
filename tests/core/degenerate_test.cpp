// Degenerate inputs: every output stays a finite number.
#include <gtest/gtest.h>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::all_finite;
using test::tiny;

void expect_finite_in_every_case(const Scenario& s) {
  ASSERT_TRUE(validate(s).empty());
  for (Case c : {Case::Low, Case::Likely, Case::High}) {
    Result r = evaluate(s, c);
    EXPECT_TRUE(all_finite(r));
  }
}

TEST(Degenerate, ZeroHeadcountGivesZerosNotNaN) {
  Scenario s = tiny();
  s.segments[0].headcount = 0;
  expect_finite_in_every_case(s);
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.learners, 0);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_learner, 0);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_capable_employee, 0);
  EXPECT_EQ(r.totals.months_to_target, -1);
  EXPECT_EQ(r.totals.payback_month, -1);
}

TEST(Degenerate, ZeroCostGivesZeroRoiAndBcr) {
  Scenario s = tiny();
  s.models[0].cost = Range::fixed(0);
  expect_finite_in_every_case(s);
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.roi_pct, 0);
  EXPECT_DOUBLE_EQ(r.totals.bcr, 0);
  EXPECT_GT(r.totals.benefits, 0);
  EXPECT_EQ(r.totals.payback_month, 1);  // returns from month 1 at no cost
}

TEST(Degenerate, HorizonOfOneMonth) {
  Scenario s = tiny();
  s.org.horizon_months = 1;
  expect_finite_in_every_case(s);
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.months, 1);
  EXPECT_EQ(r.cash_cost.size(), 1u);
}

TEST(Degenerate, NoSegmentsAtAll) {
  Scenario s = tiny();
  s.segments.clear();
  expect_finite_in_every_case(s);
}

TEST(Degenerate, NobodyCompletesOrApplies) {
  Scenario s = tiny();
  s.models[0].completion_rate = Range::fixed(0);
  s.models[0].application_rate = Range::fixed(0);
  expect_finite_in_every_case(s);
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.capable_employees, 0);
  EXPECT_DOUBLE_EQ(r.totals.cost_per_capable_employee, 0);
  EXPECT_DOUBLE_EQ(r.totals.roi_pct, -100);
}

TEST(Degenerate, ZeroTargetShareIsMetAtOnce) {
  Scenario s = tiny();
  s.target.share = 0;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, 1);
  EXPECT_TRUE(r.totals.target_met_by_deadline);
}

TEST(Degenerate, ZeroDiscountRateAndFullDecay) {
  Scenario s = tiny();
  s.org.discount_rate_annual = 0;
  s.models[0].reinforces = false;
  s.models[0].decay_half_life_months = 0.01;
  expect_finite_in_every_case(s);
}

TEST(Degenerate, EveryoneAlreadyAtTheTopTier) {
  Scenario s = test::two_tiers();
  s.segments[0].current_at_tier = {0, 10};
  expect_finite_in_every_case(s);
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.planned_learners, 0);
  EXPECT_EQ(r.totals.months_to_target, 1);
}

}  // namespace
}  // namespace planner
