// The built-in presets reproduce the worked examples of shared/DOMAIN.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/constraints.h"
#include "core/evaluate.h"
#include "io/presets.h"
#include "io/source_claims.h"
#include "support/presets.h"

namespace planner {
namespace {

using test::preset;

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

// The article: tier 2 coaching for 5 teams of 8-10, tier 3 for 2 departments.
// The pilot share splits tier 1 only, so 50 tier-2 learners in teams of up to
// 10 are ceil(50 / 10) = 5 teams of 10, and 20 tier-3 learners 2 groups of 10.
TEST(PresetsAcceptance, LelandPresetsShowFiveTeamsOfTenAtTierTwoAndTwoDepartmentsAtTierThree) {
  for (const char* name : {"leland-200-per-week", "leland-200-per-month"})
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result r = evaluate(preset(name), c);
      std::vector<int> tier2, tier3;
      for (const GroupRun& g : r.schedule.groups) {
        if (g.tier == 1) tier2.push_back(g.learners);
        if (g.tier == 2) tier3.push_back(g.learners);
      }
      EXPECT_EQ(tier2, (std::vector<int>{10, 10, 10, 10, 10})) << name;
      EXPECT_EQ(tier3, (std::vector<int>{10, 10})) << name;
    }
}

// Issue 10 item 6: the high case used to report "parallel groups", though
// raising it from 4 to 100,000 leaves the schedule identical. Now only a
// constraint whose relaxation alone changes the outcome is reported.
TEST(PresetsAcceptance, LelandPerWeekHighCaseDoesNotReportParallelGroupsAsBinding) {
  const Scenario s = preset("leland-200-per-week");
  Scenario more = s;
  more.capacity.max_parallel_groups = 100000;
  const Result a = evaluate(s, Case::High), b = evaluate(more, Case::High);
  EXPECT_EQ(a.schedule.last_end_week, b.schedule.last_end_week);
  EXPECT_EQ(a.totals.months_to_target, b.totals.months_to_target);
  for (const BindingConstraint& c : binding_constraints(s, Case::High))
    EXPECT_NE(c.constraint, Constraint::ParallelGroups) << binding_text(c, "$");
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

// The claim of a preset's source, as the source states it (io/source_claims.h).
io::SourceClaim claim(const std::string& preset, io::ClaimFigure figure) {
  for (const io::SourceClaim& c : io::source_claims_for_preset(preset))
    if (c.figure == figure) return c;
  ADD_FAILURE() << "no claim for " << preset;
  return io::SourceClaim{};
}

TEST(PresetsAcceptance, JainCohortCostsSeveralTimesMorePerCapableEmployeeUnderTheArticlesOwnNumbers) {
  // By hand from the preset. Both groups: 100 analysts, all trained at tier 2
  // (Fluency), readiness 3 everywhere (multiplier 0.5 + 0.25 x 2 = 1), overhead
  // and contingency on both alike, so they cancel in every ratio.
  //   cost:        cohort 3000 / 5500 / 8000 per learner, LMS 80 / 100 / 120
  //                -> 37.5x (low), 55x (likely), 66.7x (high)
  //   capability:  people applying = learners x completion x application
  //                cohort 0.80 x 0.50 = 0.400, 0.88 x 0.60 = 0.528, 0.95 x 0.70 = 0.665
  //                LMS    0.70 x 0.05 = 0.035, 0.80 x 0.08 = 0.064, 0.90 x 0.12 = 0.108
  //                -> 11.43x (low), 8.25x (likely), 6.16x (high)
  //   per capable: 37.5 / 11.43 = 3.28x, 55 / 8.25 = 6.67x, 66.7 / 6.16 = 10.83x
  // Each person applies one tier only, so "capable at tier >= 2 = distinct
  // people applying a tier >= 2" gives the same count as learners x rates.
  const Scenario s = preset("jain-cohort-vs-lms");
  const int cohort = find_model(s, "cohort"), lms = find_model(s, "lms");
  ASSERT_GE(cohort, 0);
  ASSERT_GE(lms, 0);
  const struct {
    Case c;
    double cost, capability, per_capable;
  } hand[] = {{Case::Low, 3000.0 / 80, 0.400 / 0.035, (3000.0 / 80) / (0.400 / 0.035)},
              {Case::Likely, 5500.0 / 100, 0.528 / 0.064, (5500.0 / 100) / (0.528 / 0.064)},
              {Case::High, 8000.0 / 120, 0.665 / 0.108, (8000.0 / 120) / (0.665 / 0.108)}};
  for (const auto& h : hand) {
    const Result r = evaluate(s, h.c);
    EXPECT_NEAR(r.incremental_cost_by_model[cohort] / r.incremental_cost_by_model[lms], h.cost, 1e-9);
    EXPECT_NEAR(r.capable_by_model[cohort] / r.capable_by_model[lms], h.capability, 1e-9);
    EXPECT_NEAR(r.cost_per_capable_by_model[cohort] / r.cost_per_capable_by_model[lms], h.per_capable, 1e-9);
  }
  // The article's own claims, set beside those figures (the reports print both):
  const io::SourceClaim cost = claim("jain-cohort-vs-lms", io::ClaimFigure::CostRatio);
  const io::SourceClaim capability = claim("jain-cohort-vs-lms", io::ClaimFigure::CapabilityRatio);
  const io::SourceClaim per_capable = claim("jain-cohort-vs-lms", io::ClaimFigure::CostPerCapableRatio);
  EXPECT_EQ(cost.claimed_low, 30);  // "30-80x the cost"
  EXPECT_EQ(cost.claimed_high, 80);
  EXPECT_EQ(capability.claimed_low, 5);  // "5-10x the capability"
  EXPECT_EQ(capability.claimed_high, 10);
  // The cost ratio sits inside the claim; the low case's capability ratio does
  // not (11.4x > 10x); and "cohorts cost less per capability" (a ratio below
  // 1) fails in every case: the cohort costs 3.3-10.8x more per capable employee.
  const io::ClaimedVersusModel c = io::model_figure(cost, s);
  EXPECT_NEAR(c.model_low, hand[0].cost, 1e-9);
  EXPECT_NEAR(c.model_high, hand[2].cost, 1e-9);
  const io::ClaimedVersusModel k = io::model_figure(capability, s);
  EXPECT_GT(k.model_low, capability.claimed_high);
  const io::ClaimedVersusModel p = io::model_figure(per_capable, s);
  EXPECT_NEAR(p.model_low, hand[0].per_capable, 1e-9);
  EXPECT_NEAR(p.model_high, hand[2].per_capable, 1e-9);
  EXPECT_GT(p.model_low, per_capable.claimed_high);
}

TEST(PresetsAcceptance, AieRolloutStaysInTheBudgetGuide) {
  const Scenario s = preset("aie-rollout");
  int headcount = 0;
  for (const Segment& g : s.segments) headcount += g.headcount;
  const io::SourceClaim budget = claim("aie-rollout", io::ClaimFigure::IncrementalCostPerEmployee);
  const double per_employee = evaluate(s, Case::Likely).totals.incremental_cost / headcount;
  EXPECT_GE(per_employee, budget.claimed_low);  // "$500-2,000 per employee all-in"
  EXPECT_LE(per_employee, budget.claimed_high);
  EXPECT_DOUBLE_EQ(io::model_figure(budget, s).model_low, per_employee);
}

TEST(PresetsAcceptance, AieRolloutTrainsThirtyPercentByMonthFourAsTheGuideSays) {
  // By hand from the preset and its schedule (likely case), under issue 10's
  // rules: the first wave splits Aware only, and stagger is per model (the
  // preset keeps AIE's pacing of a Literate workshop every 2 weeks on its
  // workshop model). Literate (tier 2) is 85 % of each segment, not split:
  // Operations 170 learners in ceil(170 / 25) = 7 workshops (25, 25, 24 x 5),
  // then Sales & Marketing's 128 (22, 22, 21 x 4), and so on, in that order.
  // The first workshop starts in week 3, when Operations' first Aware batch
  // (50, weeks 0-3) finishes; the 2-week gap puts the next ones in weeks 5,
  // 7, ..., 15 (Operations) and 17 (Sales' first), ending (exclusive) in
  // weeks 4, 6, ..., 18. Month 4 holds weeks 13-17 (week w is in month
  // floor(w x 12 / 52) + 1), so the 8 workshops ending by week 18 count:
  // 170 + 22 = 192 learners x 95 % completion = 182.4 of 600 people = 30.4 %.
  const Scenario s = preset("aie-rollout");
  const Result r = evaluate(s, Case::Likely);
  const double share = r.trained_at_tier[3 * r.tiers + 1] / 600.0;  // end of month 4, Literate or above
  EXPECT_NEAR(share, 182.4 / 600.0, 1e-9);
  // The guide's "about 30 %" stays as the guide states it; the reports set the
  // two side by side rather than this test accepting a band around either.
  const io::SourceClaim trained = claim("aie-rollout", io::ClaimFigure::TrainedShareAtMonth);
  EXPECT_EQ(trained.claimed_low, 0.30);
  EXPECT_EQ(trained.month, 4);
  EXPECT_EQ(trained.tier, 1);
  EXPECT_DOUBLE_EQ(io::model_figure(trained, s).model_low, share);
}

TEST(PresetsAcceptance, AieRolloutSetsTheGuidesReturnPerDollarBesideItsOwnBenefitCostRatio) {
  const Scenario s = preset("aie-rollout");
  const Totals t = evaluate(s, Case::Likely).totals;
  const io::SourceClaim ret = claim("aie-rollout", io::ClaimFigure::CashBenefitCostRatio);
  EXPECT_EQ(ret.claimed_low, 3.7);  // "$3.70 returned per $1 invested"
  ASSERT_TRUE(t.roi_defined);
  EXPECT_DOUBLE_EQ(io::model_figure(ret, s).model_low, t.bcr);
  EXPECT_NE(std::string(ret.reading), "");  // the reason the two differ, printed beside them
}

TEST(PresetsAcceptance, DefaultShowsAnEconomicReturnBelowItsCashReturn) {
  // The economic view adds learner and manager time to the same benefits, so
  // its ROI is lower; a CFO asks for both (issue 10). Figures from the totals,
  // since the benefit model is still moving.
  const Scenario s = preset("default");
  const Totals t = evaluate(s, Case::Likely).totals;
  ASSERT_TRUE(t.roi_defined);
  ASSERT_TRUE(t.economic_roi_defined);
  EXPECT_GT(t.economic_cost, t.incremental_cost);
  EXPECT_NEAR(t.economic_roi_pct, (t.benefits - t.economic_cost) / t.economic_cost * 100, 1e-9);
  EXPECT_NEAR(t.economic_bcr, t.benefits / t.economic_cost, 1e-12);
  EXPECT_LT(t.economic_roi_pct, t.roi_pct);
  EXPECT_LT(t.economic_npv, t.npv);
  EXPECT_TRUE(t.economic_payback_month < 0 || t.economic_payback_month >= t.payback_month);
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
