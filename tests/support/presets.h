// presets.h — a bundled preset by name, for tests that start from one.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "io/presets.h"

namespace planner::test {

inline Scenario preset(const std::string& name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return s;
}

}  // namespace planner::test
