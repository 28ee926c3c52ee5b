// ranges.h — every Range input of a Scenario, with a human name and its path
// in the scenario JSON. The Monte Carlo samples these, the tornado swings them.
//
// Completeness: list_ranges() must name every Range field of scenario.h. The
// Range-typed fields today are Tier::{learning_hours, uplift},
// DeliveryModel::{cost, duration_weeks, completion_rate, application_rate} and
// Adjustments::decay_half_life_months. A new Range field in scenario.h needs
// one line in ranges.cpp (and the count in ranges_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"

namespace planner::mc {

// Which Range field of which element.
enum class RangeField {
  TierLearningHours,
  TierUplift,
  ModelCost,
  ModelDurationWeeks,
  ModelCompletionRate,
  ModelApplicationRate,
  DecayHalfLife,
};

struct RangeInput {
  RangeField field = RangeField::TierUplift;
  int index = 0;     // tier or model index; 0 for scenario-wide fields
  std::string name;  // "Coaching: cost per learner-week"
  std::string path;  // "models[2].cost"
};

// Every Range of `s`, in a stable order (tiers, then models, then adjustments).
std::vector<RangeInput> list_ranges(const Scenario& s);

// The Range an input refers to inside `s` (which must have the same shape as
// the scenario the list was made from).
Range& range_ref(Scenario& s, const RangeInput& in);
const Range& range_ref(const Scenario& s, const RangeInput& in);

// True if the input can vary (high > low).
bool is_uncertain(const Scenario& s, const RangeInput& in);

}  // namespace planner::mc
