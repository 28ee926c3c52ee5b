// benefits.cpp — what a scheduled group brings as a group, and the roll-up of
// everyone's savings into weeks and months.
//
// For a group of n learners at tier k through model j:
//   finishers  F = n x completion
//   appliers   A = F x min(1, application x readiness multiplier)
// Only appliers produce benefits (DOMAIN: completion is not application).
// What each person saves, and when they count as trained or applying, is
// worked out per person in people.cpp; here a group books its learners per
// model and the productivity dip: during the ramp-up weeks appliers lose productivity_dip of
// their addressable hours, a cost of learner time booked in economic cost (not
// discounted by attribution: the training causes it).
#include <algorithm>
#include <cmath>

#include "core/calendar.h"
#include "core/engine.h"

namespace planner {

void add_group_effects(const Scenario& s, const Group& g, EngineScratch& w, Result& out) {
  const ModelAt& m = w.models[g.model];
  const TierAt& t = w.tiers[g.tier];
  const Segment& seg = s.segments[g.segment];
  const int W = w.weeks;
  const double appliers = g.learners * m.completion * m.applying;
  const int benefit_start = g.end + t.ramp_weeks;
  out.learners_by_model[g.model] += g.learners;
  // Productivity dip over the ramp-up weeks inside the horizon.
  const double dip_per_week = appliers * s.readiness.productivity_dip * seg.addressable_hours_week;
  if (dip_per_week > 0) {
    // Added week by week (locals, then written back) so the sums stay the same
    // to the last bit whatever the ramp-up.
    const double dip_cost = dip_per_week * seg.hourly_cost;
    const int stop = std::min(benefit_start, W);
    double dip_total = out.totals.dip_hours;
    for (int week = g.end; week < stop;) {
      const int month = month_of_week(week);
      const int month_end = std::min(stop, first_week_of_month(month + 1));
      double cost = out.economic_cost[month];
      for (; week < month_end; ++week) {
        dip_total += dip_per_week;
        cost += dip_cost;
      }
      out.economic_cost[month] = cost;
    }
    out.totals.dip_hours = dip_total;
  }
}

void roll_up_benefits(const Scenario& s, EngineScratch& w, Result& out) {
  const int W = w.weeks, M = out.months, J = out.models;
  reset(w.week_hours, static_cast<size_t>(W), 0.0);
  reset(w.week_value, static_cast<size_t>(W), 0.0);
  // Four models at a time, side by side: each model's decay chain is
  // latency-bound, and independent chains overlap. Per week the models are
  // still added in model order. Before a model's first saving its stream
  // holds nothing positive, so running its chain from the block's earliest
  // first week changes no result (max(0, 0 + x) with x <= 0 is 0).
  constexpr int kLanes = 4;
  for (int j0 = 0; j0 < J; j0 += kLanes) {
    const int lanes = std::min(kLanes, J - j0);
    double keep[kLanes] = {0, 0, 0, 0}, hours[kLanes] = {0, 0, 0, 0}, value[kLanes] = {0, 0, 0, 0};
    const double* add_hours[kLanes];
    const double* add_value[kLanes];
    int from = W;
    for (int l = 0; l < kLanes; ++l) {
      const int j = j0 + std::min(l, lanes - 1);  // spare lanes repeat the last model and are not added
      keep[l] = w.models[j].decay_per_week;
      add_hours[l] = &w.new_hours[static_cast<size_t>(j) * W];
      add_value[l] = &w.new_value[static_cast<size_t>(j) * W];
      if (l < lanes) from = std::min(from, w.first_benefit_week[j]);
    }
    for (int week = from; week < W; ++week) {
      for (int l = 0; l < kLanes; ++l) {
        // Every saving that begins is an increment (people.cpp): never negative.
        hours[l] = hours[l] * keep[l] + add_hours[l][week];
        value[l] = value[l] * keep[l] + add_value[l][week];
      }
      double week_hours = w.week_hours[week], week_value = w.week_value[week];
      for (int l = 0; l < lanes; ++l) {
        week_hours += hours[l];
        week_value += value[l];
      }
      w.week_hours[week] = week_hours;
      w.week_value[week] = week_value;
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
