// actuals_edits.cpp — see actuals_edits.h.
#include "ui/actuals_edits.h"

#include <algorithm>
#include <cmath>

#include "core/actuals.h"

namespace planner::ui {
namespace {

int tier_count(const Scenario& s) { return static_cast<int>(s.framework.tiers.size()); }

// Whole people, kept possible: applying <= completed <= enrolled.
void whole_people(std::vector<double>& enrolled, std::vector<double>& completed,
                  std::vector<double>& applying) {
  for (auto* v : {&enrolled, &completed, &applying})
    for (double& x : *v) x = std::round(x);
  for (size_t k = 0; k < enrolled.size() && k < completed.size() && k < applying.size(); ++k) {
    completed[k] = std::min(completed[k], enrolled[k]);
    applying[k] = std::min(applying[k], completed[k]);
  }
}

ActualMonth* month_of(Scenario& s, int month) {
  for (ActualMonth& a : s.actuals.months)
    if (a.month == month) return &a;
  return nullptr;
}

// Every month reported by segment: row of segment g becomes segment to[g]
// (-1: dropped), and the month's totals are its rows' sums again. One
// function, not a template per edit: the editor's download is at its budget.
void remap_rows(Scenario& s, const std::vector<int>& to) {
  const int K = tier_count(s);
  for (ActualMonth& m : s.actuals.months) {
    if (m.segments.empty()) continue;
    std::vector<SegmentActual> kept;
    for (SegmentActual& r : m.segments) {
      const int g = r.segment >= 0 && r.segment < static_cast<int>(to.size()) ? to[r.segment] : r.segment;
      if (g < 0) continue;
      r.segment = g;
      kept.push_back(std::move(r));
    }
    m.segments = std::move(kept);
    if (m.segments.empty()) {
      // No segment left to count anyone: the lists given are all zero.
      for (auto* v : {&m.enrolled, &m.completed, &m.applying})
        if (!v->empty()) v->assign(static_cast<size_t>(K), 0.0);
    }
    sum_segments(m, K);
  }
}

// The identity over the segments before an edit (`n` of them).
std::vector<int> identity(int n) {
  std::vector<int> to(static_cast<size_t>(std::max(n, 0)));
  for (int g = 0; g < n; ++g) to[g] = g;
  return to;
}

}  // namespace

ActualMonth prefilled_month(const Scenario& s, const Result& plan, int month) {
  ActualMonth a = plan_figures(s, plan, month);
  a.spend = std::round(a.spend);
  a.hours_saved_per_week = std::round(a.hours_saved_per_week * 10) / 10;
  whole_people(a.enrolled, a.completed, a.applying);
  return a;
}

void report_by_segment(Scenario& s, const Result& plan, int month) {
  ActualMonth* a = month_of(s, month);
  if (!a || !a->segments.empty()) return;
  a->segments = plan_figures_by_segment(s, plan, month).segments;
  for (SegmentActual& r : a->segments) whole_people(r.enrolled, r.completed, r.applying);
  sum_segments(*a, tier_count(s));
}

void report_totals_only(Scenario& s, int month) {
  if (ActualMonth* a = month_of(s, month)) a->segments.clear();
}

void actuals_segment_removed(Scenario& s, int index) {
  std::vector<int> to = identity(static_cast<int>(s.segments.size()) + 1);  // called after the erase
  for (int g = index; g < static_cast<int>(to.size()); ++g) to[g] = g == index ? -1 : g - 1;
  remap_rows(s, to);
}

void actuals_segment_duplicated(Scenario& s, int index) {
  std::vector<int> to = identity(static_cast<int>(s.segments.size()) - 1);  // called after the insert
  for (size_t g = static_cast<size_t>(index) + 1; g < to.size(); ++g) ++to[g];
  remap_rows(s, to);
  const size_t K = static_cast<size_t>(tier_count(s));
  for (ActualMonth& m : s.actuals.months) {
    if (m.segments.empty()) continue;
    SegmentActual copy{index + 1, {}, {}, {}};
    // The copy gives the lists the month gives, all zero: it changes no total.
    if (!m.enrolled.empty()) copy.enrolled.assign(K, 0.0);
    if (!m.completed.empty()) copy.completed.assign(K, 0.0);
    if (!m.applying.empty()) copy.applying.assign(K, 0.0);
    m.segments.push_back(copy);
  }
}

void actuals_segments_swapped(Scenario& s, int a, int b) {
  std::vector<int> to = identity(static_cast<int>(s.segments.size()));
  if (a < 0 || b < 0 || a >= static_cast<int>(to.size()) || b >= static_cast<int>(to.size())) return;
  std::swap(to[a], to[b]);
  remap_rows(s, to);
}

}  // namespace planner::ui
