// Benefits: who applies, how much they save, when, and how it fades.
#include <gtest/gtest.h>

#include <cmath>

#include "core/learners.h"
#include "engine_fixtures.h"

namespace planner {
namespace {

using test::tiny;
using test::two_tiers;

TEST(Readiness, MeanScoreScalesApplicationFromHalfToOneAndAHalf) {
  Readiness r;
  EXPECT_DOUBLE_EQ(readiness_multiplier(r), 1.0);  // all 3
  r.learning_climate = r.organisational_systems = r.job_design = r.manager_support = r.incentives = 1;
  EXPECT_DOUBLE_EQ(readiness_multiplier(r), 0.5);
  r.learning_climate = r.organisational_systems = r.job_design = r.manager_support = r.incentives = 5;
  EXPECT_DOUBLE_EQ(readiness_multiplier(r), 1.5);
  r.incentives = 1;  // mean 4.2
  EXPECT_DOUBLE_EQ(readiness_multiplier(r), 0.5 + 0.25 * 3.2);
}

TEST(Readiness, BestPreparedTeamsGetThreeTimesTheLiftOfTheWorst) {
  Scenario s = tiny();
  s.models[0].application_rate = Range::fixed(0.6);
  auto set_all = [](Scenario& sc, int v) {
    Readiness& r = sc.readiness;
    r.learning_climate = r.organisational_systems = r.job_design = r.manager_support = r.incentives = v;
  };
  set_all(s, 1);
  const double worst = evaluate(s, Case::Likely).totals.hours_saved_per_week;  // 10 x 0.3 x 0.1 x 10 = 3
  set_all(s, 5);
  const double best = evaluate(s, Case::Likely).totals.hours_saved_per_week;  // 10 x 0.9 x 0.1 x 10 = 9
  EXPECT_NEAR(worst, 3.0, 1e-12);
  EXPECT_NEAR(best, 9.0, 1e-12);
  EXPECT_NEAR(best / worst, 3.0, 1e-12);
}

TEST(Readiness, ApplicationTimesReadinessIsCappedAtOne) {
  Scenario s = tiny();
  s.models[0].application_rate = Range::fixed(0.8);
  Readiness& r = s.readiness;
  r.learning_climate = r.organisational_systems = r.job_design = r.manager_support = r.incentives =
      5;  // 0.8 x 1.5 = 1.2
  EXPECT_NEAR(evaluate(s, Case::Likely).totals.hours_saved_per_week, 10.0,
              1e-12);  // 10 people x 1 x 0.1 x 10 h
}

TEST(Benefits, HoursSavedAreAppliersTimesUpliftTimesAddressableHoursAfterAttribution) {
  Scenario s = tiny();
  s.models[0].completion_rate = Range::fixed(0.8);
  s.models[0].application_rate = Range::fixed(0.5);
  s.adjustments.attribution = 0.8;
  s.adjustments.confidence = 0.75;
  Result r = evaluate(s, Case::Likely);
  // 10 x 0.8 completion x 0.5 application = 4 appliers; 4 x 0.1 x 10 h = 4 h; x 0.8 x 0.75 = 2.4 h/week.
  EXPECT_NEAR(r.totals.hours_saved_per_week, 2.4, 1e-12);
  EXPECT_NEAR(r.totals.fte_returned, 2.4 * 52 / 2080, 1e-12);
  EXPECT_NEAR(r.totals.capable_employees, 4, 1e-12);
}

TEST(Benefits, UpliftBelongsToTheTierNotTheStep) {
  Scenario s = two_tiers();  // uplift 0.1 at tier 0, 0.3 at tier 1; 10 people take both
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.hours_saved_per_week, 10 * 0.3 * 10, 1e-9);  // not 10 x (0.1 + 0.3) x 10
}

TEST(Benefits, StartAfterTheProgrammeEndsPlusRampUp) {
  Scenario s = tiny();
  s.framework.tiers[0].ramp_weeks = 5;  // ends week 4, benefits from week 9 = month 2
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.value[0], 0);
  EXPECT_DOUBLE_EQ(r.value[1], 0);
  // Month 2 holds weeks 9-12: 4 weeks x 10 h x $50.
  EXPECT_NEAR(r.value[2], 4 * 10 * 50.0, 1e-9);
  EXPECT_NEAR(r.hours_saved_per_week[2], 10, 1e-12);
  // Month 1 (weeks 5-8) is all ramp-up: nobody counts as applying yet.
  EXPECT_DOUBLE_EQ(r.applying_at_tier[1], 0);
  EXPECT_DOUBLE_EQ(r.applying_at_tier[2], 10);
  EXPECT_DOUBLE_EQ(r.trained_at_tier[0], 10);  // trained at the end of month 0
}

TEST(Benefits, ProductivityDipDuringRampUpIsAnEconomicCost) {
  Scenario s = tiny();
  s.framework.tiers[0].ramp_weeks = 5;
  s.readiness.productivity_dip = 0.10;
  Result r = evaluate(s, Case::Likely);
  // 10 appliers x 10% x 10 h x 5 weeks = 50 h at $50.
  EXPECT_NEAR(r.totals.dip_hours, 50, 1e-9);
  // Plus 100 learning hours; both at $50/h.
  EXPECT_NEAR(r.totals.economic_cost - r.totals.incremental_cost, (100 + 50) * 50.0, 1e-9);
}

TEST(Benefits, DecayHalvesTheGainEveryHalfLife) {
  Scenario s = tiny();
  s.models[0].reinforces = false;
  s.models[0].decay_half_life_months = 3;  // 13 weeks: months m and m+3 are the same shape
  Result r = evaluate(s, Case::Likely);
  ASSERT_GT(r.value[2], 0);
  EXPECT_NEAR(r.value[5] / r.value[2], 0.5, 1e-9);
  EXPECT_NEAR(r.value[8] / r.value[2], 0.25, 1e-9);
  // Headline hours are measured in a month, decay included: month 12 and the
  // horizon's last month (24), not a steady state before decay.
  EXPECT_DOUBLE_EQ(r.totals.hours_saved_per_week_month12, r.hours_saved_per_week[11]);
  EXPECT_DOUBLE_EQ(r.totals.hours_saved_per_week, r.hours_saved_per_week[23]);
  EXPECT_LT(r.totals.hours_saved_per_week, r.totals.hours_saved_per_week_month12);
}

TEST(Benefits, DefaultHalfLifeComesFromTheAdjustmentsCase) {
  Scenario s = tiny();
  s.models[0].reinforces = false;
  s.adjustments.decay_half_life_months = {3, 6, 12};
  Result low = evaluate(s, Case::Low);  // pessimistic: fastest decay
  EXPECT_NEAR(low.value[5] / low.value[2], 0.5, 1e-9);
  Result likely = evaluate(s, Case::Likely);
  EXPECT_NEAR(likely.value[8] / likely.value[2], 0.5, 1e-9);
}

TEST(Benefits, ReinforcingModelsDoNotDecay) {
  Scenario s = tiny();  // reinforces
  Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.hours_saved_per_week[2], r.hours_saved_per_week[20], 1e-12);
  EXPECT_NEAR(r.hours_saved_per_week[2], 10, 1e-12);
}

TEST(Benefits, YearlyValueIsFiftyTwoWeeks) {
  Scenario s = tiny();
  s.models[0].duration_weeks = Range::fixed(1);
  s.org.horizon_months = 13;
  Result r = evaluate(s, Case::Likely);
  // Benefits from week 1; months 1-12 hold weeks 5-56, exactly 52 weeks.
  double year = 0;
  for (int m = 1; m <= 12; ++m) year += r.value[m];
  EXPECT_NEAR(year, 52 * 10 * 50.0, 1e-6);
}

TEST(Capability, MonthsToTargetCountsAppliersByDefault) {
  Scenario s = tiny();
  s.models[0].application_rate = Range::fixed(0.5);
  s.target.share = 0.5;
  Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(r.totals.months_to_target, 1);  // 5 of 10 apply from week 4 (month 0)
  s.target.share = 0.6;
  EXPECT_EQ(evaluate(s, Case::Likely).totals.months_to_target, -1);
  s.target.count_applying = false;  // all 10 trained
  EXPECT_EQ(evaluate(s, Case::Likely).totals.months_to_target, 1);
}

TEST(Capability, PeopleAlreadyAtATierCountButAreNotCapableByThePlan) {
  Scenario s = two_tiers();
  s.segments[0].current_at_tier = {0, 4};  // 4 already at tier 1
  s.target.tier = 1;
  Result r = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(r.trained_at_tier[0 * 2 + 1], 4);
  EXPECT_DOUBLE_EQ(r.trained_at_tier[(r.months - 1) * 2 + 1], 10);
  EXPECT_DOUBLE_EQ(r.totals.capable_employees, 6);
}

}  // namespace
}  // namespace planner
