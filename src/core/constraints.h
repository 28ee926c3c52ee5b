// constraints.h — which capacity constraints bind a plan, and what relaxing
// each one buys (shared/DOMAIN.md, "Rules made precise": binding constraint).
//
// A constraint binds when relaxing it alone (parallel groups, coaches or
// managers unlimited, no stagger, no spend cap) changes the outcome: the
// target month, the week the last group ends, or the learners left
// unscheduled. For each binding constraint the analysis finds the smallest
// relaxation that buys the whole effect: "+2 coaches", "stagger -1 week",
// "a cap of $12,000". Several constraints can bind at once.
//
// This re-evaluates the plan a few dozen times (a binary search per
// constraint), so evaluate() never calls it; the UI, CLI and reports call it
// when the plan changes.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"

namespace planner {

// What the binding analysis compares.
struct Outcome {
  int months_to_target = -1;  // Totals::months_to_target (-1: not within the horizon)
  int last_end_week = 0;      // Schedule::last_end_week
  int unscheduled_learners = 0;
  bool operator==(const Outcome& o) const {
    return months_to_target == o.months_to_target && last_end_week == o.last_end_week &&
           unscheduled_learners == o.unscheduled_learners;
  }
  bool operator!=(const Outcome& o) const { return !(*this == o); }
};
Outcome outcome_of(const Result& r);

struct BindingConstraint {
  Constraint constraint = Constraint::None;  // ParallelGroups, Coaches, Managers, Stagger or SpendCap
  // The smallest relaxation that buys everything relaxing it fully buys:
  //   ParallelGroups, Coaches  `amount` more (capacity value amount + current)
  //   Managers                 `amount` more managers in every segment
  //   Stagger                  every model's stagger `amount` weeks shorter (at least 0)
  //   SpendCap                 a monthly cap of `cap_needed` (0: no cap at all)
  int amount = 0;
  double cap_needed = 0;
  Outcome before, after;
};

// Every binding capacity constraint of `s` at case `c`, in the order
// parallel groups, coaches, managers, stagger, spend cap.
// Precondition: validate(s) is empty.
std::vector<BindingConstraint> binding_constraints(const Scenario& s, Case c);

// The scenario with one constraint relaxed by `amount` (Stagger: weeks
// shorter; SpendCap: `cap` becomes the cap, 0 = none). amount < 0 means
// unlimited. Exposed for the tests.
Scenario relaxed(const Scenario& s, Constraint which, int amount, double cap = 0);

// "+2 coaches: target month 7 -> 5, last group ends week 40 -> 31".
// Money is written with `currency_symbol` and rounded to whole units.
std::string binding_text(const BindingConstraint& b, const std::string& currency_symbol);

}  // namespace planner
