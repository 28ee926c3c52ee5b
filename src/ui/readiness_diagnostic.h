// readiness_diagnostic.h — the five readiness foundations as a short
// diagnostic: one plain question each, scored 1-5, with what good looks like
// and a common failure, written straight into Scenario::readiness. The effect
// on application comes from core's readiness_multiplier (core/learners.h), the
// model's one function for it. No ImGui here (tests/ui/readiness_diagnostic_test.cpp).
#pragma once

#include <string>

#include "core/scenario.h"

namespace planner::ui {

struct Foundation {
  const char* name;       // "Manager support"
  const char* help_key;   // "readiness.manager_support"
  const char* question;   // "Do managers coach, model and protect practice time?"
  const char* good;       // what a 5 looks like
  const char* failure;    // what a 1 looks like
  int Readiness::*score;  // the input the answer writes
};

constexpr int kFoundations = 5;
const Foundation& foundation(int i);  // 0 .. kFoundations - 1, in the source's order

// "These answers scale application rates by 0.75x (mean 2.0 of 5)."
std::string readiness_effect(const Readiness& r);

}  // namespace planner::ui
