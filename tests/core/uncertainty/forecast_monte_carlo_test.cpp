// The Monte Carlo on the forecast (issue 15; docs/schema.md, "The forecast's
// uncertainty"): each draw is re-forecast from the actuals, so what was typed
// up to the as-of month is the same in every draw and the draws move only the
// months after it.
#include <gtest/gtest.h>

#include <string>

#include "core/actuals.h"
#include "core/engine_fixtures.h"
#include "core/evaluate.h"
#include "core/reforecast.h"
#include "core/scenario_generator.h"
#include "core/uncertainty/fixture.h"
#include "core/uncertainty/monte_carlo.h"
#include "core/uncertainty/ranges.h"

namespace planner::mc {
namespace {

ActualMonth row(int month, double spend, double enrolled, double completed, double applying, double hours) {
  ActualMonth a;
  a.month = month;
  a.spend = spend;
  a.enrolled = {enrolled};
  a.completed = {completed};
  a.applying = {applying};
  a.hours_saved_per_week = hours;
  return a;
}

// tiny() (engine_fixtures.h) with its price per learner uncertain ($80-$100-
// $150) and its uplift too (0.05-0.1-0.2): 10 people in one cohort in weeks
// 0-4 of month 1, at $50 an hour. The actuals: $1,500 spent in month 1, all 10
// enrolled and completed, 6 applying, 1.2 h/week measured in month 1 and 6 in
// month 2.
Scenario uncertain_tiny_with_actuals() {
  Scenario s = test::tiny();
  s.models[0].cost = {80, 100, 150};
  s.framework.tiers[0].uplift = {0.05, 0.1, 0.2};
  s.actuals.as_of_month = 2;
  s.actuals.months = {row(1, 1500, 10, 10, 6, 1.2), row(2, 0, 10, 10, 6, 6)};
  return s;
}

// Types the likely plan's own figures for every month up to an as-of month
// picked from the seed; returns that plan. `where` names the case for messages.
// `by_segment`: every month typed by segment (plan_figures_by_segment).
Result type_the_plan(Scenario& s, std::uint64_t seed, std::uint64_t step, std::string& where,
                     bool by_segment = false) {
  const Result likely = evaluate(s, Case::Likely);
  const int as_of = 1 + static_cast<int>(seed * step % static_cast<std::uint64_t>(likely.months));
  s.actuals.as_of_month = as_of;
  for (int month = 1; month <= as_of; ++month)
    s.actuals.months.push_back(by_segment ? plan_figures_by_segment(s, likely, month)
                                          : plan_figures(s, likely, month));
  where = "seed " + std::to_string(seed) + " as of month " + std::to_string(as_of);
  return likely;
}

SimulationOptions options(bool forecast) {
  SimulationOptions o;
  o.samples = 400;
  o.forecast = forecast;
  return o;
}

// Worked by hand. All the cost falls in month 1, which is typed: every draw
// of the forecast costs exactly $1,500, where the plan's draws cost 10 x the
// drawn price. Months 1-2 are typed, so the band's first two months are the
// same in every draw: month 1 1.2 h x 5 weeks x $50 - $1,500 = -$1,200;
// month 2 adds 6 h x 4 weeks x $50 = $1,200 -> $0. From month 3 on, hours
// move with the drawn uplift (6 people x 10 h x uplift), so the band opens.
TEST(ForecastMonteCarlo, WhatHappenedIsTheSameInEveryDraw) {
  const Scenario s = uncertain_tiny_with_actuals();
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const SimulationSummary plan = simulate(s, options(false));
  const SimulationSummary f = simulate(s, options(true));
  EXPECT_EQ(plan.forecast_from_month, 0);
  EXPECT_EQ(f.forecast_from_month, 2);

  const Spread& plan_cost = plan.of(Output::IncrementalCost);
  EXPECT_LT(plan_cost.p10, plan_cost.p90);  // the plan's draws do move the cost
  EXPECT_GE(plan_cost.p10, 800);
  EXPECT_LE(plan_cost.p90, 1500);
  const Spread& cost = f.of(Output::IncrementalCost);
  EXPECT_EQ(cost.p10, 1500);
  EXPECT_EQ(cost.p50, 1500);
  EXPECT_EQ(cost.p90, 1500);

  EXPECT_FLOAT_EQ(static_cast<float>(f.band_p10[0]), -1200.0f);
  EXPECT_FLOAT_EQ(static_cast<float>(f.band_p90[0]), -1200.0f);
  EXPECT_FLOAT_EQ(static_cast<float>(f.band_p10[1]), 0.0f);
  EXPECT_FLOAT_EQ(static_cast<float>(f.band_p90[1]), 0.0f);
  EXPECT_LT(f.band_p10[2], f.band_p90[2]);
  EXPECT_LT(plan.band_p10[0], plan.band_p90[0]);  // the plan's first month does vary
}

// Each draw's hours from month 3 on are 6 people x 10 h x the drawn uplift:
// the last draw's forecast says so, where its plan had 10 people applying.
TEST(ForecastMonteCarlo, TheMonthsAfterTheAsOfMonthFollowTheDraw) {
  const Scenario s = uncertain_tiny_with_actuals();
  MonteCarlo mc(s, options(true));
  for (int i = 0; i < 20; ++i) {
    mc.step(1);
    const Result& r = mc.last_sample();
    EXPECT_EQ(r.incremental_cost[0], 1500);
    EXPECT_EQ(r.hours_saved_per_week[0], 1.2);
    EXPECT_EQ(r.hours_saved_per_week[1], 6);
    const double uplift = r.hours_saved_per_week[2] / 60;
    EXPECT_GE(uplift, 0.05);
    EXPECT_LE(uplift, 0.2);
    for (int m = 2; m < r.months; ++m) EXPECT_NEAR(r.hours_saved_per_week[m], 60 * uplift, 1e-9) << m;
  }
}

// Without actuals, asking for the forecast runs the plan: the same numbers to
// the last bit, for the same seed.
TEST(ForecastMonteCarlo, WithoutActualsTheForecastIsThePlan) {
  const Scenario s = testing::small_scenario();
  ASSERT_EQ(s.actuals.as_of_month, 0);
  const SimulationSummary plan = simulate(s, options(false));
  const SimulationSummary f = simulate(s, options(true));
  EXPECT_EQ(f.forecast_from_month, 0);
  for (int o = 0; o < kOutputCount; ++o) {
    EXPECT_EQ(plan.outputs[o].p10, f.outputs[o].p10) << o;
    EXPECT_EQ(plan.outputs[o].p50, f.outputs[o].p50) << o;
    EXPECT_EQ(plan.outputs[o].p90, f.outputs[o].p90) << o;
  }
  EXPECT_EQ(plan.band_p50, f.band_p50);
  EXPECT_EQ(plan.histogram.counts, f.histogram.counts);
}

// For generated scenarios, typed actuals (the likely plan's own figures up to
// an as-of month) are what every draw of the forecast has in those months:
// the same spend, hours and people, whatever the draw did to the plan.
// Odd seeds type their months by segment: each draw counts every segment
// against its own drawn plan, and the months' totals are still what was typed.
TEST(ForecastMonteCarloProperties, EveryDrawKeepsWhatWasTyped) {
  constexpr int kScenarios = test::kPropertyScenarios / 20;
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = test::wide_scenario(seed);
    std::string where;
    const Result likely = type_the_plan(s, seed, 7, where, seed % 2 == 1);
    const int as_of = s.actuals.as_of_month;
    ASSERT_TRUE(validate(s).empty()) << where;
    SimulationOptions o;
    o.samples = 12;
    o.seed = seed;
    o.forecast = true;
    MonteCarlo mc(s, o);
    const int K = likely.tiers;
    while (!mc.done()) {
      mc.step(1);
      const Result& r = mc.last_sample();
      for (int m = 0; m < as_of; ++m) {
        const ActualMonth& a = s.actuals.months[static_cast<size_t>(m)];
        ASSERT_EQ(r.incremental_cost[m], a.spend) << where << " month " << m + 1;
        ASSERT_EQ(r.hours_saved_per_week[m], a.hours_saved_per_week) << where << " month " << m + 1;
        // Typed counts are through the plan; both add today's people.
        for (int k = 0; k < K; ++k)
          ASSERT_NEAR(r.applying_at_tier[static_cast<size_t>(m) * K + k],
                      likely.applying_at_tier[static_cast<size_t>(m) * K + k], 1e-6)
              << where << " month " << m + 1 << " tier " << k;
      }
    }
  }
}

// The property read for the Monte Carlo: with actuals equal to the
// plan's own figures and the same seed, the forecast's Monte Carlo equals the
// plan's, to the last bit — when the draws cannot move the months typed, as
// here, where every range is collapsed to its likely value (so this guards
// the wiring: summary, band and chances all come from the re-forecast). With
// ranges that move the past the two differ by design: the plan's samples vary
// what happened, the forecast's keep it (EveryDrawKeepsWhatWasTyped).
TEST(ForecastMonteCarloProperties, ActualsEqualToThePlanGiveThePlansSimulation) {
  constexpr int kScenarios = test::kPropertyScenarios / 40;
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = test::wide_scenario(seed);
    for (const RangeInput& in : list_ranges(s)) {
      Range& r = range_ref(s, in);
      r = Range::fixed(r.likely);
    }
    std::string where;
    type_the_plan(s, seed, 5, where);
    const int as_of = s.actuals.as_of_month;
    ASSERT_TRUE(validate(s).empty()) << where;
    SimulationOptions o;
    o.samples = 50;
    o.seed = seed;
    const SimulationSummary plan = simulate(s, o);
    o.forecast = true;
    const SimulationSummary f = simulate(s, o);
    ASSERT_EQ(f.forecast_from_month, as_of) << where;
    for (int i = 0; i < kOutputCount; ++i) {
      ASSERT_EQ(plan.outputs[i].p10, f.outputs[i].p10) << where << " " << output_id(static_cast<Output>(i));
      ASSERT_EQ(plan.outputs[i].p90, f.outputs[i].p90) << where << " " << output_id(static_cast<Output>(i));
      ASSERT_EQ(plan.outputs[i].mean, f.outputs[i].mean) << where << " " << output_id(static_cast<Output>(i));
    }
    ASSERT_EQ(plan.band_p50, f.band_p50) << where;
    ASSERT_EQ(plan.chance_target_met, f.chance_target_met) << where;
  }
}

}  // namespace
}  // namespace planner::mc
