// presets.h — a bundled preset by name, or a scenario from its JSON, for
// tests that start from one.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/presets.h"
#include "io/scenario_json.h"

namespace planner::test {

inline Scenario preset(const std::string& name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return s;
}

// A scenario from JSON the test expects to be valid (the first problem otherwise).
inline Scenario parse_scenario(const std::string& json) {
  Scenario s;
  std::vector<Issue> issues;
  EXPECT_TRUE(io::scenario_from_json(json, s, issues)) << (issues.empty() ? "" : issues[0].text());
  return s;
}

}  // namespace planner::test
