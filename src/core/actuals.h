// actuals.h — what happened against the plan (issue 15): naming plan months
// as the user sees them, the plan's own figures in the shape of a month of
// actuals, and the checks on typed actuals.
//
// The rules (docs/schema.md, "Actuals and the re-forecast"): counts are
// cumulative to the end of the month and through the plan (people already at
// a tier before it began are not counted); "completed" and "applying" at
// tier k count people at tier k or above, "enrolled" the places taken in
// tier-k programmes.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"

namespace planner {

// "March 2027" for plan month 3 of a plan starting in January 2027 (1-based).
std::string plan_month_name(const Organisation& org, int month);
// The plan month (1-based) of a calendar month, or 0 if it is before the plan starts.
int plan_month_of(const Organisation& org, int year, int calendar_month);

// Places taken in each tier's programmes by the end of each month, as the
// plan schedules them: [m * tiers + k], cumulative.
std::vector<double> planned_enrolments(const Result& plan);

// The plan's own figures for plan month `month` (1-based), as a month of
// actuals would report them: spend = incremental cost of the month; enrolled,
// completed and applying per tier; hours saved a week. No metric values.
ActualMonth plan_figures(const Scenario& s, const Result& plan, int month);

// The same by segment: `segments` holds every segment's own figures (no spend
// or hours: those are not kept by segment) and the per-tier counts are their sums.
ActualMonth plan_figures_by_segment(const Scenario& s, const Result& plan, int month);

// People of segment `segment` through the plan at month index m (0-based),
// tier >= k, as the plan has them: [(m * segments + s) * tiers + k], from the
// result's newly_trained_by_segment / newly_applying_by_segment.
std::vector<double> cumulative_by_segment(const Result& plan, const std::vector<double>& newly);
// Places taken in tier-k programmes of each segment by each month's end, [(m * segments + s) * tiers + k].
std::vector<double> planned_enrolments_by_segment(const Result& plan);

// A month reported by segment: sets its per-tier enrolled, completed and
// applying to the sums over its segments (a list no segment gives stays
// empty). A month without segments is left as it is.
void sum_segments(ActualMonth& a, int tiers);

// The row of `a` for plan month `month`, or nullptr.
const ActualMonth* actual_for(const Actuals& a, int month);

// Problems with the actuals and the measurement plan, each naming the month
// ("March 2027") and the field. validate() includes them.
std::vector<Issue> validate_actuals(const Scenario& s);

}  // namespace planner
