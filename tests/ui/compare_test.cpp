// Scenarios side by side in the App (ui/panel_compare.h), driven through a
// real ImGui context: a two-plan link opens the comparison, the Compare tab
// picks a preset, a saved file or a pasted link, copies the two-plan link and
// clears; the document always equals io::comparison_to_json over the engine.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "io/comparison.h"
#include "io/link_codec.h"
#include "io/presets.h"
#include "io/scenario_json.h"
#include "support/presets.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

using test::preset;

Scenario parse(const std::string& json) { return test::parse_scenario(json); }

std::string expected(const Scenario& a, const Scenario& b, Case c) {
  return io::comparison_to_json(c, io::compare_plans(a, evaluate(a, c), b, evaluate(b, c)));
}

void click(UiDriver& ui, const std::string& id) {
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of(id, at)) << id;
  ui.click(at);
  ui.frames(2);
}

TEST(UiCompare, NothingIsComparedAtFirst) {
  UiDriver ui;
  EXPECT_EQ(ui.app().comparison_json(), "null");
  EXPECT_EQ(ui.app().comparison_link_fragment(), "");
}

TEST(UiCompare, ALinkWithTwoPlansOpensTheComparisonInItsTab) {
  const Scenario a = preset("leland-200-per-week"), b = preset("aie-rollout");
  UiDriver ui;
  ASSERT_TRUE(ui.app().open_link_fragment(io::encode_comparison_fragment(a, b, "summary")));
  ui.frames(3);
  EXPECT_EQ(parse(ui.app().scenario_json()).title, a.title);
  EXPECT_EQ(ui.app().comparison_json(), expected(a, b, Case::Likely));
  EXPECT_TRUE(ui.app().last_error().empty()) << ui.app().last_error();
  ImVec2 at;
  EXPECT_TRUE(ui.centre_of("compare.clear", at)) << "the Compare tab is in front";
  EXPECT_TRUE(ui.centre_of("compare.chart.cost_benefit", at));
  EXPECT_TRUE(ui.centre_of("compare.chart.capability", at));
}

TEST(UiCompare, ABrokenSecondPlanSaysSoAndTheMainPlanOpens) {
  const Scenario a = preset("leland-200-per-week"), b = preset("aie-rollout");
  const std::string good = io::encode_comparison_fragment(a, b);
  UiDriver ui;
  ASSERT_TRUE(ui.app().open_link_fragment(good.substr(0, good.size() - 4)));
  ui.frames(2);
  EXPECT_EQ(parse(ui.app().scenario_json()).title, a.title);
  EXPECT_EQ(ui.app().comparison_json(), "null");
  EXPECT_NE(ui.app().last_error().find("plan to compare with"), std::string::npos) << ui.app().last_error();
  EXPECT_NE(ui.app().last_error().find("main plan is open"), std::string::npos) << ui.app().last_error();
}

TEST(UiCompare, ABrokenMainPlanKeepsTheWorkAndOpensNoComparison) {
  UiDriver ui;
  const std::string before = ui.app().scenario_json();
  const std::string good = io::encode_comparison_fragment(preset("aie-rollout"), preset("default"));
  const std::string broken = "s=1.!!!!" + good.substr(good.find("&b="));
  EXPECT_FALSE(ui.app().open_link_fragment(broken));
  EXPECT_EQ(ui.app().scenario_json(), before);
  EXPECT_EQ(ui.app().comparison_json(), "null");
}

TEST(UiCompare, TheComparisonFollowsTheCaseAndEveryEdit) {
  UiDriver ui;
  ASSERT_TRUE(ui.app().compare_with_preset("jain-cohort-vs-lms"));
  ui.frames(2);
  const Scenario b = preset("jain-cohort-vs-lms");
  click(ui, "case.high");
  EXPECT_EQ(ui.app().comparison_json(), expected(parse(ui.app().scenario_json()), b, Case::High));
  ASSERT_TRUE(ui.type_into("segments.0.headcount", "123"));
  const Scenario edited = parse(ui.app().scenario_json());
  EXPECT_EQ(edited.segments[0].headcount, 123);
  EXPECT_EQ(ui.app().comparison_json(), expected(edited, b, Case::High));
}

TEST(UiCompare, PickingAPresetInTheTabComparesWithIt) {
  UiDriver ui;
  const Scenario current = parse(ui.app().scenario_json());
  click(ui, "results.Compare");
  click(ui, "compare.preset");
  click(ui, "compare.preset.leland-marketing-team");
  EXPECT_EQ(ui.app().comparison_json(), expected(current, preset("leland-marketing-team"), Case::Likely));
  EXPECT_EQ(ui.app().scenario_json(), io::scenario_to_json(current, true)) << "the current plan is untouched";
  click(ui, "compare.clear");
  EXPECT_EQ(ui.app().comparison_json(), "null");
}

TEST(UiCompare, CopyComparisonLinkCarriesBothPlans) {
  std::string copied;
  HostServices host;
  host.copy_text = [&](const std::string& t) { copied = t; };
  host.link_for = [](const std::string& fragment) { return "https://planner.test/#" + fragment; };
  UiDriver ui(host);
  ASSERT_TRUE(ui.app().compare_with_preset("aie-rollout"));
  ui.frames(3);
  click(ui, "compare.copy_link");
  ASSERT_EQ(copied.rfind("https://planner.test/#s=2.", 0), 0u) << copied;
  Scenario a, b;
  io::DecodedLink info;
  ASSERT_TRUE(io::decode_link(copied, a, info));
  ASSERT_TRUE(io::decode_comparison_link(copied, b, info));
  EXPECT_EQ(io::scenario_to_json(a), ui.app().scenario_json());
  EXPECT_EQ(io::scenario_to_json(b, false), io::scenario_to_json(preset("aie-rollout"), false));
}

TEST(UiCompare, ASavedFileGoesToTheComparisonNotOverThePlan) {
  int requests = 0;
  HostServices host;
  host.request_open_file = [&] { ++requests; };
  UiDriver ui(host);
  const std::string before = ui.app().scenario_json();
  click(ui, "results.Compare");
  click(ui, "compare.open_file");
  ASSERT_EQ(requests, 1);
  ui.app().open_file_bytes("theirs.json", io::preset_json("leland-200-per-month"));
  ui.frames(2);
  EXPECT_EQ(ui.app().scenario_json(), before);
  EXPECT_EQ(ui.app().comparison_json(),
            expected(parse(before), preset("leland-200-per-month"), Case::Likely));
  // The next file opened the usual way (Ctrl+O) replaces the plan again.
  ui.key('O', true);
  ASSERT_EQ(requests, 2);
  ui.app().open_file_bytes("mine.json", io::preset_json("aie-rollout"));
  EXPECT_EQ(parse(ui.app().scenario_json()).title, preset("aie-rollout").title);
}

TEST(UiCompare, APastedLinkIsComparedAndABadOneExplained) {
  UiDriver ui;
  const Scenario current = parse(ui.app().scenario_json());
  click(ui, "results.Compare");
  ImVec2 field;
  ASSERT_TRUE(ui.centre_of("compare.link_input", field));
  ui.click(field);
  ui.type("s=1.!!!");
  ui.key(UiDriver::kEnter);
  ui.frames(2);
  EXPECT_EQ(ui.app().comparison_json(), "null");
  ASSERT_TRUE(ui.centre_of("compare.link_input", field));
  ui.click(field);
  ui.key('A', true);
  ui.type(io::encode_link_fragment(preset("aie-rollout")));
  ui.key(UiDriver::kEnter);
  ui.frames(2);
  EXPECT_EQ(ui.app().comparison_json(), expected(current, preset("aie-rollout"), Case::Likely));
}

TEST(UiCompare, TheAddressBarCarriesBothPlansWhileComparing) {
  UiDriver ui;
  const unsigned long rev = ui.app().revision(), cmp = ui.app().comparison_revision();
  EXPECT_EQ(ui.app().url_fragment(), ui.app().link_fragment());
  ASSERT_TRUE(ui.app().compare_with_preset("aie-rollout"));
  EXPECT_GT(ui.app().comparison_revision(), cmp);
  EXPECT_EQ(ui.app().revision(), rev) << "comparing is no change to the plan: no undo step, no autosave";
  EXPECT_EQ(ui.app().url_fragment(),
            io::encode_comparison_fragment(parse(ui.app().scenario_json()), preset("aie-rollout")));
  const unsigned long compared = ui.app().comparison_revision();
  ui.app().clear_comparison();
  EXPECT_GT(ui.app().comparison_revision(), compared);
  EXPECT_EQ(ui.app().url_fragment(), ui.app().link_fragment());
}

TEST(UiCompare, DrawsInBothThemesAtBothScalesWithEveryPreset) {
  for (float scale : {1.0f, 2.0f}) {
    UiDriver ui({}, scale == 1.0f ? ImVec2(1280, 720) : ImVec2(2560, 1440), scale);
    for (bool dark : {false, true}) {
      ui.app().set_theme_dark(dark);
      for (const io::PresetInfo& p : io::list_presets()) {
        ASSERT_TRUE(ui.app().compare_with_preset(p.name));
        ui.frames(2);
        EXPECT_NE(ui.app().comparison_json(), "null") << p.name;
      }
    }
  }
}

}  // namespace
}  // namespace planner::ui
