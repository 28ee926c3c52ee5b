// engine.h — the evaluation pipeline's internal parts and their scratch.
//
//   evaluate()  (evaluate.cpp)
//     1. resolve_case     every Range taken at the case         (case_values.cpp)
//     2. build_groups     who learns what, in which groups      (groups.cpp)
//     3. schedule_groups  the cohort scheduler; books costs     (scheduler.cpp, costs.cpp)
//     4. add_group_effects    per group: learners, dip            (benefits.cpp)
//        add_people_effects   per person: savings, capability     (people.cpp)
//        roll_up_benefits     savings by week with skill decay    (benefits.cpp)
//     5. finish_totals    ROI, BCR, payback, NPV, target        (finance.cpp)
//
// All working arrays live in EngineScratch, owned by the Result, so a second
// evaluate() into the same Result reuses them and allocates nothing.
#pragma once

#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace planner {

// A delivery model with every range taken at the case being evaluated.
struct ModelAt {
  CostBasis basis = CostBasis::PerLearner;
  double cost = 0;  // currency per basis unit
  bool sunk = false;
  int duration_weeks = 1;  // whole weeks, at least 1
  bool grouped = true;     // GroupKind != None: counts against parallel groups and stagger
  int stagger_weeks = 0;   // weeks between starts of this model's groups (grouped models only)
  int group_size = 1;
  bool needs_coach = false, needs_manager = false;
  double manager_hours_per_week = 0;
  double completion = 1;      // share of enrolled who finish
  double applying = 1;        // share of finishers who apply: application x readiness, capped at 1
  double decay_per_week = 1;  // weekly retention of the gain (1 = reinforced, no decay)
};

struct TierAt {
  double learning_hours = 0;  // per learner
  double uplift =
      0;  // share of addressable hours a person applying this tier saves (never below the tier below's)
  int ramp_weeks = 0;
};

// One planned group before and after scheduling.
struct Group {
  int segment = 0, tier = 0, model = 0, learners = 0;
  bool pilot = false;  // first-wave group (Capacity::first_wave_share)
  int wave = 1;
  int rank = 0;          // dense order of (pilot first, wave) used for "waves in order"
  int needed = 0;        // tier k-1 learners of the segment that must have finished first
  int position = 0;      // its first learner's place among the (segment, tier)'s learners
  int end_rank = 0;      // learners of the same (segment, tier) whose groups ended before this one's
  bool feasible = true;  // false: can never start (its own monthly cost exceeds the spend cap)
  int start = -1, end = -1;
  Constraint reason = Constraint::None;
  int next = -1;                      // parked list link (scheduler)
  int next_in[4] = {-1, -1, -1, -1};  // next group competing for the same capacity (scheduler)
  int next_ending = -1;               // next group ending in the same week
};

// Everything build_groups() reads, flattened: headcounts, tiers today and
// targets, waves, the plan's rows (model as an index), group sizes, default
// models and the first-wave share. No Range is in it, so the Monte Carlo,
// the tornado and price sweeps evaluate one shape over and over.
struct GroupShape {
  std::vector<int> ints;
  std::vector<double> reals;
  bool operator==(const GroupShape& o) const { return ints == o.ints && reals == o.reals; }
};

struct EngineScratch {
  std::vector<ModelAt> models;
  std::vector<TierAt> tiers;
  std::vector<Group> groups;  // every planned group, in priority order
  GroupShape groups_shape;    // the shape `groups` was built for
  GroupShape shape;           // the shape being evaluated (kept to reuse its memory)
  bool groups_built = false;
  std::vector<int> started;  // indices into groups, in start order
  // Scheduler state (W = horizon weeks).
  std::vector<int> running_managed;  // [s] needs_manager groups of segment s running now
  std::vector<int>
      first_ending;  // [w] first started group ending at week w (-1: none); Group::next_ending links the rest
  std::vector<int> ended;            // [s * K + k] learners whose tier-k group has ended by the current week
  std::vector<int> pending_by_rank;  // [k * R + r] groups not yet started (those that never can included)
  std::vector<unsigned long long> active;   // bit per group: pending and re-tried each visited week
  std::vector<int> parked_tier_order;       // [s * K + k] first group waiting for tier k of s to end
  std::vector<int> parked_tier_order_last;  // last of each list above
  std::vector<int> parked_wave;        // [k * R + r] first tier-k group of rank r waiting for earlier waves
  std::vector<int> row_model;          // [plan row] model index (-1: unknown)
  std::vector<int> default_model;      // [k] the tier's default model index (-1: none)
  std::vector<int> min_rank;           // [k] lowest (pilot, wave) rank with a tier-k group waiting
  std::vector<int> ready_today;        // [s * K + k] learners ready for tier k today (no tier k-1 first)
  std::vector<int> tier_learners;      // [s * K + k] learners the plan asks for at tier k
  std::vector<int> by_position;        // group indices by (segment, tier), each run in position order
  std::vector<int> by_position_first;  // [s * K + k] start of that run in by_position; [S * K] = end
  // People (people.cpp): the groups one track of people takes, tier by tier.
  std::vector<int> path;           // [k] group index at tier k, -1 none
  std::vector<double> held;        // [h + 1] chance the highest tier applied (or finished) is h; h = -1: none
  std::vector<int> end_order;      // one (segment, tier)'s groups in the order they end
  std::vector<double> month_buf;   // one group's cost by month
  std::vector<double> month_buf2;  // the same, as if it started at its month's first week
  std::vector<double> cap_ledger;  // [m] incremental cash booked against the spend cap, past the horizon too
  std::vector<int> last_model_start;  // [j] week model j's last group started (-1: none yet), for its stagger
  std::vector<int> queue_head;        // [q] first group of capacity queue q not yet started (-1: none)
  // Benefits per model per week, before decay is rolled up.
  std::vector<double> new_hours;        // [j * W + w] hours/week of saving that begins at week w
  std::vector<double> new_value;        // [j * W + w] value/week of saving that begins at week w
  std::vector<int> first_benefit_week;  // [j] earliest week a saving through model j begins (W: none)
  std::vector<double> week_hours;       // [w] after decay, all models
  std::vector<double> week_value;       // [w]
  std::vector<double> finished;         // [k * M + m] people who reach "finished a tier >= k" in month m
  std::vector<double> applying;         // [k * M + m] people who start "applying a tier >= k" in month m
  double distinct_learners = 0;         // people enrolled in at least one scheduled group
  int weeks = 0;
  int ranks = 0;
};

// Sizes `v` to n and zeroes it; no allocation once capacity suffices.
template <class T>
void reset(std::vector<T>& v, size_t n, T value = T()) {
  v.resize(n);
  for (auto& x : v) x = value;
}

void resolve_case(const Scenario& s, Case c, EngineScratch& w);
void build_groups(const Scenario& s, EngineScratch& w);
void schedule_groups(const Scenario& s, EngineScratch& w, Result& out);
void add_group_effects(const Scenario& s, const Group& g, EngineScratch& w, Result& out);
void add_people_effects(const Scenario& s, EngineScratch& w, Result& out);
void roll_up_benefits(const Scenario& s, EngineScratch& w, Result& out);
void finish_totals(const Scenario& s, EngineScratch& w, Result& out);
// The totals that follow from the monthly series alone (costs, benefits,
// ROI, payback, NPV, the target month, hours and FTE); finish_totals() ends
// with it and the re-forecast (reforecast.cpp) reruns it on its own series.
// The buffers are scratch of any size.
void totals_from_series(const Scenario& s, Result& out, std::vector<double>& buf_a,
                        std::vector<double>& buf_b);

}  // namespace planner
