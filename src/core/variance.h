// variance.h — plan against actual, month by month, with a red / amber /
// green status (issue 15; thresholds in docs/schema.md, "Variance").
//
// Status compares the actual with the plan on the side that hurts: spend
// above plan, people and hours below plan, a metric on the wrong side of its
// target. Within 5 % of the plan is green, within 15 % amber, beyond red.
// Completion is reported apart from application: completion is not capability.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace planner {

enum class Rag { Green, Amber, Red };
const char* rag_id(Rag r);  // "green", "amber", "red"

constexpr double kAmberShare = 0.05;  // beyond 5 % on the wrong side: amber
constexpr double kRedShare = 0.15;    // beyond 15 %: red

// Status of `actual` against `planned`; `more_is_worse` for spend.
Rag rag_status(double planned, double actual, bool more_is_worse);

struct VarianceLine {
  int month = 0;     // 1-based plan month
  std::string key;   // "spend", "cumulative_spend", "enrolled", "completed", "applying",
                     // "hours_saved_per_week", "metric"
  int tier = -1;     // for per-tier lines and metrics (0-based)
  int metric = -1;   // index into measurement_plan(s), for "metric" lines
  int segment = -1;  // -1 = the whole organisation; else a segment's own enrolled/completed/applying
  double plan = 0;   // the plan's figure (a metric's target)
  double actual = 0;
  Rag status = Rag::Green;
};

// What a line measures, as people read it: "Spend in the month", "Applying
// AI Fluency", a metric's own name; a segment's line ends with its name
// ("Applying AI Fluency, Sales").
std::string variance_label(const Scenario& s, const VarianceLine& v, const std::vector<Metric>& metrics);

// One line per figure typed, for each month of actuals up to the as-of month,
// in month order. `plan` = evaluate(s, c). A month reported by segment also
// gets, after its organisation lines, each plan segment's enrolled, completed
// and applying per tier against that segment's own plan figures
// (plan_figures_by_segment); a segment the month does not list counted no one.
std::vector<VarianceLine> variance(const Scenario& s, const Result& plan);

}  // namespace planner
