// reforecast.cpp — see reforecast.h for the rule.
#include "core/reforecast.h"

#include <algorithm>

#include "core/actuals.h"
#include "core/calendar.h"
#include "core/engine.h"
#include "core/learners.h"

namespace planner {
namespace {

constexpr double kSlack = 1e-9;  // expected people: a hair of rounding is no shortfall

struct Forecaster {
  const Scenario& s;
  const Result& plan;
  Result& f;
  int M = 0, K = 0, S = 0, as_of = 0;
  double headcount = 0;
  std::vector<double> baseline;  // [k] people at tier >= k today
  std::vector<int> lag;          // [k] months tier k runs late
  // [g * K + k] months segment g's tier k runs late: its own when the latest
  // enrolments were typed by segment, else the tier's.
  std::vector<int> segment_lag;
  bool lags_by_segment = false;
  // [k], or [g * K + k] by segment: the share of the places planned by the
  // latest enrolments typed that were not taken (the part of a late tier's
  // past cost that was not spent and so runs later).
  std::vector<double> not_taken;
  // After the last month typed by segment: each segment's people applying
  // less the plan's, [(m * S + g) * K + k] (empty when that month has no segments).
  std::vector<double> applying_moved;

  // People through the plan at tier >= k at month index m of `series` (0 before the plan).
  double through(const std::vector<double>& series, int m, int k) const {
    return m < 0 ? 0.0 : series[static_cast<size_t>(m) * K + k] - baseline[k];
  }

  // The latest month (1-based) up to the as-of month with a row (reporting
  // `field`, if given); 0 if none.
  int latest(std::vector<double> ActualMonth::*field = nullptr) const {
    for (int month = as_of; month >= 1; --month) {
      const ActualMonth* a = actual_for(s.actuals, month);
      if (a && (!field || !(a->*field).empty())) return month;
    }
    return 0;
  }

  // A tier is L months late when the plan, L months before the latest
  // enrolments typed, had enrolled no more than actually did.
  // By segment, the same against each segment's own planned enrolments.
  void find_lags() {
    lag.assign(K, 0);
    segment_lag.assign(static_cast<size_t>(S) * K, 0);
    const int month = latest(&ActualMonth::enrolled);
    if (month == 0) return;
    const std::vector<double> planned = planned_enrolments(plan);
    const ActualMonth& a = *actual_for(s.actuals, month);
    const auto share_not_taken = [](double planned_places, double taken) {
      return planned_places > 0 ? std::min(1.0, std::max(0.0, (planned_places - taken) / planned_places))
                                : 0.0;
    };
    not_taken.assign(K, 0.0);
    for (int k = 0; k < K; ++k) {
      int L = 0;
      while (L < month && planned[static_cast<size_t>(month - 1 - L) * K + k] > a.enrolled[k] + kSlack) ++L;
      lag[k] = L;
      for (int g = 0; g < S; ++g) segment_lag[static_cast<size_t>(g) * K + k] = L;
      not_taken[k] = share_not_taken(planned[static_cast<size_t>(month - 1) * K + k], a.enrolled[k]);
    }
    lags_by_segment = !a.segments.empty();
    if (!lags_by_segment) return;
    const std::vector<double> by_seg = planned_enrolments_by_segment(plan);
    const std::vector<double> typed = by_segment(a, &SegmentActual::enrolled);
    not_taken.assign(static_cast<size_t>(S) * K, 0.0);
    for (int g = 0; g < S; ++g)
      for (int k = 0; k < K; ++k) {
        const auto places = [&](int m) { return by_seg[(static_cast<size_t>(m) * S + g) * K + k]; };
        int L = 0;
        while (L < month && places(month - 1 - L) > typed[g * K + k] + kSlack) ++L;
        segment_lag[static_cast<size_t>(g) * K + k] = L;
        not_taken[static_cast<size_t>(g) * K + k] = share_not_taken(places(month - 1), typed[g * K + k]);
      }
  }

  // Keeps a changed row of a cumulative per-tier series possible: between
  // today's people and the headcount, never rising with the tier.
  void tidy(std::vector<double>& series, int m) const {
    double* row = &series[static_cast<size_t>(m) * K];
    for (int k = 0; k < K; ++k) {
      row[k] = std::min(headcount, std::max(baseline[k], row[k]));
      if (k > 0) row[k] = std::min(row[k], row[k - 1]);
    }
  }

  using TierField = std::vector<double> ActualMonth::*;
  using SegmentField = std::vector<double> SegmentActual::*;

  // A month's typed counts by segment, [g * K + k] (a segment not listed counted no one).
  std::vector<double> by_segment(const ActualMonth& a, SegmentField field) const {
    std::vector<double> out(static_cast<size_t>(S) * K, 0.0);
    for (const SegmentActual& row : a.segments)
      for (int k = 0; k < K && k < static_cast<int>((row.*field).size()); ++k)
        out[static_cast<size_t>(row.segment) * K + k] = (row.*field)[k];
    return out;
  }

  // Moves month m's totals by the sum of the segments' changes, [g * K + k].
  void move_totals(std::vector<double>& out, const std::vector<double>& planned, int m,
                   const std::vector<double>& change) const {
    bool changed = false;
    for (int k = 0; k < K; ++k) {
      double d = 0;
      for (int g = 0; g < S; ++g) d += change[static_cast<size_t>(g) * K + k];
      if (d == 0) continue;
      out[static_cast<size_t>(m) * K + k] = planned[static_cast<size_t>(m) * K + k] + d;
      changed = true;
    }
    if (changed) tidy(out, m);
  }

  // People trained or applying: typed months, then the rest of the plan
  // shifted by each tier's lag with the last gap carried forward. A month
  // typed by segment counts segment by segment against each segment's own
  // plan (`newly`: the result's newly_*_by_segment); when the last month
  // typed is by segment, each segment carries its own gap, and `moved` (if
  // given) gets each segment's change after it, [(m * S + g) * K + k].
  void people(TierField field, SegmentField seg_field, const std::vector<double>& planned,
              const std::vector<double>& newly, std::vector<double>& out, std::vector<double>* moved) {
    const bool segments = std::any_of(s.actuals.months.begin(), s.actuals.months.end(),
                                      [](const ActualMonth& a) { return !a.segments.empty(); });
    const std::vector<double> cum = segments ? cumulative_by_segment(plan, newly) : std::vector<double>();
    const auto P = [&](int m, int g, int k) {
      return m < 0 ? 0.0 : cum[(static_cast<size_t>(m) * S + g) * K + k];
    };
    std::vector<double> change(static_cast<size_t>(S) * K, 0.0);
    for (int month = 1; month <= as_of; ++month) {
      const ActualMonth* a = actual_for(s.actuals, month);
      if (!a || (a->*field).empty()) continue;
      const int m = month - 1;
      if (!a->segments.empty()) {
        const std::vector<double> typed = by_segment(*a, seg_field);
        for (int g = 0; g < S; ++g)
          for (int k = 0; k < K; ++k) change[g * K + k] = typed[g * K + k] - P(m, g, k);
        move_totals(out, planned, m, change);
        continue;
      }
      bool changed = false;
      for (int k = 0; k < K; ++k) {
        const double gap = (a->*field)[k] - through(planned, m, k);
        if (gap == 0) continue;
        out[static_cast<size_t>(m) * K + k] = planned[static_cast<size_t>(m) * K + k] + gap;
        changed = true;
      }
      if (changed) tidy(out, m);
    }
    const int last = latest(field);
    const ActualMonth* a = last > 0 ? actual_for(s.actuals, last) : nullptr;
    if (a && !a->segments.empty()) {
      const std::vector<double> typed = by_segment(*a, seg_field);
      if (moved) moved->assign(static_cast<size_t>(M) * S * K, 0.0);
      for (int m = last; m < M; ++m) {
        for (int g = 0; g < S; ++g) {
          const Segment& seg = s.segments[g];
          for (int k = 0; k < K; ++k) {
            const double actual = typed[g * K + k];
            const int L = segment_lag[static_cast<size_t>(g) * K + k];
            const double gap = actual - P(last - 1 - L, g, k);
            double& c = change[g * K + k];
            c = 0;
            if (L == 0 && gap == 0) continue;
            const double shifted = P(m - L, g, k);
            // As below, within the segment: a shortfall carries, a surplus is people ahead.
            double v = gap < 0 ? shifted + gap : std::max(shifted, actual);
            v = std::min(std::max(v, 0.0), seg.headcount - static_cast<double>(at_or_above_today(seg, k)));
            c = v - P(m, g, k);
            if (moved) (*moved)[(static_cast<size_t>(m) * S + g) * K + k] = c;
          }
        }
        move_totals(out, planned, m, change);
      }
      return;
    }
    std::vector<double> gap(K, 0.0), actual(K, 0.0);
    for (int k = 0; k < K && a; ++k) {
      actual[k] = baseline[k] + (a->*field)[k];
      gap[k] = (a->*field)[k] - through(planned, last - 1 - lag[k], k);
    }
    for (int m = last > 0 ? last : as_of; m < M; ++m) {
      bool changed = false;
      for (int k = 0; k < K; ++k) {
        if (lag[k] == 0 && gap[k] == 0) continue;
        const double shifted = lag[k] == 0 ? planned[static_cast<size_t>(m) * K + k]
                                           : baseline[k] + through(planned, m - lag[k], k);
        // A shortfall carries forward; a surplus is people ahead of the
        // (late) plan, who the plan brings later anyway: never counted twice.
        double& v = out[static_cast<size_t>(m) * K + k];
        v = gap[k] < 0 ? shifted + gap[k] : std::max(shifted, actual[k]);
        changed = true;
      }
      if (changed) tidy(out, m);
    }
  }

  // Spend typed replaces the plan's incremental cost; from the as-of month
  // on, a late tier's cost moves with it.
  void costs() {
    auto move = [&](int m, double extra) {
      f.incremental_cost[m] += extra;
      f.cash_cost[m] += extra;
      f.economic_cost[m] += extra;
    };
    for (int month = 1; month <= as_of; ++month) {
      const ActualMonth* a = actual_for(s.actuals, month);
      if (!a) continue;
      const int m = month - 1;
      const double extra = a->spend - plan.incremental_cost[m];
      if (extra == 0) continue;
      move(m, extra);
      f.incremental_cost[m] = a->spend;
    }
    // A cost the plan had in a month up to the as-of month moves only if that
    // month's spend was typed (a month not typed keeps the plan's spend, the
    // late tier's cost in it, which must not be counted a second time), and
    // only the share of it whose places were not taken (the places taken
    // were paid for in the spend typed).
    const auto moved_share = [&](int m, int r) {
      if (m >= as_of) return 1.0;
      return m >= 0 && actual_for(s.actuals, m + 1) ? not_taken[static_cast<size_t>(r)] : 0.0;
    };
    // Late by segment: each segment's cost of the tier moves by its own lag.
    const int rows = lags_by_segment ? S : 1;
    const std::vector<double>& cost = lags_by_segment ? plan.cost_by_segment_tier : plan.cost_by_tier;
    const std::vector<int>& late = lags_by_segment ? segment_lag : lag;
    for (int m = as_of; m < M; ++m) {
      double extra = 0;
      for (int r = 0; r < rows * K; ++r) {
        const int L = late[r];
        if (L == 0) continue;
        const size_t per_month = static_cast<size_t>(rows) * K;
        const double share = moved_share(m - L, r);
        const double earlier = share > 0 ? share * cost[(m - L) * per_month + r] : 0.0;
        extra += earlier - cost[m * per_month + r];
      }
      if (extra != 0) move(m, extra);
    }
  }

  // Hours a week one more person applying at tier >= k saves (the step in
  // uplift from the tier below), headcount-weighted over segments.
  std::vector<double> hours_per_person(Case c) const {
    std::vector<double> step(K, 0.0);
    if (headcount <= 0) return step;
    double hours = 0;
    for (const Segment& seg : s.segments) hours += seg.headcount * seg.addressable_hours_week;
    hours *= s.adjustments.attribution * s.adjustments.confidence / headcount;
    for (int k = 0; k < K; ++k)
      step[k] =
          hours * (s.framework.tiers[k].uplift.at(c) - (k > 0 ? s.framework.tiers[k - 1].uplift.at(c) : 0.0));
    return step;
  }

  void hours(Case c) {
    const std::vector<double> step = hours_per_person(c);
    auto from_people = [&](int m) {
      double h = 0;
      for (int k = 0; k < K; ++k) {
        const size_t at = static_cast<size_t>(m) * K + k;
        h += (f.applying_at_tier[at] - plan.applying_at_tier[at]) * step[k];
      }
      return h;
    };
    for (int month = 1; month <= as_of; ++month)
      if (const ActualMonth* a = actual_for(s.actuals, month))
        f.hours_saved_per_week[month - 1] = a->hours_saved_per_week;
    // After the last month typed, hours move with people applying only: a
    // month's measured average and its month-end counts do not line up in a
    // month people start applying, so a measured gap is not carried.
    // After a month typed by segment, each segment's people move its own
    // hours at its own addressable hours, and their value at its own rate.
    std::vector<double> value_per_week(static_cast<size_t>(M), 0.0);
    std::vector<char> by_segment(static_cast<size_t>(M), 0);
    const double kept = s.adjustments.attribution * s.adjustments.confidence;
    const auto from_segments = [&](int m, double& value) {
      double h = 0;
      value = 0;
      for (int g = 0; g < S; ++g) {
        const Segment& seg = s.segments[g];
        for (int k = 0; k < K; ++k) {
          const double moved = applying_moved[(static_cast<size_t>(m) * S + g) * K + k];
          if (moved == 0) continue;
          const double uplift =
              s.framework.tiers[k].uplift.at(c) - (k > 0 ? s.framework.tiers[k - 1].uplift.at(c) : 0.0);
          const double hours = moved * seg.addressable_hours_week * kept * uplift;
          h += hours;
          value += hours * seg.hourly_cost;
        }
      }
      return h;
    };
    const int last = latest();
    for (int m = last > 0 ? last : as_of; m < M; ++m) {
      double value = 0;
      const bool segments = !applying_moved.empty();
      const double change = segments ? from_segments(m, value) : from_people(m);
      if (change == 0) continue;
      const double hours = std::max(0.0, plan.hours_saved_per_week[m] + change);
      f.hours_saved_per_week[m] = hours;
      if (!segments) continue;
      by_segment[m] = 1;  // a floor at no hours at all takes the value down in proportion
      value_per_week[m] = value * (hours - plan.hours_saved_per_week[m]) / change;
    }
    // Value follows hours at the plan's rate for the month (its mix of
    // segments); before the plan's first saving, at the headcount-weighted rate.
    double weighted = 0;
    for (const Segment& seg : s.segments) weighted += seg.hourly_cost * seg.headcount;
    const double fallback = headcount > 0 ? weighted / headcount : s.org.default_hourly_cost;
    for (int m = 0; m < M; ++m) {
      const double more = f.hours_saved_per_week[m] - plan.hours_saved_per_week[m];
      if (more == 0) continue;
      const int weeks = first_week_of_month(m + 1) - first_week_of_month(m);
      if (by_segment[m]) {
        f.value[m] = plan.value[m] + value_per_week[m] * weeks;
        continue;
      }
      const double planned = plan.hours_saved_per_week[m] * weeks;
      const double rate = planned > 0 ? plan.value[m] / planned : fallback;
      f.value[m] = plan.value[m] + more * weeks * rate;
    }
  }
};

}  // namespace

Result reforecast(const Scenario& s, Case c, const Result& plan) {
  Result f;
  reforecast(s, c, plan, f);
  return f;
}

bool runs_on_forecast(const Scenario& s, bool forecast) { return forecast && s.actuals.as_of_month > 0; }

void reforecast(const Scenario& s, Case c, const Result& plan, Result& f) {
  std::shared_ptr<EngineScratch> keep = std::move(f.scratch);
  f = plan;                     // copy-assigning reuses f's buffers
  f.scratch = std::move(keep);  // the forecast is never evaluated into; its own scratch stays its own
  Forecaster t{s, plan, f, 0, 0, 0, 0, 0, {}, {}, {}, false, {}, {}};
  t.M = plan.months;
  t.K = plan.tiers;
  t.S = plan.segments;
  t.as_of = std::min(s.actuals.as_of_month, plan.months);
  if (t.as_of < 1 || t.K == 0) return;
  t.baseline.assign(t.K, 0.0);
  for (const Segment& seg : s.segments) t.headcount += seg.headcount;
  for (int k = 0; k < t.K; ++k)
    for (const Segment& seg : s.segments) t.baseline[k] += at_or_above_today(seg, k);
  t.find_lags();
  t.costs();
  t.people(&ActualMonth::completed, &SegmentActual::completed, plan.trained_at_tier,
           plan.newly_trained_by_segment, f.trained_at_tier, nullptr);
  t.people(&ActualMonth::applying, &SegmentActual::applying, plan.applying_at_tier,
           plan.newly_applying_by_segment, f.applying_at_tier, &t.applying_moved);
  t.hours(c);
  std::vector<double> buf_a, buf_b;
  totals_from_series(s, f, buf_a, buf_b);
}

}  // namespace planner
