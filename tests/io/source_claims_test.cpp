// The sources' claims beside the model's figures (io/source_claims.h), the
// per-model cost table (io/model_costs.h), and both in the HTML report.
#include "io/source_claims.h"

#include <gtest/gtest.h>

#include <string>

#include "io/format.h"
#include "io/model_costs.h"
#include "io/presets.h"
#include "io/report_html.h"
#include "support/presets.h"

using namespace planner;

namespace {

using planner::test::preset;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(SourceClaims, EveryClaimNamesAPresetThatExists) {
  for (const io::SourceClaim& c : io::source_claims()) {
    Scenario s;
    EXPECT_TRUE(io::load_preset(c.preset, s)) << c.preset;
    EXPECT_LE(c.claimed_low, c.claimed_high) << c.claim;
    EXPECT_TRUE(io::model_figure(c, s).known) << c.preset << ": " << c.claim;
  }
}

TEST(SourceClaims, APlanCarryingAPresetsTitleFindsItsClaimsAndAnEditedTitleDoesNot) {
  Scenario s = preset("aie-rollout");
  EXPECT_EQ(io::source_claims_for(s).size(), 3u);
  s.title = "Our own plan";
  EXPECT_TRUE(io::source_claims_for(s).empty());
}

TEST(SourceClaims, LelandNamesTheCoachingUnitAndGivesTheTotalsItProduces) {
  // Per week: 70 coached x $200 x 6 weeks x 1.0 = $84,000 ... $280,000, the
  // article's totals. Per month (as stated): x 12/52 -> $19,385 ... $64,615.
  const Scenario week = preset("leland-200-per-week");
  const std::string w = io::claim_text(io::source_claims_for(week).at(0), week);
  EXPECT_TRUE(contains(w, "$84,000 (low case) to $280,000 (high case)")) << w;
  EXPECT_TRUE(contains(w, "per learner per week")) << w;
  const Scenario month = preset("leland-200-per-month");
  const std::string m = io::claim_text(io::source_claims_for(month).at(0), month);
  EXPECT_TRUE(contains(m, "$19,385 (low case) to $64,615 (high case)")) << m;
  EXPECT_TRUE(contains(m, "per learner per month")) << m;
}

TEST(SourceClaims, MarketingTeamPrintsItsHoursAYear) {
  const Scenario s = preset("leland-marketing-team");
  const std::string t = io::claim_text(io::source_claims_for(s).at(0), s);
  EXPECT_TRUE(contains(t, "This plan: 1,560 h a year")) << t;  // 8 x 3.75 h x 52
}

TEST(SourceClaims, AieReturnPerDollarSitsBesideThePresetsBenefitCostRatio) {
  const Scenario s = preset("aie-rollout");
  const Result r = evaluate(s, Case::Likely);
  const io::SourceClaim bcr = io::source_claims_for(s).at(1);
  ASSERT_EQ(bcr.figure, io::ClaimFigure::CashBenefitCostRatio);
  EXPECT_EQ(bcr.claimed_low, 3.7);
  EXPECT_DOUBLE_EQ(io::model_figure(bcr, s).model_low, r.totals.bcr);
  const std::string t = io::claim_text(bcr, s);
  EXPECT_TRUE(contains(t, "$3.70 returned per $1")) << t;
  EXPECT_TRUE(contains(t, "This plan: $" + io::format_number(r.totals.bcr, 2) + " per $1 (likely case)"))
      << t;
}

TEST(ModelCosts, RowsDivideEachModelsCostByItsLearnersAndItsPeopleApplying) {
  // JAIN likely case: 100 learners per model; the cohort's 100 x $5,500 and
  // the LMS course's 100 x $100, both x (1 + 5 % overhead + 10 % contingency) = 1.15;
  // applying per learner 0.88 x 0.60 = 52.8 % and 0.80 x 0.08 = 6.4 %.
  const Scenario s = preset("jain-cohort-vs-lms");
  const auto rows = io::model_cost_rows(s, evaluate(s, Case::Likely));
  ASSERT_EQ(rows.size(), 2u);  // the platform has no learners in this plan
  EXPECT_EQ(rows[0].name, "Cohort programme");
  EXPECT_NEAR(rows[0].learners, 100, 1e-9);
  EXPECT_NEAR(rows[0].cost_per_learner, 5500 * 1.15, 1e-6);
  EXPECT_NEAR(rows[0].applying_per_learner, 0.528, 1e-12);
  EXPECT_NEAR(rows[0].cost_per_capable, 5500 * 1.15 / 0.528, 1e-6);
  EXPECT_NEAR(rows[1].cost_per_learner, 100 * 1.15, 1e-6);
  EXPECT_NEAR(rows[1].applying_per_learner, 0.064, 1e-12);
  EXPECT_NEAR(rows[1].cost_per_capable, 100 * 1.15 / 0.064, 1e-6);
}

TEST(ReportHtml, ShowsTheModelTableAndTheSourcesClaimsForAPreset) {
  const Scenario s = preset("jain-cohort-vs-lms");
  const std::string html = io::report_html(s, Case::Likely, evaluate(s, Case::Likely));
  EXPECT_TRUE(contains(html, "Cost by delivery model"));
  EXPECT_TRUE(contains(html, "Cost per capable employee</th>"));
  EXPECT_TRUE(contains(html, "What the sources claim"));
  EXPECT_TRUE(contains(html, "cohorts cost less per unit of capability"));
}

TEST(ReportHtml, ShowsBothViewsAndSaysWhenHoursAreMeasured) {
  const Scenario s = preset("default");
  const Result r = evaluate(s, Case::Likely);
  const std::string html = io::report_html(s, Case::Likely, r);
  EXPECT_TRUE(contains(html, ">Cash view</h3>"));
  EXPECT_TRUE(contains(html, ">Economic view</h3>"));
  EXPECT_TRUE(contains(html, io::format_percent(r.totals.economic_roi_pct)));
  EXPECT_TRUE(contains(html, "Hours saved per week at month 12"));
  EXPECT_TRUE(contains(html, "Hours saved per week at horizon end"));
  EXPECT_TRUE(contains(html, "Learners (people)"));
  EXPECT_TRUE(contains(html, "Enrolments (places)"));
  EXPECT_FALSE(contains(html, "What the sources claim"));  // the default preset makes no claim
}

}  // namespace
