// planner_bench.cpp — how fast evaluate() is, natively and as wasm under node.
//
//   EvaluateDefault  the `default` preset (300 people, 6 segments, 36 months),
//                    goal < 10 us natively: the uncertainty and trade-off
//                    features evaluate it thousands of times per interaction.
//   EvaluateLarge    100 segments, 100,000 employees, 36 months; goal < 10 ms.
//   ValidateDefault  validate() for comparison (not in the hot path).
//   BindingDefault / BindingLarge  the binding-constraint analysis
//                    (core/constraints.h: each constraint relaxed, a few
//                    dozen evaluations), run by the UI on every edit.
// Each evaluates into one Result sized by a first call, as the Monte Carlo does.
#include <benchmark/benchmark.h>

#include <string>

#include "core/constraints.h"
#include "core/evaluate.h"
#include "io/presets.h"
#include "statistics.h"

namespace {

using planner::bench::min_of;

using planner::Case;
using planner::Result;
using planner::Scenario;

Scenario default_preset() {
  Scenario s;
  if (!planner::io::load_preset("default", s)) std::abort();
  return s;
}

// The default's tiers and models over 100 segments of 1,000 people each, in
// three waves, with capacity scaled to an organisation of that size.
Scenario large_scenario() {
  Scenario s = default_preset();
  const planner::Segment base = s.segments[0];
  s.segments.clear();
  for (int i = 0; i < 100; ++i) {
    planner::Segment g = base;
    g.name = "Segment " + std::to_string(i + 1);
    g.headcount = 1000;
    g.current_at_tier = {100 + i % 7 * 10, 20 + i % 5 * 5, i % 3};
    g.target_share = {1.0, 0.3 + (i % 4) * 0.1, 0.05 + (i % 3) * 0.05};
    g.hourly_cost = 35 + i % 9 * 5;
    g.addressable_hours_week = 8 + i % 5 * 2;
    g.wave = 1 + i % 3;
    g.managers = 20;
    s.segments.push_back(g);
  }
  s.plan = {{-1, 0, "platform", 1.0}, {-1, 1, "workshop", 0.5}, {-1, 2, "cohort", 0.3}};
  s.capacity.max_parallel_groups = 60;
  s.capacity.coaches = 40;
  s.org.horizon_months = 36;
  return s;
}

void run(benchmark::State& state, const Scenario& s) {
  if (!planner::validate(s).empty()) {
    state.SkipWithError("scenario does not validate");
    return;
  }
  Result r;
  planner::evaluate(s, Case::Likely, r);
  for (auto _ : state) {
    planner::evaluate(s, Case::Likely, r);
    benchmark::DoNotOptimize(r.totals.npv);
  }
  state.counters["groups"] = static_cast<double>(r.schedule.groups.size());
  state.counters["unscheduled"] = r.schedule.unscheduled_learners;
  state.counters["incremental_cost"] = r.totals.incremental_cost;
}

void EvaluateDefault(benchmark::State& state) { run(state, default_preset()); }
void EvaluateLarge(benchmark::State& state) { run(state, large_scenario()); }
void ValidateDefault(benchmark::State& state) {
  const Scenario s = default_preset();
  for (auto _ : state) benchmark::DoNotOptimize(planner::validate(s).size());
}

void binding(benchmark::State& state, const Scenario& s) {
  size_t n = 0;
  for (auto _ : state) n = planner::binding_constraints(s, Case::Likely).size();
  state.counters["binding"] = static_cast<double>(n);
}
void BindingDefault(benchmark::State& state) { binding(state, default_preset()); }
void BindingLarge(benchmark::State& state) { binding(state, large_scenario()); }

BENCHMARK(EvaluateDefault)->Unit(benchmark::kMicrosecond)->ComputeStatistics("min", min_of);
BENCHMARK(EvaluateLarge)->Unit(benchmark::kMillisecond)->ComputeStatistics("min", min_of);
BENCHMARK(ValidateDefault)->Unit(benchmark::kMicrosecond);
BENCHMARK(BindingDefault)->Unit(benchmark::kMillisecond);
BENCHMARK(BindingLarge)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
