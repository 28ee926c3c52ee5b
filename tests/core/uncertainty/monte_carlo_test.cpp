#include "core/uncertainty/monte_carlo.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "core/uncertainty/fixture.h"
#include "core/uncertainty/ranges.h"

namespace planner::mc {
namespace {

void expect_same(const SimulationSummary& a, const SimulationSummary& b) {
  ASSERT_EQ(a.samples_done, b.samples_done);
  for (int o = 0; o < kOutputCount; ++o) {
    EXPECT_EQ(a.outputs[o].p10, b.outputs[o].p10) << output_id(static_cast<Output>(o));
    EXPECT_EQ(a.outputs[o].p50, b.outputs[o].p50) << output_id(static_cast<Output>(o));
    EXPECT_EQ(a.outputs[o].p90, b.outputs[o].p90) << output_id(static_cast<Output>(o));
    EXPECT_EQ(a.outputs[o].mean, b.outputs[o].mean) << output_id(static_cast<Output>(o));
  }
  EXPECT_EQ(a.chance_roi_positive, b.chance_roi_positive);
  EXPECT_EQ(a.chance_target_met, b.chance_target_met);
  EXPECT_EQ(a.band_p50, b.band_p50);
  EXPECT_EQ(a.histogram.counts, b.histogram.counts);
}

TEST(MonteCarlo, TheFixtureIsAValidScenario) {
  const std::vector<Issue> issues = validate(testing::small_scenario());
  for (const Issue& i : issues) ADD_FAILURE() << i.text();
}

TEST(MonteCarlo, SameSeedGivesTheSameNumbersHoweverTheWorkIsSplit) {
  const Scenario s = testing::small_scenario();
  SimulationOptions o;
  o.samples = 600;
  const SimulationSummary whole = simulate(s, o);
  MonteCarlo mc(s, o);
  while (!mc.done()) mc.step(7);  // as the UI does, a few samples per frame
  expect_same(whole, mc.summary());
}

TEST(MonteCarlo, ADifferentSeedGivesDifferentDraws) {
  const Scenario s = testing::small_scenario();
  SimulationOptions a, b;
  a.samples = b.samples = 300;
  b.seed = a.seed + 1;
  EXPECT_NE(simulate(s, a).of(Output::IncrementalCost).p50, simulate(s, b).of(Output::IncrementalCost).p50);
}

TEST(MonteCarlo, PercentilesAreOrderedAndChancesAreShares) {
  SimulationOptions o;
  o.samples = 1000;
  const SimulationSummary sim = simulate(testing::small_scenario(), o);
  EXPECT_EQ(sim.samples_done, 1000);
  EXPECT_GT(sim.uncertain_inputs, 10);
  for (int i = 0; i < kOutputCount; ++i) {
    const Spread& sp = sim.outputs[i];
    EXPECT_LE(sp.min, sp.p10);
    EXPECT_LE(sp.p10, sp.p50);
    EXPECT_LE(sp.p50, sp.p90);
    EXPECT_LE(sp.p90, sp.max);
  }
  EXPECT_LT(sim.of(Output::IncrementalCost).p10, sim.of(Output::IncrementalCost).p90);  // costs really vary
  for (double p : {sim.chance_roi_positive, sim.chance_target_met, sim.share_never_pays_back,
                   sim.share_target_never_met}) {
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
  }
  ASSERT_EQ(sim.band_p50.size(), 24u);
  for (size_t m = 0; m < sim.band_p50.size(); ++m) {
    EXPECT_LE(sim.band_p10[m], sim.band_p50[m]);
    EXPECT_LE(sim.band_p50[m], sim.band_p90[m]);
  }
  int total = 0;
  for (int c : sim.histogram.counts) total += c;
  EXPECT_EQ(total, 1000);
}

TEST(MonteCarlo, WithEveryRangeFixedEverySampleEqualsTheLikelyCase) {
  Scenario s = testing::small_scenario();
  for (const RangeInput& in : list_ranges(s)) range_ref(s, in) = Range::fixed(range_ref(s, in).likely);
  SimulationOptions o;
  o.samples = 50;
  const SimulationSummary sim = simulate(s, o);
  const Result likely = evaluate(s, Case::Likely);
  EXPECT_EQ(sim.uncertain_inputs, 0);
  EXPECT_DOUBLE_EQ(sim.of(Output::Npv).p10, likely.totals.npv);
  EXPECT_DOUBLE_EQ(sim.of(Output::Npv).p90, likely.totals.npv);
  EXPECT_DOUBLE_EQ(sim.of(Output::IncrementalCost).p50, likely.totals.incremental_cost);
}

TEST(MonteCarlo, RaisingACostRangeRaisesTheCostPercentiles) {
  Scenario s = testing::small_scenario();
  SimulationOptions o;
  o.samples = 500;
  const SimulationSummary before = simulate(s, o);
  s.models[2].cost = {400, 700, 1000};  // coaching twice as dear
  const SimulationSummary after = simulate(s, o);
  EXPECT_GT(after.of(Output::IncrementalCost).p10, before.of(Output::IncrementalCost).p10);
  EXPECT_GT(after.of(Output::IncrementalCost).p50, before.of(Output::IncrementalCost).p50);
  EXPECT_GT(after.of(Output::IncrementalCost).p90, before.of(Output::IncrementalCost).p90);
}

TEST(MonteCarlo, PartialResultsCoverOnlyTheSamplesDone) {
  SimulationOptions o;
  o.samples = 200;
  MonteCarlo mc(testing::small_scenario(), o);
  EXPECT_EQ(mc.summary().samples_done, 0);
  EXPECT_EQ(mc.step(30), 30);
  const SimulationSummary part = mc.summary();
  EXPECT_EQ(part.samples_done, 30);
  EXPECT_EQ(part.samples_requested, 200);
  EXPECT_FALSE(mc.done());
  EXPECT_EQ(mc.step(1000), 170);
  EXPECT_TRUE(mc.done());
  EXPECT_EQ(mc.step(5), 0);
}

// The UI builds a summary a piece per frame while sampling goes on: the
// pieces must give what summary() gives for the samples done when it began.
TEST(MonteCarlo, ASummaryBuiltInPiecesWhileSamplingEqualsTheWholeOne) {
  SimulationOptions o;
  o.samples = 300;
  MonteCarlo mc(testing::small_scenario(), o);
  MonteCarlo reference(testing::small_scenario(), o);
  mc.step(120);
  reference.step(120);
  SummaryBuilder b(mc);
  int pieces = 0;
  while (!b.step()) {
    ++pieces;
    mc.step(7);  // sampling goes on between pieces
  }
  EXPECT_GT(pieces, kOutputCount);  // the outputs, the band months, then chances and histogram
  EXPECT_EQ(b.result().samples_done, 120);
  expect_same(b.result(), reference.summary());
  EXPECT_EQ(b.result().share_never_pays_back, reference.summary().share_never_pays_back);
  EXPECT_EQ(b.result().share_target_never_met, reference.summary().share_target_never_met);
  EXPECT_EQ(b.result().band_p10, reference.summary().band_p10);
  EXPECT_EQ(b.result().band_p90, reference.summary().band_p90);
  EXPECT_GT(mc.completed(), 120);
}

TEST(MonteCarlo, SampleCountIsClampedToTheSupportedRange) {
  SimulationOptions o;
  o.samples = 10000000;
  MonteCarlo big(testing::small_scenario(), o);
  EXPECT_EQ(big.total(), kMaxSamples);
  o.samples = 0;
  MonteCarlo small(testing::small_scenario(), o);
  EXPECT_EQ(small.total(), 1);
}

TEST(MonteCarlo, NeverMonthsCountAsHorizonPlusOne) {
  Scenario s = testing::small_scenario();
  s.target.share = 1.0;  // everyone applying: out of reach
  SimulationOptions o;
  o.samples = 100;
  const SimulationSummary sim = simulate(s, o);
  EXPECT_DOUBLE_EQ(sim.share_target_never_met, 1.0);
  EXPECT_DOUBLE_EQ(sim.chance_target_met, 0.0);
  EXPECT_DOUBLE_EQ(sim.of(Output::MonthsToTarget).p50, s.org.horizon_months + 1);
}

}  // namespace
}  // namespace planner::mc
