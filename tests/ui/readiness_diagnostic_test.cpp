// The readiness diagnostic writes each answer into its own Readiness input,
// and states the effect with core's readiness_multiplier: 0.5 + 0.25 x (mean - 1).
#include "ui/readiness_diagnostic.h"

#include <gtest/gtest.h>

#include "core/learners.h"

namespace planner::ui {
namespace {

TEST(ReadinessDiagnostic, EachQuestionWritesItsOwnFoundation) {
  for (int i = 0; i < kFoundations; ++i) {
    Readiness r;
    r.*(foundation(i).score) = 5;
    int fives = 0;
    for (int j = 0; j < kFoundations; ++j) fives += r.*(foundation(j).score) == 5 ? 1 : 0;
    EXPECT_EQ(fives, 1) << foundation(i).name;
  }
  Readiness r;
  r.*(foundation(3).score) = 1;
  EXPECT_EQ(r.manager_support, 1) << "the fourth question is manager support";
}

TEST(ReadinessDiagnostic, TheEffectIsTheEnginesMultiplierWorkedByHand) {
  Readiness r;  // all 3: mean 3 -> 0.5 + 0.25 x 2 = 1.00
  EXPECT_EQ(readiness_effect(r), "These answers scale application rates by 1.00x (mean 3.0 of 5).");
  r.learning_climate = r.organisational_systems = r.job_design = r.manager_support = r.incentives = 2;
  // mean 2 -> 0.5 + 0.25 = 0.75
  EXPECT_EQ(readiness_effect(r), "These answers scale application rates by 0.75x (mean 2.0 of 5).");
  r.incentives = 1;  // mean 1.8 -> 0.5 + 0.25 x 0.8 = 0.70
  EXPECT_DOUBLE_EQ(readiness_multiplier(r), 0.70);
  EXPECT_EQ(readiness_effect(r), "These answers scale application rates by 0.70x (mean 1.8 of 5).");
}

}  // namespace
}  // namespace planner::ui
