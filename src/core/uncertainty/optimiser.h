// optimiser.h — the budget-capability frontier and goal seek over the
// decisions a planner controls (decisions.h).
//
// How it searches: a space small enough (OptimiserOptions::enumerate_limit
// plans) is enumerated, so its frontier is exact. A larger one is explored
// heuristically: a greedy ascent from "train nobody" taking the move with the
// most capability per unit of cost, a greedy descent from "train everyone"
// giving up the least capability per unit saved, then a local search under
// each of a ladder of budgets. Every plan evaluated joins one pool; the
// frontier is the pool's Pareto set, so it is monotone by construction: more
// budget never buys less capability.
//
// Cost is the incremental cost over the horizon at Case::Likely. Capability is
// either the people at tier >= target tier by the target month (applying or
// trained, as the target counts them) or the benefit value over the horizon.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"
#include "core/uncertainty/decisions.h"

namespace planner::mc {

enum class Capability { People, Benefits };
const char* capability_id(Capability c);  // "people" | "benefits"
bool parse_capability(const char* id, Capability& out);

struct Score {
  bool valid = true;      // false: the plan breaks a rule of validate() (e.g. a coach model with no coaches)
  double cost = 0;        // incremental cost over the horizon
  double capability = 0;  // by the chosen measure
  double people = 0;      // people at tier >= target tier by the target month
  double people_at_end = 0;  // ... at the end of the horizon (tells "too slow" from "never enough")
  double benefits = 0;       // benefit value over the horizon
  int months_to_target = -1;
  bool meets_target = false;  // target met by its deadline
};

struct Candidate {
  Plan plan;
  Score score;
};

struct OptimiserOptions {
  SpaceOptions space;
  Capability measure = Capability::People;
  double enumerate_limit = 4096;  // enumerate every plan when the space is at most this big
  int max_evaluations = 20000;    // budget of model evaluations for the heuristic search
  int budget_points = 16;         // budgets on the ladder the local search improves
};

class Optimiser {
 public:
  // Precondition: validate(base) is empty.
  Optimiser(const Scenario& base, const OptimiserOptions& options = {});

  const DecisionSpace& space() const { return space_; }
  const Scenario& base() const { return base_; }
  bool exhaustive() const { return exhaustive_; }
  int evaluations() const { return evaluations_; }

  // Score of one plan (cached).
  const Score& score(const Plan& p);
  // Score of the base scenario exactly as it is (the "current plan" point).
  Score current() const;

  // Fills the pool (enumeration or heuristic); later calls do nothing.
  void explore();
  // The same work in slices, for a UI that must not block a frame: runs until
  // about `evaluations` more plans were scored (finishing the neighbourhood
  // scan in progress), then returns; true once exploration is complete.
  // Slicing does not change the result: explore() is a loop over this.
  bool explore_step(int evaluations);
  bool explored() const { return phase_ == Phase::Done; }
  // The pool's Pareto set: cost ascending, capability strictly increasing.
  std::vector<Candidate> frontier();
  // The most capability for at most `budget` (cheapest among equals); false if
  // not even the cheapest plan fits.
  bool best_within_budget(double budget, Candidate& out);
  // The cheapest plan meeting the scenario's target by its deadline; false if
  // no plan found does.
  bool cheapest_meeting_target(Candidate& out);
  // The most capable plan by the people measure at the deadline (for
  // explaining infeasibility).
  Candidate most_capable();
  // The most people at tier >= target tier at the end of the horizon, over every plan seen.
  double most_people_at_end();

 private:
  // Exploration phases, in order (see the header comment).
  enum class Phase { Start, Enumerate, Ascent, Descent, AscentFromCurrent, Ladder, Polish, Done };
  void advance();  // one unit of work of the current phase
  void begin_walk(const Plan& from);
  bool ascent_move();  // one neighbourhood scan; false when the walk ends
  bool descent_move();
  bool improve_move();
  bool begin_improve(double budget);
  void descend_feasible(Plan start);
  std::vector<Candidate> frontier_of_pool() const;
  bool best_in_pool(double budget, Candidate& out) const;
  bool out_of_evaluations() const { return evaluations_ >= options_.max_evaluations; }

  Phase phase_ = Phase::Start;
  Plan start_, enum_plan_, walk_;  // walk_: the current point of the walk in progress
  Score walk_score_;
  bool walking_ = false;
  int walk_moves_ = 0;
  double walk_budget_ = 0;
  std::vector<double> budgets_;  // the ladder, then the Pareto costs to polish
  size_t budget_index_ = 0;

  Scenario base_, scratch_;
  OptimiserOptions options_;
  DecisionSpace space_;
  Result result_;
  bool exhaustive_ = false;
  int evaluations_ = 0;
  std::vector<Candidate> pool_;
  std::unordered_map<std::string, size_t> index_;
};

// ---- One-call entry points (CLI, UI) ----

struct FrontierReport {
  Capability measure = Capability::People;
  std::vector<Candidate> points;  // Pareto points, cost ascending
  Score current;                  // the scenario as it is
  bool exhaustive = false;
  int evaluations = 0;
  double space_size = 0;
  DecisionSpace space;
};
FrontierReport compute_frontier(const Scenario& s, const OptimiserOptions& o = {});

struct SeekReport {
  bool feasible = false;
  Candidate best;  // the cheapest plan meeting the target / the best plan for the budget
  Score current;
  std::string message;  // one sentence a user understands, naming the binding constraint when infeasible
  std::string binding;  // "application rate", "managers", "deadline beyond horizon", ... ("" if feasible)
  DecisionSpace space;
  int evaluations = 0;
};
// Goal seek: the cheapest plan that meets the scenario's target by its deadline.
SeekReport seek_target(const Scenario& s, const OptimiserOptions& o = {});
// The most capability `budget` buys.
SeekReport seek_budget(const Scenario& s, double budget, const OptimiserOptions& o = {});
// The same over an optimiser that may already have explored (the UI keeps one).
SeekReport seek_target(Optimiser& opt);
SeekReport seek_budget(Optimiser& opt, double budget);

// Human summary of a plan: "Literacy: Self-paced platform; Fluency: coaching; ..."
std::string describe_plan(const Scenario& base, const DecisionSpace& d, const Plan& p);

}  // namespace planner::mc
