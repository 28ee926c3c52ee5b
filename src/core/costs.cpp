#include "core/costs.h"

#include <algorithm>

#include "core/calendar.h"

namespace planner {
namespace {

// Weeks of [start, end) that fall in month m.
int weeks_in_month(int start, int end, int m) {
  const int a = std::max(start, first_week_of_month(m));
  const int b = std::min(end, first_week_of_month(m + 1));
  return b > a ? b - a : 0;
}

}  // namespace

int group_cash_by_month(const ModelAt& m, int learners, int start_week, double* by_month, int* first_month) {
  const int end = start_week + m.duration_weeks;
  const int first = month_of_week(start_week);
  const int last = month_of_week(end - 1);
  const int n = last - first + 1;
  *first_month = first;
  const double people = learners;
  for (int i = 0; i < n; ++i) {
    const int weeks = weeks_in_month(start_week, end, first + i);
    double v = 0;
    switch (m.basis) {
      case CostBasis::PerSeatMonth:
        v = people * m.cost;
        break;  // whole months billed
      case CostBasis::PerLearner:
        v = i == 0 ? people * m.cost : 0;
        break;
      case CostBasis::PerLearnerWeek:
        v = people * m.cost * weeks;
        break;
      case CostBasis::PerLearnerMonth:
        v = people * m.cost * weeks * kMonthsPerWeek;
        break;
      case CostBasis::PerEngagement: {
        const int engagements = (learners + m.group_size - 1) / m.group_size;
        v = engagements * m.cost * weeks / m.duration_weeks;
        break;
      }
    }
    by_month[i] = v;
  }
  return n;
}

void book_group_cash(const Scenario& s, const Group& g, const ModelAt& m, const double* by_month,
                     int first_month, int n, Result& out) {
  const double markup = cash_markup(s);
  for (int i = 0; i < n; ++i) {
    const int month = first_month + i;
    if (month >= out.months) break;
    const double raw = by_month[i];
    if (m.sunk) {
      out.cash_cost[month] += raw;
      out.totals.sunk_cost += raw;
      continue;
    }
    const double inc = raw * markup;
    out.cash_cost[month] += inc;
    out.incremental_cost[month] += inc;
    out.economic_cost[month] += inc;
    out.cost_by_model[month * out.models + g.model] += inc;
    out.cost_by_tier[month * out.tiers + g.tier] += inc;
    out.cost_by_segment[month * out.segments + g.segment] += inc;
    out.incremental_cost_by_model[g.model] += inc;
  }
}

void book_time_costs(const Scenario& s, const Group& g, const EngineScratch& w, Result& out) {
  const ModelAt& m = w.models[g.model];
  const double rate = s.segments[g.segment].hourly_cost;
  const double learning_per_week = w.tiers[g.tier].learning_hours * g.learners / m.duration_weeks;
  const double practice_per_week = s.readiness.practice_hours_week * g.learners;
  const double manager_per_week = m.needs_manager ? m.manager_hours_per_week : 0.0;
  const int end = std::min(g.end, w.weeks);
  if (g.start >= end) return;
  const int last = month_of_week(end - 1);
  for (int month = month_of_week(g.start); month <= last && month < out.months; ++month) {
    const int weeks = weeks_in_month(g.start, end, month);
    const double learner_h = weeks * (learning_per_week + practice_per_week);
    const double manager_h = weeks * manager_per_week;
    out.totals.learner_hours += learner_h;
    out.totals.practice_hours += weeks * practice_per_week;
    out.totals.manager_hours += manager_h;
    out.economic_cost[month] += (learner_h + manager_h) * rate;
  }
}

}  // namespace planner
