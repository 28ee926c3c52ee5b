// actuals_by_segment.cpp — a month's rows by segment into one month of
// actuals (actuals_rows.h).
#include <algorithm>
#include <cstdio>

#include "core/actuals.h"
#include "import/actuals_rows.h"

namespace planner::import {
namespace {

constexpr const char* kKindNames[3] = {"Enrolled", "Completed", "Applying"};

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "row 4 (Sales)"
std::string row_name(const Scenario& s, const ActualsRow& r) {
  return "row " + std::to_string(r.row) + " (" + s.segments[static_cast<size_t>(r.segment)].name + ")";
}

}  // namespace

ActualMonth join_segment_rows(const Scenario& s, const std::vector<const ActualsRow*>& rows,
                              double plan_hours, const ActualsColumnNames& columns, Problems& problems,
                              std::vector<std::string>& notes, bool& hours_from_plan) {
  const int K = static_cast<int>(s.framework.tiers.size());
  ActualMonth a;
  a.month = rows.front()->figures.month;
  const std::string when = plan_month_name(s.org, a.month);
  bool any_spend = false, any_hours = false;
  for (const ActualsRow* r : rows) {
    a.spend += r->figures.spend;
    a.hours_saved_per_week += r->figures.hours_saved_per_week;
    any_spend = any_spend || r->spend_given;
    any_hours = any_hours || r->hours_given;
  }
  if (!any_spend)
    problems.add(rows.front()->row, columns.spend, "",
                 "is blank on every row of " + when + " (type 0 for a month with no spend)");
  if (!any_hours) {
    a.hours_saved_per_week = plan_hours;
    hours_from_plan = true;
  }

  // People: a kind given for one segment of the month is given for all of its rows.
  std::vector<double> ActualMonth::*lists[3] = {&ActualMonth::enrolled, &ActualMonth::completed,
                                                &ActualMonth::applying};
  for (int kind = 0; kind < 3; ++kind) {
    auto giver = std::find_if(rows.begin(), rows.end(),
                              [&](const ActualsRow* r) { return !(r->figures.*lists[kind]).empty(); });
    if (giver == rows.end()) continue;
    for (const ActualsRow* r : rows)
      if ((r->figures.*lists[kind]).empty())
        problems.add(r->row, "", "",
                     std::string("gives no ") + kKindNames[kind] + " for " + when + ", " +
                         s.segments[static_cast<size_t>(r->segment)].name + " while " + row_name(s, **giver) +
                         " does: give it for every segment of the month or for none");
  }
  for (const ActualsRow* r : rows)
    a.segments.push_back({r->segment, r->figures.enrolled, r->figures.completed, r->figures.applying});
  std::sort(a.segments.begin(), a.segments.end(),
            [](const SegmentActual& x, const SegmentActual& y) { return x.segment < y.segment; });
  sum_segments(a, K);

  // Metrics are the month's, not a segment's: one value a month.
  for (size_t m = 0; m < columns.metric.size(); ++m) {
    const ActualsRow* first = nullptr;
    double value = 0;
    for (const ActualsRow* r : rows)
      for (const MetricValue& v : r->figures.metrics) {
        if (v.metric != static_cast<int>(m)) continue;
        if (!first) {
          first = r;
          value = v.value;
        } else if (v.value != value) {
          problems.add(r->row, columns.metric[m], num(v.value),
                       "differs from " + num(value) + " on row " + std::to_string(first->row) +
                           ": a metric is the month's, so give it on one row of " + when +
                           " (or the same on every row)");
        }
      }
    if (first) a.metrics.push_back({static_cast<int>(m), value});
  }

  // The model's rule: a segment with no row in the month counted no one.
  std::string missing;
  for (size_t g = 0; g < s.segments.size(); ++g)
    if (std::none_of(rows.begin(), rows.end(), [&](const ActualsRow* r) { return r->segment == int(g); }))
      missing += (missing.empty() ? "" : ", ") + s.segments[g].name;
  if (!missing.empty()) notes.push_back(when + ": no row for " + missing + ", counted as no one.");
  return a;
}

}  // namespace planner::import
