// scenario_generator.h — the one wide generator every property test draws from.
//
// Seeded with our own xorshift (test::Rng), so native and wasm draw the same
// scenarios. Every generated scenario validates. It varies what the model
// reads: 1-5 tiers, 1-20 segments, several models per tier with every cost
// basis, completion and application from 0 to 1, people already at every
// tier, readiness, attribution and confidence, practice time, productivity
// dip, decay and reinforcement, waves, first wave, capacity, caps on and off.
// Options pin what a property needs held still.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include "engine_fixtures.h"

namespace planner::test {

struct GenOptions {
  enum class Cap { Random, On, Off };
  Cap spend_cap = Cap::Random;
  bool generous_capacity = false;  // nothing but tier order holds a group back; 10-year horizon
  bool only_linear_bases = false;  // cost linear in learners (no seats by whole month, no engagements)
  bool all_reinforced = false;     // no skill decay anywhere
};

// Scenarios per property: 2,000 natively; fewer as wasm under node (slower,
// and the same code: the native run carries the breadth).
#ifdef __EMSCRIPTEN__
constexpr int kPropertyScenarios = 300;
#else
constexpr int kPropertyScenarios = 2000;
#endif

// A sorted triple in [lo, hi] on a grid of `steps`.
inline Range ordered_range(Rng& rng, double lo, double hi, int steps) {
  double v[3];
  for (double& x : v) x = lo + (hi - lo) * rng.between(0, steps) / steps;
  std::sort(v, v + 3);
  return {v[0], v[1], v[2]};
}

inline Scenario wide_scenario(std::uint64_t seed, const GenOptions& o = {}) {
  Rng rng(seed);
  Scenario s = tiny();
  s.title = "generated " + std::to_string(seed);
  s.org.horizon_months = o.generous_capacity ? 120 : rng.between(6, 60);
  s.org.discount_rate_annual = rng.between(0, 20) / 100.0;

  const int K = rng.between(1, 5);
  s.framework.tiers.clear();
  double uplift = 0;
  for (int k = 0; k < K; ++k) {
    Tier t;
    t.name = "T" + std::to_string(k + 1);
    t.learning_hours = ordered_range(rng, 0, 60, 12);
    uplift += rng.between(0, 12) / 100.0;
    // likely never falls with the tier (validate); low and high may cross tiers
    t.uplift = {uplift * (rng.between(50, 100) / 100.0), uplift,
                std::min(1.0, uplift * (rng.between(100, 150) / 100.0))};
    t.ramp_weeks = rng.between(0, 12);
    s.framework.tiers.push_back(t);
  }

  const int J = rng.between(1, 6);
  s.models.clear();
  for (int j = 0; j < J; ++j) {
    DeliveryModel m;
    m.id = "m" + std::to_string(j);
    m.name = "Model " + std::to_string(j);
    const int basis = rng.between(0, o.only_linear_bases ? 2 : 4);
    m.basis = basis == 0   ? CostBasis::PerLearner
              : basis == 1 ? CostBasis::PerLearnerWeek
              : basis == 2 ? CostBasis::PerLearnerMonth
              : basis == 3 ? CostBasis::PerSeatMonth
                           : CostBasis::PerEngagement;
    m.cost = ordered_range(rng, 0, basis == 4 ? 200000.0 : 2000.0, 40);
    m.sunk = basis == 3 && rng.between(0, 3) == 0;
    m.duration_weeks = ordered_range(rng, 1, 40, 39);
    m.group = static_cast<GroupKind>(rng.between(0, 4));
    m.group_size = rng.between(1, 25);
    m.needs_manager = rng.between(0, 1) == 1;
    m.needs_coach = rng.between(0, 3) == 0;
    m.manager_hours_per_week = rng.between(0, 6) / 2.0;
    m.completion_rate = ordered_range(rng, 0, 1, 20);
    m.application_rate = ordered_range(rng, 0, 1, 20);
    m.reinforces = o.all_reinforced || rng.between(0, 2) == 0;
    m.decay_half_life_months = rng.between(0, 1) == 1 ? rng.between(1, 24) : 0;  // 0: the adjustments' range
    m.min_tier = rng.between(0, K - 1);
    m.max_tier = rng.between(m.min_tier, K - 1);
    s.models.push_back(m);
  }
  // Every tier has a default model that can deliver it.
  for (int k = 0; k < K; ++k) {
    int pick = -1;
    for (int tries = 0; tries < 8 && pick < 0; ++tries) {
      const int j = rng.between(0, J - 1);
      if (s.models[j].min_tier <= k && k <= s.models[j].max_tier) pick = j;
    }
    if (pick < 0) {
      pick = rng.between(0, J - 1);
      s.models[pick].min_tier = std::min(s.models[pick].min_tier, k);
      s.models[pick].max_tier = std::max(s.models[pick].max_tier, k);
    }
    s.framework.tiers[k].default_model = s.models[pick].id;
  }

  const int S = rng.between(1, 20);
  s.segments.clear();
  for (int i = 0; i < S; ++i) {
    Segment g;
    g.name = "S" + std::to_string(i + 1);
    g.headcount = rng.between(0, 4) == 0 ? rng.between(1, 12) : rng.between(10, 400);
    g.hourly_cost = rng.between(20, 120);
    g.addressable_hours_week = rng.between(0, 30);
    g.current_at_tier.assign(K, 0);
    int left = g.headcount;
    for (int k = 0; k < K; ++k) {
      const int n = rng.between(0, 2) == 0 ? rng.between(0, left / 3) : 0;
      g.current_at_tier[k] = n;
      left -= n;
    }
    double share = rng.between(0, 5) == 0 ? rng.between(10, 20) / 20.0 : 1.0;
    for (int k = 0; k < K; ++k) {
      g.target_share.push_back(share);
      share = rng.between(0, static_cast<int>(share * 20 + 0.5)) / 20.0;
    }
    g.wave = rng.between(1, 3);
    g.managers = rng.between(1, 6);
    s.segments.push_back(g);
  }

  s.plan.clear();
  for (int k = 0; k < K; ++k) {
    if (rng.between(0, 3) == 0) {  // a row for every segment
      const int j = rng.between(0, J - 1);
      if (s.models[j].min_tier <= k && k <= s.models[j].max_tier)
        s.plan.push_back({-1, k, s.models[j].id, 0.5});
      continue;
    }
    for (int i = 0; i < S; ++i) {
      double left = 1.0;
      for (int row = rng.between(0, 2); row > 0; --row) {
        const int j = rng.between(0, J - 1);
        if (s.models[j].min_tier > k || k > s.models[j].max_tier) continue;
        const double share = std::min(left, rng.between(1, 4) / 4.0);
        if (!(share > 0)) break;
        s.plan.push_back({i, k, s.models[j].id, share});
        left -= share;
      }
    }
  }

  s.capacity.max_parallel_groups = rng.between(1, 8);
  s.capacity.coaches = rng.between(1, 6);
  s.capacity.stagger_weeks = rng.between(0, 4);
  s.capacity.first_wave_share = rng.between(0, 2) == 0 ? rng.between(1, 6) * 0.05 : 0.0;
  const bool capped = o.spend_cap == GenOptions::Cap::On ||
                      (o.spend_cap == GenOptions::Cap::Random && rng.between(0, 2) == 0);
  s.capacity.monthly_spend_cap = capped ? rng.between(1, 200) * 1000.0 : 0.0;

  Readiness& r = s.readiness;
  r.learning_climate = rng.between(1, 5);
  r.organisational_systems = rng.between(1, 5);
  r.job_design = rng.between(1, 5);
  r.manager_support = rng.between(1, 5);
  r.incentives = rng.between(1, 5);
  r.practice_hours_week = rng.between(0, 4) / 2.0;
  r.productivity_dip = rng.between(0, 30) / 100.0;

  Adjustments& a = s.adjustments;
  a.overhead = rng.between(0, 20) / 100.0;
  a.contingency = rng.between(0, 20) / 100.0;
  a.attribution = rng.between(1, 20) / 20.0;
  a.confidence = rng.between(1, 20) / 20.0;
  a.decay_half_life_months = ordered_range(rng, 3, 24, 21);

  if (o.generous_capacity) {
    s.capacity.max_parallel_groups = 100000;
    s.capacity.coaches = 100000;
    s.capacity.stagger_weeks = 0;
    s.capacity.monthly_spend_cap = 0;
    for (Segment& g : s.segments) g.managers = 100000;
  }
  s.target.tier = rng.between(0, K - 1);
  s.target.share = rng.between(1, 20) / 20.0;
  s.target.by_month = rng.between(1, s.org.horizon_months);
  s.target.count_applying = rng.between(0, 3) != 0;
  return s;
}

}  // namespace planner::test
