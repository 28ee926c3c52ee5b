#include "core/uncertainty/ranges.h"

#include "core/names.h"

namespace planner::mc {

std::vector<RangeInput> list_ranges(const Scenario& s) {
  std::vector<RangeInput> out;
  const int tiers = static_cast<int>(s.framework.tiers.size());
  for (int k = 0; k < tiers; ++k) {
    const std::string p = "framework.tiers[" + std::to_string(k) + "].";
    out.push_back(
        {RangeField::TierLearningHours, k, tier_name(s, k) + ": learning hours", p + "learning_hours"});
    out.push_back({RangeField::TierUplift, k, tier_name(s, k) + ": uplift", p + "uplift"});
  }
  const int models = static_cast<int>(s.models.size());
  for (int j = 0; j < models; ++j) {
    const std::string p = "models[" + std::to_string(j) + "].";
    const std::string n = model_name(s, j) + ": ";
    out.push_back(
        {RangeField::ModelCost, j, n + "cost per " + enum_words(s.models[j].basis).unit, p + "cost"});
    out.push_back({RangeField::ModelDurationWeeks, j, n + "duration (weeks)", p + "duration_weeks"});
    out.push_back({RangeField::ModelCompletionRate, j, n + "completion rate", p + "completion_rate"});
    out.push_back({RangeField::ModelApplicationRate, j, n + "application rate", p + "application_rate"});
  }
  out.push_back(
      {RangeField::DecayHalfLife, 0, "Skill decay half-life (months)", "adjustments.decay_half_life_months"});
  return out;
}

Range& range_ref(Scenario& s, const RangeInput& in) {
  switch (in.field) {
    case RangeField::TierLearningHours:
      return s.framework.tiers[in.index].learning_hours;
    case RangeField::TierUplift:
      return s.framework.tiers[in.index].uplift;
    case RangeField::ModelCost:
      return s.models[in.index].cost;
    case RangeField::ModelDurationWeeks:
      return s.models[in.index].duration_weeks;
    case RangeField::ModelCompletionRate:
      return s.models[in.index].completion_rate;
    case RangeField::ModelApplicationRate:
      return s.models[in.index].application_rate;
    case RangeField::DecayHalfLife:
      return s.adjustments.decay_half_life_months;
  }
  return s.adjustments.decay_half_life_months;
}

const Range& range_ref(const Scenario& s, const RangeInput& in) {
  return range_ref(const_cast<Scenario&>(s), in);
}

bool is_uncertain(const Scenario& s, const RangeInput& in) {
  const Range& r = range_ref(s, in);
  return r.high > r.low;
}

}  // namespace planner::mc
