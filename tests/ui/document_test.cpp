// The Document without ImGui: no ImGui context exists in these tests. Undo
// steps, revisions, the unedited-link flag, opening, and problems named the
// way the user sees the rows.
#include "ui/document.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "support/presets.h"

namespace planner::ui {
namespace {

using test::preset;

// One edit as a widget makes it: change, recompute, and the step closes when the widget lets go.
void edit_headcount(Document& d, int segment, int value) {
  d.scenario_for_edit().segments[segment].headcount = value;
  d.edited();
  d.close_step(false);
}

TEST(Document, OpensTheDefaultPresetAndComputesItWithoutAnImGuiContext) {
  ASSERT_EQ(ImGui::GetCurrentContext(), nullptr);
  Document d;
  EXPECT_EQ(d.preset_name(), "default");
  ASSERT_TRUE(d.valid());
  EXPECT_EQ(io::result_to_json(d.scenario(), Case::Likely, d.result()),
            io::result_to_json(d.scenario(), Case::Likely, evaluate(d.scenario(), Case::Likely)));
  EXPECT_FALSE(d.can_undo());
  EXPECT_FALSE(d.showing_unedited_link());
}

TEST(Document, EditsWhileAWidgetIsActiveAreOneUndoStep) {
  Document d;
  const std::string before = d.json();
  const unsigned long rev = d.revision();
  for (int v : {81, 82, 83}) {  // a drag over three frames
    d.scenario_for_edit().segments[0].headcount = v;
    d.edited();
    d.close_step(/*any_widget_active=*/true);
  }
  EXPECT_EQ(d.revision(), rev + 3);
  EXPECT_TRUE(d.can_undo());  // the open step can be undone already
  d.close_step(false);
  const std::string after = d.json();
  ASSERT_TRUE(d.undo());
  EXPECT_EQ(d.json(), before);
  EXPECT_FALSE(d.can_undo());
  ASSERT_TRUE(d.redo());
  EXPECT_EQ(d.json(), after);
  EXPECT_EQ(d.scenario().segments[0].headcount, 83);
}

TEST(Document, UndoRecomputesTheResultOfTheRestoredPlan) {
  Document d;
  const std::string results = io::result_to_json(d.scenario(), Case::Likely, d.result());
  edit_headcount(d, 0, 200);
  EXPECT_NE(io::result_to_json(d.scenario(), Case::Likely, d.result()), results);
  d.undo();
  EXPECT_EQ(io::result_to_json(d.scenario(), Case::Likely, d.result()), results);
  EXPECT_FALSE(d.undo()) << "nothing more to undo";
}

TEST(Document, OpeningWhatIsAlreadyOnScreenIsNoUndoStep) {
  Document d;
  const unsigned long rev = d.revision();
  ASSERT_TRUE(d.open_preset("default"));
  EXPECT_FALSE(d.can_undo());
  EXPECT_EQ(d.revision(), rev + 1);
  ASSERT_TRUE(d.open_preset("aie-rollout"));
  EXPECT_EQ(d.preset_name(), "aie-rollout");
  EXPECT_TRUE(d.can_undo());
  EXPECT_FALSE(d.open_preset("no-such-preset"));
  EXPECT_EQ(d.preset_name(), "aie-rollout");
}

TEST(Document, TheCaseSwitchRecomputesWithoutARevisionOrAnUndoStep) {
  Document d;
  const unsigned long rev = d.revision();
  d.set_case(Case::High);
  EXPECT_EQ(d.view_case(), Case::High);
  EXPECT_EQ(d.revision(), rev);
  EXPECT_FALSE(d.can_undo());
  EXPECT_EQ(io::result_to_json(d.scenario(), Case::High, d.result()),
            io::result_to_json(d.scenario(), Case::High, evaluate(d.scenario(), Case::High)));
}

TEST(Document, ALinkIsUneditedUntilTheFirstEdit) {
  Document d;
  std::string error;
  ASSERT_TRUE(d.open_link(io::encode_link_fragment(preset("leland-200-per-week")), error)) << error;
  EXPECT_TRUE(error.empty());
  EXPECT_TRUE(d.showing_unedited_link());
  EXPECT_EQ(d.preset_name(), "");
  d.set_case(Case::Low);  // looking at it another way is no edit
  EXPECT_TRUE(d.showing_unedited_link());
  edit_headcount(d, 0, 12);
  EXPECT_FALSE(d.showing_unedited_link());
}

TEST(Document, ABrokenLinkKeepsThePlanAndSaysSoInOneSentence) {
  Document d;
  const std::string before = d.json();
  const unsigned long rev = d.revision();
  std::string error;
  EXPECT_FALSE(d.open_link("s=1.not-a-real-payload", error));
  EXPECT_EQ(error.rfind("This link could not be opened: ", 0), 0u) << error;
  EXPECT_NE(error.find("Your current plan is unchanged."), std::string::npos) << error;
  EXPECT_EQ(d.json(), before);
  EXPECT_EQ(d.revision(), rev);
  EXPECT_FALSE(d.showing_unedited_link());
}

TEST(Document, AFileThatDoesNotLoadNamesItsRowsFromTheFileItself) {
  Document d;
  const std::string before = d.json();
  nlohmann::json doc = nlohmann::json::parse(d.json());
  doc["segments"][2]["name"] = "Legal";
  doc["segments"][2]["headcount"] = -5;
  std::string error;
  EXPECT_FALSE(d.open_json(doc.dump(), "Could not open plan.json", error));
  EXPECT_EQ(error,
            "Could not open plan.json: Segment 3, Legal: people must be >= 0, got -5. "
            "Your current plan is unchanged.");
  EXPECT_EQ(d.json(), before);
  EXPECT_FALSE(d.open_json("{not json", "Could not open x.json", error));
  EXPECT_EQ(error.rfind("Could not open x.json: ", 0), 0u) << error;
}

TEST(Document, AnInvalidEditShowsSentencesInsteadOfResults) {
  Document d;
  d.scenario_for_edit().segments[1].headcount = -1;
  d.edited();
  ASSERT_FALSE(d.valid());
  ASSERT_FALSE(d.issue_sentences().empty());
  EXPECT_EQ(d.issue_sentences()[0],
            "Segment 2, " + d.scenario().segments[1].name + ": people must be >= 0, got -1");
  d.undo();
  EXPECT_TRUE(d.valid());
  EXPECT_TRUE(d.issue_sentences().empty());
}

TEST(Document, TheListenerHearsWhatChanged) {
  Document d;
  std::vector<Document::Change> heard;
  d.set_listener([&heard](Document::Change c) { heard.push_back(c); });
  edit_headcount(d, 0, 5);
  d.set_case(Case::Low);
  d.undo();
  d.open_preset("aie-rollout");
  const std::vector<Document::Change> want = {Document::Change::Edit, Document::Change::Case,
                                              Document::Change::Replaced, Document::Change::Replaced};
  EXPECT_EQ(heard, want);
}

TEST(Document, FileStemComesFromTheTitle) {
  Document d;
  d.scenario_for_edit().title = "  Leland: 200 plan! ";
  EXPECT_EQ(d.file_stem(), "leland-200-plan");
  d.scenario_for_edit().title = "***";
  EXPECT_EQ(d.file_stem(), "plan");
}

// ---- problems in the user's words ------------------------------------------------

RowNames names_for_tests() {
  RowNames n;
  n.segments = {"Sales", "Support", "Ops", "HR", "Finance", "IT", "Legal"};
  n.tiers = {"AI Literacy", "AI Fluency", "AI Integration"};
  n.models = {"Self-paced platform", "Workshop"};
  return n;
}

TEST(Document, MessagesNameSegmentsOneBasedByName) {
  const RowNames n = names_for_tests();
  EXPECT_EQ(issue_sentence(
                n, {"segments[6].current_at_tier", "must not add up to more than headcount (25), got 500"}),
            "Segment 7, Legal: current people at tiers add up to 500, more than its 25 people");
  EXPECT_EQ(issue_sentence(n, {"segments[0].current_at_tier[2]", "must be >= 0, got -1"}),
            "Segment 1, Sales: current people at tier 3 (AI Integration) must be >= 0, got -1");
  EXPECT_EQ(
      issue_sentence(n, {"segments[1].target_share[1]",
                         "target shares are cumulative and must not rise with the tier: 0.5 > tier 0's 0.4"}),
      "Segment 2, Support: target share at tier 2 (AI Fluency) must not be above tier 1's (0.4), got 0.5 "
      "(shares are cumulative)");
  EXPECT_EQ(issue_sentence(n, {"segments[9].hourly_cost", "must be >= 0, got -3"}),
            "Segment 10: hourly cost must be >= 0, got -3")
      << "a row without a known name keeps its number";
}

TEST(Document, MessagesNameModelsTiersPlanRowsAndSettings) {
  const RowNames n = names_for_tests();
  EXPECT_EQ(issue_sentence(n, {"models[1].duration_weeks.low", "must be > 0, got 0"}),
            "Model 2, Workshop: duration (weeks) (low) must be > 0, got 0");
  EXPECT_EQ(issue_sentence(n, {"models[1].id", "duplicate id \"w\" (also models[0])"}),
            "Model 2, Workshop: id \"w\" is already used by model 1, Self-paced platform");
  EXPECT_EQ(issue_sentence(n, {"models[0].max_tier", "must be between min_tier (0) and 2, got 3"}),
            "Model 1, Self-paced platform: highest tier must be between the lowest tier (1) and 3, got 4");
  EXPECT_EQ(issue_sentence(
                n, {"framework.tiers[1].uplift.likely", "must be >= the previous tier's (0.2), got 0.1"}),
            "Tier 2, AI Fluency: uplift (likely) must be >= the previous tier's (0.2), got 0.1");
  EXPECT_EQ(issue_sentence(n, {"plan[3].model", "\"workshop\" delivers tiers 0..1, not tier 2"}),
            "Plan row 4: delivery model \"workshop\" delivers tiers 1 to 2, not tier 3");
  EXPECT_EQ(
      issue_sentence(n, {"plan[0].share", "shares for segments[6] tier 1 add up to 1.2, must be <= 1"}),
      "Plan row 1: share with the other rows for segment 7, Legal at tier 2 adds up to 1.2, more than 1");
  EXPECT_EQ(issue_sentence(n, {"capacity.max_parallel_groups", "must be between 1 and 100000, got 0"}),
            "Capacity: parallel groups at most must be between 1 and 100000, got 0");
  EXPECT_EQ(issue_sentence(
                n, {"capacity.coaches", "must be >= 1: the plan uses a model that needs a coach, got 0"}),
            "Capacity: coaches must be >= 1: the plan uses a model that needs a coach, got 0");
  EXPECT_EQ(issue_sentence(n, {"target.tier", "must be a tier index 0..2, got 5"}),
            "Target: tier must be a tier from 1 to 3, got 6");
  EXPECT_EQ(issue_sentence(n, {"org.horizon_months", "must be between 1 and 600, got 0"}),
            "Organisation: horizon (months) must be between 1 and 600, got 0");
  EXPECT_EQ(issue_sentence(n, {"framework.tiers", "must have at least one tier"}),
            "Tiers: must have at least one tier");
  EXPECT_EQ(issue_sentence(n, {"version", "must be 2, got 1"}), "Version: must be 2, got 1");
}

TEST(Document, EveryValidationPathReadsWithoutBracketsOrZeroBasedRows) {
  // Break one field of each kind in a real scenario; no sentence may show a path.
  Scenario s = preset("default");
  s.segments[0].headcount = -1;
  s.segments[1].current_at_tier.assign(s.framework.tiers.size(), 1000);
  s.models[0].group_size = 0;
  s.framework.tiers[0].ramp_weeks = -1;
  s.plan[0].share = 2;
  s.capacity.first_wave_share = 2;
  s.readiness.job_design = 9;
  s.adjustments.overhead = -1;
  s.target.by_month = 0;
  const std::vector<Issue> issues = validate(s);
  ASSERT_GE(issues.size(), 9u);
  const RowNames n = RowNames::of(s);
  for (const Issue& i : issues) {
    const std::string text = issue_sentence(n, i);
    EXPECT_EQ(text.find('['), std::string::npos) << text;
    EXPECT_EQ(text.find('_'), std::string::npos) << text;
    EXPECT_EQ(text.find("segments"), std::string::npos) << text;
  }
}

TEST(Document, ProblemMessagesListThreeAndCountTheRest) {
  const RowNames n = names_for_tests();
  const std::vector<Issue> five = {
      {"version", "a"}, {"version", "b"}, {"version", "c"}, {"version", "d"}, {"version", "e"}};
  EXPECT_EQ(problem_message("Could not open f.json", "", n, five, "Your current plan is unchanged."),
            "Could not open f.json: Version: a; Version: b; Version: c; and 2 more. Your current plan is "
            "unchanged.");
  EXPECT_EQ(problem_message("This link could not be opened", "The link's data is damaged.", n, {}, ""),
            "This link could not be opened: The link's data is damaged.");
  EXPECT_EQ(problem_message("Could not compare with f.json", "", n, {}, ""),
            "Could not compare with f.json: not a scenario file.");
  EXPECT_EQ(
      problem_message("That link could not be opened", "Its plan is invalid", n,
                      {{"segments[6].headcount", "must be >= 0, got -1"}}, ""),
      "That link could not be opened: Its plan is invalid (Segment 7, Legal: people must be >= 0, got -1).");
}

}  // namespace
}  // namespace planner::ui
