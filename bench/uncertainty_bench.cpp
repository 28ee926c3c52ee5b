// uncertainty_bench.cpp — the uncertainty tools on the `default` preset.
// Goal (issue 6): 5,000 Monte Carlo samples under 50 ms natively and under
// 100 ms in wasm. Run: build/<dir>/bench/planner_bench --benchmark_filter=Uncertainty
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "core/uncertainty/monte_carlo.h"
#include "core/uncertainty/optimiser.h"
#include "core/uncertainty/tornado.h"
#include "io/presets.h"
#include "statistics.h"

namespace {

using planner::bench::min_of;

planner::Scenario default_preset() {
  planner::Scenario s;
  if (!planner::io::load_preset("default", s)) std::abort();  // a build defect, not a benchmark result
  return s;
}

void BM_UncertaintyMonteCarlo5000Default(benchmark::State& state) {
  const planner::Scenario s = default_preset();
  planner::mc::SimulationOptions o;
  o.samples = 5000;
  for (auto _ : state) {
    planner::mc::SimulationSummary sim = planner::mc::simulate(s, o);
    benchmark::DoNotOptimize(sim.outputs[0].p50);
  }
}
BENCHMARK(BM_UncertaintyMonteCarlo5000Default)
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("min", min_of);

// One UI frame's worth: how many samples fit in ~10 ms decides the step size.
void BM_UncertaintyMonteCarloStep100(benchmark::State& state) {
  const planner::Scenario s = default_preset();
  planner::mc::SimulationOptions o;
  o.samples = planner::mc::kMaxSamples;
  planner::mc::MonteCarlo mc(s, o);
  for (auto _ : state) {
    if (mc.done()) state.SkipWithError("ran out of samples");
    benchmark::DoNotOptimize(mc.step(100));
  }
}
BENCHMARK(BM_UncertaintyMonteCarloStep100)->Unit(benchmark::kMillisecond)->ComputeStatistics("min", min_of);

void BM_UncertaintyTornadoDefault(benchmark::State& state) {
  const planner::Scenario s = default_preset();
  for (auto _ : state) {
    planner::mc::Tornado t = planner::mc::tornado(s, planner::mc::Output::Npv);
    benchmark::DoNotOptimize(t.base);
  }
}
BENCHMARK(BM_UncertaintyTornadoDefault)->Unit(benchmark::kMillisecond);

void BM_UncertaintyFrontierDefault(benchmark::State& state) {
  const planner::Scenario s = default_preset();
  for (auto _ : state) {
    planner::mc::FrontierReport f = planner::mc::compute_frontier(s);
    benchmark::DoNotOptimize(f.points.size());
    state.counters["evaluations"] = f.evaluations;
  }
}
BENCHMARK(BM_UncertaintyFrontierDefault)->Unit(benchmark::kMillisecond);

void BM_UncertaintySeekTargetDefault(benchmark::State& state) {
  const planner::Scenario s = default_preset();
  for (auto _ : state) {
    planner::mc::SeekReport r = planner::mc::seek_target(s);
    benchmark::DoNotOptimize(r.feasible);
  }
}
BENCHMARK(BM_UncertaintySeekTargetDefault)->Unit(benchmark::kMillisecond);

}  // namespace
