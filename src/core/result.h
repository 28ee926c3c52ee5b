// result.h — every output of the planning model (see shared/DOMAIN.md).
//
// Monthly series are flat vectors so that evaluate() can refill one Result
// again and again without allocating (the Monte Carlo and the optimiser call
// it thousands of times). Month m (0-based) of a per-tier series sits at
// [m * tiers + k]; accessors below hide the arithmetic.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace planner {

// What stopped the scheduler from starting a group sooner.
enum class Constraint { None, ParallelGroups, Managers, Coaches, SpendCap, Stagger, TierOrder, Wave };
const char* constraint_name(Constraint c);  // "managers", "spend cap", ...

// One scheduled group: a cohort, team, class, engagement or a batch of
// self-paced learners.
struct GroupRun {
  int segment = 0;
  int tier = 0;
  int model = 0;  // index into Scenario::models
  int learners = 0;
  int start_week = 0;  // 0-based from plan start
  int end_week = 0;    // exclusive: the programme ends at the start of this week
  int wave = 1;
  Constraint delayed_by = Constraint::None;  // what held its start back, if anything
};

struct Schedule {
  std::vector<GroupRun> groups;
  int peak_concurrent = 0;  // most groups running in one week
  // Which constraints bind the plan as a whole: core/constraints.h (not
  // computed by evaluate(); it re-evaluates with each one relaxed).
  int last_end_week = 0;
  int unscheduled_groups = 0;    // planned groups that could not start within the horizon
  int unscheduled_learners = 0;  // learners in those groups (not trained in this plan)
};

struct Totals {
  double cash_cost = 0;         // all cash incl. sunk seats, overhead, contingency
  double incremental_cost = 0;  // cash minus sunk seats
  double economic_cost = 0;     // incremental + learner and manager hours x loaded rate
  double learner_hours = 0;
  double manager_hours = 0;
  int learners = 0;              // distinct people enrolled in at least one scheduled programme
  int enrolments = 0;            // places taken in scheduled programmes (a person in two tiers counts twice)
  double capable_employees = 0;  // people applying at tier >= target tier at horizon end, less today's
  double cost_per_learner = 0;   // incremental / learners (distinct people)
  double cost_per_capable_employee = 0;  // incremental / capable employees (0 if none)
  // Hours saved a week, after attribution x confidence and skill decay, as the
  // average of a month: the horizon's last month, and month 12 (or the last
  // month if the horizon is shorter). FTE returned = hours x 52 / hours_per_fte_year.
  double hours_saved_per_week = 0;  // at horizon end
  double fte_returned = 0;          // at horizon end
  double hours_saved_per_week_month12 = 0;
  double fte_returned_month12 = 0;
  double benefits = 0;  // value over the horizon, after attribution x confidence
  // Cash view: against incremental cost. ROI and BCR have no value when the
  // plan costs nothing (roi_defined false; JSON null, text "n/a").
  bool roi_defined = false;  // incremental_cost > 0
  double roi_pct = 0;        // (benefits - incremental) / incremental x 100
  double bcr = 0;            // benefits / incremental
  int payback_month = -1;    // first month (1-based) cumulative net >= 0; -1 = not within horizon
  double npv = 0;            // at the scenario's discount rate, monthly compounding
  // Economic view: the same against economic cost (learner, manager and dip
  // hours at the loaded rate that also values the benefits).
  bool economic_roi_defined = false;  // economic_cost > 0
  double economic_roi_pct = 0;
  double economic_bcr = 0;
  int economic_payback_month = -1;
  double economic_npv = 0;
  int months_to_target = -1;            // first month (1-based) the target holds; -1 = not within horizon
  bool target_met_by_deadline = false;  // months_to_target in [1, Target::by_month]
  int planned_learners = 0;             // enrolments the plan asks for (scheduled or not)
  double sunk_cost = 0;                 // cash on sunk seats (already paid; in cash_cost, not incremental)
  double dip_hours = 0;                 // learner hours lost to the productivity dip while habits form
  double practice_hours = 0;            // protected practice hours (also inside learner_hours)
};

struct EngineScratch;  // core/engine.h

struct Result {
  int months = 0;
  int tiers = 0;
  int models = 0;
  int segments = 0;

  // Per month (size months).
  std::vector<double> cash_cost, incremental_cost, economic_cost;
  std::vector<double> hours_saved_per_week;  // average over the month, after attribution x confidence
  std::vector<double> value;                 // benefit value in the month
  std::vector<double> cumulative_net;        // cumulative value - cumulative incremental cost

  // Per month x dimension (flat).
  std::vector<double>
      cost_by_model;  // [m * models + j], incremental, before overhead/contingency split pro rata
  std::vector<double> cost_by_tier;     // [m * tiers + k]
  std::vector<double> cost_by_segment;  // [m * segments + s]
  std::vector<double>
      cost_by_segment_tier;  // [(m * segments + s) * tiers + k] (the re-forecast's late segments)
  std::vector<double>
      trained_at_tier;  // [m * tiers + k] people at tier >= k (trained or already there), end of month
  std::vector<double> applying_at_tier;  // [m * tiers + k] people applying tier >= k, end of month
  // Per month x segment x tier (flat, [(m * segments + s) * tiers + k]): the
  // people of segment s who, through the plan, newly reach "trained at tier
  // >= k" / "applying tier >= k" in month m (today's people are not in it).
  // Summed over segments and months and added to today's they give the two
  // series above; core/heat_map.h turns them into a segment's shares.
  std::vector<double> newly_trained_by_segment;
  std::vector<double> newly_applying_by_segment;

  // Per delivery model over the horizon (size models): the [JAIN] comparison
  // of what a capability costs through each model.
  std::vector<double> learners_by_model;          // enrolled learners in scheduled groups
  std::vector<double> capable_by_model;           // learners applying their tier at horizon end
  std::vector<double> incremental_cost_by_model;  // incremental cost incl. overhead/contingency
  std::vector<double> cost_per_capable_by_model;  // incremental / capable (0 when none capable)

  Schedule schedule;
  Totals totals;

  // Engine scratch (core/engine.h) reused between calls so evaluate() does not
  // allocate once sized. Not an output. Copies of a Result share it until the
  // next evaluate(), which then gives the copy its own.
  std::shared_ptr<EngineScratch> scratch;

  double at(const std::vector<double>& v, int month, int width, int j) const { return v[month * width + j]; }
};

}  // namespace planner
