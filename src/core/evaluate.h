// evaluate.h — the planning model's one entry point.
#pragma once

#include <string>
#include <vector>

#include "result.h"
#include "scenario.h"

namespace planner {

// A problem with the input, named by its path in the scenario JSON.
struct Issue {
  std::string path;     // "segments[2].headcount"
  std::string message;  // "must be >= 0, got -5"
  std::string text() const { return path + ": " + message; }
};

// Every problem in the scenario; empty means evaluate() may be called.
std::vector<Issue> validate(const Scenario& s);

// Computes every output for one case. Precondition: validate(s) is empty.
// Refills `out`, reusing its storage: no allocation once it has the right size.
void evaluate(const Scenario& s, Case c, Result& out);
Result evaluate(const Scenario& s, Case c);

}  // namespace planner
