// Native and wasm must give the same percentiles for the same seed, bit for
// bit (issue 6). This same test binary runs natively and under node, so one
// pinned fingerprint checks both.
//
// If the engine's model changes on purpose, the fingerprint changes: run the
// native and the wasm planner_tests, check they print the SAME new value in
// the failure message, and paste it below. Different values on the two
// platforms mean a libm difference leaked into the numbers (see random.h).
#include <gtest/gtest.h>

#include <cstring>

#include "core/uncertainty/fixture.h"
#include "core/uncertainty/monte_carlo.h"

namespace planner::mc {
namespace {

uint64_t fingerprint(const SimulationSummary& s) {
  uint64_t h = 1469598103934665603ULL;
  auto add = [&](double d) {
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    for (int i = 0; i < 8; ++i) h = (h ^ ((b >> (8 * i)) & 0xff)) * 1099511628211ULL;
  };
  for (const Spread& sp : s.outputs) {
    add(sp.p10);
    add(sp.p50);
    add(sp.p90);
    add(sp.mean);
  }
  add(s.chance_roi_positive);
  add(s.chance_target_met);
  for (size_t m = 0; m < s.band_p50.size(); ++m) {
    add(s.band_p10[m]);
    add(s.band_p50[m]);
    add(s.band_p90[m]);
  }
  return h;
}

TEST(PinnedSimulation, FixedSeedGivesTheSamePercentilesNativelyAndInWasm) {
  SimulationOptions o;
  o.samples = 2000;
  o.seed = 42;
  const SimulationSummary sim = simulate(testing::small_scenario(), o);
  EXPECT_EQ(fingerprint(sim), 11919906451697733653ULL)
      << "engine numbers changed? see the comment at the top; NPV P50 " << std::hexfloat
      << sim.of(Output::Npv).p50;
}

}  // namespace
}  // namespace planner::mc
