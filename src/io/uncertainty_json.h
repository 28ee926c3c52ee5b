// uncertainty_json.h — the uncertainty and trade-off documents: what
// `planner-cli simulate|tornado|frontier|seek --json` print and what the UI's
// uncertainty panel exposes to tests. One writer each, so CLI and UI agree.
//
// Months that never happen within the horizon are null (as in the results
// document); percentiles of month outputs count them as horizon + 1 and the
// share that never happens is reported beside them.
#pragma once

#include <string>

#include "core/scenario.h"
#include "core/uncertainty/monte_carlo.h"
#include "core/uncertainty/optimiser.h"
#include "core/uncertainty/tornado.h"

namespace planner::io {

// {"samples": 5000, "seed": ..., "distribution": "pert", "outputs": {"npv":
// {"p10":..,"p50":..,"p90":..,"mean":..}, ...},
//  "chance_roi_positive": .., "chance_target_met": .., "band": [{"month":1,"p10":..,"p50":..,"p90":..}],
//  "histogram": {...}}
std::string simulation_to_json(const Scenario& s, const mc::SimulationSummary& sim, bool pretty = false);

// {"output": "npv", "base": .., "bars": [{"input": "models[2].cost", "name": .., "low": .., "high": ..,
//  "output_at_low": .., "output_at_high": .., "swing": ..}, ...]}
std::string tornado_to_json(const Scenario& s, const mc::Tornado& t, bool pretty = false);

// {"measure": "people", "current": {...}, "points": [{"cost":..,"capability":..,"plan":{...}}, ...]}
std::string frontier_to_json(const Scenario& s, const mc::FrontierReport& f, bool pretty = false);

// {"feasible": true, "message": "...", "binding": "", "plan": {...}, "score": {...}, "current": {...}}
std::string seek_to_json(const Scenario& s, const mc::SeekReport& r, bool pretty = false);

const char* distribution_name(Distribution d);  // "triangular" | "pert"

}  // namespace planner::io
