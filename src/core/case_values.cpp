// case_values.cpp — every Range taken at one Case, once per evaluation, so the
// scheduler and the benefit model read plain numbers.
#include <algorithm>
#include <cmath>

#include "core/calendar.h"
#include "core/engine.h"
#include "core/learners.h"
#include "core/maths.h"  // portable exp/log: native and wasm agree bit for bit

namespace planner {

void resolve_case(const Scenario& s, Case c, EngineScratch& w) {
  const double readiness = readiness_multiplier(s.readiness);
  w.models.resize(s.models.size());
  for (size_t j = 0; j < s.models.size(); ++j) {
    const DeliveryModel& d = s.models[j];
    ModelAt& m = w.models[j];
    m.basis = d.basis;
    m.cost = d.cost.at(c);
    m.sunk = d.sunk;
    // Scheduled in whole weeks; a one-day workshop still occupies its week.
    m.duration_weeks = std::max(1, static_cast<int>(std::lround(d.duration_weeks.at(c))));
    m.grouped = d.group != GroupKind::None;
    m.stagger_weeks = d.stagger_weeks;
    m.group_size = std::max(1, d.group_size);
    m.needs_coach = d.needs_coach;
    m.needs_manager = d.needs_manager;
    m.manager_hours_per_week = d.manager_hours_per_week;
    m.completion = d.completion_rate.at(c);
    // DOMAIN: application x readiness multiplier, capped at 1.
    m.applying = std::min(1.0, d.application_rate.at(c) * readiness);
    if (d.reinforces) {
      m.decay_per_week = 1.0;
    } else {
      const double half_life_months = d.decay_half_life_months > 0
                                          ? d.decay_half_life_months
                                          : s.adjustments.decay_half_life_months.at(c);
      // validate() requires a positive half-life; a non-positive one (never valid)
      // loses the gain at once rather than letting it grow.
      m.decay_per_week = half_life_months > 0
                             ? portable_exp(-0.69314718055994530942 / (half_life_months * kWeeksPerMonth))
                             : 0.0;
    }
  }
  w.tiers.resize(s.framework.tiers.size());
  double previous_uplift = 0;
  for (size_t k = 0; k < s.framework.tiers.size(); ++k) {
    const Tier& t = s.framework.tiers[k];
    TierAt& a = w.tiers[k];
    a.learning_hours = t.learning_hours.at(c);
    // Sampled ranges may cross; a higher tier then saves what the tier below
    // does rather than taking a saving away.
    a.uplift = std::max(previous_uplift, t.uplift.at(c));
    previous_uplift = a.uplift;
    a.ramp_weeks = std::max(0, t.ramp_weeks);
  }
}

}  // namespace planner
