// engine_fixtures.h — small scenarios whose numbers can be worked by hand.
//
// tiny(): one tier, one model, one segment of 10, and every adjustment that
// would blur the arithmetic switched off (no overhead, contingency, practice
// time, dip; attribution, confidence, completion and application all 1;
// neutral readiness = multiplier 1; no decay). Tests change what they pin.
#pragma once

#include <cmath>
#include <cstdint>

#include "core/evaluate.h"

namespace planner::test {

inline Scenario tiny() {
  Scenario s;
  s.title = "tiny";
  s.org.horizon_months = 24;
  s.org.discount_rate_annual = 0.10;
  Tier t;
  t.name = "T1";
  t.learning_hours = Range::fixed(10);
  t.uplift = Range::fixed(0.1);
  t.ramp_weeks = 0;
  t.default_model = "m";
  s.framework.tiers = {t};
  DeliveryModel m;
  m.id = "m";
  m.name = "Model";
  m.basis = CostBasis::PerLearner;
  m.cost = Range::fixed(100);
  m.duration_weeks = Range::fixed(4);
  m.group = GroupKind::Cohort;
  m.group_size = 10;
  m.needs_manager = false;
  m.needs_coach = false;
  m.manager_hours_per_week = 0;
  m.completion_rate = Range::fixed(1);
  m.application_rate = Range::fixed(1);
  m.reinforces = true;
  m.min_tier = 0;
  m.max_tier = 0;
  s.models = {m};
  Segment g;
  g.name = "S";
  g.headcount = 10;
  g.hourly_cost = 50;
  g.addressable_hours_week = 10;
  g.current_at_tier = {0};
  g.target_share = {1.0};
  g.managers = 1;
  s.segments = {g};
  s.capacity.max_parallel_groups = 10;
  s.capacity.coaches = 0;
  s.capacity.first_wave_share = 0;
  s.capacity.monthly_spend_cap = 0;
  s.readiness.practice_hours_week = 0;
  s.readiness.productivity_dip = 0;
  s.adjustments.overhead = 0;
  s.adjustments.contingency = 0;
  s.adjustments.attribution = 1;
  s.adjustments.confidence = 1;
  s.target.share = 1.0;
  s.target.tier = 0;
  s.target.by_month = 12;
  return s;
}

// Adds a second tier (uplift 0.3) delivered by model "m2" (a copy of "m").
inline Scenario two_tiers() {
  Scenario s = tiny();
  Tier t = s.framework.tiers[0];
  t.name = "T2";
  t.uplift = Range::fixed(0.3);
  t.default_model = "m2";
  s.framework.tiers.push_back(t);
  DeliveryModel m2 = s.models[0];
  m2.id = "m2";
  m2.min_tier = 1;
  m2.max_tier = 1;
  s.models.push_back(m2);
  s.segments[0].current_at_tier = {0, 0};
  s.segments[0].target_share = {1.0, 1.0};
  return s;
}

inline double sum(const std::vector<double>& v) {
  double x = 0;
  for (double d : v) x += d;
  return x;
}

// True if every number in the result is finite.
inline bool all_finite(const Result& r) {
  for (const auto* v : {&r.cash_cost, &r.incremental_cost, &r.economic_cost, &r.hours_saved_per_week,
                        &r.value, &r.cumulative_net, &r.cost_by_model, &r.cost_by_tier, &r.cost_by_segment,
                        &r.trained_at_tier, &r.applying_at_tier, &r.learners_by_model, &r.capable_by_model,
                        &r.incremental_cost_by_model, &r.cost_per_capable_by_model})
    for (double d : *v)
      if (!std::isfinite(d)) return false;
  const Totals& t = r.totals;
  for (double d :
       {t.cash_cost, t.incremental_cost, t.economic_cost, t.learner_hours, t.manager_hours,
        t.capable_employees, t.cost_per_learner, t.cost_per_capable_employee, t.hours_saved_per_week,
        t.fte_returned, t.benefits, t.roi_pct, t.bcr, t.npv, t.sunk_cost, t.dip_hours, t.practice_hours})
    if (!std::isfinite(d)) return false;
  return true;
}

// A tiny deterministic generator (no std distributions: native and wasm
// must draw the same numbers). xorshift64*.
struct Rng {
  std::uint64_t state;
  explicit Rng(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
  int between(int lo, int hi) {
    return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  double unit() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
};

}  // namespace planner::test
