// variance.cpp — see variance.h.
#include "core/variance.h"

#include <algorithm>

#include "core/actuals.h"

namespace planner {

const char* rag_id(Rag r) { return r == Rag::Green ? "green" : r == Rag::Amber ? "amber" : "red"; }

Rag rag_status(double planned, double actual, bool more_is_worse) {
  const double worse_by = more_is_worse ? actual - planned : planned - actual;
  if (worse_by <= 0) return Rag::Green;
  if (planned <= 0) return Rag::Red;  // anything on the wrong side of nothing planned
  const double share = worse_by / planned;
  return share <= kAmberShare ? Rag::Green : share <= kRedShare ? Rag::Amber : Rag::Red;
}

std::string variance_label(const Scenario& s, const VarianceLine& v, const std::vector<Metric>& metrics) {
  if (v.metric >= 0) return metrics[v.metric].name;
  static const char* const kLabels[][2] = {
      {"spend", "Spend in the month"}, {"cumulative_spend", "Spend to date"},
      {"enrolled", "Enrolled"},        {"completed", "Completed"},
      {"applying", "Applying"},        {"hours_saved_per_week", "Hours saved per week"}};
  std::string text = v.key;
  for (const auto& l : kLabels)
    if (v.key == l[0]) text = l[1];
  if (v.tier >= 0) text += " " + s.framework.tiers[v.tier].name;
  if (v.segment >= 0) text += ", " + s.segments[v.segment].name;
  return text;
}

namespace {

// Month `a`'s lines by segment, each against the segment's own plan figures.
void segment_lines(const Scenario& s, const Result& plan, const ActualMonth& a,
                   std::vector<VarianceLine>& lines) {
  const int K = plan.tiers;
  const ActualMonth p = plan_figures_by_segment(s, plan, a.month);
  using Field = std::vector<double> SegmentActual::*;
  const Field fields[] = {&SegmentActual::enrolled, &SegmentActual::completed, &SegmentActual::applying};
  const std::vector<double>* totals[] = {&a.enrolled, &a.completed, &a.applying};
  const char* const keys[] = {"enrolled", "completed", "applying"};
  for (const SegmentActual& planned : p.segments) {
    const auto row = std::find_if(a.segments.begin(), a.segments.end(),
                                  [&](const SegmentActual& r) { return r.segment == planned.segment; });
    for (int f = 0; f < 3; ++f) {
      if (static_cast<int>(totals[f]->size()) != K) continue;  // not measured this month
      // A segment not listed counted no one (core/actuals.h, sum_segments).
      const std::vector<double> none(static_cast<size_t>(K), 0.0);
      const std::vector<double>& actual =
          row != a.segments.end() && !((*row).*fields[f]).empty() ? (*row).*fields[f] : none;
      const std::vector<double>& want = planned.*fields[f];
      for (int k = 0; k < K && k < static_cast<int>(actual.size()); ++k) {
        VarianceLine v{a.month, keys[f], k, -1, planned.segment, want[k], actual[k], Rag::Green};
        v.status = rag_status(v.plan, v.actual, false);
        lines.push_back(v);
      }
    }
  }
}

}  // namespace

std::vector<VarianceLine> variance(const Scenario& s, const Result& plan) {
  std::vector<VarianceLine> lines;
  const int as_of = std::min(s.actuals.as_of_month, plan.months);
  const std::vector<Metric> metrics = measurement_plan(s);
  double cum_plan = 0, cum_actual = 0;
  for (int month = 1; month <= as_of; ++month) {
    const ActualMonth p = plan_figures(s, plan, month);
    const ActualMonth* a = actual_for(s.actuals, month);
    cum_plan += p.spend;
    cum_actual += a ? a->spend : p.spend;  // a month not typed counts as planned
    if (!a) continue;
    auto add = [&](const char* key, int tier, double planned, double actual, bool more_is_worse) {
      lines.push_back(
          {month, key, tier, -1, -1, planned, actual, rag_status(planned, actual, more_is_worse)});
    };
    add("spend", -1, p.spend, a->spend, true);
    add("cumulative_spend", -1, cum_plan, cum_actual, true);
    const int K = plan.tiers;
    auto per_tier = [&](const char* key, const std::vector<double>& planned,
                        const std::vector<double>& actual) {
      if (static_cast<int>(actual.size()) != K) return;
      for (int k = 0; k < K; ++k) add(key, k, planned[k], actual[k], false);
    };
    per_tier("enrolled", p.enrolled, a->enrolled);
    per_tier("completed", p.completed, a->completed);
    per_tier("applying", p.applying, a->applying);
    add("hours_saved_per_week", -1, p.hours_saved_per_week, a->hours_saved_per_week, false);
    for (const MetricValue& v : a->metrics) {
      const Metric& m = metrics[v.metric];
      lines.push_back({month, "metric", m.tier, v.metric, -1, m.target, v.value,
                       rag_status(m.target, v.value, !m.higher_is_better)});
    }
    if (!a->segments.empty()) segment_lines(s, plan, *a, lines);
  }
  return lines;
}

}  // namespace planner
