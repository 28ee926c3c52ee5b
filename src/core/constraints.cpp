// constraints.cpp — the binding-constraint analysis (see constraints.h).
//
// For each capacity constraint: evaluate with it unlimited; if the outcome
// is the same, it does not bind. Otherwise find the smallest relaxation with
// the unlimited outcome by bisection between "as is" (known different) and a
// relaxation that cannot hold anything back any more (as many extra places as
// there are groups, no stagger, a cap above every month's spend), which is
// known equal. The answer is always checked, never assumed: the reported
// relaxation does buy the reported outcome.
#include "core/constraints.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace planner {
namespace {

constexpr int kUnlimited = 100000;  // validate()'s largest max_parallel_groups

int planned_groups(const Result& r) {
  return static_cast<int>(r.schedule.groups.size()) + r.schedule.unscheduled_groups;
}

std::string week_text(int w) { return "week " + std::to_string(w); }

std::string month_text(int m) { return m > 0 ? "month " + std::to_string(m) : "not within the horizon"; }

std::string money(double v, const std::string& symbol) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.0f", std::ceil(v));
  std::string s = digits, out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return symbol + out;
}

// v to two significant figures (at least whole units), rounded down or up.
double unit_of(double v) {
  double unit = 1;
  while (v / unit >= 100) unit *= 10;
  return unit;
}
double round_down(double v) { return std::floor(v / unit_of(v)) * unit_of(v); }
double round_up(double v) { return std::ceil(v / unit_of(v)) * unit_of(v); }

}  // namespace

Outcome outcome_of(const Result& r) {
  return {r.totals.months_to_target, r.schedule.last_end_week, r.schedule.unscheduled_learners};
}

Scenario relaxed(const Scenario& s, Constraint which, int amount, double cap) {
  Scenario t = s;
  auto more = [&](int v) { return amount < 0 ? kUnlimited : std::min(kUnlimited, v + amount); };
  switch (which) {
    case Constraint::ParallelGroups:
      t.capacity.max_parallel_groups = more(t.capacity.max_parallel_groups);
      break;
    case Constraint::Coaches:
      t.capacity.coaches = more(t.capacity.coaches);
      break;
    case Constraint::Managers:
      for (Segment& g : t.segments) g.managers = more(g.managers);
      break;
    case Constraint::Stagger:
      for (DeliveryModel& m : t.models)
        m.stagger_weeks = amount < 0 ? 0 : std::max(0, m.stagger_weeks - amount);
      break;
    case Constraint::SpendCap:
      t.capacity.monthly_spend_cap = cap;
      break;
    default:
      break;
  }
  return t;
}

std::vector<BindingConstraint> binding_constraints(const Scenario& s, Case c) {
  std::vector<BindingConstraint> out;
  Result r;
  evaluate(s, c, r);
  const Outcome base = outcome_of(r);
  const int groups = planned_groups(r);
  auto outcome = [&](const Scenario& t) {
    evaluate(t, c, r);
    return outcome_of(r);
  };
  for (Constraint which : {Constraint::ParallelGroups, Constraint::Coaches, Constraint::Managers,
                           Constraint::Stagger, Constraint::SpendCap}) {
    if (which == Constraint::SpendCap && !(s.capacity.monthly_spend_cap > 0)) continue;
    const Outcome full = outcome(relaxed(s, which, -1));
    if (full == base) continue;
    BindingConstraint b;
    b.constraint = which;
    b.before = base;
    b.after = full;
    if (which == Constraint::SpendCap) {
      double lo = s.capacity.monthly_spend_cap, hi = lo * 2;
      while (hi < 1e15 && outcome(relaxed(s, which, 0, hi)) != full) {
        lo = hi;
        hi *= 2;
      }
      if (hi >= 1e15) {
        b.cap_needed = 0;  // only no cap at all buys it
      } else {
        while (hi - lo > std::max(1.0, hi * 1e-4)) {
          const double mid = (lo + hi) / 2;
          (outcome(relaxed(s, which, 0, mid)) == full ? hi : lo) = mid;
        }
        // A round figure if one buys it: two significant figures, down then up.
        b.cap_needed = hi;
        for (double nice : {round_down(hi), round_up(hi)})
          if (nice > lo && nice <= b.cap_needed && outcome(relaxed(s, which, 0, nice)) == full) {
            b.cap_needed = nice;
            break;
          }
      }
    } else {
      int hi = groups;  // this many more places (or weeks of stagger less) can hold nothing back
      if (which == Constraint::Stagger) {
        hi = 0;
        for (const DeliveryModel& m : s.models) hi = std::max(hi, m.stagger_weeks);
      }
      hi = std::max(hi, 1);
      int lo = 0;
      while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (outcome(relaxed(s, which, mid)) == full ? hi : lo) = mid;
      }
      b.amount = hi;
    }
    out.push_back(b);
  }
  return out;
}

std::string binding_text(const BindingConstraint& b, const std::string& currency_symbol) {
  std::string what;
  const std::string n = std::to_string(b.amount);
  switch (b.constraint) {
    case Constraint::ParallelGroups:
      what = "+" + n + (b.amount == 1 ? " parallel group" : " parallel groups");
      break;
    case Constraint::Coaches:
      what = "+" + n + (b.amount == 1 ? " coach" : " coaches");
      break;
    case Constraint::Managers:
      what = "+" + n + (b.amount == 1 ? " manager" : " managers") + " per segment";
      break;
    case Constraint::Stagger:
      what = "stagger " + n + (b.amount == 1 ? " week" : " weeks") + " shorter";
      break;
    case Constraint::SpendCap:
      what = b.cap_needed > 0 ? "spend cap " + money(b.cap_needed, currency_symbol) + " a month"
                              : "no spend cap";
      break;
    default:
      what = constraint_name(b.constraint);
      break;
  }
  std::string buys;
  auto add = [&](const std::string& part) { buys += (buys.empty() ? "" : ", ") + part; };
  if (b.after.months_to_target != b.before.months_to_target)
    add("target " + month_text(b.before.months_to_target) + " -> " + month_text(b.after.months_to_target));
  if (b.after.last_end_week != b.before.last_end_week)
    add("last group ends " + week_text(b.before.last_end_week) + " -> " + week_text(b.after.last_end_week));
  if (b.after.unscheduled_learners != b.before.unscheduled_learners)
    add("unscheduled learners " + std::to_string(b.before.unscheduled_learners) + " -> " +
        std::to_string(b.after.unscheduled_learners));
  return what + ": " + buys;
}

}  // namespace planner
