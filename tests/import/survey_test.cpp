// The skills survey: levels, the indicator rule, scaling to headcount, and
// only aggregates in the plan.
#include "import/survey.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "fixtures.h"
#include "import/csv_reader.h"
#include "import/read_table.h"
#include "io/scenario_json.h"
#include "support/scenario_builder.h"

namespace planner::import {
namespace {

Scenario plan() {
  Scenario s = planner::test::ScenarioBuilder()
                   .tier("Literacy", 4, 0.05, 0, "m")
                   .tier("Fluency", 12, 0.1, 0, "m")
                   .tier("Integration", 30, 0.2, 0, "m")
                   .model(planner::test::ModelSpec("m", CostBasis::PerLearner, 100).weeks(4).tiers(0, 2))
                   .segment(planner::test::SegmentSpec("Legal", 10))
                   .segment(planner::test::SegmentSpec("IT", 7, {1, 1, 0}));
  return s;
}

SurveyOutcome run(const std::string& csv, SurveyOptions o = {}) {
  return import_survey(plan(), test::csv_table(csv), o);
}

TEST(Survey, LevelsScaledToHeadcountByLargestRemainder) {
  // Legal: 3 answers (None, Literacy, Literacy) for 10 people: 10/3 none and
  // 20/3 literacy -> 3.33 and 6.67 -> 3 and 7.
  const SurveyOutcome r = run("Name,Segment,Level\na,Legal,None\nb,legal,Literacy\nc,Legal,1\n");
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.scenario.segments[0].current_at_tier, (std::vector<int>{7, 0, 0}));
  ASSERT_EQ(r.segments.size(), 1u);
  EXPECT_EQ(r.segments[0].respondents, 3);
  EXPECT_DOUBLE_EQ(r.segments[0].response_rate, 0.3);
  EXPECT_EQ(r.scenario.segments[1].current_at_tier, plan().segments[1].current_at_tier);  // IT: no answers
}

TEST(Survey, RespondentsOnlyCountsThemAsTheyAre) {
  SurveyOptions o;
  o.respondents_only = true;
  const SurveyOutcome r = run("Segment,Level\nIT,Fluency\nIT,Integration\nIT,None\n", o);
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.scenario.segments[1].current_at_tier, (std::vector<int>{0, 1, 1}));
}

TEST(Survey, IndicatorRuleByHand) {
  const SurveyRule rule;                                   // thresholds 2.5, 3.5, 4.5 on mean(k, c, u, 6 - h)
  EXPECT_EQ(level_from_indicators(1, 1, 1, 5, rule), -1);  // score 1
  EXPECT_EQ(level_from_indicators(3, 3, 2, 4, rule), 0);   // (3 + 3 + 2 + 2) / 4 = 2.5: literacy
  EXPECT_EQ(level_from_indicators(4, 4, 3, 3, rule), 1);   // 3.5: fluency
  EXPECT_EQ(level_from_indicators(5, 5, 4, 3, rule), 1);   // 4.25
  EXPECT_EQ(level_from_indicators(5, 5, 5, 2, rule), 2);   // 4.5: integration
  SurveyRule strict;
  strict.thresholds = {3, 4, 5};
  EXPECT_EQ(level_from_indicators(3, 3, 2, 4, strict), -1);
}

TEST(Survey, FromTheFourIndicators) {
  const SurveyOutcome r = run("Department,Knowledge,Confidence,Usage,Hesitation\nIT,5,5,5,1\nIT,1,2,1,5\n");
  ASSERT_TRUE(r.ok) << r.problems.text();
  // 7 people, 1 integration and 1 none answered: 3.5 each -> 4 none, 3 integration.
  EXPECT_EQ(r.scenario.segments[1].current_at_tier, (std::vector<int>{0, 0, 3}));
}

TEST(Survey, NoNameOrIdEntersThePlan) {
  const SurveyOutcome r = run("Employee ID,Name,Segment,Level\nE-4711,Jane Secret,Legal,Fluency\n");
  ASSERT_TRUE(r.ok) << r.problems.text();
  const std::string json = io::scenario_to_json(r.scenario);
  EXPECT_EQ(json.find("E-4711"), std::string::npos);
  EXPECT_EQ(json.find("Jane Secret"), std::string::npos);
}

TEST(SurveyBadInput, ASegmentThePlanLacksAndBadAnswers) {
  EXPECT_EQ(
      run("Segment,Level\nLegal,Fluency\nMarketing,None\n").problems.text(),
      "Row 3, column \"Segment\": \"Marketing\" is not a segment of the plan (its segments are \"Legal\", "
      "\"IT\").\n");
  EXPECT_EQ(
      run("Segment,Level\nLegal,Expert\n").problems.text(),
      "Row 2, column \"Level\": \"Expert\" is not a level: use None, Literacy, Fluency, Integration, 0-3 or "
      "a tier name of the plan.\n");
  EXPECT_EQ(run("Segment,Knowledge,Confidence,Usage,Hesitation\nIT,5,7,5,1\n").problems.text(),
            "Row 2, column \"Confidence\": \"7\" is not a score from 1 to 5.\n");
  EXPECT_NE(run("Segment,Knowledge\nIT,5\n").problems.text().find("no Level column"), std::string::npos);
  SurveyOptions o;
  o.respondents_only = true;
  std::string many = "Segment,Level\n";
  for (int i = 0; i < 8; ++i) many += "IT,Fluency\n";
  EXPECT_NE(run(many, o).problems.text().find("IT has 8 respondents at a tier but a headcount of 7"),
            std::string::npos);
}

TEST(Survey, ReadsTheOpenpyxlSurvey) {
  Table t;
  Problems p;
  ASSERT_TRUE(read_table(test::xlsx("survey.xlsx"), "survey.xlsx", "", t, p)) << p.text();
  const SurveyOutcome r = import_survey(plan(), t, {});
  ASSERT_TRUE(r.ok) << r.problems.text();
  // IT: Fluency, 3 (integration), fluency for 7 -> 0, 4.67, 2.33 -> 0, 5, 2.
  EXPECT_EQ(r.scenario.segments[1].current_at_tier, (std::vector<int>{0, 5, 2}));
}

}  // namespace
}  // namespace planner::import
