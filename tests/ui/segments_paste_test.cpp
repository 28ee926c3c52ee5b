// Spreadsheet rows pasted into a cell of the segments table (issue 13): the
// user's Ctrl+V through a real ImGui frame, with src/import's paste installed
// as the desktop installs it.
#include "ui/segments_paste.h"

#include <gtest/gtest.h>

#include "import/paste.h"
#include "io/scenario_json.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

void install() {
  set_segments_paste([](Scenario& s, const std::string& text, int row, int column, std::string& message) {
    const import::PasteOutcome r = import::paste_segments(
        s, text, row, column, import::segment_table_columns(static_cast<int>(s.framework.tiers.size())));
    if (!r.ok) message = r.problems.text();
    if (r.ok) s = r.scenario;
    return r.ok;
  });
}

Scenario current(App& app) {
  Scenario s;
  std::vector<Issue> issues;
  EXPECT_TRUE(io::scenario_from_json(app.scenario_json(), s, issues));
  return s;
}

std::vector<std::string> names(App& app) {
  std::vector<std::string> out;
  for (const Segment& g : current(app).segments) out.push_back(g.name);
  return out;
}

TEST(SegmentsPaste, CtrlVOfThreeRowsInANameCellGivesThreeRowsAndOneUndoStep) {
  install();
  testing::UiDriver ui;
  ASSERT_TRUE(ui.app().open_preset("default"));
  ui.frames(3);
  const std::vector<std::string> before = names(ui.app());
  ASSERT_GE(before.size(), 2u);
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("segments.1.name", at));
  ui.click(at);
  ui.frame();
  ImGui::SetClipboardText("Legal\t25\t90%\r\nIT\t140\t80%\r\nOps\t90\t75%\r\n");
  ui.key('V', true);
  ui.frames(2);
  const Scenario s = current(ui.app());
  ASSERT_GE(s.segments.size(), 4u);
  EXPECT_EQ(s.segments[0].name, before[0]);  // the paste starts in the row clicked
  EXPECT_EQ(s.segments[1].name, "Legal");    // not "Legal2560IT14070Ops9045"
  EXPECT_EQ(s.segments[1].headcount, 25);
  EXPECT_EQ(s.segments[2].name, "IT");
  EXPECT_DOUBLE_EQ(s.segments[3].target_share[0], 0.75);  // the third column: the first tier's goal
  ui.key('Z', true);                                      // one undo step takes the whole paste back
  ui.frames(2);
  EXPECT_EQ(names(ui.app()), before);
  set_segments_paste(nullptr);
}

TEST(SegmentsPaste, WithoutAnInstalledPasteACellKeepsItsOwnPaste) {
  set_segments_paste(nullptr);
  testing::UiDriver ui;
  ASSERT_TRUE(ui.app().open_preset("default"));
  ui.frames(3);
  const std::size_t count = names(ui.app()).size();
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("segments.0.name", at));
  ui.click(at);
  ui.frame();
  ImGui::SetClipboardText("A\t1\nB\t2\n");
  ui.key('V', true);
  ui.frames(2);
  EXPECT_EQ(names(ui.app()).size(), count);
}

}  // namespace
}  // namespace planner::ui
