// fixture.h — a small, fully specified scenario for the uncertainty tests:
// two tiers, two segments, three delivery models. Small enough that the
// optimiser's decision space can be enumerated by brute force.
#pragma once

#include "core/scenario.h"
#include "support/scenario_builder.h"

namespace planner::mc::testing {

inline Scenario small_scenario() {
  using test::ModelSpec;
  using test::SegmentSpec;
  return test::ScenarioBuilder()
      .title("Uncertainty test plan")
      .horizon(24)
      .framework("Two tiers (test)")
      .tier("Literacy", {4, 6, 8}, {0.02, 0.05, 0.08}, 2, "platform")
      .tier("Fluency", {10, 15, 20}, {0.08, 0.15, 0.25}, 4, "coaching")
      .model(test::self_paced_platform().completion({0.7, 0.85, 0.9}).application({0.3, 0.47, 0.62}))
      .model(ModelSpec("workshop", CostBasis::PerLearner, {150, 300, 500})
                 .name("Instructor-led workshop")
                 .weeks(1)
                 .group(GroupKind::Class, 20)
                 .completion({0.9, 0.95, 1.0})
                 .application({0.3, 0.4, 0.5})
                 .tiers(0, 1))
      .model(test::team_coaching()
                 .stagger(2)  // what a version-1 file (org stagger 2) migrates to
                 .completion({0.8, 0.9, 0.95})
                 .application({0.5, 0.6, 0.7}))
      .segment(SegmentSpec("Sales", 40, {0, 0}, {1.0, 0.5}).pay(50, 10).managers(2))
      .segment(SegmentSpec("Operations", 30, {5, 0}, {1.0, 0.4}).pay(40, 8).managers(2).wave(2))
      .row(-1, 0, "platform", 1.0)
      .row(-1, 1, "coaching", 1.0)
      .capacity(4, 2)
      .target(0.2, 1, 12);
}

}  // namespace planner::mc::testing
