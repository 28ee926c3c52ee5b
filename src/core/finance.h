// finance.h — the CFO's formulas, each guarded so no NaN or infinity can
// come out of them.
#pragma once

namespace planner {

// (benefits - cost) / cost x 100. A plan that costs nothing has no defined
// return on cost: reported as 0 (the UI says "no incremental cost").
double roi_pct(double benefits, double cost);

// benefits / cost; 0 when the plan costs nothing (same reason).
double benefit_cost_ratio(double benefits, double cost);

// Monthly rate equivalent to an annual one: (1 + r)^(1/12) - 1.
double monthly_rate(double annual_rate);

// Net present value of monthly net cash flows, month m (0-based) discounted
// as at the end of the month: sum net[m] / (1 + monthly)^(m + 1).
double npv_monthly(const double* net, int months, double annual_rate);

// First month (1-based) whose cumulative net is >= 0 once something has been
// returned (cumulative value > 0), so an idle month 1 is not "payback". -1 if
// never within the months given.
int payback_month(const double* cumulative_net, const double* cumulative_value, int months);

}  // namespace planner
