// scenario.h — every input of the planning model (see shared/DOMAIN.md).
//
// Plain structs, no behaviour beyond small accessors. Each field documents its
// unit, its default and where the default comes from; the UI shows these
// sources in tooltips and the JSON schema (src/io) mirrors the field names.
//
// Conventions
//   - Money is double in the scenario's currency, rounded only at display.
//   - Weeks and months are integers; weeks to months = x 12/52.
//   - Tier indices are 0-based in code (tier 0 = "Literacy" in the three-tier
//     framework); "tier k" in user-facing text is index + 1.
//   - Shares and rates are fractions in [0, 1] (0.85, not 85).
//   - A Range is a low / likely / high triple; a Case picks one corner.
#pragma once

#include <string>
#include <vector>

namespace planner {

// Which corner of every range input an evaluation uses. Corner cases, not
// percentiles (DOMAIN: "they are corner cases").
enum class Case { Low, Likely, High };

// A low / likely / high value. For costs "low" is the cheap end; for effects
// (uplift, application) "low" is the pessimistic end. Evaluating Case::Low
// therefore gives cheap costs and weak effects together, as the articles'
// "$84K-$280K" style ranges do for cost.
struct Range {
  double low = 0, likely = 0, high = 0;
  double at(Case c) const { return c == Case::Low ? low : c == Case::High ? high : likely; }
  static Range fixed(double v) { return {v, v, v}; }
};

// Distribution used when sampling a Range (uncertainty issue).
enum class Distribution { Triangular, Pert };

struct Organisation {
  std::string name = "Example Co";
  std::string currency_code = "USD";  // ISO 4217
  std::string currency_symbol = "$";
  int start_year = 2027;               // plan start (calendar), for labels only
  int start_month = 1;                 // 1-12
  int horizon_months = 36;             // the usual three-year CFO horizon
  double discount_rate_annual = 0.10;  // for NPV; 10 % default
  double hours_per_fte_year = 2080;    // 40 h x 52 weeks
  double default_hourly_cost = 44.67;  // loaded $/h, BLS ECEC Dec 2024 (US private industry)
};

// One level of a tier framework. Tiers are cumulative: tier k includes k-1.
struct Tier {
  std::string name;         // "AI Literacy"
  std::string description;  // who it is for, success measure
  Range learning_hours;     // hours of learner time per learner in the programme
  Range uplift;        // share of addressable hours saved once applied (belongs to the tier, not the step)
  int ramp_weeks = 4;  // weeks after the programme ends before benefits start
  std::string default_model;  // DeliveryModel::id used when the plan does not say otherwise
  std::string source;         // where the figures come from
};

struct TierFramework {
  std::string name = "Three tiers (Leland)";
  std::vector<Tier> tiers;
};

// How a delivery model is priced. The unit is always explicit.
enum class CostBasis {
  PerSeatMonth,     // cost per seat per month while the learner is enrolled; whole months billed
  PerLearner,       // cost per learner, once (workshops, LMS courses, cohort programmes)
  PerLearnerWeek,   // cost per learner per week for duration_weeks
  PerLearnerMonth,  // cost per learner per month for duration_weeks x 12/52 months (fractional)
  PerEngagement,    // fixed cost per engagement; one engagement covers up to group_size learners
};

// How learners are grouped, which decides what a "group" in the schedule is.
enum class GroupKind { None, Class, Team, Cohort, Department };

struct DeliveryModel {
  std::string id;    // stable key used by tiers and the plan ("coaching")
  std::string name;  // "Team-embedded coaching"
  CostBasis basis = CostBasis::PerLearner;
  Range cost;            // currency per basis unit
  bool sunk = false;     // seats already paid for (existing subscription): incremental cost 0
  Range duration_weeks;  // programme length; rounded to whole weeks when scheduled
  GroupKind group = GroupKind::None;
  int group_size = 12;        // learners per group (cohorts 8-15 [JAIN]); for PerEngagement, learners covered
  bool needs_coach = false;   // each running group occupies one coach
  bool needs_manager = true;  // each running group occupies one manager of its segment [JAIN]
  double manager_hours_per_week = 1.5;  // per running group (weekly 90-min session [JAIN])
  Range completion_rate;                // share of enrolled learners who finish
  Range application_rate;   // share of finishers who change how they work (Saks & Belcourt ~47-62 %)
  bool reinforces = false;  // coaching/cohorts reinforce: no skill decay
  double decay_half_life_months = 0;  // 0 = use Adjustments::decay_half_life_months
  // Weeks between starts of this model's groups (staggering: cohort 2 starts
  // while cohort 1 applies its learning [AIE]). Grouped models only; 0 = no
  // limit. Rule of thumb (and what version-1 files migrate to): 2 for grouped
  // programmes of 2+ weeks, 0 for one-day classes and self-paced models.
  int stagger_weeks = 0;
  int min_tier = 0, max_tier = 0;  // tiers it can deliver (0-based, inclusive)
  std::string source;
};

// The guide's step 5, a role-based plan for one segment, in the user's words.
// Optional (empty = not written yet); the engine reads none of it.
struct RolePlan {
  std::string skills;     // the AI skills the role needs ("drafting briefs with AI")
  std::string in_work;    // where they show up in the work ("weekly campaign report")
  std::string built_by;   // how they are built ("Fluency workshop, then team coaching")
  std::string practised;  // how they are practised ("one report a week with AI, reviewed")
};

// A team, function or role.
struct Segment {
  std::string name;
  int headcount = 0;
  double hourly_cost = 44.67;          // loaded $/h (BLS ECEC Dec 2024 default)
  double addressable_hours_week = 10;  // weekly hours of AI-addressable work per person
  std::vector<int>
      current_at_tier;  // people whose highest tier today is k (size = tiers); the rest are at none
  std::vector<double>
      target_share;    // cumulative: share that should reach at least tier k; never rises with k
  int wave = 1;        // 1 goes first
  int managers = 1;    // managers available to host groups at once
  RolePlan role_plan;  // the guide's role-based plan (optional text)
};

// Which model delivers a tier to a segment, and for what share of that
// segment's learners of the tier. Shares of the rows for one (segment, tier)
// must not exceed 1; any remainder goes to the tier's default model.
struct Assignment {
  int segment = 0;    // index into Scenario::segments; -1 = every segment
  int tier = 0;       // 0-based
  std::string model;  // DeliveryModel::id
  double share = 1.0;
};

struct Capacity {
  int max_parallel_groups = 4;     // groups running at once across the org (3-6 [JAIN])
  int coaches = 4;                 // coaches available; a needs_coach group occupies one
  double first_wave_share = 0.25;  // pilot: share of each tier's learners who go first; the rest of tier 1
                                   // starts after the pilot's tier 1 ends (20-30 % [AIE])
  double monthly_spend_cap = 0;    // cash per month; 0 = no cap. Groups are delayed, never overspent
};

// The five foundations [Why Your AI Upskilling Will Fail], each 1-5. Their mean
// m scales the application rate by 0.5 + 0.25 x (m - 1): 0.5 at the worst, 1.0
// at the middle, 1.5 at the best (best vs worst = 3x), capped at rate 1.
struct Readiness {
  int learning_climate = 3;
  int organisational_systems = 3;
  int job_design = 3;
  int manager_support = 3;
  int incentives = 3;
  double practice_hours_week =
      1.5;  // protected practice time per learner per week while in a programme (1-2 h)
  double productivity_dip = 0.10;  // share of addressable hours lost during the ramp-up weeks
};

struct Adjustments {
  double overhead = 0.05;                          // on cash costs
  double contingency = 0.10;                       // on cash costs
  double attribution = 0.80;                       // share of the gain due to training (Phillips isolation)
  double confidence = 0.75;                        // estimator confidence (Phillips)
  Range decay_half_life_months = {6.5, 11, 13};    // skill decay without reinforcement (Arthur et al. 1998)
  Distribution distribution = Distribution::Pert;  // for sampling ranges
};

// The capability target: share of total headcount at tier >= k by month M.
struct Target {
  double share = 0.80;         // 80 % [AIE]
  int tier = 1;                // 0-based: 1 = "at least the second tier"
  int by_month = 12;           // deadline
  bool count_applying = true;  // count only people applying (default) or everyone trained
};

// ---- Measurement plan and actuals (schema version 3; issue 15) -------------
// What the plan is judged by once it runs: a measurement plan per tier and
// what actually happened, month by month, up to an "as of" month. The
// re-forecast (core/reforecast.h) continues the plan from these actuals.

// One metric of the measurement plan (DOMAIN, "Measuring outcomes").
struct Metric {
  int tier = 0;                  // 0-based tier it measures
  std::string name;              // "Completion rate"
  std::string unit;              // "%", "hours/week", "score 1-10"
  double target = 0;             // the value that counts as success
  bool higher_is_better = true;  // false for e.g. cycle time
  std::string collected;         // how it is collected ("LMS completion report")
};

// A measured value of measures[metric] in one month.
struct MetricValue {
  int metric = 0;  // index into the measurement plan (measurement_plan(s))
  double value = 0;
};

// One segment's people in a month of actuals (optional): the same counts as
// ActualMonth's, for the people of one segment only.
struct SegmentActual {
  int segment = 0;                // index into Scenario::segments
  std::vector<double> enrolled;   // [k] places taken in tier-k programmes so far
  std::vector<double> completed;  // [k] people who finished a programme of tier >= k so far
  std::vector<double> applying;   // [k] people applying tier >= k so far
};

// What happened in one plan month. Counts are cumulative to the month's end,
// through the plan (people already at a tier before it began are not
// counted). A per-tier list left empty was not measured. A month may be
// reported by segment: its per-tier counts are then the sums over the
// segments listed (a segment not listed counted no one): sum_segments() in
// core/actuals.h.
struct ActualMonth {
  int month = 1;                        // 1-based plan month
  double spend = 0;                     // incremental cash spent in the month (overhead and contingency in)
  std::vector<double> enrolled;         // [k] places taken in tier-k programmes so far
  std::vector<double> completed;        // [k] people who finished a programme of tier >= k so far
  std::vector<double> applying;         // [k] people applying tier >= k so far
  double hours_saved_per_week = 0;      // as measured, after attribution x confidence like the plan's
  std::vector<MetricValue> metrics;     // measured metric values
  std::vector<SegmentActual> segments;  // optional: the people counts by segment
};

struct Actuals {
  int as_of_month = 0;  // 1-based plan month the actuals run to; 0 = no actuals
  std::vector<ActualMonth> months;
};

struct Scenario {
  int version = 3;
  std::string title = "Untitled plan";
  std::string description;
  Organisation org;
  TierFramework framework;
  std::vector<DeliveryModel> models;
  std::vector<Segment> segments;
  std::vector<Assignment> plan;
  Capacity capacity;
  Readiness readiness;
  Adjustments adjustments;
  Target target;
  // Measurement and actuals (version 3). An empty measurement plan means the
  // framework's defaults: measurement_plan() below.
  std::vector<Metric> measures;
  Actuals actuals;
};

// Index of the model with this id, or -1.
int find_model(const Scenario& s, const std::string& id);

// The measurement plan in force: Scenario::measures, or when that is empty
// Leland's metrics for a three-tier framework (none for other frameworks).
std::vector<Metric> measurement_plan(const Scenario& s);

}  // namespace planner
