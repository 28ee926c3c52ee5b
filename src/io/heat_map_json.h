// heat_map_json.h — the capability heat map (core/heat_map.h) as JSON: the
// "heat_map" member of `planner-cli report --json --heat-map` (docs/schema.md,
// "Capability heat map"). Kept out of result_to_json(), whose stored copies
// (link fixtures, the page's window.planner.results()) must stay identical.
#pragma once

#include <string>

#include "core/heat_map.h"
#include "io/json_text.h"

namespace planner::io {

// {"month": 12, "counts": "applying", "thresholds": {...},
//  "rows": [{"segment": "Sales", "gap": 0.15, "status": "red",
//            "tiers": [{"tier": "Literacy", "current": 0.1, ...}, ...]}, ...]}
Json heat_map_json(const Scenario& s, const HeatMap& map);

// The results document (result_json.h) with "heat_map" at `month` (1-based;
// <= 0: the target's month) appended.
std::string report_json(const Scenario& s, Case c, const Result& r, int heat_map_month, bool pretty);

}  // namespace planner::io
