// actuals.cpp — see actuals.h.
#include "core/actuals.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/calendar.h"
#include "core/learners.h"

namespace planner {

std::string plan_month_name(const Organisation& org, int month) {
  static const char* const kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
  int year = 0, m = 0;
  calendar_of_plan_month(org.start_year, org.start_month, month, year, m);
  return std::string(kNames[m]) + " " + std::to_string(year);
}

int plan_month_of(const Organisation& org, int year, int calendar_month) {
  const int m = (year - org.start_year) * 12 + (calendar_month - org.start_month) + 1;
  return m >= 1 ? m : 0;
}

std::vector<double> planned_enrolments(const Result& plan) {
  const int M = plan.months, K = plan.tiers;
  std::vector<double> out(static_cast<size_t>(M) * K, 0.0);
  for (const GroupRun& g : plan.schedule.groups) {
    const int first = month_of_week(g.start_week);
    for (int m = first; m < M; ++m) out[static_cast<size_t>(m) * K + g.tier] += g.learners;
  }
  return out;
}

ActualMonth plan_figures(const Scenario& s, const Result& plan, int month) {
  const int K = plan.tiers, i = month - 1;
  ActualMonth a;
  a.month = month;
  a.spend = plan.incremental_cost[i];
  a.hours_saved_per_week = plan.hours_saved_per_week[i];
  const std::vector<double> enrolled = planned_enrolments(plan);
  a.enrolled.assign(enrolled.begin() + static_cast<long>(i) * K,
                    enrolled.begin() + static_cast<long>(i + 1) * K);
  a.completed.assign(K, 0.0);
  a.applying.assign(K, 0.0);
  for (int k = 0; k < K; ++k) {
    double baseline = 0;
    for (const Segment& seg : s.segments) baseline += at_or_above_today(seg, k);
    a.completed[k] = plan.trained_at_tier[i * K + k] - baseline;
    a.applying[k] = plan.applying_at_tier[i * K + k] - baseline;
  }
  return a;
}

std::vector<double> cumulative_by_segment(const Result& plan, const std::vector<double>& newly) {
  const size_t row = static_cast<size_t>(plan.segments) * plan.tiers;
  std::vector<double> out(newly.begin(), newly.end());
  for (int m = 1; m < plan.months; ++m)
    for (size_t i = 0; i < row; ++i) out[m * row + i] += out[(m - 1) * row + i];
  return out;
}

std::vector<double> planned_enrolments_by_segment(const Result& plan) {
  const int M = plan.months, S = plan.segments, K = plan.tiers;
  std::vector<double> out(static_cast<size_t>(M) * S * K, 0.0);
  for (const GroupRun& g : plan.schedule.groups)
    for (int m = month_of_week(g.start_week); m < M; ++m)
      out[(static_cast<size_t>(m) * S + g.segment) * K + g.tier] += g.learners;
  return out;
}

ActualMonth plan_figures_by_segment(const Scenario& s, const Result& plan, int month) {
  const int S = plan.segments, K = plan.tiers;
  const size_t at = static_cast<size_t>(month - 1) * S * K;
  const std::vector<double> enrolled = planned_enrolments_by_segment(plan);
  const std::vector<double> completed = cumulative_by_segment(plan, plan.newly_trained_by_segment);
  const std::vector<double> applying = cumulative_by_segment(plan, plan.newly_applying_by_segment);
  ActualMonth a = plan_figures(s, plan, month);
  a.segments.resize(static_cast<size_t>(S));
  for (int g = 0; g < S; ++g) {
    SegmentActual& row = a.segments[g];
    row.segment = g;
    const auto from = [&](const std::vector<double>& v) {
      return std::vector<double>(v.begin() + static_cast<long>(at + g * K),
                                 v.begin() + static_cast<long>(at + (g + 1) * K));
    };
    row.enrolled = from(enrolled);
    row.completed = from(completed);
    row.applying = from(applying);
  }
  sum_segments(a, K);
  return a;
}

void sum_segments(ActualMonth& a, int tiers) {
  if (a.segments.empty()) return;
  const auto sum = [&](std::vector<double> SegmentActual::*field, std::vector<double>& out) {
    out.clear();
    for (const SegmentActual& row : a.segments) {
      const std::vector<double>& v = row.*field;
      if (v.empty()) continue;
      if (out.empty()) out.assign(static_cast<size_t>(tiers), 0.0);
      for (size_t k = 0; k < out.size() && k < v.size(); ++k) out[k] += v[k];
    }
  };
  sum(&SegmentActual::enrolled, a.enrolled);
  sum(&SegmentActual::completed, a.completed);
  sum(&SegmentActual::applying, a.applying);
}

const ActualMonth* actual_for(const Actuals& a, int month) {
  for (const ActualMonth& m : a.months)
    if (m.month == month) return &m;
  return nullptr;
}

namespace {

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// Counts are expected values in the plan's own figures: a hair of rounding
// must not make "completed" exceed "enrolled".
constexpr double kSlack = 1e-9;

struct ActualsChecker {
  const Scenario& s;
  std::vector<Issue>& out;
  int K = 0;

  void add(const std::string& path, const std::string& message) { out.push_back({path, message}); }

  void tiers_list(const std::string& path, const std::string& when, const char* field,
                  const std::vector<double>& v) {
    if (v.empty()) return;  // not measured
    if (static_cast<int>(v.size()) != K) {
      add(path + "." + field, when + ": " + field + " must have one entry per tier (" + std::to_string(K) +
                                  "), got " + std::to_string(v.size()));
      return;
    }
    for (int k = 0; k < K; ++k)
      if (!std::isfinite(v[k]) || v[k] < 0)
        add(path + "." + field + "[" + std::to_string(k) + "]",
            when + ": " + field + " at " + s.framework.tiers[k].name + " must be a number >= 0, got " +
                num(v[k]));
  }

  // `more` may not exceed `less` tier by tier ("applying" <= "completed").
  void not_more(const std::string& path, const std::string& when, const char* more_name,
                const std::vector<double>& more, const char* less_name, const std::vector<double>& less) {
    if (static_cast<int>(more.size()) != K || static_cast<int>(less.size()) != K) return;
    for (int k = 0; k < K; ++k)
      if (more[k] > less[k] + kSlack * (1 + std::fabs(less[k])))
        add(path + "." + more_name + "[" + std::to_string(k) + "]",
            when + ": more people " + more_name + " " + s.framework.tiers[k].name + " (" + num(more[k]) +
                ") than " + less_name + " it (" + num(less[k]) + ")");
  }

  // A month reported by segment: each row names a segment of the plan once,
  // its counts are possible for that segment, every row reports the same
  // lists, and the month's per-tier counts are their sums.
  void segments(const std::string& path, const std::string& when, const ActualMonth& m) {
    const int S = static_cast<int>(s.segments.size());
    using Field = std::vector<double> SegmentActual::*;
    const Field fields[] = {&SegmentActual::enrolled, &SegmentActual::completed, &SegmentActual::applying};
    const char* const names[] = {"enrolled", "completed", "applying"};
    for (size_t i = 0; i < m.segments.size(); ++i) {
      const SegmentActual& row = m.segments[i];
      const std::string p = path + ".segments[" + std::to_string(i) + "]";
      if (row.segment < 0 || row.segment >= S) {
        add(p + ".segment", when + ": no segment " + std::to_string(row.segment + 1) + " in the plan (" +
                                std::to_string(S) + " segments)");
        continue;
      }
      const Segment& seg = s.segments[row.segment];
      const std::string who = when + ", " + seg.name;
      for (size_t j = 0; j < i; ++j)
        if (m.segments[j].segment == row.segment) add(p + ".segment", who + " is entered twice");
      for (int f = 0; f < 3; ++f) {
        const std::vector<double>& v = row.*fields[f];
        tiers_list(p, who, names[f], v);
        const bool others = std::any_of(m.segments.begin(), m.segments.end(),
                                        [&](const SegmentActual& r) { return !(r.*fields[f]).empty(); });
        if (v.empty() && others)
          add(p + "." + names[f], who + ": " + names[f] + " is not given while other segments give it");
      }
      not_more(p, who, "completed", row.completed, "enrolled in", row.enrolled);
      not_more(p, who, "applying", row.applying, "completed", row.completed);
      for (int k = 0; k < K && static_cast<int>(row.completed.size()) == K; ++k) {
        const double room = seg.headcount - at_or_above_today(seg, k);
        if (row.completed[k] > room + kSlack * (1 + room))
          add(p + ".completed[" + std::to_string(k) + "]",
              who + ": " + num(row.completed[k]) + " people completed " + s.framework.tiers[k].name +
                  " or above, but " + seg.name + " has " + num(room) + " people not there already");
      }
    }
    if (m.segments.empty()) return;
    ActualMonth sums = m;
    sum_segments(sums, K);
    const std::vector<double>* totals[] = {&m.enrolled, &m.completed, &m.applying};
    const std::vector<double>* summed[] = {&sums.enrolled, &sums.completed, &sums.applying};
    for (int f = 0; f < 3; ++f) {
      if (totals[f]->size() != summed[f]->size()) {
        add(path + "." + names[f], when + ": " + names[f] + " by tier must be the sum of the segments'");
        continue;
      }
      for (size_t k = 0; k < totals[f]->size(); ++k) {
        const double a = (*totals[f])[k], b = (*summed[f])[k];
        if (std::fabs(a - b) > kSlack * (1 + std::fabs(b)))
          add(path + "." + names[f] + "[" + std::to_string(k) + "]",
              when + ": " + names[f] + " at " + s.framework.tiers[k].name + " (" + num(a) +
                  ") is not the sum of the segments' (" + num(b) + ")");
      }
    }
  }

  // Enrolled and completed are counts so far: from one month typed to the
  // next they never fall, for the organisation and for each segment typed in
  // both (a segment without a row counted no one, so leaving out a segment
  // that had people is a fall too). Applying may fall: people stop.
  void never_fall() {
    const Actuals& a = s.actuals;
    std::vector<size_t> order;
    for (size_t i = 0; i < a.months.size(); ++i)
      if (a.months[i].month >= 1 && a.months[i].month <= s.org.horizon_months) order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](size_t x, size_t y) { return a.months[x].month < a.months[y].month; });
    const int S = static_cast<int>(s.segments.size());
    using TierField = std::vector<double> ActualMonth::*;
    using SegmentField = std::vector<double> SegmentActual::*;
    const TierField totals[] = {&ActualMonth::enrolled, &ActualMonth::completed};
    const SegmentField by_segment[] = {&SegmentActual::enrolled, &SegmentActual::completed};
    const char* const names[] = {"enrolled in", "completed"};
    const char* const keys[] = {"enrolled", "completed"};
    for (size_t j = 1; j < order.size(); ++j) {
      const ActualMonth& before = a.months[order[j - 1]];
      const ActualMonth& now = a.months[order[j]];
      const std::string p = "actuals.months[" + std::to_string(order[j]) + "]";
      const std::string when =
          plan_month_name(s.org, now.month) + " (month " + std::to_string(now.month) + ")";
      const std::string earlier = plan_month_name(s.org, before.month);
      for (int f = 0; f < 2; ++f) {
        const std::vector<double>&x = before.*totals[f], &y = now.*totals[f];
        if (static_cast<int>(x.size()) != K || static_cast<int>(y.size()) != K) continue;
        for (int k = 0; k < K; ++k)
          if (y[k] < x[k] - kSlack * (1 + x[k]))
            add(p + "." + keys[f] + "[" + std::to_string(k) + "]",
                when + ": " + names[f] + " " + s.framework.tiers[k].name + " (" + num(y[k]) +
                    ") is fewer than " + earlier + "'s (" + num(x[k]) + "): counts so far never fall");
        if (before.segments.empty() || now.segments.empty()) continue;
        for (const SegmentActual& row : before.segments) {
          if (row.segment < 0 || row.segment >= S || (row.*by_segment[f]).size() != static_cast<size_t>(K))
            continue;
          const SegmentActual* later = nullptr;
          for (const SegmentActual& r : now.segments)
            if (r.segment == row.segment) later = &r;
          if (later && (later->*by_segment[f]).size() != static_cast<size_t>(K)) continue;
          for (int k = 0; k < K; ++k) {
            const double was = (row.*by_segment[f])[k], is = later ? (later->*by_segment[f])[k] : 0.0;
            if (is >= was - kSlack * (1 + was)) continue;
            add(p + ".segments", when + ", " + s.segments[row.segment].name + ": " + names[f] + " " +
                                     s.framework.tiers[k].name + " (" + (later ? num(is) : "no row: no one") +
                                     ") is fewer than " + earlier + "'s (" + num(was) +
                                     "): counts so far never fall; give the segment's counts for the month");
            break;
          }
        }
      }
    }
  }
};

}  // namespace

std::vector<Issue> validate_actuals(const Scenario& s) {
  std::vector<Issue> issues;
  ActualsChecker c{s, issues, static_cast<int>(s.framework.tiers.size())};
  for (size_t i = 0; i < s.measures.size(); ++i) {
    const Metric& m = s.measures[i];
    const std::string p = "measures[" + std::to_string(i) + "]";
    if (m.name.empty()) c.add(p + ".name", "must not be empty");
    if (m.tier < 0 || m.tier >= c.K)
      c.add(p + ".tier",
            "must be a tier index 0.." + std::to_string(c.K - 1) + ", got " + std::to_string(m.tier));
    if (!std::isfinite(m.target)) c.add(p + ".target", "must be a finite number");
  }
  const Actuals& a = s.actuals;
  const int horizon = s.org.horizon_months;
  const std::string last_name = plan_month_name(s.org, horizon);
  if (a.as_of_month < 0 || a.as_of_month > horizon)
    c.add("actuals.as_of_month", "must be a month of the plan (1 to " + std::to_string(horizon) + ", " +
                                     plan_month_name(s.org, 1) + " to " + last_name + "), got " +
                                     std::to_string(a.as_of_month));
  const int metrics = static_cast<int>(measurement_plan(s).size());
  for (size_t i = 0; i < a.months.size(); ++i) {
    const ActualMonth& m = a.months[i];
    const std::string p = "actuals.months[" + std::to_string(i) + "]";
    if (m.month < 1 || m.month > horizon) {
      c.add(p + ".month", "month " + std::to_string(m.month) + " is outside the plan (months 1 to " +
                              std::to_string(horizon) + ", " + plan_month_name(s.org, 1) + " to " +
                              last_name + ")");
      continue;
    }
    const std::string when = plan_month_name(s.org, m.month) + " (month " + std::to_string(m.month) + ")";
    if (m.month > a.as_of_month)
      c.add(p + ".month", when + " is after the as-of month" +
                              (a.as_of_month >= 1 ? " (" + plan_month_name(s.org, a.as_of_month) + ")"
                                                  : std::string(" (none set)")));
    for (size_t j = 0; j < i; ++j)
      if (a.months[j].month == m.month)
        c.add(p + ".month", when + " is entered twice (also actuals.months[" + std::to_string(j) + "])");
    if (!std::isfinite(m.spend) || m.spend < 0)
      c.add(p + ".spend", when + ": spend must be a number >= 0, got " + num(m.spend));
    if (!std::isfinite(m.hours_saved_per_week) || m.hours_saved_per_week < 0)
      c.add(p + ".hours_saved_per_week",
            when + ": hours saved per week must be a number >= 0, got " + num(m.hours_saved_per_week));
    c.tiers_list(p, when, "enrolled", m.enrolled);
    c.tiers_list(p, when, "completed", m.completed);
    c.tiers_list(p, when, "applying", m.applying);
    c.not_more(p, when, "completed", m.completed, "enrolled in", m.enrolled);
    c.not_more(p, when, "applying", m.applying, "completed", m.completed);
    c.segments(p, when, m);
    for (size_t j = 0; j < m.metrics.size(); ++j) {
      const MetricValue& v = m.metrics[j];
      const std::string pj = p + ".metrics[" + std::to_string(j) + "]";
      if (v.metric < 0 || v.metric >= metrics)
        c.add(pj + ".metric", when + ": no metric " + std::to_string(v.metric) +
                                  " in the measurement plan (" + std::to_string(metrics) + " metrics)");
      if (!std::isfinite(v.value) || v.value < 0)
        c.add(pj + ".value", when + ": a metric value must be a number >= 0, got " + num(v.value));
    }
  }
  c.never_fall();
  return issues;
}

}  // namespace planner
