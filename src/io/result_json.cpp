// result_json.cpp — the results document (see result_json.h and
// docs/schema.md, "Results document").
//
// Sections: names (unique keys for by-name objects), totals, schedule,
// monthly, public API.
#include "io/result_json.h"

#include "io/json_text.h"

namespace planner::io {
namespace {

// Keys for objects "by model / tier / segment". Two segments may share a name;
// the second becomes "Sales (2)" so no figure is lost to a key collision.
std::vector<std::string> unique_names(std::vector<std::string> names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) names[i] = "#" + std::to_string(i + 1);
    int n = 1;
    const std::string base = names[i];
    for (std::size_t k = 0; k < i; ++k)
      if (names[k] == names[i]) {
        names[i] = base + " (" + std::to_string(++n) + ")";
        k = static_cast<std::size_t>(-1);  // check again from the start
      }
  }
  return names;
}

struct Names {
  std::vector<std::string> models, tiers, segments;
  explicit Names(const Scenario& s) {
    for (const auto& m : s.models) models.push_back(m.id);
    for (const auto& t : s.framework.tiers) tiers.push_back(t.name);
    for (const auto& g : s.segments) segments.push_back(g.name);
    models = unique_names(models);
    tiers = unique_names(tiers);
    segments = unique_names(segments);
  }
};

// -1 means "not within the horizon": null in the document.
Json month_or_null(int month) { return month < 0 ? Json(nullptr) : Json(month); }

// ROI and BCR have no value when the plan costs nothing: null, never 0.
Json defined_or_null(bool defined, double v) { return defined ? Json(v) : Json(nullptr); }

Json totals_json(const Totals& t) {
  Json j = Json::object();
  j["cash_cost"] = t.cash_cost;
  j["incremental_cost"] = t.incremental_cost;
  j["economic_cost"] = t.economic_cost;
  j["learner_hours"] = t.learner_hours;
  j["manager_hours"] = t.manager_hours;
  j["learners"] = t.learners;      // distinct people
  j["enrolments"] = t.enrolments;  // places: a person in two tiers counts twice
  j["capable_employees"] = t.capable_employees;
  j["cost_per_learner"] = t.cost_per_learner;
  j["cost_per_capable_employee"] = t.cost_per_capable_employee;
  j["hours_saved_per_week"] = t.hours_saved_per_week;  // at horizon end
  j["fte_returned"] = t.fte_returned;                  // at horizon end
  j["hours_saved_per_week_month12"] = t.hours_saved_per_week_month12;
  j["fte_returned_month12"] = t.fte_returned_month12;
  j["benefits"] = t.benefits;
  j["roi_pct"] = defined_or_null(t.roi_defined, t.roi_pct);
  j["bcr"] = defined_or_null(t.roi_defined, t.bcr);
  j["payback_month"] = month_or_null(t.payback_month);
  j["npv"] = t.npv;
  j["economic_roi_pct"] = defined_or_null(t.economic_roi_defined, t.economic_roi_pct);
  j["economic_bcr"] = defined_or_null(t.economic_roi_defined, t.economic_bcr);
  j["economic_payback_month"] = month_or_null(t.economic_payback_month);
  j["economic_npv"] = t.economic_npv;
  j["months_to_target"] = month_or_null(t.months_to_target);
  j["target_met_by_deadline"] = t.target_met_by_deadline;
  j["planned_learners"] = t.planned_learners;
  j["sunk_cost"] = t.sunk_cost;
  j["dip_hours"] = t.dip_hours;
  j["practice_hours"] = t.practice_hours;
  return j;
}

std::string name_at(const std::vector<std::string>& names, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < names.size() ? names[i] : "#" + std::to_string(i);
}

Json schedule_json(const Names& names, const Schedule& sch) {
  Json groups = Json::array();
  for (const auto& g : sch.groups) {
    Json j = Json::object();
    j["segment"] = name_at(names.segments, g.segment);
    j["tier"] = name_at(names.tiers, g.tier);
    j["tier_index"] = g.tier;
    j["model"] = name_at(names.models, g.model);
    j["learners"] = g.learners;
    j["start_week"] = g.start_week;
    j["end_week"] = g.end_week;
    j["wave"] = g.wave;
    j["delayed_by"] = constraint_name(g.delayed_by);
    groups.push_back(std::move(j));
  }
  Json j = Json::object();
  j["groups"] = std::move(groups);
  j["peak_concurrent"] = sch.peak_concurrent;
  j["binding"] = constraint_name(sch.binding);
  j["last_end_week"] = sch.last_end_week;
  j["unscheduled_groups"] = sch.unscheduled_groups;
  j["unscheduled_learners"] = sch.unscheduled_learners;
  return j;
}

// Entry [m * width + k] of a flat series, or 0 past its end (never reads out
// of bounds, whatever a caller passes in).
double flat_at(const std::vector<double>& v, int m, int width, int k) {
  const std::size_t i =
      static_cast<std::size_t>(m) * static_cast<std::size_t>(width) + static_cast<std::size_t>(k);
  return i < v.size() ? v[i] : 0.0;
}

Json by_name(const std::vector<double>& v, int m, int width, const std::vector<std::string>& names) {
  Json j = Json::object();
  for (int k = 0; k < width; ++k) j[name_at(names, k)] = flat_at(v, m, width, k);
  return j;
}

Json monthly_json(const Names& names, const Result& r) {
  Json months = Json::array();
  for (int m = 0; m < r.months; ++m) {
    Json j = Json::object();
    j["month"] = m + 1;
    j["cash_cost"] = flat_at(r.cash_cost, m, 1, 0);
    j["incremental_cost"] = flat_at(r.incremental_cost, m, 1, 0);
    j["economic_cost"] = flat_at(r.economic_cost, m, 1, 0);
    j["hours_saved_per_week"] = flat_at(r.hours_saved_per_week, m, 1, 0);
    j["value"] = flat_at(r.value, m, 1, 0);
    j["cumulative_net"] = flat_at(r.cumulative_net, m, 1, 0);
    j["cost_by_model"] = by_name(r.cost_by_model, m, r.models, names.models);
    j["cost_by_tier"] = by_name(r.cost_by_tier, m, r.tiers, names.tiers);
    j["cost_by_segment"] = by_name(r.cost_by_segment, m, r.segments, names.segments);
    j["trained_at_tier"] = by_name(r.trained_at_tier, m, r.tiers, names.tiers);
    j["applying_at_tier"] = by_name(r.applying_at_tier, m, r.tiers, names.tiers);
    months.push_back(std::move(j));
  }
  return months;
}

// What a capability costs through each model over the horizon [JAIN].
Json by_model_json(const Names& names, const Result& r) {
  Json j = Json::object();
  for (int k = 0; k < r.models; ++k) {
    Json m = Json::object();
    m["learners"] = flat_at(r.learners_by_model, k, 1, 0);
    m["capable"] = flat_at(r.capable_by_model, k, 1, 0);
    m["incremental_cost"] = flat_at(r.incremental_cost_by_model, k, 1, 0);
    m["cost_per_capable"] = flat_at(r.cost_per_capable_by_model, k, 1, 0);
    j[name_at(names.models, k)] = std::move(m);
  }
  return j;
}

}  // namespace

std::string result_to_json(const Scenario& s, Case c, const Result& r, bool pretty) {
  const Names names(s);
  Json doc = Json::object();
  doc["scenario"] = s.title;
  doc["case"] = case_name(c);
  doc["currency"] = s.org.currency_code;
  doc["currency_symbol"] = s.org.currency_symbol;
  doc["totals"] = totals_json(r.totals);
  doc["by_model"] = by_model_json(names, r);
  doc["schedule"] = schedule_json(names, r.schedule);
  doc["monthly"] = monthly_json(names, r);
  return dump_json(doc, pretty);
}

const char* case_name(Case c) { return c == Case::Low ? "low" : c == Case::High ? "high" : "likely"; }

bool parse_case(const std::string& text, Case& out) {
  if (text == "low")
    out = Case::Low;
  else if (text == "likely")
    out = Case::Likely;
  else if (text == "high")
    out = Case::High;
  else
    return false;
  return true;
}

}  // namespace planner::io
