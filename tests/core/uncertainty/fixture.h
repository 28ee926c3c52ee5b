// fixture.h — a small, fully specified scenario for the uncertainty tests:
// two tiers, two segments, three delivery models. Small enough that the
// optimiser's decision space can be enumerated by brute force.
#pragma once

#include "core/scenario.h"

namespace planner::mc::testing {

inline Scenario small_scenario() {
  Scenario s;
  s.title = "Uncertainty test plan";
  s.org.horizon_months = 24;

  Tier literacy;
  literacy.name = "Literacy";
  literacy.learning_hours = {4, 6, 8};
  literacy.uplift = {0.02, 0.05, 0.08};
  literacy.ramp_weeks = 2;
  literacy.default_model = "platform";
  Tier fluency;
  fluency.name = "Fluency";
  fluency.learning_hours = {10, 15, 20};
  fluency.uplift = {0.08, 0.15, 0.25};
  fluency.ramp_weeks = 4;
  fluency.default_model = "coaching";
  s.framework.name = "Two tiers (test)";
  s.framework.tiers = {literacy, fluency};

  DeliveryModel platform;
  platform.id = "platform";
  platform.name = "Self-paced platform";
  platform.basis = CostBasis::PerSeatMonth;
  platform.cost = {20, 35, 50};
  platform.duration_weeks = {2, 3, 4};
  platform.group = GroupKind::None;
  platform.group_size = 50;
  platform.needs_manager = false;
  platform.manager_hours_per_week = 0;
  platform.completion_rate = {0.7, 0.85, 0.9};
  platform.application_rate = {0.3, 0.47, 0.62};
  platform.min_tier = 0;
  platform.max_tier = 0;

  DeliveryModel workshop;
  workshop.id = "workshop";
  workshop.name = "Instructor-led workshop";
  workshop.basis = CostBasis::PerLearner;
  workshop.cost = {150, 300, 500};
  workshop.duration_weeks = {1, 1, 1};
  workshop.group = GroupKind::Class;
  workshop.group_size = 20;
  workshop.completion_rate = {0.9, 0.95, 1.0};
  workshop.application_rate = {0.3, 0.4, 0.5};
  workshop.min_tier = 0;
  workshop.max_tier = 1;

  DeliveryModel coaching;
  coaching.id = "coaching";
  coaching.name = "Team-embedded coaching";
  coaching.basis = CostBasis::PerLearnerWeek;
  coaching.cost = {200, 350, 500};
  coaching.duration_weeks = {6, 7, 8};
  coaching.group = GroupKind::Team;
  coaching.stagger_weeks = 2;  // what a version-1 file (org stagger 2) migrates to
  coaching.group_size = 10;
  coaching.needs_coach = true;
  coaching.completion_rate = {0.8, 0.9, 0.95};
  coaching.application_rate = {0.5, 0.6, 0.7};
  coaching.reinforces = true;
  coaching.min_tier = 1;
  coaching.max_tier = 1;
  s.models = {platform, workshop, coaching};

  Segment sales;
  sales.name = "Sales";
  sales.headcount = 40;
  sales.hourly_cost = 50;
  sales.addressable_hours_week = 10;
  sales.current_at_tier = {0, 0};
  sales.target_share = {1.0, 0.5};
  sales.managers = 2;
  Segment ops;
  ops.name = "Operations";
  ops.headcount = 30;
  ops.hourly_cost = 40;
  ops.addressable_hours_week = 8;
  ops.current_at_tier = {5, 0};
  ops.target_share = {1.0, 0.4};
  ops.managers = 2;
  ops.wave = 2;
  s.segments = {sales, ops};

  s.plan = {{-1, 0, "platform", 1.0}, {-1, 1, "coaching", 1.0}};
  s.capacity.max_parallel_groups = 4;
  s.capacity.coaches = 2;
  s.target.share = 0.2;
  s.target.tier = 1;
  s.target.by_month = 12;
  return s;
}

}  // namespace planner::mc::testing
