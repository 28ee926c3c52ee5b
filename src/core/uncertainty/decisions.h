// decisions.h — the decisions a planner controls, as a small discrete space
// the optimiser can search (and, when small enough, enumerate).
//
// A Plan chooses
//   - for each segment and tier, the cumulative target share, from a grid of
//     levels (default 0, 25, 50, 75, 100 %), never rising with the tier;
//   - for each tier, the delivery model that delivers it to every segment
//     (among the models whose tier range covers it);
//   - how many groups may run in parallel, from a short list.
// Everything else (prices, rates, capacity other than parallel groups,
// readiness, the target) stays as the scenario has it. apply_plan() turns a
// Plan into the modified Scenario, which is what "adopt this point" means.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/scenario.h"

namespace planner::mc {

struct DecisionSpace {
  int segments = 0, tiers = 0;
  std::vector<double> share_levels;  // ascending, e.g. {0, 0.25, 0.5, 0.75, 1}
  std::vector<std::vector<int>>
      tier_models;                   // per tier: candidate model indices (may be empty: keep the scenario's)
  std::vector<int> parallel_levels;  // ascending max_parallel_groups values

  // Number of distinct plans (as a double: it can be astronomically large).
  double size() const;
};

struct SpaceOptions {
  std::vector<double> share_levels = {0, 0.25, 0.5, 0.75, 1.0};
  // Extra max_parallel_groups values besides the scenario's own (3-6 [JAIN]).
  std::vector<int> parallel_levels = {3, 4, 6};
  bool vary_models = true;    // false: each tier keeps the model the scenario gives it
  bool vary_parallel = true;  // false: keep the scenario's max_parallel_groups
};

DecisionSpace make_space(const Scenario& s, const SpaceOptions& o = {});

struct Plan {
  std::vector<uint8_t> share;  // [segment * tiers + tier]: index into share_levels, non-increasing in tier
  std::vector<uint8_t> model;  // [tier]: index into tier_models[tier] (0 when that list is empty)
  uint8_t parallel = 0;        // index into parallel_levels

  std::string key() const;  // a compact byte string, for de-duplication
  bool operator==(const Plan& o) const {
    return share == o.share && model == o.model && parallel == o.parallel;
  }
};

// The plan nearest to what the scenario does today (shares rounded to the
// nearest level, each tier's majority model, the nearest parallel level).
Plan plan_from_scenario(const Scenario& s, const DecisionSpace& d);
// Every share at the lowest level / the highest level, parallel at most.
Plan empty_plan(const DecisionSpace& d, const Plan& models_from);
Plan full_plan(const DecisionSpace& d, const Plan& models_from);

// Writes the plan's decisions into a copy of `base`.
Scenario apply_plan(const Scenario& base, const DecisionSpace& d, const Plan& p);
// The same, into an existing scratch scenario of the same shape (fewer allocations).
void apply_plan_into(const Scenario& base, const DecisionSpace& d, const Plan& p, Scenario& out);

// Calls f(plan) for every valid plan (shares non-increasing in tier).
template <class F>
void for_each_plan(const DecisionSpace& d, F&& f);

// Neighbours for local search: one share changed to any other level (with
// the tiers above lowered / below raised to keep shares non-increasing), one
// tier's model swapped, or the parallel level moved by one.
std::vector<Plan> neighbours(const DecisionSpace& d, const Plan& p);

// ---- template implementation ----
namespace detail {
bool next_plan(const DecisionSpace& d, Plan& p);  // odometer step over valid plans; false after the last
Plan first_plan(const DecisionSpace& d);
}  // namespace detail

template <class F>
void for_each_plan(const DecisionSpace& d, F&& f) {
  Plan p = detail::first_plan(d);
  do {
    f(static_cast<const Plan&>(p));
  } while (detail::next_plan(d, p));
}

}  // namespace planner::mc
