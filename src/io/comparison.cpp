// comparison.cpp — see comparison.h.
//
// Sections: the figures (what is compared, which way is better, when a value
// is "none"), the comparison, the JSON document.
#include "io/comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "io/format.h"
#include "io/json_text.h"
#include "io/result_json.h"

namespace planner::io {
namespace {

// ---- the figures -----------------------------------------------------------------

FigureValue some(double v) { return std::isfinite(v) ? FigureValue{true, v} : FigureValue{}; }
FigureValue none() { return FigureValue{}; }
FigureValue month(int m) { return m > 0 ? FigureValue{true, static_cast<double>(m)} : FigureValue{}; }

struct FigureSpec {
  const char* key;
  const char* label;
  FigureUnit unit;
  Direction direction;
  FigureValue (*read)(const Totals&);
};

// ROI and the benefit-cost ratio divide by a cost: a plan that costs nothing
// has neither (roi_defined / economic_roi_defined false). The cash view comes
// first, then the economic view (learner and manager time at the loaded rate).
const FigureSpec kFigures[] = {
    {"incremental_cost", "Incremental cost", FigureUnit::Money, Direction::Neither,
     [](const Totals& t) { return some(t.incremental_cost); }},
    {"economic_cost", "Economic cost", FigureUnit::Money, Direction::Neither,
     [](const Totals& t) { return some(t.economic_cost); }},
    {"benefits", "Benefits (value)", FigureUnit::Money, Direction::HigherIsBetter,
     [](const Totals& t) { return some(t.benefits); }},
    {"roi_pct", "ROI", FigureUnit::Percent, Direction::HigherIsBetter,
     [](const Totals& t) { return t.roi_defined ? some(t.roi_pct) : none(); }},
    {"bcr", "Benefit-cost ratio", FigureUnit::Ratio, Direction::HigherIsBetter,
     [](const Totals& t) { return t.roi_defined ? some(t.bcr) : none(); }},
    {"npv", "NPV", FigureUnit::Money, Direction::HigherIsBetter, [](const Totals& t) { return some(t.npv); }},
    {"payback_month", "Payback month", FigureUnit::Month, Direction::LowerIsBetter,
     [](const Totals& t) { return month(t.payback_month); }},
    {"economic_roi_pct", "Economic ROI", FigureUnit::Percent, Direction::HigherIsBetter,
     [](const Totals& t) { return t.economic_roi_defined ? some(t.economic_roi_pct) : none(); }},
    {"economic_bcr", "Economic benefit-cost ratio", FigureUnit::Ratio, Direction::HigherIsBetter,
     [](const Totals& t) { return t.economic_roi_defined ? some(t.economic_bcr) : none(); }},
    {"economic_npv", "Economic NPV", FigureUnit::Money, Direction::HigherIsBetter,
     [](const Totals& t) { return some(t.economic_npv); }},
    {"economic_payback_month", "Economic payback month", FigureUnit::Month, Direction::LowerIsBetter,
     [](const Totals& t) { return month(t.economic_payback_month); }},
    {"months_to_target", "Months to target", FigureUnit::Month, Direction::LowerIsBetter,
     [](const Totals& t) { return month(t.months_to_target); }},
    {"hours_saved_per_week_month12", "Hours saved per week at month 12", FigureUnit::HoursPerWeek,
     Direction::HigherIsBetter, [](const Totals& t) { return some(t.hours_saved_per_week_month12); }},
    {"hours_saved_per_week", "Hours saved per week at horizon end", FigureUnit::HoursPerWeek,
     Direction::HigherIsBetter, [](const Totals& t) { return some(t.hours_saved_per_week); }},
    {"fte_returned_month12", "FTE returned at month 12", FigureUnit::Fte, Direction::HigherIsBetter,
     [](const Totals& t) { return some(t.fte_returned_month12); }},
    {"fte_returned", "FTE returned at horizon end", FigureUnit::Fte, Direction::HigherIsBetter,
     [](const Totals& t) { return some(t.fte_returned); }},
    {"capable_employees", "Capable employees", FigureUnit::People, Direction::HigherIsBetter,
     [](const Totals& t) { return some(t.capable_employees); }},
    {"cost_per_capable_employee", "Cost per capable employee", FigureUnit::Money, Direction::LowerIsBetter,
     [](const Totals& t) { return t.capable_employees > 1e-9 ? some(t.cost_per_capable_employee) : none(); }},
};

// Equal within rounding noise (a difference of 1e-12 of the figure is no difference).
bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

Favours favours(Direction d, const FigureValue& current, const FigureValue& other, const FigureValue& diff) {
  if (!diff.defined || d == Direction::Neither) return Favours::None;
  if (nearly_equal(current.value, other.value)) return Favours::Equal;
  const bool current_higher = current.value > other.value;
  return current_higher == (d == Direction::HigherIsBetter) ? Favours::Current : Favours::Other;
}

const char* unit_name(FigureUnit u) {
  switch (u) {
    case FigureUnit::Money:
      return "money";
    case FigureUnit::Percent:
      return "percent";
    case FigureUnit::Ratio:
      return "ratio";
    case FigureUnit::Month:
      return "month";
    case FigureUnit::HoursPerWeek:
      return "hours_per_week";
    case FigureUnit::Fte:
      return "fte";
    default:
      return "people";
  }
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
  for (const FigureSpec& spec : kFigures) {
    ComparedFigure f{spec.key, spec.label, spec.unit, spec.direction, {}, {}, {}, Favours::None};
    f.current = spec.read(current_result.totals);
    f.other = spec.read(other_result.totals);
    const bool comparable = spec.unit != FigureUnit::Money || c.same_currency;
    if (f.current.defined && f.other.defined && comparable)
      f.difference = some(f.current.value - f.other.value);
    f.favours = favours(spec.direction, f.current, f.other, f.difference);
    c.figures.push_back(f);
  }
  return c;
}

// ---- text -------------------------------------------------------------------------------

namespace {

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace

std::string figure_text(FigureUnit unit, const FigureValue& v, const std::string& symbol) {
  if (!v.defined) return unit == FigureUnit::Month ? "not reached" : "n/a";
  switch (unit) {
    case FigureUnit::Money:
      return format_money(v.value, symbol);
    case FigureUnit::Percent:
      return format_percent(v.value, 0);
    case FigureUnit::Ratio:
      return fixed(v.value, 2) + "x";
    case FigureUnit::Month:
      return "month " + format_number(v.value, 0);
    case FigureUnit::HoursPerWeek:
      return format_hours_per_week(v.value);
    case FigureUnit::Fte:
      return format_fte(v.value);
    default:
      return format_number(v.value, 0);
  }
}

std::string difference_text(FigureUnit unit, const FigureValue& d, const std::string& symbol) {
  if (!d.defined) return "n/a";
  const FigureValue magnitude{true, std::fabs(d.value)};
  std::string text;
  switch (unit) {
    case FigureUnit::Percent:
      text = format_number(magnitude.value, 0) + " pts";
      break;
    case FigureUnit::Month: {
      const std::string n = format_number(magnitude.value, 0);
      text = n + (n == "1" ? " month" : " months");
      break;
    }
    default:
      text = figure_text(unit, magnitude, symbol);
  }
  // Whatever rounds to nothing at display reads "same", not "+$0".
  if (text.find_first_of("123456789") == std::string::npos) return "same";
  return (d.value < 0 ? "-" : "+") + text;
}

// ---- the document ------------------------------------------------------------------------

namespace {

Json value_json(const FigureValue& v) { return v.defined ? Json(v.value) : Json(nullptr); }

Json plan_json(const std::string& title, const std::string& currency, const std::string& symbol,
               int horizon) {
  Json j = Json::object();
  j["scenario"] = title;
  j["currency"] = currency;
  j["currency_symbol"] = symbol;
  j["horizon_months"] = horizon;
  return j;
}

}  // namespace

std::string comparison_to_json(Case c, const Comparison& cmp, bool pretty) {
  Json doc = Json::object();
  doc["case"] = case_name(c);
  doc["current"] =
      plan_json(cmp.current_title, cmp.current_currency, cmp.current_symbol, cmp.current_horizon);
  doc["other"] = plan_json(cmp.other_title, cmp.other_currency, cmp.other_symbol, cmp.other_horizon);
  doc["same_currency"] = cmp.same_currency;
  Json figures = Json::object();
  for (const ComparedFigure& f : cmp.figures) {
    Json j = Json::object();
    j["unit"] = unit_name(f.unit);
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
