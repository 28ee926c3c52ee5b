// comparison.cpp — see comparison.h.
//
// Sections: the figures compared (rows of core/figures.h, picked by key), the
// comparison, the JSON document. Text is io/format.h's figure_text.
#include "io/comparison.h"

#include <algorithm>
#include <cmath>

#include "core/actuals.h"
#include "core/reforecast.h"
#include "io/json_text.h"
#include "io/result_json.h"

namespace planner::io {
namespace {

// ---- the figures -----------------------------------------------------------------

// The figures compared, in display order: rows of the figures table
// (core/figures.h). The cash view comes first, then the economic view
// (learner and manager time at the loaded rate).
const char* const kCompared[] = {
    "incremental_cost",
    "economic_cost",
    "benefits",
    "roi_pct",
    "bcr",
    "npv",
    "payback_month",
    "economic_roi_pct",
    "economic_bcr",
    "economic_npv",
    "economic_payback_month",
    "months_to_target",
    "hours_saved_per_week_month12",
    "hours_saved_per_week",
    "fte_returned_month12",
    "fte_returned",
    "capable_employees",
    "cost_per_capable_employee",
};

// Equal within rounding noise (a difference of 1e-12 of the figure is no difference).
bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

Favours favours(Better d, const FigureValue& current, const FigureValue& other, const FigureValue& diff) {
  if (!diff.defined || d == Better::Neither) return Favours::None;
  if (nearly_equal(current.value, other.value)) return Favours::Equal;
  const bool current_higher = current.value > other.value;
  return current_higher == (d == Better::Higher) ? Favours::Current : Favours::Other;
}

const char* favours_name(Favours f) {
  switch (f) {
    case Favours::Equal:
      return "equal";
    case Favours::Current:
      return "current";
    case Favours::Other:
      return "other";
    default:
      return nullptr;
  }
}

}  // namespace

// ---- the comparison -------------------------------------------------------------------

Comparison compare_plans(const Scenario& current, const Result& current_result, const Scenario& other,
                         const Result& other_result) {
  Comparison c;
  c.current_title = current.title;
  c.other_title = other.title;
  c.current_currency = current.org.currency_code;
  c.other_currency = other.org.currency_code;
  c.current_symbol = current.org.currency_symbol;
  c.other_symbol = other.org.currency_symbol;
  c.current_horizon = current_result.months;
  c.other_horizon = other_result.months;
  c.same_currency = current.org.currency_code == other.org.currency_code;
  for (const char* key : kCompared) {
    const FigureSpec& spec = figure(key);
    ComparedFigure f{spec.key, spec.label, spec.unit, spec.better, {}, {}, {}, Favours::None};
    f.current = spec.read(current_result.totals);
    f.other = spec.read(other_result.totals);
    const bool comparable = spec.unit != FigureUnit::Money || c.same_currency;
    if (f.current.defined && f.other.defined && comparable)
      f.difference = std::isfinite(f.current.value - f.other.value)
                         ? FigureValue{true, f.current.value - f.other.value}
                         : FigureValue{};
    f.favours = favours(spec.better, f.current, f.other, f.difference);
    c.figures.push_back(f);
  }
  return c;
}

Comparison compare_forecasts(const Scenario& current, const Result& current_plan, const Scenario& other,
                             const Result& other_plan, Case c) {
  const bool cf = runs_on_forecast(current, true), of = runs_on_forecast(other, true);
  Comparison cmp = compare_plans(current, cf ? reforecast(current, c, current_plan) : current_plan, other,
                                 of ? reforecast(other, c, other_plan) : other_plan);
  if (cf) {
    cmp.current_forecast_from = current.actuals.as_of_month;
    cmp.current_forecast_label = plan_month_name(current.org, cmp.current_forecast_from);
  }
  if (of) {
    cmp.other_forecast_from = other.actuals.as_of_month;
    cmp.other_forecast_label = plan_month_name(other.org, cmp.other_forecast_from);
  }
  return cmp;
}

// ---- the document ------------------------------------------------------------------------

namespace {

Json value_json(const FigureValue& v) { return v.defined ? Json(v.value) : Json(nullptr); }

Json plan_json(const std::string& title, const std::string& currency, const std::string& symbol, int horizon,
               int forecast_from, const std::string& forecast_label) {
  Json j = Json::object();
  j["scenario"] = title;
  j["currency"] = currency;
  j["currency_symbol"] = symbol;
  j["horizon_months"] = horizon;
  // Only on a forecast: a plan's document reads as it did before issue 15
  // (stored links' comparisons stay identical).
  if (forecast_from > 0) {
    Json from = Json::object();
    from["month"] = forecast_from;
    from["label"] = forecast_label;
    j["forecast_from"] = std::move(from);
  }
  return j;
}

}  // namespace

std::string comparison_to_json(Case c, const Comparison& cmp, bool pretty) {
  Json doc = Json::object();
  doc["case"] = case_name(c);
  doc["current"] = plan_json(cmp.current_title, cmp.current_currency, cmp.current_symbol, cmp.current_horizon,
                             cmp.current_forecast_from, cmp.current_forecast_label);
  doc["other"] = plan_json(cmp.other_title, cmp.other_currency, cmp.other_symbol, cmp.other_horizon,
                           cmp.other_forecast_from, cmp.other_forecast_label);
  doc["same_currency"] = cmp.same_currency;
  Json figures = Json::object();
  for (const ComparedFigure& f : cmp.figures) {
    Json j = Json::object();
    j["unit"] = unit_id(f.unit);
    j["current"] = value_json(f.current);
    j["other"] = value_json(f.other);
    j["difference"] = value_json(f.difference);
    const char* fav = favours_name(f.favours);
    j["favours"] = fav ? Json(fav) : Json(nullptr);
    figures[f.key] = std::move(j);
  }
  doc["figures"] = std::move(figures);
  return dump_json(doc, pretty);
}

}  // namespace planner::io
