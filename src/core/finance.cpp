// finance.cpp — formulas (first half) and the totals of an evaluation
// (finish_totals: sums, capability over time, the target, ROI, NPV).
#include "core/finance.h"

#include <algorithm>
#include <cmath>

#include "core/engine.h"
#include "core/learners.h"
#include "core/maths.h"  // portable exp/log: native and wasm agree bit for bit

namespace planner {

double roi_pct(double benefits, double cost) { return cost > 0 ? (benefits - cost) / cost * 100.0 : 0.0; }

double benefit_cost_ratio(double benefits, double cost) { return cost > 0 ? benefits / cost : 0.0; }

double monthly_rate(double annual_rate) { return portable_exp(portable_log(1.0 + annual_rate) / 12.0) - 1.0; }

double npv_monthly(const double* net, int months, double annual_rate) {
  const double growth = 1.0 + monthly_rate(annual_rate);
  double factor = 1.0, npv = 0.0;
  for (int m = 0; m < months; ++m) {
    factor /= growth;
    npv += net[m] * factor;
  }
  return npv;
}

int payback_month(const double* cumulative_net, const double* cumulative_value, int months) {
  for (int m = 0; m < months; ++m)
    if (cumulative_value[m] > 0 && cumulative_net[m] >= 0) return m + 1;
  return -1;
}

namespace {

// People at tier >= k by the end of each month: those there today plus the
// people who reached tier >= k through the plan (people.cpp counts each
// person once per k, so tier k never counts more than tier k-1).
void capability_series(const std::vector<double>& events, const std::vector<double>& baseline, int K, int M,
                       std::vector<double>& series) {
  for (int k = 0; k < K; ++k) {
    double cumulative = baseline[k];
    for (int m = 0; m < M; ++m) {
      cumulative += events[k * M + m];
      series[m * K + k] = cumulative;
    }
  }
}

// The economic view: the cash view's ROI, BCR, payback and NPV against
// economic cost (learner, manager and dip hours at the loaded rate, the rate
// that also values the benefits). `net` is scratch of at least M entries.
void economic_view(const Result& out, double annual_rate, std::vector<double>& net, Totals& t) {
  const int M = out.months;
  t.economic_roi_defined = t.economic_cost > 0;
  t.economic_roi_pct = roi_pct(t.benefits, t.economic_cost);
  t.economic_bcr = benefit_cost_ratio(t.benefits, t.economic_cost);
  reset(net, static_cast<size_t>(M), 0.0);
  double cum_value = 0, cum_net = 0;
  t.economic_payback_month = -1;
  for (int m = 0; m < M; ++m) {
    net[m] = out.value[m] - out.economic_cost[m];
    cum_value += out.value[m];
    cum_net += net[m];
    if (t.economic_payback_month < 0 && cum_value > 0 && cum_net >= 0) t.economic_payback_month = m + 1;
  }
  t.economic_npv = npv_monthly(net.data(), M, annual_rate);
}

}  // namespace

void finish_totals(const Scenario& s, EngineScratch& w, Result& out) {
  const int M = out.months, K = out.tiers, J = out.models;
  Totals& t = out.totals;

  // Capability over time. `week_hours` is free again and holds the baseline
  // per tier.
  reset(w.week_hours, static_cast<size_t>(std::max(K, M)), 0.0);
  for (int k = 0; k < K; ++k)
    for (const Segment& seg : s.segments) w.week_hours[k] += at_or_above_today(seg, k);
  capability_series(w.finished, w.week_hours, K, M, out.trained_at_tier);
  capability_series(w.applying, w.week_hours, K, M, out.applying_at_tier);

  t.enrolments = 0;
  for (int j = 0; j < J; ++j) t.enrolments += static_cast<int>(out.learners_by_model[j]);
  t.learners = static_cast<int>(std::lround(w.distinct_learners));
  t.planned_learners = t.enrolments + out.schedule.unscheduled_learners;
  totals_from_series(s, out, w.week_value, w.week_hours);
}

void totals_from_series(const Scenario& s, Result& out, std::vector<double>& buf_a,
                        std::vector<double>& buf_b) {
  const int M = out.months, K = out.tiers, J = out.models;
  Totals& t = out.totals;

  t.cash_cost = t.incremental_cost = t.economic_cost = t.benefits = 0;
  double cum_value = 0, cum_cost = 0;
  for (int m = 0; m < M; ++m) {
    t.cash_cost += out.cash_cost[m];
    t.incremental_cost += out.incremental_cost[m];
    t.economic_cost += out.economic_cost[m];
    t.benefits += out.value[m];
    cum_value += out.value[m];
    cum_cost += out.incremental_cost[m];
    out.cumulative_net[m] = cum_value - cum_cost;
  }

  double headcount = 0;
  for (const Segment& seg : s.segments) headcount += seg.headcount;
  const Target& target = s.target;
  const int tk = std::min(std::max(target.tier, 0), K - 1);
  double baseline = 0;  // people at the target tier or above today
  for (const Segment& seg : s.segments) baseline += at_or_above_today(seg, tk);
  t.months_to_target = -1;
  if (headcount > 0) {
    const std::vector<double>& count = target.count_applying ? out.applying_at_tier : out.trained_at_tier;
    for (int m = 0; m < M; ++m)
      if (count[m * K + tk] >= target.share * headcount - 1e-9) {
        t.months_to_target = m + 1;
        break;
      }
  }
  t.target_met_by_deadline = t.months_to_target > 0 && t.months_to_target <= target.by_month;
  // Capable employees are the ones the plan made capable: applying at the
  // target tier at the horizon's end, less those who already were.
  t.capable_employees = M > 0 ? std::max(0.0, out.applying_at_tier[(M - 1) * K + tk] - baseline) : 0.0;

  t.cost_per_learner = t.learners > 0 ? t.incremental_cost / t.learners : 0.0;
  t.cost_per_capable_employee = t.capable_employees > 1e-9 ? t.incremental_cost / t.capable_employees : 0.0;
  for (int j = 0; j < J; ++j)
    out.cost_per_capable_by_model[j] =
        out.capable_by_model[j] > 1e-9 ? out.incremental_cost_by_model[j] / out.capable_by_model[j] : 0.0;
  // Hours saved a week as measured in a month (decay included): the last
  // month of the horizon, and month 12 (or the last month, if sooner).
  auto fte = [&](double hours) {
    return s.org.hours_per_fte_year > 0 ? hours * 52.0 / s.org.hours_per_fte_year : 0.0;
  };
  t.hours_saved_per_week = out.hours_saved_per_week[M - 1];
  t.hours_saved_per_week_month12 = out.hours_saved_per_week[std::min(12, M) - 1];
  t.fte_returned = fte(t.hours_saved_per_week);
  t.fte_returned_month12 = fte(t.hours_saved_per_week_month12);

  t.roi_defined = t.incremental_cost > 0;
  t.roi_pct = roi_pct(t.benefits, t.incremental_cost);
  t.bcr = benefit_cost_ratio(t.benefits, t.incremental_cost);
  // buf_a: cumulative value per month, for payback; buf_b: net per month.
  reset(buf_a, static_cast<size_t>(M), 0.0);
  reset(buf_b, static_cast<size_t>(M), 0.0);
  double running = 0;
  for (int m = 0; m < M; ++m) {
    running += out.value[m];
    buf_a[m] = running;
    buf_b[m] = out.value[m] - out.incremental_cost[m];
  }
  t.payback_month = payback_month(out.cumulative_net.data(), buf_a.data(), M);
  t.npv = npv_monthly(buf_b.data(), M, s.org.discount_rate_annual);
  economic_view(out, s.org.discount_rate_annual, buf_b, t);
}

}  // namespace planner
