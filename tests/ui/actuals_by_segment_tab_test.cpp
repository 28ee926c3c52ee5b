// The Actuals tab's entry by segment (issue 15), driven like a user: a month
// switched to "by segment" gets a row per segment, a typed row moves the
// month's total, the totals are read-only, and the switch is one undo step.
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "io/scenario_json.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

Scenario current(UiDriver& ui) {
  Scenario s;
  std::vector<Issue> issues;
  EXPECT_TRUE(io::scenario_from_json(ui.app().scenario_json(), s, issues))
      << (issues.empty() ? "" : issues[0].text());
  return s;
}

TEST(ActualsBySegmentTab, ARowTypedMovesTheMonthsTotalAndTheSwitchIsOneUndoStep) {
  UiDriver ui({}, ImVec2(1920, 1080));
  ASSERT_TRUE(ui.click_on("tab.Actuals"));
  ASSERT_TRUE(ui.type_into("actuals.as_of", "2"));
  ASSERT_TRUE(ui.click_on("actuals.m1.add"));
  ASSERT_TRUE(ui.click_on("actuals.m2.add"));
  const Scenario before = current(ui);
  ASSERT_TRUE(ui.click_on("actuals.m2.by_segment"));
  Scenario s = current(ui);
  const ActualMonth& feb = s.actuals.months[1];
  ASSERT_EQ(feb.segments.size(), s.segments.size());
  EXPECT_TRUE(s.actuals.months[0].segments.empty());
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();

  // Segment 1's Literacy enrolled typed: the month's total moves by as much.
  const double was_row = feb.segments[0].enrolled[0], was_total = feb.enrolled[0];
  ASSERT_TRUE(ui.type_into("actuals.m2.s1.t1.enrolled", std::to_string(static_cast<int>(was_row) + 7)));
  s = current(ui);
  EXPECT_DOUBLE_EQ(s.actuals.months[1].segments[0].enrolled[0], was_row + 7);
  EXPECT_DOUBLE_EQ(s.actuals.months[1].enrolled[0], was_total + 7);

  // The total is read-only while the month is by segment: typing into it changes nothing.
  const std::string json = ui.app().scenario_json();
  ui.type_into("actuals.m2.t1.enrolled", "1");
  EXPECT_EQ(ui.app().scenario_json(), json);

  // Off: the sums stay, the rows go; one undo brings the rows back.
  ASSERT_TRUE(ui.click_on("actuals.m2.by_segment"));
  s = current(ui);
  EXPECT_TRUE(s.actuals.months[1].segments.empty());
  EXPECT_DOUBLE_EQ(s.actuals.months[1].enrolled[0], was_total + 7);
  ui.key('Z', true);
  ui.frames(2);
  s = current(ui);
  ASSERT_EQ(s.actuals.months[1].segments.size(), s.segments.size());
  EXPECT_DOUBLE_EQ(s.actuals.months[1].segments[0].enrolled[0], was_row + 7);
  ui.key('Z', true);
  ui.key('Z', true);
  ui.frames(2);
  EXPECT_EQ(current(ui).actuals.months[1].segments.size(), 0u);  // back before the switch
  EXPECT_EQ(current(ui).actuals.months[1].enrolled, before.actuals.months[1].enrolled);
}

}  // namespace
}  // namespace planner::ui
