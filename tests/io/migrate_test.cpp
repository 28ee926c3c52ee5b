// Schema migrations: the chain runs step by step from a document's version to
// the current one; the shipped version-1 fixture loads unchanged.
#include "io/migrate.h"

#include <gtest/gtest.h>

#include "io/scenario_json.h"

using namespace planner;

namespace {

// tests/io/fixtures/scenario_v1.json, inlined byte for byte (unit tests run
// under node without a file system); tests/cli/run.sh checks the copy matches
// the file and loads the file through the real binary.
const char* kFixtureV1 = R"json({
  "version": 1,
  "title": "Fixture: schema version 1",
  "description": "A plan as saved by schema version 1. Must keep opening in every later version.",
  "org": {"name": "Fixture Co", "currency_code": "USD", "currency_symbol": "$", "horizon_months": 24},
  "framework": {
    "name": "Three tiers (Leland)",
    "tiers": [
      {"name": "Literacy", "learning_hours": {"low": 4, "likely": 6, "high": 8}, "uplift": 0.05, "default_model": "platform"},
      {"name": "Fluency", "learning_hours": 12, "uplift": {"low": 0.08, "likely": 0.12, "high": 0.18}, "ramp_weeks": 6, "default_model": "coaching"}
    ]
  },
  "models": [
    {"id": "platform", "name": "Self-paced platform", "basis": "per_seat_month", "cost": {"low": 20, "likely": 35, "high": 50},
     "sunk": true, "duration_weeks": {"low": 2, "likely": 3, "high": 4}, "group": "none", "needs_manager": false,
     "completion_rate": 0.85, "application_rate": 0.4, "min_tier": 0, "max_tier": 0},
    {"id": "coaching", "name": "Team-embedded coaching", "basis": "per_learner_week", "cost": {"low": 200, "likely": 350, "high": 500},
     "duration_weeks": {"low": 6, "likely": 7, "high": 8}, "group": "team", "group_size": 10, "needs_coach": true,
     "completion_rate": 0.9, "application_rate": 0.55, "reinforces": true, "min_tier": 1, "max_tier": 1}
  ],
  "segments": [
    {"name": "Marketing", "headcount": 8, "hourly_cost": 50, "addressable_hours_week": 4, "current_at_tier": [0, 0], "target_share": [1, 1], "managers": 1},
    {"name": "Sales", "headcount": 30, "current_at_tier": [5, 0], "target_share": [1, 0.4], "wave": 2, "managers": 3}
  ],
  "plan": [{"segment": -1, "tier": 0, "model": "platform", "share": 1}],
  "capacity": {"max_parallel_groups": 4, "coaches": 2},
  "readiness": {"manager_support": 4},
  "adjustments": {"distribution": "triangular"},
  "target": {"share": 0.5, "tier": 1, "by_month": 12}
}
)json";

// Synthetic steps: version 1 called the horizon "months"; version 2 renamed
// it to "horizon_months" and kept "title"; version 3 added a marker.
bool v1_to_v2(io::Json& doc, std::string& error) {
  if (!doc.contains("months")) {
    error = "no months";
    return false;
  }
  doc["horizon_months"] = doc["months"];
  doc.erase("months");
  return true;
}
bool v2_to_v3(io::Json& doc, std::string&) {
  doc["marker"] = true;
  return true;
}

}  // namespace

TEST(Migrate, ShippedChainCoversEveryOlderVersion) {
  EXPECT_EQ(io::schema_migrations().size(), static_cast<std::size_t>(io::kSchemaVersion - 1));
}

TEST(Migrate, AppliesEachStepInOrderUpToCurrent) {
  const std::vector<io::MigrationStep> chain = {{2, &v2_to_v3}, {1, &v1_to_v2}};
  io::Json doc = {{"version", 1}, {"months", 24}};
  std::vector<Issue> issues;
  ASSERT_TRUE(io::migrate_to(doc, 3, chain, issues));
  EXPECT_EQ(doc["version"], 3);
  EXPECT_EQ(doc["horizon_months"], 24);
  EXPECT_FALSE(doc.contains("months"));
  EXPECT_EQ(doc["marker"], true);
}

TEST(Migrate, StartsFromTheDocumentsVersion) {
  const std::vector<io::MigrationStep> chain = {{1, &v1_to_v2}, {2, &v2_to_v3}};
  io::Json doc = {{"version", 2}, {"horizon_months", 12}};
  std::vector<Issue> issues;
  ASSERT_TRUE(io::migrate_to(doc, 3, chain, issues));
  EXPECT_EQ(doc["horizon_months"], 12);
  EXPECT_EQ(doc["marker"], true);
}

TEST(Migrate, AFailingStepIsReportedAtVersion) {
  const std::vector<io::MigrationStep> chain = {{1, &v1_to_v2}};
  io::Json doc = {{"version", 1}};
  std::vector<Issue> issues;
  EXPECT_FALSE(io::migrate_to(doc, 2, chain, issues));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].text(), "version: migrating from version 1 failed: no months");
}

TEST(Migrate, AMissingStepIsReported) {
  io::Json doc = {{"version", 1}};
  std::vector<Issue> issues;
  EXPECT_FALSE(io::migrate_to(doc, 2, {}, issues));
  EXPECT_EQ(issues.at(0).text(), "version: no migration from schema version 1");
}

TEST(Migrate, MissingVersionMeansCurrent) {
  io::Json doc = {{"title", "x"}};
  std::vector<Issue> issues;
  EXPECT_TRUE(io::migrate_to(doc, 3, {}, issues));
  EXPECT_TRUE(issues.empty());
}

TEST(Migrate, VersionOneFixtureLoads) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(kFixtureV1, s, issues)) << (issues.empty() ? "" : issues[0].text());
  EXPECT_EQ(s.version, io::kSchemaVersion);  // migrated on reading
  EXPECT_EQ(s.title, "Fixture: schema version 1");
  EXPECT_EQ(s.segments.size(), 2u);
  EXPECT_EQ(s.models[1].basis, CostBasis::PerLearnerWeek);
}

// Version 2 moved stagger from capacity to each model. The fixture leaves
// capacity.stagger_weeks out, so it had version 1's default of 2 weeks: the
// coaching teams (grouped, 7 weeks likely) get 2, the self-paced platform 0.
TEST(Migrate, VersionOneStaggerGoesToEveryGroupedModelOfTwoWeeksOrMore) {
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(kFixtureV1, s, issues)) << (issues.empty() ? "" : issues[0].text());
  EXPECT_EQ(s.models[0].stagger_weeks, 0);  // platform: group "none"
  EXPECT_EQ(s.models[1].stagger_weeks, 2);  // coaching: team, 6-7-8 weeks
}

TEST(Migrate, VersionOneOrgStaggerSkipsOneDayClassesAndSelfPacedModels) {
  io::Json doc = {{"version", 1},
                  {"capacity", {{"stagger_weeks", 3}, {"coaches", 2}}},
                  {"models",
                   {{{"id", "class"}, {"group", "class"}, {"duration_weeks", 1}},
                    {{"id", "cohort"}, {"group", "cohort"}, {"duration_weeks", {{"low", 1}, {"likely", 26}}}},
                    {{"id", "lms"}, {"duration_weeks", 4}},  // group missing = "none"
                    {{"id", "team"}, {"group", "team"}, {"duration_weeks", 2}}}}};
  std::vector<Issue> issues;
  ASSERT_TRUE(io::migrate_to(doc, 2, io::schema_migrations(), issues));
  EXPECT_EQ(doc["version"], 2);
  EXPECT_FALSE(doc["capacity"].contains("stagger_weeks"));
  EXPECT_EQ(doc["capacity"]["coaches"], 2);
  EXPECT_EQ(doc["models"][0]["stagger_weeks"], 0);  // one-day class
  EXPECT_EQ(doc["models"][1]["stagger_weeks"], 3);  // likely 26 weeks
  EXPECT_EQ(doc["models"][2]["stagger_weeks"], 0);  // self-paced
  EXPECT_EQ(doc["models"][3]["stagger_weeks"], 3);
}

TEST(Migrate, VersionOneWithAnIllTypedStaggerIsReportedNotGuessed) {
  io::Json doc = {{"version", 1}, {"capacity", {{"stagger_weeks", "two"}}}};
  std::vector<Issue> issues;
  EXPECT_FALSE(io::migrate_to(doc, io::kSchemaVersion, io::schema_migrations(), issues));
  ASSERT_FALSE(issues.empty());
  EXPECT_NE(issues[0].message.find("capacity.stagger_weeks"), std::string::npos) << issues[0].text();
}
