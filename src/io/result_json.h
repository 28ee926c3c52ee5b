// result_json.h — the results document: what `cli report --json` prints and
// what the page's window.planner.results() returns. One function, so the
// two can never differ.
#pragma once

#include <string>

#include "core/figures.h"
#include "core/result.h"
#include "core/scenario.h"
#include "io/json_text.h"

namespace planner::io {

// {"case": "likely", "currency": "USD", "totals": {...}, "schedule": {...},
//  "monthly": [{"month": 1, ...}, ...]}. Numbers are written at full
// precision; NaN/infinity never appear (they cannot come out of the engine).
std::string result_to_json(const Scenario& s, Case c, const Result& r, bool pretty = false);
// Every figure of the totals as people read it (io/format.h, in the plan's
// currency): {"case": "likely", "figures": {"incremental_cost": "$84,000", ...}},
// what the web reader shows (`planner-cli report --figures`). Kept out of the
// results document, whose stored copies must stay identical.
std::string figures_text_json(const Scenario& s, Case c, const Result& r);

// One figure of the table (core/figures.h) as the results document writes it:
// null when it has no value, true/false for yes-no, whole numbers as integers.
Json figure_json(const FigureSpec& f, const FigureValue& v);

const char* case_name(Case c);  // "low" | "likely" | "high"
bool parse_case(const std::string& text, Case& out);

}  // namespace planner::io
