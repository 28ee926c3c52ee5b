// The embedded presets: listed with title and description, each loads and
// validates, the JSON text is what was embedded.
#include "io/presets.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/scenario_json.h"

using namespace planner;

TEST(Presets, ListsEveryIssuePresetWithDefaultFirst) {
  const auto presets = io::list_presets();
  ASSERT_FALSE(presets.empty());
  EXPECT_EQ(presets.front().name, "default");
  std::vector<std::string> names;
  for (const auto& p : presets) names.push_back(p.name);
  for (const char* want : {"default", "leland-200-per-week", "leland-200-per-month", "leland-marketing-team",
                           "jain-cohort-vs-lms", "aie-rollout"})
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
}

TEST(Presets, EachLoadsValidatesAndHasATitleAndSources) {
  for (const auto& p : io::list_presets()) {
    EXPECT_FALSE(p.title.empty()) << p.name;
    EXPECT_FALSE(p.description.empty()) << p.name;
    Scenario s;
    std::vector<Issue> issues;
    ASSERT_TRUE(io::scenario_from_json(io::preset_json(p.name), s, issues))
        << p.name << ": " << (issues.empty() ? "" : issues[0].text());
    EXPECT_EQ(s.title, p.title);
  }
}

TEST(Presets, UnknownNameIsRefusedAndLeavesTheScenario) {
  Scenario s;
  s.title = "mine";
  EXPECT_FALSE(io::load_preset("no-such-preset", s));
  EXPECT_EQ(s.title, "mine");
  EXPECT_TRUE(io::preset_json("no-such-preset").empty());
  EXPECT_FALSE(io::load_preset("default.json", s));  // names have no extension
}
