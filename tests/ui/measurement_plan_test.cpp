// The measurement plan editor (issue 15 part 1): its structural edits keep
// the actuals' metric values on the right metric, and the Actuals tab edits a
// target like a user would, one undoable edit that the link carries.
#include <gtest/gtest.h>

#include "io/scenario_json.h"
#include "support/presets.h"
#include "ui/measure_edits.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using test::preset;
using testing::UiDriver;

Scenario parse(const std::string& json) {
  Scenario s;
  std::vector<Issue> issues;
  EXPECT_TRUE(io::scenario_from_json(json, s, issues)) << (issues.empty() ? "" : issues[0].text());
  return s;
}

// A month of actuals with values of metrics 1, 4 and 8 (Leland's defaults:
// assessment pass rate, hours saved per workflow, share of workflows with AI).
Scenario with_metric_values() {
  Scenario s = preset("default");
  s.actuals.as_of_month = 1;
  ActualMonth m;
  m.month = 1;
  m.metrics = {{1, 70}, {4, 1.5}, {8, 10}};
  s.actuals.months.push_back(m);
  return s;
}

TEST(MeasureEdits, RemovingAMetricDropsItsValuesAndRenumbersTheRest) {
  Scenario s = with_metric_values();
  ASSERT_TRUE(s.measures.empty());
  remove_metric(s, 4);  // hours saved per workflow
  ASSERT_EQ(s.measures.size(), 8u);
  EXPECT_EQ(s.measures[3].name, "AI-assisted workflows adopted per team");
  EXPECT_EQ(s.measures[4].name, "Confidence");
  const std::vector<MetricValue>& v = s.actuals.months[0].metrics;
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].metric, 1);
  EXPECT_EQ(v[0].value, 70);
  EXPECT_EQ(v[1].metric, 7);  // share of workflows with AI moved down one
  EXPECT_EQ(v[1].value, 10);
  EXPECT_TRUE(validate(s).empty());
}

TEST(MeasureEdits, AddingThenResettingKeepsTheDefaultsValues) {
  Scenario s = with_metric_values();
  add_metric(s, 2);
  ASSERT_EQ(s.measures.size(), 10u);
  EXPECT_EQ(s.measures[9].tier, 2);
  EXPECT_EQ(s.measures[0].name, "Completion");  // the defaults were copied in first
  s.actuals.months[0].metrics.push_back({9, 3});
  EXPECT_TRUE(validate(s).empty());
  reset_measures(s);
  EXPECT_TRUE(s.measures.empty());
  EXPECT_EQ(measurement_plan(s).size(), 9u);
  const std::vector<MetricValue>& v = s.actuals.months[0].metrics;
  ASSERT_EQ(v.size(), 3u);  // the added metric's value went with it
  EXPECT_EQ(v[2].metric, 8);
  EXPECT_TRUE(validate(s).empty());
}

void open_measures(UiDriver& ui) {
  ASSERT_TRUE(ui.click_on("tab.Actuals"));
  ASSERT_TRUE(ui.click_on("measures.open"));
}

TEST(MeasurementPlanEditor, TypingATargetWritesThePlanAsOneUndoableEdit) {
  UiDriver ui({}, ImVec2(1920, 1080));
  const std::string before = ui.app().scenario_json();
  open_measures(ui);
  EXPECT_EQ(ui.app().scenario_json(), before) << "opening the editor changes nothing";
  const unsigned long rev = ui.app().revision();
  ASSERT_TRUE(ui.type_into("measures.4.target", "3.5"));  // Fluency: hours saved per workflow
  Scenario s = parse(ui.app().scenario_json());
  ASSERT_EQ(s.measures.size(), 9u);
  EXPECT_EQ(s.measures[4].name, "Hours saved per workflow");
  EXPECT_DOUBLE_EQ(s.measures[4].target, 3.5);
  EXPECT_DOUBLE_EQ(s.measures[0].target, 85);  // the rest as Leland's
  EXPECT_GT(ui.app().revision(), rev);
  const std::string edited = ui.app().scenario_json();
  // One Ctrl+Z brings the defaults back; redo the edit.
  ui.key('Z', /*ctrl=*/true);
  EXPECT_EQ(ui.app().scenario_json(), before);
  ui.key('Z', /*ctrl=*/true, /*shift=*/true);
  EXPECT_EQ(ui.app().scenario_json(), edited);
  // The link carries it.
  const std::string fragment = ui.app().link_fragment();
  UiDriver other;
  ASSERT_TRUE(other.app().open_link_fragment(fragment));
  EXPECT_DOUBLE_EQ(parse(other.app().scenario_json()).measures[4].target, 3.5);
}

TEST(MeasurementPlanEditor, RowsAddRemoveAndResetToLelandsDefaults) {
  UiDriver ui({}, ImVec2(1920, 1080));
  open_measures(ui);
  ASSERT_TRUE(ui.click_on("measures.add.t2"));
  Scenario s = parse(ui.app().scenario_json());
  ASSERT_EQ(s.measures.size(), 10u);
  EXPECT_EQ(s.measures[9].tier, 1);
  ASSERT_TRUE(ui.click_on("measures.0.remove"));
  s = parse(ui.app().scenario_json());
  ASSERT_EQ(s.measures.size(), 9u);
  EXPECT_EQ(s.measures[0].name, "Assessment pass rate");
  ASSERT_TRUE(ui.click_on("measures.reset"));
  s = parse(ui.app().scenario_json());
  EXPECT_TRUE(s.measures.empty());
  EXPECT_EQ(measurement_plan(s)[0].name, "Completion");
}

}  // namespace
}  // namespace planner::ui
