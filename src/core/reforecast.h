// reforecast.h — the plan continued from what actually happened (issue 15).
//
// The rule, in plain words (docs/schema.md, "The re-forecast"):
//   - Months up to the as-of month are actual where typed: the spend replaces
//     the plan's incremental cost (cash and economic cost move by the same
//     difference); people trained and applying at each tier and hours saved a
//     week are the counts typed. A month or a figure not typed keeps the plan's.
//   - A tier whose enrolments are behind the plan is late: it is as many
//     months late as the plan had been when it had enrolled no more than
//     actually did. From the as-of month on, that tier's rest of the plan
//     (its people trained and applying, and its cost) runs that many months
//     later; what would fall past the horizon is not counted. Of its cost in
//     months typed, only the share of places not taken moves (a month not
//     typed keeps the plan's spend and moves nothing).
//   - A month typed by segment counts each segment against its own plan; a
//     segment carries its own gap, is late on its own (when the latest
//     enrolments are by segment), and moves hours and value at its own
//     addressable hours and hourly cost.
//   - A shortfall in people applying or trained carries forward: the gap
//     between actual and the (late-shifted) plan at the last month typed
//     stays for the rest of the horizon, on top of what the plan's later
//     programmes add. People who had not applied by then are not assumed to
//     start later. A surplus is people ahead of the (late-shifted) plan: the
//     count stays at least where it is and follows the plan once the plan
//     passes it, so they are never counted again when the plan brings them.
//   - Hours saved a week move with people applying: each person more or less
//     applying at tier >= k moves hours by that tier's step in uplift x
//     addressable hours x attribution x confidence (headcount-weighted over
//     segments). Measured hours replace the plan's in the months typed only.
//     Benefits follow hours at the plan's own rate per hour.
//   - Cost, benefits, ROI, NPV, payback and months to target then follow from
//     these series exactly as for the plan (core/engine.h, totals_from_series).
// When the actuals equal the plan's own figures, the forecast is the plan.
#pragma once

#include "core/result.h"
#include "core/scenario.h"

namespace planner {

// The forecast for `s`'s actuals given the plan `plan` = evaluate(s, c). With
// no as-of month it is the plan. Precondition: validate(s) is empty.
Result reforecast(const Scenario& s, Case c, const Result& plan);
// The same into `out`, reusing its buffers (the Monte Carlo re-forecasts
// every draw). `out` must not be `plan`.
void reforecast(const Scenario& s, Case c, const Result& plan, Result& out);

// Whether the Monte Carlo and the comparison run on the forecast: when it is
// asked for and `s` has an as-of month (else they run on the plan).
bool runs_on_forecast(const Scenario& s, bool forecast);

}  // namespace planner
