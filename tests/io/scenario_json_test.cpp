// Scenario <-> JSON: every field round-trips, and every kind of bad input is
// refused with a message naming the field, leaving the caller's scenario alone.
#include "io/scenario_json.h"

#include <gtest/gtest.h>

#include "io/json_text.h"
#include "io/sample_scenarios.h"

using namespace planner;
using planner::testing::generated_scenario;
using planner::testing::rich_scenario;

namespace {

// Loads `text`; returns the issues as "path: message" lines.
std::vector<std::string> problems(const std::string& text) {
  Scenario s;
  std::vector<Issue> issues;
  io::scenario_from_json(text, s, issues);
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(i.text());
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  for (const auto& l : lines)
    if (l == line) return true;
  return false;
}

// A valid document (the rich scenario) with one field replaced.
std::string rich_with(const std::string& json_pointer, const io::Json& value) {
  io::Json doc;
  std::string error;
  io::parse_json(io::scenario_to_json(rich_scenario()), doc, error);
  doc[io::Json::json_pointer(json_pointer)] = value;
  return io::dump_json(doc, false);
}

}  // namespace

TEST(ScenarioJson, RichScenarioIsValid) {
  for (const auto& issue : validate(rich_scenario())) ADD_FAILURE() << issue.text();
}

TEST(ScenarioJson, EveryFieldRoundTrips) {
  const Scenario original = rich_scenario();
  const std::string text = io::scenario_to_json(original);
  Scenario back;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(text, back, issues)) << (issues.empty() ? "" : issues[0].text());
  EXPECT_EQ(io::scenario_to_json(back), text);
  // Spot checks that the values really travelled (not defaults on both sides).
  EXPECT_EQ(back.org.currency_symbol, "€");
  EXPECT_EQ(back.org.start_month, 4);
  EXPECT_EQ(back.readiness.incentives, 1);
  EXPECT_EQ(back.models[2].basis, CostBasis::PerEngagement);
  EXPECT_EQ(back.models[0].group, GroupKind::None);
  EXPECT_TRUE(back.models[0].sunk);
  EXPECT_EQ(back.adjustments.distribution, Distribution::Triangular);
  EXPECT_DOUBLE_EQ(back.adjustments.decay_half_life_months.low, 6);
  EXPECT_EQ(back.segments[1].current_at_tier, (std::vector<int>{10, 0, 0}));
  EXPECT_EQ(back.plan[0].segment, -1);
  EXPECT_FALSE(back.target.count_applying);
  EXPECT_EQ(back.title, original.title);
  EXPECT_EQ(back.description, original.description);
}

TEST(ScenarioJson, WritesEveryFieldByItsCxxName) {
  const std::string text = io::scenario_to_json(rich_scenario());
  for (const char* key : {"\"version\"",
                          "\"org\"",
                          "\"currency_symbol\"",
                          "\"hours_per_fte_year\"",
                          "\"framework\"",
                          "\"learning_hours\"",
                          "\"ramp_weeks\"",
                          "\"basis\": \"per_seat_month\"",
                          "\"group\": \"team\"",
                          "\"needs_coach\"",
                          "\"decay_half_life_months\"",
                          "\"current_at_tier\"",
                          "\"target_share\"",
                          "\"first_wave_share\"",
                          "\"monthly_spend_cap\"",
                          "\"productivity_dip\"",
                          "\"distribution\": \"triangular\"",
                          "\"count_applying\"",
                          "\"low\"",
                          "\"likely\""})
    EXPECT_NE(text.find(key), std::string::npos) << key;
}

TEST(ScenarioJson, GeneratedScenariosRoundTripFullAndMinimal) {
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    const Scenario s = generated_scenario(seed);
    const auto invalid = validate(s);
    ASSERT_TRUE(invalid.empty()) << "seed " << seed << ": " << invalid[0].text();
    const std::string full = io::scenario_to_json(s, false);
    Scenario a, b;
    std::vector<Issue> issues;
    ASSERT_TRUE(io::scenario_from_json(full, a, issues)) << "seed " << seed;
    ASSERT_TRUE(io::scenario_from_json(io::scenario_to_minimal_json(s), b, issues)) << "seed " << seed;
    EXPECT_EQ(io::scenario_to_json(a, false), full) << "seed " << seed;
    EXPECT_EQ(io::scenario_to_json(b, false), full) << "seed " << seed;
  }
}

TEST(ScenarioJson, MinimalJsonLeavesOutDefaultsButKeepsVersion) {
  Scenario s = rich_scenario();
  s.capacity = Capacity{};
  const std::string minimal = io::scenario_to_minimal_json(s);
  EXPECT_EQ(minimal.find("\"capacity\""), std::string::npos);
  EXPECT_EQ(minimal.rfind("{\"version\":3,", 0), 0u) << minimal.substr(0, 40);
  EXPECT_NE(minimal.find("\"cost\":300"), std::string::npos) << "a fixed range is written as one number";
  EXPECT_LT(minimal.size(), io::scenario_to_json(s, false).size());
}

TEST(ScenarioJson, MissingFieldsTakeTheCxxDefaults) {
  Scenario s;
  std::vector<Issue> issues;
  io::scenario_from_json(R"({"title": "x"})", s, issues);  // invalid (no tiers): s untouched
  EXPECT_EQ(s.title, "Untitled plan");
  io::Json doc;
  std::string error;
  ASSERT_TRUE(io::parse_json(io::scenario_to_json(rich_scenario()), doc, error));
  doc.erase("readiness");
  doc["org"].erase("hours_per_fte_year");
  ASSERT_TRUE(io::scenario_from_json(io::dump_json(doc, false), s, issues));
  EXPECT_EQ(s.readiness.learning_climate, 3);
  EXPECT_DOUBLE_EQ(s.org.hours_per_fte_year, 2080);
  EXPECT_EQ(s.org.currency_code, "EUR");
}

TEST(ScenarioJson, RejectsWrongTypeWithFullPath) {
  const auto p = problems(rich_with("/segments/2/headcount", "abc"));
  EXPECT_TRUE(has(p, "segments[2].headcount: expected a whole number, got \"abc\""))
      << ::testing::PrintToString(p);
}

TEST(ScenarioJson, RejectsNegativeHeadcountWithFieldPath) {
  const auto p = problems(rich_with("/segments/1/headcount", -5));
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0].rfind("segments[1].headcount: must be", 0), 0u) << p[0];
  EXPECT_NE(p[0].find("-5"), std::string::npos) << p[0];
}

TEST(ScenarioJson, RejectsUnknownFieldAndSuggestsTheNearest) {
  io::Json doc;
  std::string error;
  io::parse_json(io::scenario_to_json(rich_scenario()), doc, error);
  doc["segments"][0]["headcont"] = 4;
  doc["colour"] = "blue";
  const auto p = problems(io::dump_json(doc, false));
  EXPECT_TRUE(has(p, "segments[0].headcont: unknown field (did you mean \"headcount\"?)"))
      << ::testing::PrintToString(p);
  EXPECT_TRUE(has(p, "colour: unknown field")) << ::testing::PrintToString(p);
}

TEST(ScenarioJson, ReportsEveryProblemNotJustTheFirst) {
  io::Json doc;
  std::string error;
  io::parse_json(io::scenario_to_json(rich_scenario()), doc, error);
  doc["org"]["horizon_months"] = "long";
  doc["models"][1]["needs_coach"] = 1;
  doc["capacity"]["coaches"] = 2.5;
  doc["readiness"]["job_design"] = 9;
  const auto p = problems(io::dump_json(doc, false));
  EXPECT_TRUE(has(p, "org.horizon_months: expected a whole number, got \"long\""));
  EXPECT_TRUE(has(p, "models[1].needs_coach: expected true or false, got 1"));
  EXPECT_TRUE(has(p, "capacity.coaches: expected a whole number, got 2.5"));
  EXPECT_EQ(p.size(), 4u) << ::testing::PrintToString(p);
}

TEST(ScenarioJson, EnumsAreSnakeCaseStrings) {
  EXPECT_TRUE(problems(rich_with("/models/1/basis", "per_learner_month")).empty());
  EXPECT_TRUE(problems(rich_with("/models/1/group", "cohort")).empty());
  const auto p = problems(rich_with("/models/1/basis", "PerLearner"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "models[1].basis: expected one of \"per_seat_month\", \"per_learner\", \"per_learner_week\", "
            "\"per_learner_month\", \"per_engagement\", got \"PerLearner\"");
  EXPECT_EQ(problems(rich_with("/adjustments/distribution", "normal")).size(), 1u);
}

TEST(ScenarioJson, BareNumberIsAFixedRange) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(rich_with("/models/1/cost", 420), s, issues));
  EXPECT_DOUBLE_EQ(s.models[1].cost.low, 420);
  EXPECT_DOUBLE_EQ(s.models[1].cost.high, 420);
  EXPECT_TRUE(has(problems(rich_with("/models/1/cost", io::Json{{"low", 1}, {"mid", 2}})),
                  "models[1].cost.mid: unknown field (a range has \"low\", \"likely\" and \"high\")"));
  EXPECT_TRUE(has(problems(rich_with("/models/1/cost", "cheap")),
                  "models[1].cost: expected a number or {\"low\", \"likely\", \"high\"}, got \"cheap\""));
}

TEST(ScenarioJson, WholeNumberWrittenAsFloatIsAccepted) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(rich_with("/segments/0/headcount", 40.0), s, issues));
  EXPECT_EQ(s.segments[0].headcount, 40);
  EXPECT_TRUE(has(problems(rich_with("/segments/0/headcount", 3e10)),
                  "segments[0].headcount: expected a whole number, got 30000000000.0"));
  EXPECT_TRUE(has(problems(rich_with("/segments/0/headcount", 30000000000LL)),
                  "segments[0].headcount: must be at most 2147483647, got 30000000000"));
}

TEST(ScenarioJson, LeavesOutputUntouchedOnError) {
  Scenario s = rich_scenario();
  const std::string before = io::scenario_to_json(s);
  std::vector<Issue> issues;
  EXPECT_FALSE(io::scenario_from_json(rich_with("/segments/0/headcount", -1), s, issues));
  EXPECT_FALSE(io::scenario_from_json("{\"title\": 5", s, issues));
  EXPECT_FALSE(io::scenario_from_json("[1, 2]", s, issues));
  EXPECT_EQ(io::scenario_to_json(s), before);
}

TEST(ScenarioJson, SyntaxErrorNamesLineAndColumn) {
  const auto p = problems("{\n  \"title\": \"x\",\n  \"org\": { \"name\": }\n}");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].rfind("(document): parse error at line 3, column", 0), 0u) << p[0];
}

TEST(ScenarioJson, RejectsDuplicateKeys) {
  const auto p = problems(R"({"title": "a", "title": "b"})");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], "(document): the field \"title\" appears twice in one object");
}

TEST(ScenarioJson, RejectsDeepNestingWithoutRecursingIntoIt) {
  const std::string deep = "{\"title\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  const auto p = problems(deep);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], "(document): nested deeper than 64 levels");
}

TEST(ScenarioJson, RejectsNumbersTooLargeForADouble) {
  const auto p = problems(R"({"org": {"discount_rate_annual": 1e400}})");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("number overflow"), std::string::npos) << p[0];
}

TEST(ScenarioJson, RejectsADocumentThatIsNotAnObject) {
  EXPECT_EQ(problems("[]"), std::vector<std::string>{"(document): expected a scenario object, got an array"});
  EXPECT_EQ(problems("42"), std::vector<std::string>{"(document): expected a scenario object, got 42"});
  EXPECT_EQ(problems(""), std::vector<std::string>{"(document): the document is empty"});
}

TEST(ScenarioJson, RejectsANewerSchemaVersion) {
  const auto p = problems(rich_with("/version", 7));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "version: this scenario was saved by a newer planner (schema version 7; this one reads up to 3)");
  EXPECT_EQ(problems(rich_with("/version", 0)), std::vector<std::string>{"version: must be >= 1, got 0"});
}

TEST(ScenarioJson, ValidateProblemsComeBackWithTheParseProblems) {
  io::Json doc;
  std::string error;
  io::parse_json(io::scenario_to_json(rich_scenario()), doc, error);
  doc["title"] = 3;              // a type problem
  doc["target"]["share"] = 1.5;  // a model problem (validate)
  const auto p = problems(io::dump_json(doc, false));
  EXPECT_TRUE(has(p, "title: expected a string, got 3"));
  EXPECT_TRUE(has(p, "target.share: must be between 0 and 1, got 1.5")) << ::testing::PrintToString(p);
}
