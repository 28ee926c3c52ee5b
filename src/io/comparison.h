// comparison.h — two evaluated plans side by side (issue 6): the headline
// figures of both and their differences, and the JSON document that
// `planner-cli compare --json` prints and the page's
// window.planner.comparison() returns. One function for both, so they can
// never differ.
//
// Difference = current - other, figure by figure. A figure some plan does not
// have (payback or target not reached within the horizon, ROI of a plan that
// costs nothing, cost per capable employee with nobody capable) has no
// difference: the document says null and the UI says "n/a", never a made-up
// number. Money differences between plans in different currencies are n/a
// too. No NaN or infinity ever reaches the document.
#pragma once

#include <string>
#include <vector>

#include "core/figures.h"
#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

// Which plan the difference favours: None when the direction is ambiguous or
// the difference is n/a.
enum class Favours { None, Equal, Current, Other };

// A row of the figures table (core/figures.h) for both plans.
struct ComparedFigure {
  const char* key;    // "incremental_cost": the JSON key, also the totals key in result_json
  const char* label;  // "Incremental cost"
  FigureUnit unit;
  Better better;
  FigureValue current, other, difference;  // difference = current - other
  Favours favours = Favours::None;
};

struct Comparison {
  std::string current_title, other_title;
  std::string current_currency, other_currency;  // ISO codes
  std::string current_symbol, other_symbol;
  int current_horizon = 0, other_horizon = 0;  // months
  // The as-of month a plan's figures are re-forecast from (issue 15); 0 = the plan itself.
  int current_forecast_from = 0, other_forecast_from = 0;
  std::string current_forecast_label, other_forecast_label;  // "March 2027"; empty for the plan
  bool same_currency = true;
  std::vector<ComparedFigure> figures;  // in display order
};

// The comparison of two plans already evaluated for the same case.
Comparison compare_plans(const Scenario& current, const Result& current_result, const Scenario& other,
                         const Result& other_result);

// The comparison on the forecast: each plan with actuals (an as-of month) is
// re-forecast from them (core/reforecast.h) and compared as its forecast; a
// plan without actuals is compared as it is. `*_plan` = evaluate(*, c).
Comparison compare_forecasts(const Scenario& current, const Result& current_plan, const Scenario& other,
                             const Result& other_plan, Case c);

// {"case": "likely", "current": {"scenario", "currency", "currency_symbol",
//  "horizon_months", "forecast_from": null | {"month", "label"}}, "other": {...}, "same_currency": true,
//  "figures": {"incremental_cost": {"current", "other", "difference",
//  "favours"}, ...}}. Undefined values are null; "favours" is "current",
// "other", "equal" or null.
std::string comparison_to_json(Case c, const Comparison& cmp, bool pretty = false);

}  // namespace planner::io
