// benefits.cpp — what a scheduled group returns, and when.
//
// For a group of n learners at tier k through model j:
//   finishers  F = n x completion
//   appliers   A = F x min(1, application x readiness multiplier)
// Only appliers produce benefits (DOMAIN: completion is not application).
// From the end of the programme plus the tier's ramp-up, each applier saves
//   (uplift(k) - uplift(k-1)) x the segment's addressable hours a week
// (uplift belongs to the tier: someone applying tier 3 saves uplift(3), and
// their tier 1 and 2 savings were already counted when they got there), after
// attribution x confidence. The saving fades with the model's skill-decay
// half-life unless the model reinforces. During the ramp-up weeks appliers lose
// productivity_dip of their addressable hours: a cost of learner time, booked
// in economic cost (not discounted by attribution: the training causes it).
//
// People applying are counted from the week their benefits begin.
#include <algorithm>

#include "core/calendar.h"
#include "core/engine.h"

namespace planner {

void add_group_effects(const Scenario& s, const Group& g, EngineScratch& w, Result& out) {
  const ModelAt& m = w.models[g.model];
  const TierAt& t = w.tiers[g.tier];
  const Segment& seg = s.segments[g.segment];
  const int W = w.weeks, M = out.months;
  const double finishers = g.learners * m.completion;
  const double appliers = finishers * m.applying;
  const double weekly_hours = appliers * t.marginal_uplift * seg.addressable_hours_week *
                              s.adjustments.attribution * s.adjustments.confidence;
  const int benefit_start = g.end + t.ramp_weeks;

  out.learners_by_model[g.model] += g.learners;
  out.totals.hours_saved_per_week += weekly_hours;  // steady state: everyone ramped, before decay
  if (g.end - 1 < W) w.finished[g.tier * M + month_of_week(g.end - 1)] += finishers;
  if (benefit_start < W) {
    w.applying[g.tier * M + month_of_week(benefit_start)] += appliers;
    w.new_hours[static_cast<size_t>(g.model) * W + benefit_start] += weekly_hours;
    w.new_value[static_cast<size_t>(g.model) * W + benefit_start] += weekly_hours * seg.hourly_cost;
    out.capable_by_model[g.model] += appliers;
    w.first_benefit_week[g.model] = std::min(w.first_benefit_week[g.model], benefit_start);
  }
  // Productivity dip over the ramp-up weeks inside the horizon.
  const double dip_per_week = appliers * s.readiness.productivity_dip * seg.addressable_hours_week;
  if (dip_per_week > 0) {
    for (int week = g.end; week < benefit_start && week < W; ++week) {
      out.totals.dip_hours += dip_per_week;
      out.economic_cost[month_of_week(week)] += dip_per_week * seg.hourly_cost;
    }
  }
}

void roll_up_benefits(const Scenario& s, EngineScratch& w, Result& out) {
  const int W = w.weeks, M = out.months, J = out.models;
  reset(w.week_hours, static_cast<size_t>(W), 0.0);
  reset(w.week_value, static_cast<size_t>(W), 0.0);
  for (int j = 0; j < J; ++j) {
    const int from = w.first_benefit_week[j];  // nothing to roll before the model's first saving
    if (from >= W) continue;
    const double keep = w.models[j].decay_per_week;
    double hours = 0, value = 0;
    for (int week = from; week < W; ++week) {
      hours = hours * keep + w.new_hours[static_cast<size_t>(j) * W + week];
      value = value * keep + w.new_value[static_cast<size_t>(j) * W + week];
      w.week_hours[week] += hours;
      w.week_value[week] += value;
    }
  }
  for (int m = 0; m < M; ++m) {
    const int a = first_week_of_month(m), b = std::min(W, first_week_of_month(m + 1));
    double hours = 0, value = 0;
    for (int week = a; week < b; ++week) {
      hours += w.week_hours[week];
      value += w.week_value[week];
    }
    out.hours_saved_per_week[m] = b > a ? hours / (b - a) : 0.0;
    out.value[m] = value;
  }
}

}  // namespace planner
