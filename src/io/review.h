// review.h — the quarterly review (issue 15): plan, actuals, variance and
// forecast for `planner-cli report --as-of YYYY-MM`, as JSON (--json) or
// text. The forecast comes from core/reforecast.h, the variance from
// core/variance.h; figures are the one table's (core/figures.h).
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

// {"as_of": {...}, "case": ..., "measures": [...], "actuals": [...],
//  "variance": [...], "forecast": {"figures": [...], "monthly": [...]}}
// (docs/schema.md, "Review document"). `plan` = evaluate(s, c),
// `forecast` = reforecast(s, c, plan).
std::string review_to_json(const Scenario& s, Case c, const Result& plan, const Result& forecast,
                           bool pretty = false);

// review_to_json for `s` at its as-of month: plan = evaluate(s, c), forecast =
// reforecast(s, c, plan). `s` must validate. The one call behind both
// `planner-cli report --as-of --json` and the web page's planner.review().
std::string review_json_of(const Scenario& s, Case c, bool pretty = false);

// The same for a terminal: the figures plan vs forecast, then the variance.
std::string review_text(const Scenario& s, Case c, const Result& plan, const Result& forecast);

// "2027-03" -> plan month of `s` (1-based), or a message in the user's words
// when the text is not YYYY-MM or the month is outside the plan.
enum class AsOf { Ok, Malformed, OutsidePlan };
AsOf parse_as_of(const Scenario& s, const std::string& text, int& month, std::string& message);

}  // namespace planner::io
