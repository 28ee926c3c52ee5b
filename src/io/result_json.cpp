// result_json.cpp — the results document (see result_json.h and
// docs/schema.md, "Results document").
//
// Sections: names (unique keys for by-name objects), totals, schedule,
// monthly, public API.
#include "io/result_json.h"

#include "core/constraints.h"
#include "core/figures.h"
#include "core/names.h"
#include "io/format.h"
#include "io/json_text.h"

namespace planner::io {
namespace {

// Keys for objects "by model / tier / segment". Two segments may share a name;
// the second becomes "Sales (2)" so no figure is lost to a key collision.
std::vector<std::string> unique_names(std::vector<std::string> names, const char* noun) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    names[i] = row_name(names[i], noun, static_cast<int>(i));
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
    models = unique_names(models, "model");
    tiers = unique_names(tiers, "tier");
    segments = unique_names(segments, "segment");
  }
};

// -1 means "not within the horizon": null in the document.
Json month_or_null(int month) { return month < 0 ? Json(nullptr) : Json(month); }

// Every row of the figures table (core/figures.h), in its order. A figure
// with no value (not within the horizon, no cost, nobody capable) is null,
// never a made-up 0.
Json totals_json(const Totals& t) {
  Json j = Json::object();
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f)
    j[f->key] = figure_json(*f, f->read(t));
  return j;
}

// The same rows as people read them (io/format.h, in the plan's currency):
// what the reader and the summary show, for checking a view against the CLI.
Json totals_text_json(const Totals& t, const std::string& symbol) {
  Json j = Json::object();
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f)
    j[f->key] = figure_text_explained(*f, f->read(t), symbol);
  return j;
}

std::string name_at(const std::vector<std::string>& names, int i, const char* noun) {
  return i >= 0 && static_cast<std::size_t>(i) < names.size() ? names[i] : row_name("", noun, i);
}

Json outcome_json(const Outcome& o) {
  Json j = Json::object();
  j["months_to_target"] = month_or_null(o.months_to_target);
  j["last_end_week"] = o.last_end_week;
  j["unscheduled_learners"] = o.unscheduled_learners;
  return j;
}

// Each capacity constraint whose relaxation alone changes the outcome, with
// the smallest relaxation that buys it (core/constraints.h).
Json binding_json(const Scenario& s, Case c) {
  Json list = Json::array();
  for (const BindingConstraint& b : binding_constraints(s, c)) {
    Json j = Json::object();
    j["constraint"] = constraint_name(b.constraint);
    j["relax_by"] = b.constraint == Constraint::SpendCap ? Json(nullptr) : Json(b.amount);
    j["cap_needed"] = b.constraint != Constraint::SpendCap ? Json(nullptr)
                      : b.cap_needed > 0                   ? Json(b.cap_needed)
                                                           : Json("none");
    j["before"] = outcome_json(b.before);
    j["after"] = outcome_json(b.after);
    j["text"] = binding_text(b, s.org.currency_symbol);
    list.push_back(std::move(j));
  }
  return list;
}

Json schedule_json(const Names& names, const Schedule& sch) {
  Json groups = Json::array();
  for (const auto& g : sch.groups) {
    Json j = Json::object();
    j["segment"] = name_at(names.segments, g.segment, "segment");
    j["tier"] = name_at(names.tiers, g.tier, "tier");
    j["tier_index"] = g.tier;
    j["model"] = name_at(names.models, g.model, "model");
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

Json by_name(const std::vector<double>& v, int m, int width, const std::vector<std::string>& names,
             const char* noun) {
  Json j = Json::object();
  for (int k = 0; k < width; ++k) j[name_at(names, k, noun)] = flat_at(v, m, width, k);
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
    j["cost_by_model"] = by_name(r.cost_by_model, m, r.models, names.models, "model");
    j["cost_by_tier"] = by_name(r.cost_by_tier, m, r.tiers, names.tiers, "tier");
    j["cost_by_segment"] = by_name(r.cost_by_segment, m, r.segments, names.segments, "segment");
    j["trained_at_tier"] = by_name(r.trained_at_tier, m, r.tiers, names.tiers, "tier");
    j["applying_at_tier"] = by_name(r.applying_at_tier, m, r.tiers, names.tiers, "tier");
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
    j[name_at(names.models, k, "model")] = std::move(m);
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
  doc["schedule"]["binding_constraints"] = binding_json(s, c);
  doc["monthly"] = monthly_json(names, r);
  return dump_json(doc, pretty);
}

std::string figures_text_json(const Scenario& s, Case c, const Result& r) {
  Json doc = Json::object();
  doc["case"] = case_name(c);
  doc["figures"] = totals_text_json(r.totals, s.org.currency_symbol);
  return dump_json(doc, true);
}

Json figure_json(const FigureSpec& f, const FigureValue& v) {
  if (!v.defined) return nullptr;
  if (f.unit == FigureUnit::YesNo) return v.value != 0;
  if (f.whole) return static_cast<long long>(v.value);
  return v.value;
}

const char* case_name(Case c) { return enum_id(c); }

bool parse_case(const std::string& text, Case& out) { return parse_enum(text, out); }

}  // namespace planner::io
