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
  const int n = month_of_week(end - 1) - first + 1;
  *first_month = first;
  const double people = learners;
  // Weeks of the programme in each of its months: the first and last month
  // are cut by the start and the end.
  auto weeks = [&](int i) {
    const int a = std::max(start_week, first_week_of_month(first + i));
    const int b = std::min(end, first_week_of_month(first + i + 1));
    return b > a ? b - a : 0;
  };
  switch (m.basis) {
    case CostBasis::PerSeatMonth:  // whole months billed
      for (int i = 0; i < n; ++i) by_month[i] = people * m.cost;
      break;
    case CostBasis::PerLearner:
      by_month[0] = people * m.cost;
      for (int i = 1; i < n; ++i) by_month[i] = 0;
      break;
    case CostBasis::PerLearnerWeek:
      for (int i = 0; i < n; ++i) by_month[i] = people * m.cost * weeks(i);
      break;
    case CostBasis::PerLearnerMonth:
      for (int i = 0; i < n; ++i) by_month[i] = people * m.cost * weeks(i) * kMonthsPerWeek;
      break;
    case CostBasis::PerEngagement: {
      const int engagements = (learners + m.group_size - 1) / m.group_size;
      for (int i = 0; i < n; ++i) by_month[i] = engagements * m.cost * weeks(i) / m.duration_weeks;
      break;
    }
  }
  return n;
}

void book_group_cash(const Scenario& s, const Group& g, const ModelAt& m, const double* by_month,
                     int first_month, int n, Result& out) {
  n = std::min(n, out.months - first_month);  // months at or past the horizon are outside the plan
  if (n <= 0) return;
  if (m.sunk) {
    for (int i = 0; i < n; ++i) {
      out.cash_cost[first_month + i] += by_month[i];
      out.totals.sunk_cost += by_month[i];
    }
    return;
  }
  const double markup = cash_markup(s);
  double* by_model = &out.cost_by_model[static_cast<size_t>(first_month) * out.models + g.model];
  double* by_tier = &out.cost_by_tier[static_cast<size_t>(first_month) * out.tiers + g.tier];
  double* by_segment = &out.cost_by_segment[static_cast<size_t>(first_month) * out.segments + g.segment];
  const size_t row = static_cast<size_t>(out.segments) * out.tiers;
  double* by_segment_tier = &out.cost_by_segment_tier[first_month * row + g.segment * out.tiers + g.tier];
  double model_total = out.incremental_cost_by_model[g.model];
  for (int i = 0; i < n; ++i) {
    const int month = first_month + i;
    const double inc = by_month[i] * markup;
    out.cash_cost[month] += inc;
    out.incremental_cost[month] += inc;
    out.economic_cost[month] += inc;
    by_model[static_cast<size_t>(i) * out.models] += inc;
    by_tier[static_cast<size_t>(i) * out.tiers] += inc;
    by_segment[static_cast<size_t>(i) * out.segments] += inc;
    by_segment_tier[i * row] += inc;
    model_total += inc;
  }
  out.incremental_cost_by_model[g.model] = model_total;
}

void book_time_costs(const Scenario& s, const Group& g, const EngineScratch& w, Result& out) {
  const ModelAt& m = w.models[g.model];
  const double rate = s.segments[g.segment].hourly_cost;
  const double learning_per_week = w.tiers[g.tier].learning_hours * g.learners / m.duration_weeks;
  const double practice_per_week = s.readiness.practice_hours_week * g.learners;
  const double manager_per_week = m.needs_manager ? m.manager_hours_per_week : 0.0;
  const int end = std::min(g.end, w.weeks);
  if (g.start >= end) return;
  const int last = std::min(month_of_week(end - 1), out.months - 1);
  // Totals accumulate in locals (same order of additions), written back once.
  Totals& t = out.totals;
  double learner_total = t.learner_hours, practice_total = t.practice_hours, manager_total = t.manager_hours;
  for (int month = month_of_week(g.start); month <= last; ++month) {
    const int weeks = weeks_in_month(g.start, end, month);
    const double learner_h = weeks * (learning_per_week + practice_per_week);
    const double manager_h = weeks * manager_per_week;
    learner_total += learner_h;
    practice_total += weeks * practice_per_week;
    manager_total += manager_h;
    out.economic_cost[month] += (learner_h + manager_h) * rate;
  }
  t.learner_hours = learner_total;
  t.practice_hours = practice_total;
  t.manager_hours = manager_total;
}

}  // namespace planner
