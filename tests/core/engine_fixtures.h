// engine_fixtures.h — small scenarios whose numbers can be worked by hand.
//
// tiny(): one tier, one model, one segment of 10, and every adjustment that
// would blur the arithmetic switched off (no overhead, contingency, practice
// time, dip; attribution, confidence, completion and application all 1;
// neutral readiness = multiplier 1; no decay). Tests change what they pin.
#pragma once

#include <cmath>

#include "core/evaluate.h"
#include "support/rng.h"
#include "support/scenario_builder.h"

namespace planner::test {

inline Scenario tiny() {
  return ScenarioBuilder()
      .title("tiny")
      .horizon(24)
      .discount(0.10)
      .tier("T1", 10, 0.1, 0, "m")
      .model(ModelSpec("m", CostBasis::PerLearner, 100)
                 .name("Model")
                 .weeks(4)
                 .group(GroupKind::Cohort, 10)
                 .manager(false, 0)
                 .completion(1)
                 .application(1)
                 .reinforces())
      .segment(SegmentSpec("S", 10).pay(50, 10))
      .capacity(10, 0, 0, 0)
      .plain_arithmetic()
      .target(1.0, 0, 12);
}

// Adds a second tier (uplift 0.3) delivered by model "m2" (a copy of "m").
inline Scenario two_tiers() {
  const Scenario s = tiny();
  return ScenarioBuilder(s).tier("T2", 10, 0.3, 0, "m2").model(ModelSpec(s.models[0]).id("m2").tiers(1, 1));
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

}  // namespace planner::test
