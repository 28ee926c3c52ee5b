// Drives planner::ui::App through a real ImGui context (no GPU): edits made
// through widgets, undo/redo, loading JSON, links, and the results document.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "io/presets.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "support/presets.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

Scenario parse(const std::string& json) { return test::parse_scenario(json); }

std::string engine_results(const Scenario& s, Case c = Case::Likely) {
  return io::result_to_json(s, c, evaluate(s, c));
}

TEST(UiApp, OpensTheDefaultPresetWithResults) {
  UiDriver ui;
  const auto doc = nlohmann::json::parse(ui.app().results_json());
  EXPECT_FALSE(doc.contains("error")) << doc.dump();
  ASSERT_TRUE(doc.contains("totals"));
  EXPECT_GT(doc["totals"]["incremental_cost"].get<double>(), 0.0);
}

TEST(UiApp, ResultsJsonEqualsTheEngineOnTheSameScenario) {
  UiDriver ui;
  const Scenario s = parse(ui.app().scenario_json());
  EXPECT_EQ(ui.app().results_json(), engine_results(s));
}

TEST(UiApp, TypingAHeadcountRecomputesUndoRestoresAndRedoReapplies) {
  UiDriver ui;
  const std::string before = ui.app().results_json();
  const unsigned long rev0 = ui.app().revision();
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "250"));

  const Scenario edited = parse(ui.app().scenario_json());
  ASSERT_FALSE(edited.segments.empty());
  EXPECT_EQ(edited.segments[0].headcount, 250);
  const std::string after = ui.app().results_json();
  EXPECT_NE(after, before);
  EXPECT_EQ(after, engine_results(edited));
  EXPECT_GT(ui.app().revision(), rev0);

  ui.key('Z', /*ctrl=*/true);
  EXPECT_EQ(ui.app().results_json(), before);
  EXPECT_NE(parse(ui.app().scenario_json()).segments[0].headcount, 250);

  ui.key('Z', /*ctrl=*/true, /*shift=*/true);
  EXPECT_EQ(ui.app().results_json(), after);
  ui.key('Z', true);
  ui.key('Y', true);  // Ctrl+Y redoes too
  EXPECT_EQ(ui.app().results_json(), after);
}

TEST(UiApp, DoubleClickAlsoOpensANumberForTyping) {
  UiDriver ui;
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("segments.0.headcount", at));
  ui.double_click(at);
  ui.type("321");
  ui.key(UiDriver::kEnter);
  EXPECT_EQ(parse(ui.app().scenario_json()).segments[0].headcount, 321);
}

TEST(UiApp, UndoButtonUndoesTheLastEdit) {
  UiDriver ui;
  const std::string before = ui.app().results_json();
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "123"));
  ASSERT_NE(ui.app().results_json(), before);
  ImVec2 undo;
  ASSERT_TRUE(ui.centre_of("toolbar.undo", undo));
  ui.click(undo);
  EXPECT_EQ(ui.app().results_json(), before);
}

TEST(UiApp, ADragIsOneUndoStep) {
  UiDriver ui;
  const std::string before_scenario = ui.app().scenario_json();
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("segments.0.headcount", at));
  ImGuiIO& io = ImGui::GetIO();
  ui.move_to(at);
  io.MouseDown[0] = true;
  for (int i = 1; i <= 10; ++i) {
    io.MousePos = ImVec2(at.x + i * 12.0f, at.y);
    ui.frame();
  }
  io.MouseDown[0] = false;
  ui.frames(2);
  const int dragged = parse(ui.app().scenario_json()).segments[0].headcount;
  ASSERT_NE(dragged, parse(before_scenario).segments[0].headcount) << "the drag did not change the headcount";
  ui.key('Z', true);
  EXPECT_EQ(ui.app().scenario_json(), before_scenario);
}

TEST(UiApp, SetScenarioJsonRejectsBadInputAndKeepsTheCurrentWork) {
  UiDriver ui;
  const std::string scenario = ui.app().scenario_json();
  const std::string results = ui.app().results_json();
  const unsigned long rev = ui.app().revision();
  for (const char* bad : {"{not json", "[]", R"({"segments": [{"headcount": -5}]})", ""}) {
    EXPECT_FALSE(ui.app().set_scenario_json(bad)) << bad;
    EXPECT_FALSE(ui.app().last_error().empty()) << bad;
    EXPECT_EQ(ui.app().scenario_json(), scenario);
    EXPECT_EQ(ui.app().results_json(), results);
    EXPECT_EQ(ui.app().revision(), rev);
    ui.frames(2);  // the banner draws
  }
}

TEST(UiApp, SetScenarioJsonLoadsAPresetAndIsUndoable) {
  UiDriver ui;
  const std::string original = ui.app().scenario_json();
  const std::string other = io::preset_json("leland-200-per-week");
  ASSERT_FALSE(other.empty());
  ASSERT_TRUE(ui.app().set_scenario_json(other));
  ui.frames(2);
  EXPECT_EQ(ui.app().results_json(), engine_results(parse(other)));
  ui.key('Z', true);
  EXPECT_EQ(ui.app().scenario_json(), original);
}

TEST(UiApp, CaseSwitchEvaluatesThatCornerWithoutAnUndoStep) {
  UiDriver ui;
  const Scenario s = parse(ui.app().scenario_json());
  const unsigned long rev = ui.app().revision();
  ImVec2 high;
  ASSERT_TRUE(ui.centre_of("case.high", high));
  ui.click(high);
  EXPECT_EQ(ui.app().results_json(), engine_results(s, Case::High));
  EXPECT_EQ(ui.app().revision(), rev);
}

TEST(UiApp, LinkRoundTripOpensTheSamePlanUntilEdited) {
  UiDriver a;
  ASSERT_TRUE(a.type_into("segments.0.headcount", "77"));
  const std::string fragment = a.app().link_fragment();
  ASSERT_EQ(fragment.rfind("s=", 0), 0u) << fragment;

  UiDriver b;
  EXPECT_FALSE(b.app().showing_unedited_link());
  ASSERT_TRUE(b.app().open_link_fragment(fragment)) << b.app().last_error() << "\n" << fragment;
  b.frames(2);
  EXPECT_EQ(b.app().results_json(), a.app().results_json());
  EXPECT_TRUE(b.app().showing_unedited_link());
  ASSERT_TRUE(b.type_into("segments.0.headcount", "78"));
  EXPECT_FALSE(b.app().showing_unedited_link());
}

TEST(UiApp, ABrokenLinkShowsAMessageAndKeepsTheWork) {
  UiDriver ui;
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "91"));
  const std::string scenario = ui.app().scenario_json();
  const std::string good = ui.app().link_fragment();
  for (const std::string& bad : {good.substr(0, good.size() / 2), std::string("s=1.!!!!"),
                                 std::string("s=9.abc"), std::string("nothing here")}) {
    EXPECT_FALSE(ui.app().open_link_fragment(bad)) << bad;
    EXPECT_FALSE(ui.app().last_error().empty());
    EXPECT_EQ(ui.app().scenario_json(), scenario);
    ui.frames(2);
  }
}

TEST(UiApp, InvalidEditShowsProblemsInsteadOfResults) {
  UiDriver ui({}, ImVec2(2560, 1440));  // wide enough that every tier column is in view
  // Target shares are cumulative: a lower tier may not ask for fewer people.
  ASSERT_TRUE(ui.type_into("segments.0.target_share.0", "0"));
  ui.frames(2);
  const auto doc = nlohmann::json::parse(ui.app().results_json());
  ASSERT_TRUE(doc.contains("error")) << doc.dump().substr(0, 300);
  EXPECT_FALSE(doc["issues"].empty());
  ui.key('Z', true);
  EXPECT_FALSE(nlohmann::json::parse(ui.app().results_json()).contains("error"));
}

TEST(UiApp, EveryPresetDrawsInBothThemesAtBothScales) {
  for (float scale : {1.0f, 2.0f}) {
    UiDriver ui({}, scale == 1.0f ? ImVec2(1280, 720) : ImVec2(2560, 1440), scale);
    for (bool dark : {false, true}) {
      ui.app().set_theme_dark(dark);
      for (const io::PresetInfo& p : io::list_presets()) {
        ASSERT_TRUE(ui.app().open_preset(p.name)) << p.name;
        ui.frames(2);
        const auto doc = nlohmann::json::parse(ui.app().results_json());
        EXPECT_FALSE(doc.contains("error")) << p.name << ": " << doc.dump().substr(0, 300);
      }
    }
  }
}

TEST(UiApp, EveryInputTabDrawsWithoutChangingTheScenario) {
  UiDriver ui;
  const std::string scenario = ui.app().scenario_json();
  const unsigned long rev = ui.app().revision();
  for (const char* tab :
       {"Plan", "Models", "Tiers", "Capacity", "Readiness", "Adjustments", "Organisation", "Segments"}) {
    ImVec2 at;
    ASSERT_TRUE(ui.centre_of(std::string("tab.") + tab, at)) << tab;
    ui.click(at);
    ui.frames(2);
  }
  EXPECT_EQ(ui.app().scenario_json(), scenario);
  EXPECT_EQ(ui.app().revision(), rev);
}

TEST(UiApp, FileMenuServicesReceiveTheDocuments) {
  std::vector<std::string> saved;
  HostServices host;
  host.save_file = [&](const std::string& name, const std::string&, const std::string& bytes) {
    saved.push_back(name + "\n" + bytes);
  };
  UiDriver ui(host);
  ui.key('S', true);  // Ctrl+S saves the scenario JSON
  ASSERT_EQ(saved.size(), 1u);
  const std::string body = saved[0].substr(saved[0].find('\n') + 1);
  EXPECT_EQ(body, ui.app().scenario_json());
  EXPECT_NE(saved[0].find(".json\n"), std::string::npos);
}

TEST(UiApp, LettersWithoutAnImGuiKeyAreReadWhereTheHostSaysItsBackendPutsThem) {
  std::vector<std::string> saved;
  HostServices host;
  host.save_file = [&](const std::string& name, const std::string&, const std::string&) {
    saved.push_back(name);
  };
  host.letter_key_base = 300;  // a backend whose letters start at 300, not at 'A'
  UiDriver ui(host);
  ui.key('S', true);
  EXPECT_TRUE(saved.empty()) << "'S' is not where this host reports S";
  ui.key(300 + ('S' - 'A'), true);
  EXPECT_EQ(saved.size(), 1u);
  const std::string before = ui.app().scenario_json();
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "99"));
  ui.key('Z', true);  // Z has an ImGuiKey: read through io.KeyMap, wherever the host puts it
  EXPECT_EQ(ui.app().scenario_json(), before);

  host.letter_key_base = -1;  // no shortcuts on other letters
  UiDriver none(host);
  saved.clear();
  none.key('S', true);
  EXPECT_TRUE(saved.empty());
}

TEST(UiApp, SamplingRunsAcrossFramesThenLetsTheHostIdle) {
  UiDriver ui;
  EXPECT_TRUE(ui.app().busy());  // the first frames start the Monte Carlo
  int frames = 0;
  while (ui.app().busy() && frames < 2000) {
    ui.frame();
    ++frames;
  }
  EXPECT_FALSE(ui.app().busy()) << "still sampling after " << frames << " frames";
  EXPECT_NE(ui.app().uncertainty_json(), "{}");
  // An edit restarts it.
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "90"));
  ui.frame();
  EXPECT_TRUE(ui.app().busy());
}

TEST(UiApp, OpenFileBytesWithBadJsonNamesTheFileAndKeepsWork) {
  UiDriver ui;
  const std::string scenario = ui.app().scenario_json();
  ui.app().open_file_bytes("broken.json", "{\"segments\": 3");
  EXPECT_NE(ui.app().last_error().find("broken.json"), std::string::npos) << ui.app().last_error();
  EXPECT_EQ(ui.app().scenario_json(), scenario);
}

}  // namespace
}  // namespace planner::ui
