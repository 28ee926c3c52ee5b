// uncertainty_json.cpp — see uncertainty_json.h. Sections: helpers (finite
// numbers, months, plans, scores), then one writer per document.
#include "io/uncertainty_json.h"

#include <cmath>

#include "core/actuals.h"
#include "core/names.h"
#include "io/json_text.h"

namespace planner::io {
namespace {

// The engine never produces NaN/infinity; if one slipped through, null is
// honest where a number would lie.
Json num(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
Json month_or_null(int m) { return m < 0 ? Json(nullptr) : Json(m); }

Json spread_json(const mc::Spread& s) {
  Json j = Json::object();
  j["p10"] = num(s.p10);
  j["p50"] = num(s.p50);
  j["p90"] = num(s.p90);
  j["mean"] = num(s.mean);
  j["min"] = num(s.min);
  j["max"] = num(s.max);
  return j;
}

Json plan_json(const Scenario& s, const mc::DecisionSpace& d, const mc::Plan& p) {
  Json j = Json::object();
  j["description"] = mc::describe_plan(s, d, p);
  j["max_parallel_groups"] = d.parallel_levels[p.parallel];
  Json tiers = Json::array();
  for (int k = 0; k < d.tiers; ++k) {
    Json t = Json::object();
    t["tier"] = k;
    t["name"] = s.framework.tiers[k].name;
    t["model"] = d.tier_models[k].empty() ? Json(nullptr) : Json(s.models[d.tier_models[k][p.model[k]]].id);
    Json shares = Json::array();
    for (int seg = 0; seg < d.segments; ++seg) shares.push_back(d.share_levels[p.share[seg * d.tiers + k]]);
    t["target_share"] = shares;  // per segment, in scenario order
    tiers.push_back(t);
  }
  j["tiers"] = tiers;
  return j;
}

Json score_json(const mc::Score& sc) {
  Json j = Json::object();
  j["cost"] = num(sc.cost);
  j["capability"] = num(sc.capability);
  j["people"] = num(sc.people);
  j["benefits"] = num(sc.benefits);
  j["months_to_target"] = month_or_null(sc.months_to_target);
  j["meets_target"] = sc.meets_target;
  return j;
}

Json target_json(const Scenario& s) {
  Json j = Json::object();
  j["share"] = s.target.share;
  j["tier"] = s.target.tier;
  j["by_month"] = s.target.by_month;
  j["count_applying"] = s.target.count_applying;
  return j;
}

}  // namespace

const char* distribution_name(Distribution d) { return enum_id(d); }

std::string simulation_to_json(const Scenario& s, const mc::SimulationSummary& sim, bool pretty) {
  Json j = Json::object();
  j["currency"] = s.org.currency_code;
  j["samples"] = sim.samples_done;
  j["samples_requested"] = sim.samples_requested;
  j["seed"] = sim.seed;
  j["distribution"] = distribution_name(sim.distribution);
  j["uncertain_inputs"] = sim.uncertain_inputs;
  j["horizon_months"] = sim.horizon_months;
  // The Monte Carlo on the forecast (issue 15): the as-of month its draws
  // continue from; absent when the draws run on the plan.
  if (sim.forecast_from_month > 0) {
    Json from = Json::object();
    from["month"] = sim.forecast_from_month;
    from["label"] = plan_month_name(s.org, sim.forecast_from_month);
    j["forecast_from"] = std::move(from);
  }
  j["target"] = target_json(s);
  Json outputs = Json::object();
  for (int o = 0; o < mc::kOutputCount; ++o)
    outputs[mc::output_id(static_cast<mc::Output>(o))] = spread_json(sim.outputs[o]);
  j["outputs"] = outputs;
  j["months_never_note"] = "payback_month and months_to_target count 'not within horizon' as horizon + 1";
  j["chance_roi_positive"] = num(sim.chance_roi_positive);
  j["chance_target_met"] = num(sim.chance_target_met);
  j["share_never_pays_back"] = num(sim.share_never_pays_back);
  j["share_target_never_met"] = num(sim.share_target_never_met);
  Json band = Json::array();
  for (size_t m = 0; m < sim.band_p50.size(); ++m) {
    Json b = Json::object();
    b["month"] = static_cast<int>(m) + 1;
    b["p10"] = num(sim.band_p10[m]);
    b["p50"] = num(sim.band_p50[m]);
    b["p90"] = num(sim.band_p90[m]);
    band.push_back(b);
  }
  j["cumulative_net_band"] = band;
  Json h = Json::object();
  h["output"] = mc::output_id(sim.histogram_output);
  h["lo"] = num(sim.histogram.lo);
  h["hi"] = num(sim.histogram.hi);
  h["counts"] = sim.histogram.counts;
  j["histogram"] = h;
  return dump_json(j, pretty);
}

std::string tornado_to_json(const Scenario& s, const mc::Tornado& t, bool pretty) {
  Json j = Json::object();
  j["currency"] = s.org.currency_code;
  j["output"] = mc::output_id(t.output);
  j["base"] = num(t.base);
  Json bars = Json::array();
  for (const mc::TornadoBar& b : t.bars) {
    Json e = Json::object();
    e["input"] = b.input.path;
    e["name"] = b.input.name;
    e["low"] = num(b.input_low);
    e["high"] = num(b.input_high);
    e["output_at_low"] = num(b.output_at_low);
    e["output_at_high"] = num(b.output_at_high);
    e["swing"] = num(b.swing());
    bars.push_back(e);
  }
  j["bars"] = bars;
  return dump_json(j, pretty);
}

std::string frontier_to_json(const Scenario& s, const mc::FrontierReport& f, bool pretty) {
  Json j = Json::object();
  j["currency"] = s.org.currency_code;
  j["measure"] = mc::capability_id(f.measure);
  j["target"] = target_json(s);
  j["exhaustive"] = f.exhaustive;
  j["plans_in_space"] = num(f.space_size);
  j["evaluations"] = f.evaluations;
  j["current"] = score_json(f.current);
  Json pts = Json::array();
  for (const mc::Candidate& c : f.points) {
    Json p = score_json(c.score);
    p["plan"] = plan_json(s, f.space, c.plan);
    pts.push_back(p);
  }
  j["points"] = pts;
  return dump_json(j, pretty);
}

std::string seek_to_json(const Scenario& s, const mc::SeekReport& r, bool pretty) {
  Json j = Json::object();
  j["currency"] = s.org.currency_code;
  j["target"] = target_json(s);
  j["feasible"] = r.feasible;
  j["message"] = r.message;
  j["binding"] = r.binding;
  j["score"] = score_json(r.best.score);
  j["plan"] = r.best.plan.share.empty() ? Json(nullptr) : plan_json(s, r.space, r.best.plan);
  j["current"] = score_json(r.current);
  j["evaluations"] = r.evaluations;
  return dump_json(j, pretty);
}

}  // namespace planner::io
