// ROI, benefit-cost ratio, payback and NPV: the formulas, then through evaluate().
#include "core/finance.h"

#include <gtest/gtest.h>

#include <vector>

#include "engine_fixtures.h"

namespace planner {
namespace {

TEST(Finance, RoiIsNetBenefitOverCostInPercent) {
  EXPECT_DOUBLE_EQ(roi_pct(150, 100), 50);
  EXPECT_DOUBLE_EQ(roi_pct(50, 100), -50);
  EXPECT_DOUBLE_EQ(roi_pct(370, 100), 270);  // AIE's $3.70 per $1
}

TEST(Finance, RoiAndBcrAreZeroWhenThePlanCostsNothing) {
  EXPECT_DOUBLE_EQ(roi_pct(500, 0), 0);
  EXPECT_DOUBLE_EQ(benefit_cost_ratio(500, 0), 0);
}

TEST(Finance, BenefitCostRatioIsBenefitOverCost) { EXPECT_DOUBLE_EQ(benefit_cost_ratio(370, 100), 3.7); }

TEST(Finance, MonthlyRateCompoundsToTheAnnualRate) {
  const double m = monthly_rate(0.10);
  double year = 1;
  for (int i = 0; i < 12; ++i) year *= 1 + m;
  EXPECT_NEAR(year, 1.10, 1e-12);
}

TEST(Finance, NpvDiscountsEachMonthAtItsEnd) {
  const double one[1] = {100};
  EXPECT_NEAR(npv_monthly(one, 1, 0.10), 99.20889434469909, 1e-9);  // 100 / 1.1^(1/12)
  std::vector<double> twelve(12, 100.0);
  EXPECT_NEAR(npv_monthly(twelve.data(), 12, 0.10), 1140.048782933069, 1e-9);
  std::vector<double> late(12, 0.0);
  late[11] = 1100;
  EXPECT_NEAR(npv_monthly(late.data(), 12, 0.10), 1000, 1e-9);  // a year away at 10 %
  EXPECT_NEAR(npv_monthly(twelve.data(), 12, 0.0), 1200, 1e-9);
}

TEST(Finance, PaybackIsTheFirstMonthCumulativeNetTurnsNonNegative) {
  const double net[5] = {-100, -60, -20, 20, 60};
  const double value[5] = {0, 40, 80, 120, 160};
  EXPECT_EQ(payback_month(net, value, 5), 4);
  EXPECT_EQ(payback_month(net, value, 3), -1);
}

TEST(Finance, AnIdlePlanHasNoPaybackMonth) {
  const double zero[3] = {0, 0, 0};
  EXPECT_EQ(payback_month(zero, zero, 3), -1);
}

TEST(Finance, TotalsThroughEvaluate) {
  Scenario s = test::tiny();  // $1000 in month 0; 10 h/week x $50 from week 4
  s.org.horizon_months = 12;
  Result r = evaluate(s, Case::Likely);
  // Weeks 4-51 are inside 12 months: 48 weeks x $500.
  EXPECT_NEAR(r.totals.benefits, 48 * 500.0, 1e-9);
  EXPECT_NEAR(r.totals.roi_pct, (24000.0 - 1000) / 1000 * 100, 1e-9);
  EXPECT_NEAR(r.totals.bcr, 24.0, 1e-12);
  // Month 0: -1000 + one week (week 4) of $500; month 1 adds 4 weeks: cumulative 1500.
  EXPECT_NEAR(r.cumulative_net[0], -500, 1e-9);
  EXPECT_EQ(r.totals.payback_month, 2);
  std::vector<double> net(12);
  for (int m = 0; m < 12; ++m) net[m] = r.value[m] - r.incremental_cost[m];
  EXPECT_NEAR(r.totals.npv, npv_monthly(net.data(), 12, 0.10), 1e-9);
  EXPECT_LT(r.totals.npv, 23000);
}

}  // namespace
}  // namespace planner
