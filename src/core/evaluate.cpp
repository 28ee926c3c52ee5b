// evaluate.cpp — the one entry point: sizes the Result, then runs the
// pipeline described in engine.h. Allocation-free once the Result (and its
// scratch) have been sized by a previous call on a scenario of the same shape.
#include "core/evaluate.h"

#include <algorithm>

#include "core/calendar.h"
#include "core/costs.h"
#include "core/engine.h"

namespace planner {
namespace {

void size_result(const Scenario& s, Result& out, EngineScratch& w) {
  const int M = std::max(1, s.org.horizon_months);
  const int K = static_cast<int>(s.framework.tiers.size());
  const int J = static_cast<int>(s.models.size());
  const int S = static_cast<int>(s.segments.size());
  out.months = M;
  out.tiers = K;
  out.models = J;
  out.segments = S;
  for (auto* v : {&out.cash_cost, &out.incremental_cost, &out.economic_cost, &out.hours_saved_per_week,
                  &out.value, &out.cumulative_net})
    reset(*v, static_cast<size_t>(M), 0.0);
  reset(out.cost_by_model, static_cast<size_t>(M) * J, 0.0);
  reset(out.cost_by_tier, static_cast<size_t>(M) * K, 0.0);
  reset(out.cost_by_segment, static_cast<size_t>(M) * S, 0.0);
  reset(out.cost_by_segment_tier, static_cast<size_t>(M) * S * K, 0.0);
  reset(out.trained_at_tier, static_cast<size_t>(M) * K, 0.0);
  reset(out.applying_at_tier, static_cast<size_t>(M) * K, 0.0);
  reset(out.newly_trained_by_segment, static_cast<size_t>(M) * S * K, 0.0);
  reset(out.newly_applying_by_segment, static_cast<size_t>(M) * S * K, 0.0);
  for (auto* v : {&out.learners_by_model, &out.capable_by_model, &out.incremental_cost_by_model,
                  &out.cost_per_capable_by_model})
    reset(*v, static_cast<size_t>(J), 0.0);
  out.totals = Totals{};
  w.weeks = horizon_weeks(M);
  reset(w.new_hours, static_cast<size_t>(J) * w.weeks, 0.0);
  reset(w.new_value, static_cast<size_t>(J) * w.weeks, 0.0);
  reset(w.first_benefit_week, static_cast<size_t>(J), w.weeks);
  reset(w.finished, static_cast<size_t>(K) * M, 0.0);
  reset(w.applying, static_cast<size_t>(K) * M, 0.0);
}

}  // namespace

void evaluate(const Scenario& s, Case c, Result& out) {
  // A copied Result shares its scratch with the original; give it its own.
  if (!out.scratch || out.scratch.use_count() > 1) out.scratch = std::make_shared<EngineScratch>();
  EngineScratch& w = *out.scratch;
  size_result(s, out, w);
  if (out.tiers == 0) return;  // nothing to plan (validate() rejects this)
  resolve_case(s, c, w);
  build_groups(s, w);
  schedule_groups(s, w, out);
  for (int i : w.started) book_time_costs(s, w.groups[i], w, out);
  for (int i : w.started) add_group_effects(s, w.groups[i], w, out);
  add_people_effects(s, w, out);
  roll_up_benefits(s, w, out);
  finish_totals(s, w, out);
}

Result evaluate(const Scenario& s, Case c) {
  Result r;
  evaluate(s, c, r);
  return r;
}

}  // namespace planner
