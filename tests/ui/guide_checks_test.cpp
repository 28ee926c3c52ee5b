// The guide's check marks and JAIN's checklist, worked by hand from the plan's
// own inputs: a blank plan filled step by step, and the default preset's
// models (platform none 3 wk; workshop class 1 wk, no manager; coaching team
// 7 wk, 1.5 manager h; cohort 39 wk, 1.5 manager h).
#include "ui/guide_checks.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "support/presets.h"
#include "ui/scenario_edits.h"

namespace planner::ui {
namespace {

using test::preset;

std::vector<bool> marks(const Scenario& s) {
  std::vector<bool> out;
  for (const GuideStep& g : guide_steps(s)) out.push_back(g.done);
  return out;
}

TEST(GuideSteps, ABlankPlanHasOnlyTheSourcedDefaultsDone) {
  const Scenario s = blank_plan(preset("default"));
  ASSERT_TRUE(validate(s).empty());
  const std::vector<GuideStep> steps = guide_steps(s);
  ASSERT_EQ(steps.size(), 7u);
  EXPECT_STREQ(steps[0].title, "Align to business priorities");
  EXPECT_STREQ(steps[6].title, "Measure");
  // align, roles, assess, define, plan, practice, measure (the preset counts everyone trained)
  ASSERT_FALSE(s.target.count_applying);
  EXPECT_EQ(marks(s), (std::vector<bool>{false, false, false, true, false, true, false}));
  EXPECT_EQ(steps[6].place.field, "target.count_applying");
  EXPECT_EQ(steps[6].status, "The target counts everyone trained: count people applying instead.");
  EXPECT_EQ(steps[0].place.tab, "Organisation");
  EXPECT_EQ(steps[0].place.field, "org.description");
  EXPECT_EQ(steps[1].place.field, "segments.add");
  EXPECT_EQ(steps[2].status, "Add segments first (step 2).");
  for (const GuideStep& g : steps) EXPECT_NE(std::string(g.source), "") << g.title;
}

TEST(GuideSteps, EachInputTicksItsOwnStep) {
  Scenario s = blank_plan(preset("default"));
  s.description = "Cut the monthly reporting time in marketing";
  EXPECT_EQ(marks(s)[0], true);

  add_segment(s);
  add_segment(s);
  EXPECT_EQ(marks(s)[1], true) << "two named segments of 10 people";
  EXPECT_EQ(guide_steps(s)[1].status, "2 segments, 20 people, 3 tiers.");
  EXPECT_EQ(marks(s)[4], false) << "new segments have no goals";

  s.segments[0].current_at_tier[0] = 4;
  EXPECT_EQ(marks(s)[2], false);
  EXPECT_EQ(guide_steps(s)[2].status, "1 of 2 segments count people at a tier today.");
  EXPECT_EQ(guide_steps(s)[2].place.field, "segments.1.current_at_tier.0") << "the first one missing";
  s.segments[1].current_at_tier[1] = 1;
  EXPECT_EQ(marks(s)[2], true);

  EXPECT_EQ(guide_steps(s)[4].place.field, "role_plan.skills") << "the role plan comes first";
  EXPECT_EQ(guide_steps(s)[4].place.segment, 0);
  s.segments[0].role_plan.skills = "Prompting";
  EXPECT_EQ(guide_steps(s)[4].place.segment, 1);
  s.segments[1].role_plan.skills = "Summarising";
  EXPECT_EQ(guide_steps(s)[4].place.field, "segments.0.target_share.0");
  EXPECT_EQ(guide_steps(s)[4].status, "2 of 2 segments name their AI skills; 0 have goals.");
  s.segments[0].target_share[0] = 1.0;
  EXPECT_EQ(guide_steps(s)[4].place.field, "segments.1.target_share.0");
  EXPECT_FALSE(guide_steps(s)[4].done);
  s.segments[1].target_share[0] = 0.5;
  EXPECT_EQ(marks(s), (std::vector<bool>{true, true, true, true, true, true, false}));
  s.target.count_applying = true;
  EXPECT_EQ(marks(s), (std::vector<bool>(7, true)));
  EXPECT_TRUE(validate(s).empty());
}

TEST(GuideSteps, UndoneWhenTheSourcesAdviceIsNotFollowed) {
  Scenario s = preset("default");
  s.readiness.practice_hours_week = 0.5;  // below the 1-2 h the sources ask for
  s.target.count_applying = true;
  EXPECT_TRUE(guide_steps(s)[6].done);
  s.target.count_applying = false;  // completion, not application
  s.framework.tiers[2].description.clear();
  s.segments[3].headcount = 0;
  const std::vector<GuideStep> steps = guide_steps(s);
  EXPECT_FALSE(steps[5].done);
  EXPECT_EQ(steps[5].status, "0.5 h a week of protected practice: the sources ask for 1-2 h.");
  EXPECT_FALSE(steps[6].done);
  EXPECT_FALSE(steps[3].done);
  EXPECT_EQ(steps[3].place.field, "tiers.2.description");
  EXPECT_FALSE(steps[1].done);
  EXPECT_EQ(steps[1].place.field, "segments.3.headcount");
}

TEST(JainChecklist, TheDefaultPlansProgrammesBeyondLiteracyAreMixed) {
  const Scenario s = preset("default");
  // Tier 2+: workshops for three segments, a cohort for one, coaching (the default) for the rest.
  EXPECT_EQ(models_in_use(s, 1), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(models_in_use(s, 0), (std::vector<int>{0, 1, 2, 3}));
  const std::vector<ChecklistItem> c = jain_checklist(s);
  ASSERT_EQ(c.size(), 5u);
  EXPECT_STREQ(c[0].trait, "Cohort-based");
  EXPECT_FALSE(c[0].met) << "the workshop is a class";
  EXPECT_NE(c[0].found.find("Team-embedded coaching (team of"), std::string::npos) << c[0].found;
  EXPECT_TRUE(c[1].met) << "1.5 h of practice";
  EXPECT_FALSE(c[2].met) << "coaching runs 7 weeks";
  EXPECT_FALSE(c[3].met) << "the workshop has no manager";
  // Leland's default measurement plan gives Fluency and Integration targets.
  EXPECT_TRUE(c[4].met);
  EXPECT_EQ(c[4].found.rfind("Targets for AI-assisted workflows adopted per team (AI Fluency); ", 0), 0u)
      << c[4].found;
  for (const ChecklistItem& i : c) EXPECT_EQ(i.met, i.change.empty()) << i.trait;
}

TEST(JainChecklist, CohortsOfSixMonthsWithManagersAndLelandsMetricsMeetAll) {
  Scenario s = preset("default");
  std::vector<Assignment> rows;
  for (const Assignment& a : s.plan)
    if (a.tier == 0) rows.push_back(a);
  s.plan = rows;
  for (Tier& t : s.framework.tiers)
    if (&t != &s.framework.tiers[0]) t.default_model = "cohort";
  ASSERT_TRUE(validate(s).empty());
  EXPECT_EQ(models_in_use(s, 1), (std::vector<int>{3}));
  const std::vector<ChecklistItem> c = jain_checklist(s);
  EXPECT_TRUE(c[0].met && c[1].met && c[2].met && c[3].met && c[4].met);
  s.readiness.practice_hours_week = 0;
  EXPECT_FALSE(jain_checklist(s)[1].met);
}

TEST(JainChecklist, APlanWithNobodyBeyondTheFirstTierMeetsNothing) {
  const Scenario s = blank_plan(preset("default"));
  EXPECT_TRUE(models_in_use(s, 1).empty());
  for (const ChecklistItem& i : jain_checklist(s)) EXPECT_FALSE(i.met) << i.trait;
}

TEST(JainChecklist, OutcomeMeasuredNeedsATargetBeyondTheFirstTier) {
  Scenario s = preset("default");
  // Only Literacy metrics: completion is not an outcome.
  s.measures = {{0, "Completion", "%", 85, true, "LMS"}, {0, "Policy acknowledgement", "%", 100, true, "HR"}};
  ASSERT_TRUE(validate(s).empty());
  ChecklistItem o = jain_checklist(s)[4];
  EXPECT_FALSE(o.met);
  EXPECT_NE(o.found.find("Not measured"), std::string::npos) << o.found;
  EXPECT_NE(o.change.find("Actuals tab, Measurement plan"), std::string::npos) << o.change;
  EXPECT_EQ(o.place.tab, "Actuals");
  EXPECT_EQ(o.place.field, "measures.open");
  // A Fluency metric without a target is not enough either.
  s.measures.push_back({1, "Hours saved per workflow", "hours/week", 0, true, "time study"});
  EXPECT_FALSE(jain_checklist(s)[4].met);
  // With a target it is.
  s.measures.back().target = 2;
  o = jain_checklist(s)[4];
  EXPECT_TRUE(o.met);
  EXPECT_EQ(o.found, "Targets for Hours saved per workflow (AI Fluency).");
  EXPECT_TRUE(o.change.empty());
}

TEST(JainChecklist, AFrameworkWithoutLelandsTiersHasNoDefaultMetrics) {
  Scenario s = preset("default");
  add_tier(s);  // four tiers: measurement_plan() gives no defaults
  ASSERT_TRUE(measurement_plan(s).empty());
  EXPECT_FALSE(jain_checklist(s)[4].met);
  s.measures = {{3, "Share of workflows with AI", "%", 50, true, "inventory"}};
  EXPECT_TRUE(jain_checklist(s)[4].met);
}

}  // namespace
}  // namespace planner::ui
