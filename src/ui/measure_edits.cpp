// measure_edits.cpp — see measure_edits.h.
#include "ui/measure_edits.h"

#include <algorithm>

namespace planner::ui {
namespace {

// Drops the values `gone` says to drop and renumbers the rest with `to`.
template <typename Gone, typename To>
void remap_values(Scenario& s, Gone gone, To to) {
  for (ActualMonth& m : s.actuals.months) {
    auto end = std::remove_if(m.metrics.begin(), m.metrics.end(),
                              [&](const MetricValue& v) { return gone(v.metric); });
    m.metrics.erase(end, m.metrics.end());
    for (MetricValue& v : m.metrics) v.metric = to(v.metric);
  }
}

}  // namespace

void add_metric(Scenario& s, int tier) {
  s.measures = measurement_plan(s);
  Metric m;
  m.tier = tier;
  m.name = "New metric";
  s.measures.push_back(m);
}

void remove_metric(Scenario& s, int index) {
  std::vector<Metric> plan = measurement_plan(s);
  if (index < 0 || index >= static_cast<int>(plan.size())) return;
  plan.erase(plan.begin() + index);
  s.measures = plan;
  remap_values(
      s, [index](int i) { return i == index; }, [index](int i) { return i > index ? i - 1 : i; });
}

void reset_measures(Scenario& s) {
  s.measures.clear();
  const int n = static_cast<int>(measurement_plan(s).size());
  remap_values(
      s, [n](int i) { return i >= n; }, [](int i) { return i; });
}

}  // namespace planner::ui
