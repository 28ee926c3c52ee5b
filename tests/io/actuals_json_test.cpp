// Files and links with a measurement plan and actuals round-trip; a file of
// schema version 2 opens with the defaults (issue 15).
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "io/link_codec.h"
#include "io/presets.h"
#include "io/sample_scenarios.h"
#include "io/scenario_json.h"
#include "support/presets.h"

using namespace planner;

namespace {

Scenario with_actuals() {
  Scenario s = test::preset("default");
  s.measures = measurement_plan(s);
  s.measures[3].target = 3;  // edited: three workflows a team
  s.actuals.as_of_month = 3;
  for (int m = 1; m <= 3; ++m) {
    ActualMonth a;
    a.month = m;
    a.spend = 1000.5 * m;
    a.enrolled = {50.0 * m, 10, 0};
    a.completed = {40.0 * m, 8, 0};
    a.applying = {10.0 * m, 4, 0};
    a.hours_saved_per_week = 12.25 * m;
    a.metrics = {{0, 80.0 + m}, {5, 6.5}};
    s.actuals.months.push_back(a);
  }
  return s;
}

}  // namespace

TEST(ActualsJson, AFileWithActualsRoundTrips) {
  const Scenario s = with_actuals();
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const std::string text = io::scenario_to_json(s);
  for (const char* key : {"\"measures\"", "\"actuals\"", "\"as_of_month\": 3", "\"hours_saved_per_week\"",
                          "\"higher_is_better\"", "\"collected\""})
    EXPECT_NE(text.find(key), std::string::npos) << key;
  Scenario back;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(text, back, issues)) << issues[0].text();
  EXPECT_EQ(io::scenario_to_json(back), text);
  EXPECT_EQ(back.actuals.months[2].metrics[1].metric, 5);
  EXPECT_DOUBLE_EQ(back.measures[3].target, 3);
}

TEST(ActualsJson, ALinkWithActualsRoundTripsAndSaysVersion3) {
  const Scenario s = with_actuals();
  const std::string link = io::encode_link_fragment(s);
  EXPECT_NE(io::link_packed_json(s).find("\"version\":3"), std::string::npos);
  Scenario back;
  std::string message;
  ASSERT_TRUE(io::decode_link(link, back, message)) << message;
  EXPECT_EQ(io::scenario_to_json(back), io::scenario_to_json(s));
}

// A plan without actuals is a valid version-2 document: its link says so,
// keeping the length it had (the frozen dictionary holds version-2 plans).
TEST(ActualsJson, ALinkWithoutActualsIsWrittenAsVersion2) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(io::preset_json("default"), s, issues));
  EXPECT_EQ(s.version, 3);
  EXPECT_EQ(io::link_packed_json(s).rfind("{\"version\":2,", 0), 0u);
  Scenario back;
  std::string message;
  ASSERT_TRUE(io::decode_link(io::encode_link_fragment(s), back, message)) << message;
  EXPECT_EQ(back.version, 3);
  EXPECT_EQ(io::scenario_to_json(back), io::scenario_to_json(s));
}

TEST(ActualsJson, AVersion2FileOpensWithTheDefaults) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(io::preset_json("default"), s, issues));  // presets are version 2
  EXPECT_TRUE(s.measures.empty());
  EXPECT_EQ(s.actuals.as_of_month, 0);
  EXPECT_TRUE(s.actuals.months.empty());
  EXPECT_EQ(measurement_plan(s).size(), 9u);
}

TEST(ActualsJson, BadActualsInAFileNameTheMonthAndLeaveNothingHalfRead) {
  Scenario s = with_actuals();
  std::string text = io::scenario_to_json(s);
  const std::string from = "\"as_of_month\": 3";
  text.replace(text.find(from), from.size(), "\"as_of_month\": 2");
  Scenario out;
  out.title = "untouched";
  std::vector<Issue> issues;
  EXPECT_FALSE(io::scenario_from_json(text, out, issues));
  EXPECT_EQ(out.title, "untouched");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].text(),
            "actuals.months[2].month: March 2027 (month 3) is after the as-of month (February 2027)");
}
