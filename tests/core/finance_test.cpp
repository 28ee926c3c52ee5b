// ROI, benefit-cost ratio, payback and NPV: the formulas, then through evaluate().
#include "core/finance.h"

#include <gtest/gtest.h>

#include <cmath>
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

TEST(Finance, EconomicViewChargesLearnerTimeAtTheLoadedRate) {
  // tiny(): 10 learners x $100 = $1000 cash, all in month 0 (a 4-week programme).
  // Economic cost adds learner time: 10 learners x 10 h x $50 = $5000, also in
  // month 0 (weeks 0-3), so $6000. Benefits as above: 48 weeks x $500 = $24,000.
  //   economic ROI = (24,000 - 6,000) / 6,000 = 300 %; BCR = 24,000 / 6,000 = 4.
  // Payback (weeks to months x 12/52; week w is in month floor(w x 12/52)):
  //   month 1 (weeks 0-4):   value  500 (week 4)      cumulative net  -5,500
  //   month 2 (weeks 5-8):   value 2000, cum 2,500    cumulative net  -3,500
  //   month 3 (weeks 9-12):  value 2000, cum 4,500    cumulative net  -1,500
  //   month 4 (weeks 13-17): value 2500, cum 7,000    cumulative net  +1,000  -> month 4
  // (the cash view pays back in month 2).
  Scenario s = test::tiny();
  s.org.horizon_months = 12;
  Result r = evaluate(s, Case::Likely);
  ASSERT_NEAR(r.totals.incremental_cost, 1000, 1e-9);
  EXPECT_NEAR(r.totals.economic_cost, 6000, 1e-9);
  EXPECT_TRUE(r.totals.economic_roi_defined);
  EXPECT_NEAR(r.totals.economic_roi_pct, 300, 1e-9);
  EXPECT_NEAR(r.totals.economic_bcr, 4, 1e-12);
  EXPECT_EQ(r.totals.payback_month, 2);
  EXPECT_EQ(r.totals.economic_payback_month, 4);
  std::vector<double> net(12);
  for (int m = 0; m < 12; ++m) net[m] = r.value[m] - r.economic_cost[m];
  EXPECT_NEAR(net[0], 500 - 6000, 1e-9);
  EXPECT_NEAR(r.totals.economic_npv, npv_monthly(net.data(), 12, 0.10), 1e-9);
  // Same benefits, $5000 more cost in month 0: NPV lower by 5000 / 1.1^(1/12).
  EXPECT_NEAR(r.totals.npv - r.totals.economic_npv, 5000 / std::pow(1.1, 1.0 / 12), 1e-6);
}

TEST(Finance, AFreePlanHasNoCashRoiButStillAnEconomicOne) {
  // Seats already paid for: no cash, but the learners' 100 hours x $50 = $5000
  // are still spent: cash ROI undefined, economic ROI (24,000 - 5,000) / 5,000 = 380 %.
  Scenario s = test::tiny();
  s.org.horizon_months = 12;
  s.models[0].cost = Range::fixed(0);
  Result r = evaluate(s, Case::Likely);
  EXPECT_FALSE(r.totals.roi_defined);
  EXPECT_TRUE(r.totals.economic_roi_defined);
  EXPECT_NEAR(r.totals.economic_roi_pct, 380, 1e-9);
  EXPECT_NEAR(r.totals.economic_bcr, 4.8, 1e-12);
}

}  // namespace
}  // namespace planner
