// scenario_json.h — Scenario <-> JSON (schema: docs/schema.md).
//
// Field names are the snake_case names of the C++ fields. Loading is strict:
// an unknown field, a wrong type or a value out of range is an error that
// names the field path ("segments[2].headcount: must be >= 0, got -5").
// Fields left out take their documented defaults. Older `version`s are
// migrated on load.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/scenario.h"

namespace planner::io {

constexpr int kSchemaVersion = 3;

// Parses and validates. On failure returns false, fills `issues`, and leaves
// `out` untouched (the user's work is never half-overwritten).
bool scenario_from_json(const std::string& text, Scenario& out, std::vector<Issue>& issues);

// Pretty (indent 2) for files, compact for links.
std::string scenario_to_json(const Scenario& s, bool pretty = true);

// Compact, leaving out every field equal to the default a reader assumes
// when it is missing, and writing fixed ranges as one number: the smallest
// text that loads back to the same scenario (the link codec's input).
std::string scenario_to_minimal_json(const Scenario& s);

// The JSON spelling of each enum ("per_learner_week", "cohort", "pert") is
// enum_id() of core/names.h.

}  // namespace planner::io
