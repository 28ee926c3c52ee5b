// costs.h — the five cost bases, and when their cash falls due.
//
// Timing (DOMAIN is silent; these are the rules a finance team would book):
//   PerSeatMonth     seats are billed whole for every calendar month the group
//                    is enrolled in (a month touched is a month paid).
//   PerLearner       once, in the month the group starts (paid up front).
//   PerLearnerWeek   cost x learners for every week of the programme.
//   PerLearnerMonth  cost x learners x 12/52 for every week, so the whole
//                    programme costs cost x learners x duration_weeks x 12/52.
//   PerEngagement    ceil(learners / group_size) engagements, each cost, spread
//                    evenly over the programme's weeks (billed as delivered).
#pragma once

#include "core/engine.h"

namespace planner {

// Cash of one group by month, before overhead and contingency. Writes
// by_month[0..n) where by_month[i] is month first_month + i; returns n.
// `by_month` must hold at least duration_weeks / 4 + 2 entries.
int group_cash_by_month(const ModelAt& m, int learners, int start_week, double* by_month, int* first_month);

// Overhead and contingency multiply every non-sunk cash cost (DOMAIN: on cash
// costs). Sunk seats are already paid, so no overhead is added to them.
inline double cash_markup(const Scenario& s) {
  return 1.0 + s.adjustments.overhead + s.adjustments.contingency;
}

// Books a started group's cash into the monthly series of `out` (cash,
// incremental, economic, by model / tier / segment) and its sunk share into
// totals.sunk_cost. Months at or past the horizon are outside the plan.
void book_group_cash(const Scenario& s, const Group& g, const ModelAt& m, const double* by_month,
                     int first_month, int n, Result& out);

// Learner time (learning hours spread over the programme, plus protected
// practice time every week) and manager time (per running group that needs a
// manager) at the segment's loaded hourly cost, into economic_cost.
void book_time_costs(const Scenario& s, const Group& g, const EngineScratch& w, Result& out);

}  // namespace planner
