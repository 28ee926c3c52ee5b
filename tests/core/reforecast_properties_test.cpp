// The re-forecast's acceptance property (issue 15): when the actuals are the
// plan's own figures up to the as-of month, the forecast IS the plan, to the
// last bit, for generated scenarios and every as-of month. The actuals built
// from the plan also pass validation (they are possible actuals).
#include <gtest/gtest.h>

#include <string>

#include "core/actuals.h"
#include "core/figures.h"
#include "core/reforecast.h"
#include "scenario_generator.h"

namespace planner {
namespace {

// Each scenario is re-forecast at every month of its horizon (up to 60).
constexpr int kScenarios = test::kPropertyScenarios / 5;

void expect_same(const Result& plan, const Result& f, const std::string& where) {
  EXPECT_EQ(f.cash_cost, plan.cash_cost) << where;
  EXPECT_EQ(f.incremental_cost, plan.incremental_cost) << where;
  EXPECT_EQ(f.economic_cost, plan.economic_cost) << where;
  EXPECT_EQ(f.hours_saved_per_week, plan.hours_saved_per_week) << where;
  EXPECT_EQ(f.value, plan.value) << where;
  EXPECT_EQ(f.cumulative_net, plan.cumulative_net) << where;
  EXPECT_EQ(f.trained_at_tier, plan.trained_at_tier) << where;
  EXPECT_EQ(f.applying_at_tier, plan.applying_at_tier) << where;
  for (const FigureSpec* s = figures_begin(); s != figures_end(); ++s) {
    const FigureValue a = s->read(plan.totals), b = s->read(f.totals);
    EXPECT_EQ(a.defined, b.defined) << where << " " << s->key;
    EXPECT_EQ(a.value, b.value) << where << " " << s->key;
  }
}

// Every month up to each as-of month typed with the plan's own figures, as
// totals by tier or (`by_segment`) segment by segment.
void expect_the_plan_for_every_as_of_month(bool by_segment) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = test::wide_scenario(seed);
    const Case c = static_cast<Case>(seed % 3);
    const Result plan = evaluate(s, c);
    for (int as_of = 1; as_of <= plan.months; ++as_of) {
      s.actuals.as_of_month = as_of;
      s.actuals.months.push_back(by_segment ? plan_figures_by_segment(s, plan, as_of)
                                            : plan_figures(s, plan, as_of));
      const std::string where = "seed " + std::to_string(seed) + " as of month " + std::to_string(as_of);
      const auto issues = validate(s);
      ASSERT_TRUE(issues.empty()) << where << ": " << issues[0].text();
      expect_same(plan, reforecast(s, c, plan), where);
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(ReforecastProperties, ActualsEqualToThePlanGiveThePlanForEveryAsOfMonth) {
  expect_the_plan_for_every_as_of_month(false);
}

// The same by segment: each segment typed with its own plan's figures.
TEST(ReforecastProperties, ActualsBySegmentEqualToThePlanGiveThePlanForEveryAsOfMonth) {
  expect_the_plan_for_every_as_of_month(true);
}

// Only some months typed, and only some figures in them: what is not typed
// keeps the plan's, so the forecast is still the plan.
TEST(ReforecastProperties, MonthsAndFiguresNotTypedKeepThePlan) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = test::wide_scenario(seed);
    const Result plan = evaluate(s, Case::Likely);
    s.actuals.as_of_month = plan.months;
    for (int month = 1; month <= plan.months; month += 3) {
      ActualMonth a = plan_figures(s, plan, month);
      if (month % 2) a.enrolled.clear();
      if (month % 4 == 1) a.completed.clear();
      s.actuals.months.push_back(a);
    }
    ASSERT_TRUE(validate(s).empty()) << "seed " << seed;
    expect_same(plan, reforecast(s, Case::Likely, plan), "seed " + std::to_string(seed));
    if (HasFailure()) return;
  }
}

// A generated plan (Likely case), an as-of month picked by the seed, and the
// plan's own figures for that month, for a test to change before typing them.
struct OneMonth {
  Scenario s;
  Result plan;
  int as_of;
  ActualMonth a;
};
OneMonth one_month_of_the_plan(std::uint64_t seed) {
  OneMonth m{test::wide_scenario(seed), {}, 0, {}};
  m.plan = evaluate(m.s, Case::Likely);
  m.as_of = 1 + static_cast<int>(seed % static_cast<std::uint64_t>(m.plan.months));
  m.s.actuals.as_of_month = m.as_of;
  m.a = plan_figures(m.s, m.plan, m.as_of);
  return m;
}

// More spent in a month never lowers the forecast's cost or raises its ROI.
TEST(ReforecastProperties, OverspendNeverLowersCost) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    auto [s, plan, as_of, a] = one_month_of_the_plan(seed);
    a.spend += 1000;
    s.actuals.months.push_back(a);
    const Result f = reforecast(s, Case::Likely, plan);
    EXPECT_GT(f.totals.incremental_cost, plan.totals.incremental_cost) << "seed " << seed;
    EXPECT_LE(f.totals.npv, plan.totals.npv) << "seed " << seed;
    EXPECT_EQ(f.totals.benefits, plan.totals.benefits) << "seed " << seed;
  }
}

// Enrolments behind the plan (each tier's enrolled cut to those who
// completed, so a tier with people still in training reads as late) while
// completion and application are on plan: the forecast never ends with more
// people applying at a tier than the plan does, or than were applying by the
// as-of month. People ahead of a late plan are never counted twice.
TEST(ReforecastProperties, LateEnrolmentsNeverAddPeopleAtTheHorizon) {
  int late_tiers = 0;
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    auto [s, plan, as_of, a] = one_month_of_the_plan(seed);
    for (std::size_t k = 0; k < a.enrolled.size(); ++k) {
      if (a.enrolled[k] > a.completed[k]) ++late_tiers;
      a.enrolled[k] = a.completed[k];
    }
    s.actuals.months.push_back(a);
    ASSERT_TRUE(validate(s).empty()) << "seed " << seed;
    const Result f = reforecast(s, Case::Likely, plan);
    const std::size_t last = static_cast<std::size_t>(plan.months - 1) * plan.tiers;
    const std::size_t typed = static_cast<std::size_t>(as_of - 1) * plan.tiers;
    for (int k = 0; k < plan.tiers; ++k)
      EXPECT_LE(f.applying_at_tier[last + k],
                std::max(plan.applying_at_tier[last + k], plan.applying_at_tier[typed + k]) + 1e-9)
          << "seed " << seed << " tier " << k + 1 << " as of month " << as_of;
    if (HasFailure()) return;
  }
  EXPECT_GT(late_tiers, kScenarios / 10);  // the property met many late tiers
}

}  // namespace
}  // namespace planner
