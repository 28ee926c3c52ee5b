// sample_scenarios.h — scenarios built in code for the io tests: one with
// every field away from its default, and a generator of valid random ones.
#pragma once

#include <cstdint>
#include <string>

#include "core/scenario.h"
#include "support/rng.h"
#include "support/scenario_builder.h"

namespace planner::testing {

// Valid; every field of every record differs from its C++ default, so a
// field the JSON forgets cannot round-trip by accident.
inline Scenario rich_scenario() {
  using test::ModelSpec;
  using test::SegmentSpec;
  // Grouped programmes of 2+ weeks stagger their starts by 3 weeks.
  const ModelSpec coaching = test::team_coaching()
                                 .manager(true, 2)
                                 .completion({0.85, 0.9, 0.95})
                                 .application({0.47, 0.55, 0.62})
                                 .stagger(3)
                                 .tiers(1, 2)
                                 .source("Leland");
  return test::ScenarioBuilder()
      .title("Rich \"quoted\" plan, ünïcode ✓", "Line one\nline two\twith tab")
      .org({"Acme GmbH", "EUR", "€", 2028, 4, 24, 0.07, 1720, 61.5})
      .framework("Three tiers (custom)")
      .tier({"Literacy", "everyone", {4, 6, 9}, {0.02, 0.05, 0.08}, 2, "platform", "Leland"})
      .tier({"Fluency", "knowledge workers", {10, 14, 20}, {0.06, 0.1, 0.15}, 6, "coaching", "Leland"})
      .tier(
          {"Integration", "team leads", {20, 30, 45}, {0.12, 0.2, 0.3}, 8, "consulting", "Dell'Acqua et al."})
      .model(test::self_paced_platform()
                 .sunk()
                 .completion({0.8, 0.85, 0.9})
                 .application({0.3, 0.4, 0.5})
                 .decay(9)
                 .source("Leland: $20-50 per seat per month"))
      .model(coaching)
      .model(ModelSpec(coaching)
                 .id("consulting")
                 .name("Consulting engagement")
                 .basis(CostBasis::PerEngagement)
                 .cost({200000, 400000, 1000000})
                 .group(GroupKind::Department, 40)
                 .tiers(2, 2))
      .model(ModelSpec(coaching)
                 .id("cohort")
                 .basis(CostBasis::PerLearnerMonth)
                 .cost({500, 600, 700})
                 .group(GroupKind::Cohort, 10))
      .model(ModelSpec(coaching)
                 .id("workshop")
                 .basis(CostBasis::PerLearner)
                 .cost(300)
                 .weeks(1)
                 .group(GroupKind::Class, 10)
                 .stagger(0)
                 .tiers(0, 1))
      .segment(SegmentSpec("Marketing, EMEA", 40, {5, 2, 0}, {1.0, 0.5, 0.1}).pay(52.25, 12.5).managers(3))
      .segment(SegmentSpec("Engineering", 120, {10, 0, 0}, {1.0, 0.6, 0.2}).pay(80, 20).wave(2).managers(8))
      .segment(SegmentSpec("=Finance", 15, {0, 0, 0}, {0.9, 0.3, 0.0}).pay(60, 8).wave(3).managers(2))
      .row(-1, 0, "platform", 1.0)
      .row(0, 1, "coaching", 0.6)
      .row(0, 1, "workshop", 0.4)
      .row(1, 2, "consulting", 1.0)
      .row(2, 1, "cohort", 0.5)
      .capacity(5, 3, 0.3, 90000)
      .readiness({4, 2, 5, 4, 1, 1.75, 0.15})
      .adjustments({0.06, 0.12, 0.7, 0.8, {6, 10, 12}, Distribution::Triangular})
      .target(0.7, 2, 18, false);
}

// The generator stream these io tests were written against: test::Rng with
// its own seed mixing, plus reals, ranges and awkward names.
struct TestRng : test::Rng {
  explicit TestRng(std::uint64_t seed) : Rng(at_state(seed * 2654435761u + 0x9E3779B97F4A7C15ull)) {}
  double real(double lo, double hi) { return lo + (hi - lo) * unit(); }
  Range range(double lo, double hi) {
    double a = real(lo, hi), b = real(lo, hi), c = real(lo, hi);
    if (a > b) std::swap(a, b);
    if (b > c) std::swap(b, c);
    if (a > b) std::swap(a, b);
    if (next() % 4 == 0) return Range::fixed(b);
    return {a, b, c};
  }
  std::string name(const char* stem) {
    static const char* extras[] = {"", " & Co", ", Inc.", " \"quoted\"", " ünï", " ✓", "\\slash", "\ttab"};
    return std::string(stem) + " " + std::to_string(between(1, 999)) + extras[next() % 8];
  }
};

// A valid scenario with 1-4 tiers, 1-5 models and 1-20 segments; values
// drawn across their valid ranges.
inline Scenario generated_scenario(std::uint64_t seed) {
  TestRng r(seed);
  Scenario s;
  s.title = r.name("Plan");
  if (r.next() % 2) s.description = r.name("About");
  s.org.name = r.name("Org");
  s.org.start_year = r.between(2024, 2035);
  s.org.start_month = r.between(1, 12);
  s.org.horizon_months = r.between(1, 60);
  s.org.discount_rate_annual = r.real(0, 0.3);
  if (r.next() % 2) s.org.default_hourly_cost = r.real(10, 150);
  const int tiers = r.between(1, 4);
  double uplift = 0;
  for (int k = 0; k < tiers; ++k) {
    Tier t;
    t.name = r.name("Tier");
    t.learning_hours = r.range(1, 60);
    uplift += r.real(0, 0.1);
    t.uplift = Range::fixed(uplift);
    t.ramp_weeks = r.between(0, 12);
    t.default_model = "m0";
    s.framework.tiers.push_back(t);
  }
  const int models = r.between(1, 5);
  for (int j = 0; j < models; ++j) {
    DeliveryModel m;
    m.id = "m" + std::to_string(j);
    m.name = r.name("Model");
    m.basis = static_cast<CostBasis>(r.between(0, 4));
    m.cost = r.range(0, m.basis == CostBasis::PerEngagement ? 500000 : 2000);
    m.sunk = r.next() % 3 == 0;
    m.duration_weeks = r.range(1, 30);
    m.group = static_cast<GroupKind>(r.between(0, 4));
    m.group_size = r.between(1, 40);
    m.needs_coach = r.next() % 2;
    m.needs_manager = r.next() % 2;
    m.manager_hours_per_week = r.real(0, 3);
    m.completion_rate = r.range(0.5, 1);
    m.application_rate = r.range(0.1, 0.9);
    m.reinforces = r.next() % 2;
    m.decay_half_life_months = r.next() % 2 ? 0 : r.real(3, 24);
    m.min_tier = 0;  // m0 serves every tier: the default model must
    m.max_tier = j == 0 ? tiers - 1 : r.between(0, tiers - 1);
    s.models.push_back(m);
  }
  const int segments = r.between(1, 20);
  for (int i = 0; i < segments; ++i) {
    Segment g;
    g.name = r.name("Team");
    g.headcount = r.between(0, 2000);
    g.hourly_cost = r.real(20, 120);
    g.addressable_hours_week = r.real(0, 30);
    int left = g.headcount;
    double share = 1;
    for (int k = 0; k < tiers; ++k) {
      const int now = r.between(0, left / 4);
      left -= now;
      g.current_at_tier.push_back(now);
      share *= r.real(0.2, 1);
      g.target_share.push_back(share);
    }
    g.wave = r.between(1, 3);
    g.managers = r.between(1, 10);
    s.segments.push_back(g);
  }
  const int rows = r.between(0, 6);
  for (int i = 0; i < rows; ++i) {
    Assignment a;
    a.segment = r.between(-1, segments - 1);
    a.model = "m" + std::to_string(r.between(0, models - 1));
    const int j = std::stoi(a.model.substr(1));
    a.tier = r.between(s.models[j].min_tier, s.models[j].max_tier);
    a.share = r.real(0, 0.15);  // at most 6 rows x 0.15 < 1 for any (segment, tier)
    s.plan.push_back(a);
  }
  s.capacity.max_parallel_groups = r.between(1, 10);
  s.capacity.coaches = r.between(1, 10);
  for (DeliveryModel& m : s.models) m.stagger_weeks = r.between(0, 6);
  s.capacity.first_wave_share = r.real(0, 1);
  s.capacity.monthly_spend_cap = r.next() % 2 ? 0 : r.real(10000, 200000);
  Readiness& ready = s.readiness;
  for (int* score : {&ready.learning_climate, &ready.organisational_systems, &ready.job_design,
                     &ready.manager_support, &ready.incentives})
    *score = r.between(1, 5);  // in this order: the draws are the scenario
  s.readiness.practice_hours_week = r.real(0, 3);
  s.readiness.productivity_dip = r.real(0, 0.3);
  s.adjustments.overhead = r.real(0, 0.2);
  s.adjustments.contingency = r.real(0, 0.2);
  s.adjustments.attribution = r.real(0.3, 1);
  s.adjustments.confidence = r.real(0.3, 1);
  s.adjustments.decay_half_life_months = r.range(3, 24);
  s.adjustments.distribution = r.next() % 2 ? Distribution::Pert : Distribution::Triangular;
  s.target.share = r.real(0.1, 1);
  s.target.tier = r.between(0, tiers - 1);
  s.target.by_month = r.between(1, 36);
  s.target.count_applying = r.next() % 2;
  return s;
}

}  // namespace planner::testing
