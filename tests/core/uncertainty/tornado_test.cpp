#include "core/uncertainty/tornado.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "core/uncertainty/fixture.h"

namespace planner::mc {
namespace {

TEST(Tornado, BaseIsTheLikelyCase) {
  const Scenario s = testing::small_scenario();
  const Tornado t = tornado(s, Output::Npv);
  EXPECT_DOUBLE_EQ(t.base, evaluate(s, Case::Likely).totals.npv);
}

TEST(Tornado, BarsAreSortedByLargestSwingFirst) {
  const Tornado t = tornado(testing::small_scenario(), Output::Npv);
  ASSERT_GT(t.bars.size(), 5u);
  for (size_t i = 1; i < t.bars.size(); ++i) EXPECT_GE(t.bars[i - 1].swing(), t.bars[i].swing());
  EXPECT_GT(t.bars.front().swing(), 0.0);
}

TEST(Tornado, EachBarSwingsOnlyItsOwnInput) {
  const Scenario s = testing::small_scenario();
  const Tornado t = tornado(s, Output::IncrementalCost);
  bool found = false;
  for (const TornadoBar& b : t.bars) {
    if (b.input.path != "models[2].cost") continue;
    found = true;
    Scenario one = s;
    one.models[2].cost = Range::fixed(500);
    EXPECT_DOUBLE_EQ(b.output_at_high, evaluate(one, Case::Likely).totals.incremental_cost);
    one.models[2].cost = Range::fixed(200);
    EXPECT_DOUBLE_EQ(b.output_at_low, evaluate(one, Case::Likely).totals.incremental_cost);
    EXPECT_GT(b.output_at_high, b.output_at_low);
  }
  EXPECT_TRUE(found);
}

TEST(Tornado, LeavesOutInputsWithoutARangeAndGivesUnusedModelsNoSwing) {
  const Tornado t = tornado(testing::small_scenario(), Output::IncrementalCost);
  ASSERT_FALSE(t.bars.empty());
  bool saw_unused = false;  // the check below must have run, not been skipped
  for (const TornadoBar& b : t.bars) {
    EXPECT_NE(b.input.path, "models[1].duration_weeks");  // fixed at 1 week
    if (b.input.path == "models[1].cost") {
      saw_unused = true;
      EXPECT_EQ(b.swing(), 0.0);  // the workshop is not in the plan
    }
  }
  EXPECT_TRUE(saw_unused) << "no bar for models[1].cost";
}

}  // namespace
}  // namespace planner::mc
