// figures.cpp — the table (see figures.h).
#include "core/figures.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace planner {
namespace {

FigureValue some(double v) { return std::isfinite(v) ? FigureValue{true, v} : FigureValue{}; }
FigureValue none() { return FigureValue{}; }
// Months are 1-based; -1 means "not within the horizon".
FigureValue month(int m) { return m > 0 ? FigureValue{true, static_cast<double>(m)} : FigureValue{}; }

using U = FigureUnit;
using B = Better;

// ROI and the benefit-cost ratio divide by a cost: a plan that costs nothing
// has neither (roi_defined / economic_roi_defined false).
const FigureSpec kFigures[] = {
    {"cash_cost", "Cash cost", U::Money, B::Neither, false,
     [](const Totals& t) { return some(t.cash_cost); }},
    {"incremental_cost", "Incremental cost", U::Money, B::Neither, false,
     [](const Totals& t) { return some(t.incremental_cost); }},
    {"economic_cost", "Economic cost", U::Money, B::Neither, false,
     [](const Totals& t) { return some(t.economic_cost); }},
    {"learner_hours", "Learner hours", U::Hours, B::Neither, false,
     [](const Totals& t) { return some(t.learner_hours); }},
    {"manager_hours", "Manager hours", U::Hours, B::Neither, false,
     [](const Totals& t) { return some(t.manager_hours); }},
    {"learners", "Learners (people)", U::People, B::Neither, true,
     [](const Totals& t) { return some(t.learners); }},
    {"enrolments", "Enrolments (places)", U::People, B::Neither, true,
     [](const Totals& t) { return some(t.enrolments); }},
    {"capable_employees", "Capable employees", U::People, B::Higher, false,
     [](const Totals& t) { return some(t.capable_employees); }},
    {"cost_per_learner", "Cost per learner", U::Money, B::Lower, false,
     [](const Totals& t) { return some(t.cost_per_learner); }},
    {"cost_per_capable_employee", "Cost per capable employee", U::Money, B::Lower, false,
     [](const Totals& t) { return t.capable_employees > 1e-9 ? some(t.cost_per_capable_employee) : none(); },
     "no one capable"},
    {"hours_saved_per_week", "Hours saved per week at horizon end", U::HoursPerWeek, B::Higher, false,
     [](const Totals& t) { return some(t.hours_saved_per_week); }},
    {"fte_returned", "FTE returned at horizon end", U::Fte, B::Higher, false,
     [](const Totals& t) { return some(t.fte_returned); }},
    {"hours_saved_per_week_month12", "Hours saved per week at month 12", U::HoursPerWeek, B::Higher, false,
     [](const Totals& t) { return some(t.hours_saved_per_week_month12); }},
    {"fte_returned_month12", "FTE returned at month 12", U::Fte, B::Higher, false,
     [](const Totals& t) { return some(t.fte_returned_month12); }},
    {"benefits", "Benefits", U::Money, B::Higher, false, [](const Totals& t) { return some(t.benefits); }},
    {"roi_pct", "ROI", U::Percent, B::Higher, false,
     [](const Totals& t) { return t.roi_defined ? some(t.roi_pct) : none(); }, "no cost"},
    {"bcr", "Benefit-cost ratio", U::Ratio, B::Higher, false,
     [](const Totals& t) { return t.roi_defined ? some(t.bcr) : none(); }, "no cost"},
    {"payback_month", "Payback month", U::Month, B::Lower, true,
     [](const Totals& t) { return month(t.payback_month); }},
    {"npv", "NPV", U::Money, B::Higher, false, [](const Totals& t) { return some(t.npv); }},
    {"economic_roi_pct", "Economic ROI", U::Percent, B::Higher, false,
     [](const Totals& t) { return t.economic_roi_defined ? some(t.economic_roi_pct) : none(); }, "no cost"},
    {"economic_bcr", "Economic benefit-cost ratio", U::Ratio, B::Higher, false,
     [](const Totals& t) { return t.economic_roi_defined ? some(t.economic_bcr) : none(); }, "no cost"},
    {"economic_payback_month", "Economic payback month", U::Month, B::Lower, true,
     [](const Totals& t) { return month(t.economic_payback_month); }},
    {"economic_npv", "Economic NPV", U::Money, B::Higher, false,
     [](const Totals& t) { return some(t.economic_npv); }},
    {"months_to_target", "Months to target", U::Month, B::Lower, true,
     [](const Totals& t) { return month(t.months_to_target); }},
    {"target_met_by_deadline", "Target met by its deadline", U::YesNo, B::Higher, false,
     [](const Totals& t) { return some(t.target_met_by_deadline ? 1.0 : 0.0); }},
    {"planned_learners", "Planned enrolments", U::People, B::Neither, true,
     [](const Totals& t) { return some(t.planned_learners); }},
    {"sunk_cost", "Sunk cost", U::Money, B::Neither, false,
     [](const Totals& t) { return some(t.sunk_cost); }},
    {"dip_hours", "Productivity dip hours", U::Hours, B::Lower, false,
     [](const Totals& t) { return some(t.dip_hours); }},
    {"practice_hours", "Practice hours", U::Hours, B::Neither, false,
     [](const Totals& t) { return some(t.practice_hours); }},
};

}  // namespace

const char* unit_id(FigureUnit u) {
  static const char* const kIds[] = {"money", "percent", "ratio", "month", "hours_per_week",
                                     "fte",   "people",  "hours", "yes_no"};
  return kIds[static_cast<int>(u)];
}

const FigureSpec* figures_begin() { return std::begin(kFigures); }
const FigureSpec* figures_end() { return std::end(kFigures); }

const FigureSpec* find_figure(const std::string& key) {
  for (const FigureSpec& f : kFigures)
    if (key == f.key) return &f;
  return nullptr;
}

const FigureSpec& figure(const char* key) {
  const FigureSpec* f = find_figure(key);
  if (!f) std::abort();  // a view asked for a key the table does not have
  return *f;
}

}  // namespace planner
