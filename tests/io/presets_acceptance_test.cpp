// The built-in presets reproduce the worked examples of shared/DOMAIN.md.
#include <gtest/gtest.h>

#include <string>

#include "core/evaluate.h"
#include "io/presets.h"

namespace planner {
namespace {

Scenario preset(const std::string& name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return s;
}

TEST(PresetsAcceptance, EveryPresetLoadsValidatesAndNamesItsSources) {
  const auto presets = io::list_presets();
  ASSERT_GE(presets.size(), 6u);
  EXPECT_EQ(presets[0].name, "default");
  for (const auto& p : presets) {
    Scenario s;
    ASSERT_TRUE(io::load_preset(p.name, s)) << p.name;
    const auto issues = validate(s);
    EXPECT_TRUE(issues.empty()) << p.name << ": " << (issues.empty() ? "" : issues[0].text());
    EXPECT_FALSE(p.title.empty()) << p.name;
    EXPECT_FALSE(p.description.empty()) << p.name;
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result r = evaluate(s, c);
      EXPECT_EQ(r.schedule.unscheduled_groups, 0) << p.name;  // every preset's plan fits its horizon
      EXPECT_GT(r.totals.learners, 0) << p.name;
    }
  }
}

TEST(PresetsAcceptance, Leland200PerWeekReproducesTheArticlesTotals) {
  const Scenario s = preset("leland-200-per-week");
  // $60K-$200K (tier 2, 50 people) + $24K-$80K (tier 3, 20 people); tier 1 on sunk seats.
  EXPECT_DOUBLE_EQ(evaluate(s, Case::Low).totals.incremental_cost, 84000);
  EXPECT_DOUBLE_EQ(evaluate(s, Case::High).totals.incremental_cost, 280000);
  const Result low = evaluate(s, Case::Low);
  EXPECT_GT(low.totals.cash_cost, low.totals.incremental_cost);  // the platform seats are cash, but sunk
  EXPECT_EQ(low.totals.enrolments, 200 + 50 + 20);               // places: tier 1, tier 2 and tier 3
  EXPECT_EQ(low.totals.learners, 200);  // people: the tier 2 and 3 learners took tier 1 too
}

TEST(PresetsAcceptance, Leland200PerMonthGivesWhatTheStatedUnitImplies) {
  const Scenario s = preset("leland-200-per-month");
  // weeks x 12/52 months: (50 + 20) x $200 x 6 weeks x 12/52, and x $500 x 8 weeks.
  EXPECT_NEAR(evaluate(s, Case::Low).totals.incremental_cost, 70 * 200 * 6 * 12.0 / 52.0, 1e-6);  // 19,384.62
  EXPECT_NEAR(evaluate(s, Case::High).totals.incremental_cost, 70 * 500 * 8 * 12.0 / 52.0,
              1e-6);  // 64,615.38
}

TEST(PresetsAcceptance, LelandMarketingTeamSavesThirtyHoursAWeekAndThreeQuartersOfAnFte) {
  const Scenario s = preset("leland-marketing-team");
  for (Case c : {Case::Low, Case::Likely, Case::High}) {
    const Result r = evaluate(s, c);
    EXPECT_NEAR(r.totals.hours_saved_per_week, 30.0, 1e-9);  // 8 x 3.75 h
    EXPECT_NEAR(r.totals.fte_returned, 0.75, 1e-12);         // 1,560 h / 2,080 h
  }
}

TEST(PresetsAcceptance, JainCohortCostsMorePerCapableEmployeeThanLmsOnly) {
  const Scenario s = preset("jain-cohort-vs-lms");
  const int cohort = find_model(s, "cohort"), lms = find_model(s, "lms");
  ASSERT_GE(cohort, 0);
  ASSERT_GE(lms, 0);
  for (Case c : {Case::Low, Case::Likely, Case::High}) {
    const Result r = evaluate(s, c);
    const double cost_ratio = r.incremental_cost_by_model[cohort] / r.incremental_cost_by_model[lms];
    const double capability_ratio = r.capable_by_model[cohort] / r.capable_by_model[lms];
    EXPECT_GE(cost_ratio, 25) << "cohort costs 30-80x LMS-only";
    EXPECT_LE(cost_ratio, 80);
    EXPECT_GE(capability_ratio, 4) << "for 5-10x the capability";
    EXPECT_LE(capability_ratio, 14);
    // DOMAIN worked example 3: 3-16x the cost per unit of capability.
    const double per_capable_ratio = r.cost_per_capable_by_model[cohort] / r.cost_per_capable_by_model[lms];
    EXPECT_GT(per_capable_ratio, 2) << "the cohort is dearer per capable employee, not cheaper";
    EXPECT_LT(per_capable_ratio, 16);
  }
}

TEST(PresetsAcceptance, AieRolloutStaysInTheBudgetGuideAndTrainsAboutThirtyPercentByMonthFour) {
  const Scenario s = preset("aie-rollout");
  int headcount = 0;
  for (const Segment& g : s.segments) headcount += g.headcount;
  const Result r = evaluate(s, Case::Likely);
  const double per_employee = r.totals.incremental_cost / headcount;
  EXPECT_GE(per_employee, 500);  // $500-2,000 per employee all-in [AIE]
  EXPECT_LE(per_employee, 2000);
  // People at tier >= 1 ("Literate") by the end of month 4.
  const double share = r.trained_at_tier[3 * r.tiers + 1] / headcount;
  EXPECT_GE(share, 0.20);
  EXPECT_LE(share, 0.40);
}

TEST(PresetsAcceptance, DefaultIsAThreeHundredPersonCompanyWithABlendedPlan) {
  const Scenario s = preset("default");
  int headcount = 0;
  for (const Segment& g : s.segments) headcount += g.headcount;
  EXPECT_EQ(headcount, 300);
  EXPECT_GE(s.segments.size(), 4u);
  const Result r = evaluate(s, Case::Likely);
  int models_used = 0;
  for (int j = 0; j < r.models; ++j) models_used += r.learners_by_model[j] > 0;
  EXPECT_GE(models_used, 3);
  EXPECT_GT(r.totals.benefits, 0);
}

}  // namespace
}  // namespace planner
