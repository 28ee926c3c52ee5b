// The Actuals tab (issue 15), driven like a user: set the as-of month, start
// a month from the plan's figures, type a spend; the scenario carries them
// and the forecast is the engine's.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/actuals.h"
#include "core/reforecast.h"
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

void open_actuals(UiDriver& ui) {
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("tab.Actuals", at));
  ui.click(at);
  ui.frames(2);
}

TEST(ActualsTab, TypingThreeMonthsOfActualsMovesTheForecast) {
  UiDriver ui({}, ImVec2(1920, 1080));
  open_actuals(ui);
  const unsigned long rev = ui.app().revision();
  ASSERT_TRUE(ui.type_into("actuals.as_of", "3"));
  EXPECT_EQ(current(ui).actuals.as_of_month, 3);
  for (int m = 1; m <= 3; ++m) {
    ImVec2 at;
    ASSERT_TRUE(ui.centre_of("actuals.m" + std::to_string(m) + ".add", at)) << m;
    ui.click(at);
    ui.frames(2);
  }
  Scenario s = current(ui);
  ASSERT_EQ(s.actuals.months.size(), 3u);
  // Prefilled from the plan, as whole people: the forecast is close to the plan.
  const Result plan = evaluate(s, Case::Likely);
  EXPECT_DOUBLE_EQ(s.actuals.months[1].spend, std::round(plan.incremental_cost[1]));
  ASSERT_TRUE(ui.type_into("actuals.m2.spend", "90000"));
  ASSERT_TRUE(ui.type_into("actuals.m3.t1.applying", "10"));
  s = current(ui);
  EXPECT_DOUBLE_EQ(s.actuals.months[1].spend, 90000);
  EXPECT_DOUBLE_EQ(s.actuals.months[2].applying[0], 10);
  EXPECT_GT(ui.app().revision(), rev);
  const Result f = reforecast(s, Case::Likely, evaluate(s, Case::Likely));
  EXPECT_GT(f.totals.incremental_cost, plan.totals.incremental_cost);
  EXPECT_LT(f.totals.benefits, plan.totals.benefits);
  ImVec2 at;
  EXPECT_TRUE(ui.centre_of("forecast.incremental_cost", at));  // the figures table is drawn
}

TEST(ActualsTab, OpeningItChangesNothing) {
  UiDriver ui({}, ImVec2(1920, 1080));
  const std::string scenario = ui.app().scenario_json();
  open_actuals(ui);
  ui.frames(2);
  EXPECT_EQ(ui.app().scenario_json(), scenario);
}

// Issue 15's entry by segment: a month switched to "by segment" gets a row
// per segment, a typed row moves the month's total, the totals are read-only,
// and the switch is one undo step.
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

  // A row with more applying than completed: the validator's words under the table, the value kept.
  ASSERT_TRUE(ui.type_into("actuals.m2.s1.t1.applying", "99999"));
  ImVec2 at;
  EXPECT_TRUE(ui.centre_of("actuals.m2.problem", at));
  const nlohmann::json typed = nlohmann::json::parse(ui.app().scenario_json());  // kept, not valid
  EXPECT_EQ(typed["actuals"]["months"][1]["segments"][0]["applying"][0], 99999);
  ui.key('Z', true);
  ui.frames(2);
  EXPECT_FALSE(ui.centre_of("actuals.m2.problem", at));

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
