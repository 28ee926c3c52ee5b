// Turns a Result into the per-series arrays the charts draw.
#include <algorithm>

#include "core/names.h"
#include "ui/results_view.h"

namespace planner::ui {
namespace {

// Result keeps [month * width + j]; charts want one array per j.
std::vector<std::vector<double>> split(const std::vector<double>& flat, int months, int width) {
  std::vector<std::vector<double>> out(width, std::vector<double>(months, 0.0));
  for (int m = 0; m < months; ++m)
    for (int j = 0; j < width; ++j) {
      const size_t at = static_cast<size_t>(m) * width + j;
      if (at < flat.size()) out[j][m] = flat[at];
    }
  return out;
}

// "At least tier k" series into "exactly tier k" bands, plus the people with
// no tier (or not applying) on top so the stack adds up to the headcount.
std::vector<std::vector<double>> bands(const std::vector<double>& at_least, int months, int tiers,
                                       int headcount) {
  std::vector<std::vector<double>> ge = split(at_least, months, tiers);
  std::vector<std::vector<double>> out(tiers + 1, std::vector<double>(months, 0.0));
  for (int m = 0; m < months; ++m) {
    for (int k = 0; k < tiers; ++k) {
      const double above = k + 1 < tiers ? ge[k + 1][m] : 0.0;
      out[k][m] = std::max(0.0, ge[k][m] - above);
    }
    out[tiers][m] = std::max(0.0, headcount - (tiers > 0 ? ge[0][m] : 0.0));
  }
  return out;
}

}  // namespace

ChartData make_chart_data(const Scenario& s, const Result& r) {
  ChartData d;
  d.months = r.months;
  d.cumulative_cost.resize(r.months);
  d.cumulative_benefit.resize(r.months);
  d.cumulative_net.resize(r.months);
  double cost = 0, benefit = 0;
  for (int m = 0; m < r.months; ++m) {
    cost += m < static_cast<int>(r.incremental_cost.size()) ? r.incremental_cost[m] : 0.0;
    benefit += m < static_cast<int>(r.value.size()) ? r.value[m] : 0.0;
    d.cumulative_cost[m] = cost;
    d.cumulative_benefit[m] = benefit;
    d.cumulative_net[m] = benefit - cost;
  }
  d.by_model = split(r.cost_by_model, r.months, r.models);
  d.by_tier = split(r.cost_by_tier, r.months, r.tiers);
  d.by_segment = split(r.cost_by_segment, r.months, r.segments);
  int headcount = 0;
  for (const Segment& seg : s.segments) headcount += seg.headcount;
  d.at_tier_applying = bands(r.applying_at_tier, r.months, r.tiers, headcount);
  d.at_tier_trained = bands(r.trained_at_tier, r.months, r.tiers, headcount);
  for (int j = 0; j < r.models; ++j) d.model_names.push_back(model_name(s, j));
  for (int k = 0; k < r.tiers; ++k) d.tier_names.push_back(tier_name(s, k));
  for (int g = 0; g < r.segments; ++g) d.segment_names.push_back(segment_name(s, g));
  return d;
}

}  // namespace planner::ui
