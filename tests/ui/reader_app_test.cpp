// reader_app_test.cpp — what the App gives a host's HTML reader (issue 12):
// the fragment for the current case, a revision that moves on every
// recompute (edits and case changes), the summary request of a reader link
// (a broken one too), and the toolbar's two visible Copy-link choices.
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/presets.h"
#include "io/reader_html.h"
#include "io/scenario_json.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

Scenario current(const App& app) {
  Scenario s;
  std::vector<Issue> issues;
  EXPECT_TRUE(io::scenario_from_json(app.scenario_json(), s, issues));
  return s;
}

TEST(UiReader, TheFragmentIsTheEnginesForTheCurrentCaseAndFollowsCaseChanges) {
  UiDriver ui;
  const Scenario s = current(ui.app());
  EXPECT_EQ(ui.app().reader_html(), io::reader_html(s, Case::Likely, evaluate(s, Case::Likely)));
  const unsigned long before = ui.app().results_revision();
  ui.app().set_view_case(Case::High);
  EXPECT_GT(ui.app().results_revision(), before);
  EXPECT_EQ(ui.app().view_case(), Case::High);
  EXPECT_EQ(ui.app().reader_html(), io::reader_html(s, Case::High, evaluate(s, Case::High)));
}

TEST(UiReader, AReaderLinkAsksForTheSummaryOnceEvenWhenBroken) {
  UiDriver ui;
  EXPECT_FALSE(ui.app().take_summary_request());
  Scenario s;
  ASSERT_TRUE(io::load_preset("default", s));
  ASSERT_TRUE(ui.app().open_link_fragment(io::encode_link_fragment(s, "summary")));
  EXPECT_TRUE(ui.app().take_summary_request());
  EXPECT_FALSE(ui.app().take_summary_request()) << "taken once";
  EXPECT_FALSE(ui.app().open_link_fragment("s=AAAA-not-a-plan&view=summary"));
  EXPECT_FALSE(ui.app().last_error().empty());
  EXPECT_TRUE(ui.app().take_summary_request());
  ASSERT_TRUE(ui.app().open_link_fragment(io::encode_link_fragment(s)));
  EXPECT_FALSE(ui.app().take_summary_request()) << "a plain link opens the editor";
}

TEST(UiReader, TheToolbarOffersBothLinksInSight) {
  std::string copied;
  HostServices host;
  host.copy_text = [&](const std::string& t) { copied = t; };
  host.link_for = [](const std::string& f) { return "https://planner.example/#" + f; };
  UiDriver ui(host);
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("toolbar.copy_reader_link", at));
  ui.click(at);
  ui.frames(3);  // no double-click
  EXPECT_NE(copied.find("&view=summary"), std::string::npos) << copied;
  ASSERT_TRUE(ui.centre_of("toolbar.copy_link", at));
  ui.click(at);
  EXPECT_EQ(copied.find("view="), std::string::npos) << copied;
  EXPECT_NE(copied.find("#s="), std::string::npos) << copied;
}

TEST(UiReader, FilePrintAsksTheHostToPrintAndIsHiddenWithoutIt) {
  int printed = 0;
  HostServices host;
  host.print = [&] { ++printed; };
  UiDriver ui(host);
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("menu.file", at));
  ui.click(at);
  ui.frames(2);
  ASSERT_TRUE(ui.centre_of("menu.file.print", at));
  ui.click(at);
  EXPECT_EQ(printed, 1);

  UiDriver without;  // a host that cannot print (the desktop app) shows no such item
  ASSERT_TRUE(without.centre_of("menu.file", at));
  without.click(at);
  without.frames(2);
  EXPECT_FALSE(without.centre_of("menu.file.print", at));
}

}  // namespace
}  // namespace planner::ui
