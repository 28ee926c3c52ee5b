// The first visit through the real App (an ImGui context, no GPU), as the e2e
// test tests/e2e/guide.mjs does in Chromium: the welcome, a blank plan completed
// by following only the guide's buttons, an invalid entry that keeps the last
// figures and marks its field, and opening over one's own edits.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "support/presets.h"
#include "ui/announce.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

Scenario parse(const std::string& json) { return test::parse_scenario(json); }

nlohmann::json rects(UiDriver& ui) { return nlohmann::json::parse(ui.app().item_rects_json()); }

bool click(UiDriver& ui, const std::string& id) {
  ImVec2 at;
  if (!ui.centre_of(id, at)) return false;
  ui.click(at);
  ui.frames(2);
  return true;
}

TEST(FirstVisit, TheWelcomeShowsOnlyWhenTheSessionSaysSo) {
  UiDriver ui;
  EXPECT_FALSE(rects(ui).contains("welcome")) << "opened by a host with a preset, file or link";
  ui.app().first_visit();
  ui.frames(2);
  EXPECT_TRUE(rects(ui).contains("welcome"));
  ASSERT_TRUE(click(ui, "welcome.close"));
  EXPECT_FALSE(rects(ui).contains("welcome"));
}

TEST(FirstVisit, ABlankPlanIsCompletedByFollowingOnlyTheGuidesButtons) {
  UiDriver ui(HostServices{}, ImVec2(1280, 720));
  ui.app().first_visit();
  ui.frames(2);
  ASSERT_TRUE(click(ui, "welcome.blank"));
  EXPECT_TRUE(parse(ui.app().scenario_json()).segments.empty());
  ASSERT_TRUE(rects(ui).contains("guide"));

  const std::map<std::string, std::string> answers = {
      {"org.description", "Cut reporting time"},
      {"segments.0.current_at_tier.0", "4"},
      {"role_plan.skills", "Summaries with AI"},
      {"segments.0.target_share.0", "100"},
  };
  std::vector<std::string> followed;
  for (int round = 0; round < 12; ++round) {
    int done = 0;
    for (int i = 0; i < 7; ++i) done += rects(ui).contains("guide.step." + std::to_string(i) + ".done");
    if (done == 7) break;
    ASSERT_TRUE(click(ui, "guide.go"));
    ui.frames(2);
    std::string field;
    const nlohmann::json all = rects(ui);
    for (auto it = all.begin(); it != all.end(); ++it)
      if (it.key().rfind("guide.at.", 0) == 0) field = it.key().substr(9);
    ASSERT_FALSE(field.empty()) << "the guide outlines a field after round " << round;
    followed.push_back(field);
    if (field == "segments.add" || field == "target.count_applying") {
      ASSERT_TRUE(click(ui, "guide.target"));
    } else {
      ASSERT_EQ(answers.count(field), 1u) << "the guide asked for " << field;
      ASSERT_TRUE(ui.type_into("guide.target", answers.at(field)));
    }
    ui.frames(2);
  }
  const std::vector<std::string> expected = {
      "org.description",           "segments.add",         "segments.0.current_at_tier.0", "role_plan.skills",
      "segments.0.target_share.0", "target.count_applying"};
  EXPECT_EQ(followed, expected);
  const Scenario s = parse(ui.app().scenario_json());
  ASSERT_EQ(s.segments.size(), 1u);
  EXPECT_EQ(s.description, "Cut reporting time");
  EXPECT_EQ(s.segments[0].current_at_tier[0], 4);
  EXPECT_DOUBLE_EQ(s.segments[0].target_share[0], 1.0);
  EXPECT_TRUE(s.target.count_applying);
  EXPECT_EQ(ui.app().results_json(), io::result_to_json(s, Case::Likely, evaluate(s, Case::Likely)));
}

TEST(FirstVisit, AnInvalidEntryKeepsTheFiguresMarksTheFieldAndFixingItUpdates) {
  UiDriver ui(HostServices{}, ImVec2(1366, 768));
  // Typed values apply keystroke by keystroke: "7" first, so that typing
  // "700" next passes through "7" (valid, the same plan) before "70" (invalid).
  ASSERT_TRUE(ui.type_into("segments.5.current_at_tier.0", "7"));
  ui.frames(2);
  const std::vector<std::string> before = current_announcement().figures;
  ASSERT_EQ(before.size(), 6u);
  ASSERT_TRUE(ui.type_into("segments.5.current_at_tier.0", "700"));
  ui.frames(2);
  const nlohmann::json r = rects(ui);
  EXPECT_TRUE(r.contains("problem.segments.5.current_at_tier.0"));
  EXPECT_TRUE(r.contains("segments.problem"));
  EXPECT_TRUE(r.contains("results.problems"));
  const std::vector<std::string> stale = current_announcement().figures;
  ASSERT_EQ(stale.size(), 6u);
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(stale[i].substr(0, stale[i].find(" (")), before[i].substr(0, before[i].find(" (")));
    EXPECT_NE(stale[i].find("Not updated: fix segment 6, HR & Legal"), std::string::npos) << stale[i];
  }
  ASSERT_TRUE(ui.type_into("segments.5.current_at_tier.0", "3"));
  ui.frames(2);
  EXPECT_FALSE(rects(ui).contains("problem.segments.5.current_at_tier.0"));
  for (const std::string& f : current_announcement().figures)
    EXPECT_EQ(f.find("Not updated"), std::string::npos);
  const Scenario s = parse(ui.app().scenario_json());
  EXPECT_EQ(ui.app().results_json(), io::result_to_json(s, Case::Likely, evaluate(s, Case::Likely)));
}

TEST(FirstVisit, OpeningAPresetOverOwnEditsSaysUndoBringsThemBack) {
  UiDriver ui;
  ASSERT_TRUE(ui.app().open_preset("aie-rollout"));
  EXPECT_EQ(ui.app().last_notice(), "") << "nothing of the user's was replaced";
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "250"));
  ASSERT_TRUE(ui.app().open_preset("default"));
  EXPECT_NE(ui.app().last_notice().find("Undo (Ctrl+Z) brings your plan back."), std::string::npos)
      << ui.app().last_notice();
  ui.key('Z', /*ctrl=*/true);
  EXPECT_EQ(parse(ui.app().scenario_json()).segments[0].headcount, 250);
}

}  // namespace
}  // namespace planner::ui
