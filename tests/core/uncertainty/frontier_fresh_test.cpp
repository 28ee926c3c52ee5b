// A frontier point's score is what a fresh evaluation of its plan gives:
// "adopt this point" must show the figures the frontier promised.
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "core/uncertainty/decisions.h"
#include "core/uncertainty/optimiser.h"
#include "io/presets.h"

namespace planner::mc {
namespace {

TEST(Frontier, EveryPointsScoreIsWhatAFreshEvaluationOfItsPlanGives) {
  for (const char* name : {"default", "aie-rollout", "leland-200-per-week"}) {
    Scenario base;
    ASSERT_TRUE(io::load_preset(name, base)) << name;
    const OptimiserOptions o;
    const FrontierReport f = compute_frontier(base, o);
    ASSERT_FALSE(f.points.empty()) << name;
    const DecisionSpace space = make_space(base, o.space);
    for (size_t i = 0; i < f.points.size(); ++i) {
      const Scenario adopted = apply_plan(base, space, f.points[i].plan);
      const Result fresh = evaluate(adopted, Case::Likely);
      EXPECT_NEAR(fresh.totals.incremental_cost, f.points[i].score.cost, 1e-6 * (1 + f.points[i].score.cost))
          << name << " point " << i;
    }
  }
}

}  // namespace
}  // namespace planner::mc
