// benefits.cpp — what a scheduled group returns, and when.
//
// For a group of n learners at tier k through model j:
//   finishers  F = n x completion
//   appliers   A = F x min(1, application x readiness multiplier)
// Only appliers produce benefits (DOMAIN: completion is not application).
// Uplift belongs to the tier, not the step: a person applying tier k saves
// uplift(k) x the segment's addressable hours a week, measured against today.
//   - Learners already at tier k-1 today save uplift(k) - uplift(k-1) more
//     than they do now (today's saving is the baseline).
//   - Learners who reached tier k-1 through this plan give up the saving
//     booked for their tier k-1 programme when their tier k saving begins:
//     that saving (as decayed by then) is taken out of the tier k-1 model's
//     stream, so a higher tier-1 uplift can never lower the total.
// Savings begin at the end of the programme plus the tier's ramp-up, count
// after attribution x confidence, and fade with the model's skill-decay
// half-life unless the model reinforces. During the ramp-up weeks appliers lose
// productivity_dip of their addressable hours: a cost of learner time, booked
// in economic cost (not discounted by attribution: the training causes it).
//
// People applying are counted from the week their benefits begin.
#include <algorithm>
#include <cmath>

#include "core/calendar.h"
#include "core/engine.h"

namespace planner {

namespace {

// base^n by squaring: only multiplications, so native and wasm agree bit for
// bit (std::pow with a fractional exponent may differ between their libms).
double power(double base, int n) {
  double result = 1;
  for (; n > 0; n >>= 1, base *= base)
    if (n & 1) result *= base;
  return result;
}

// Takes out of the tier k-1 streams of segment `sg` the savings that
// `progressing` tier-k appliers (who came through the plan's tier k-1
// programmes) had there, from week `start` on. Returns the steady-state hours
// a week removed (before decay).
double give_up_lower_tier(const Scenario& s, int sg, int k, double progressing, int start,
                          double hours_factor, EngineScratch& w) {
  const int K = static_cast<int>(w.tiers.size()), J = static_cast<int>(w.models.size()), W = w.weeks;
  const size_t base = (static_cast<size_t>(sg) * K + (k - 1)) * J;
  double enrolled = 0;
  for (int j = 0; j < J; ++j) enrolled += w.booked_learners[base + j];
  if (!(enrolled > 0) || !(progressing > 0)) return 0;
  double removed = 0;
  for (int j = 0; j < J; ++j) {
    const double booked = w.booked_appliers[base + j];
    if (!(booked > 0)) continue;
    // Expected tier k-1 appliers among the progressing people, through model j.
    const double people = progressing * booked / enrolled;
    const double saving = w.booked_saving[base + j] / booked;  // share of addressable hours
    const double began = w.booked_start_weeks[base + j] / booked;
    const double weekly = people * saving * hours_factor;
    removed += weekly;
    if (start >= W) continue;
    const double kept =
        power(w.models[j].decay_per_week, static_cast<int>(std::lround(std::max(0.0, start - began))));
    w.new_hours[static_cast<size_t>(j) * W + start] -= weekly * kept;
    w.new_value[static_cast<size_t>(j) * W + start] -= weekly * kept * s.segments[sg].hourly_cost;
  }
  return removed;
}

}  // namespace

void add_group_effects(const Scenario& s, const Group& g, EngineScratch& w, Result& out) {
  const ModelAt& m = w.models[g.model];
  const TierAt& t = w.tiers[g.tier];
  const Segment& seg = s.segments[g.segment];
  const int W = w.weeks, M = out.months, K = out.tiers, J = out.models;
  const double finishers = g.learners * m.completion;
  const double appliers = finishers * m.applying;
  const double hours_factor =
      seg.addressable_hours_week * s.adjustments.attribution * s.adjustments.confidence;
  // Learners fill groups in priority order, those already at tier k-1 first
  // (groups.cpp): the rest of this group came through the plan's tier k-1.
  const int from_plan = g.tier == 0 ? 0 : std::min(g.learners, g.needed);
  const double ready_share = g.learners > 0 ? 1.0 - static_cast<double>(from_plan) / g.learners : 0.0;
  const double saving = t.uplift - ready_share * t.below_uplift;  // per applier, share of addressable hours
  const double weekly_hours = appliers * saving * hours_factor;
  const int benefit_start = g.end + t.ramp_weeks;

  double given_up = 0;
  if (from_plan > 0)
    given_up = give_up_lower_tier(s, g.segment, g.tier, appliers * (1.0 - ready_share), benefit_start,
                                  hours_factor, w);
  const size_t booked = (static_cast<size_t>(g.segment) * K + g.tier) * J + g.model;
  w.booked_learners[booked] += g.learners;

  out.learners_by_model[g.model] += g.learners;
  out.totals.hours_saved_per_week += weekly_hours - given_up;  // steady state: everyone ramped, before decay
  if (g.end - 1 < W) w.finished[g.tier * M + month_of_week(g.end - 1)] += finishers;
  if (benefit_start < W) {
    w.applying[g.tier * M + month_of_week(benefit_start)] += appliers;
    w.new_hours[static_cast<size_t>(g.model) * W + benefit_start] += weekly_hours;
    w.new_value[static_cast<size_t>(g.model) * W + benefit_start] += weekly_hours * seg.hourly_cost;
    out.capable_by_model[g.model] += appliers;
    w.first_benefit_week[g.model] = std::min(w.first_benefit_week[g.model], benefit_start);
    w.booked_appliers[booked] += appliers;
    w.booked_saving[booked] += appliers * saving;
    w.booked_start_weeks[booked] += appliers * benefit_start;
  }
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
        // Never below zero: a saving given up is estimated at its average age.
        hours[l] = std::max(0.0, hours[l] * keep[l] + add_hours[l][week]);
        value[l] = std::max(0.0, value[l] * keep[l] + add_value[l][week]);
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
