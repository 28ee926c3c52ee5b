// evaluate.h — the planning model's one entry point.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "result.h"
#include "scenario.h"

namespace planner {

// A problem with the input, named by its path in the scenario JSON and, for
// the UI to mark the field, by a structured location read from that path
// (locate_issue, validate.cpp): one source for both.
struct Issue {
  Issue() = default;
  Issue(std::string p, std::string m) : path(std::move(p)), message(std::move(m)) {}
  std::string path;     // "segments[2].headcount"
  std::string message;  // "must be >= 0, got -5"
  // "segments", "models", "tiers", "plan", or a settings section ("org",
  // "capacity", "readiness", "adjustments", "target"); "" for "version".
  std::string table;
  int row = -1;       // 0-based row of a table (-1: a settings section)
  std::string field;  // the field of the row or section: "current_at_tier"
  int entry = -1;     // an element of a per-tier list (-1: the whole field)
  std::string text() const { return path + ": " + message; }
};

// Fills an issue's structured location from its path:
// "segments[6].current_at_tier[2]" -> table "segments", row 6, field
// "current_at_tier", entry 2; "framework.tiers[1].uplift.low" -> "tiers", 1, "uplift".
Issue locate_issue(const std::string& path, const std::string& message);

// Every problem in the scenario; empty means evaluate() may be called.
std::vector<Issue> validate(const Scenario& s);

// Computes every output for one case. Precondition: validate(s) is empty.
// Refills `out`, reusing its storage: no allocation once it has the right size.
void evaluate(const Scenario& s, Case c, Result& out);
Result evaluate(const Scenario& s, Case c);

}  // namespace planner
