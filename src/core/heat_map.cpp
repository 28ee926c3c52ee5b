// heat_map.cpp — the capability heat map (rule in heat_map.h).
#include "core/heat_map.h"

#include <algorithm>
#include <cstdio>

#include "core/learners.h"

namespace planner {

namespace {

// Shares are compared with the same tolerance the target test uses
// (finish_totals: count >= share x headcount - 1e-9), per person.
constexpr double kTolerance = 1e-9;

}  // namespace

const char* heat_status_id(HeatStatus s) {
  switch (s) {
    case HeatStatus::Green:
      return "green";
    case HeatStatus::Amber:
      return "amber";
    case HeatStatus::Red:
      return "red";
  }
  return "green";
}

HeatStatus heat_status(double gap, double amber_points) {
  if (gap <= kTolerance) return HeatStatus::Green;
  return gap <= amber_points + kTolerance ? HeatStatus::Amber : HeatStatus::Red;
}

std::string heat_status_words(HeatStatus status, double gap) {
  if (status == HeatStatus::Green) return "green: on target";
  const double points = gap * 100.0;
  char buf[48];
  std::snprintf(buf, sizeof buf, points < 9.95 ? "%s: %.1f pts short" : "%s: %.0f pts short",
                heat_status_id(status), points);
  return buf;
}

int heat_map_default_month(const Scenario& s, const Result& r) {
  return std::min(std::max(s.target.by_month, 1), std::max(r.months, 1));
}

HeatMap heat_map(const Scenario& s, const Result& r, int month) {
  HeatMap map;
  const int M = r.months, K = r.tiers, S = std::min(r.segments, static_cast<int>(s.segments.size()));
  map.month = std::min(std::max(month, 1), std::max(M, 1));
  map.count_applying = s.target.count_applying;
  const std::vector<double>& events =
      map.count_applying ? r.newly_applying_by_segment : r.newly_trained_by_segment;
  const bool sized = events.size() == static_cast<size_t>(M) * S * K;
  for (int g = 0; g < S; ++g) {
    const Segment& seg = s.segments[g];
    HeatRow row;
    row.segment = g;
    row.cells.resize(static_cast<size_t>(K));
    const double headcount = seg.headcount;
    for (int k = 0; k < K; ++k) {
      double people = at_or_above_today(seg, k);
      HeatCell& c = row.cells[k];
      c.current = headcount > 0 ? people / headcount : 0.0;
      for (int m = 0; sized && m < map.month; ++m) people += events[(static_cast<size_t>(m) * S + g) * K + k];
      c.plan = headcount > 0 ? std::min(1.0, people / headcount) : 0.0;
      c.target = k < static_cast<int>(seg.target_share.size()) ? seg.target_share[k] : 0.0;
      c.gap = c.target - c.plan;
      c.status = heat_status(c.gap, map.amber_points);
      if (k == 0 || c.gap > row.gap) row.gap = c.gap;
      if (c.status > row.status) row.status = c.status;
    }
    map.rows.push_back(std::move(row));
  }
  std::stable_sort(map.rows.begin(), map.rows.end(),
                   [](const HeatRow& a, const HeatRow& b) { return a.gap > b.gap; });
  return map;
}

}  // namespace planner
