// actuals.cpp — see actuals.h.
#include "core/actuals.h"

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
  return issues;
}

}  // namespace planner
