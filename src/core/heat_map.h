// heat_map.h — the capability heat map: for each segment and tier, the share
// of its people at that tier or above today, in the target, and in the plan
// at a chosen month, with a red / amber / green status from the gap.
//
// The rule (docs/schema.md, "Capability heat map"):
//   - current share = people at tier >= k today / headcount;
//   - target share  = the segment's cumulative target_share[k];
//   - plan share    = people at tier >= k at the end of the month (applying
//     it, or trained, as Target::count_applying says) / headcount;
//   - gap = target share - plan share (points of headcount); green when the
//     plan reaches the target (gap <= 0), amber when it falls short by at
//     most `amber_points`, red beyond;
//   - a segment's gap is its largest cell gap; rows are sorted by it, the
//     furthest from target first (ties keep the plan's segment order).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace planner {

enum class HeatStatus { Green, Amber, Red };
const char* heat_status_id(HeatStatus s);  // "green" | "amber" | "red"

// Documented defaults (docs/schema.md).
constexpr double kHeatMapAmberPoints = 0.10;  // amber: short of the target by at most 10 points

struct HeatCell {
  double current = 0;  // share at tier >= k today
  double target = 0;   // the segment's target share for tier >= k
  double plan = 0;     // share at tier >= k at the chosen month's end
  double gap = 0;      // target - plan (positive: short of the target)
  HeatStatus status = HeatStatus::Green;
};

struct HeatRow {
  int segment = 0;                        // index into Scenario::segments
  double gap = 0;                         // the largest cell gap
  HeatStatus status = HeatStatus::Green;  // the worst cell's
  std::vector<HeatCell> cells;            // one per tier
};

struct HeatMap {
  int month = 1;               // 1-based month of the plan
  bool count_applying = true;  // plan share counts people applying (else trained)
  double amber_points = kHeatMapAmberPoints;
  std::vector<HeatRow> rows;  // sorted by gap, largest first
};

// The target's month (Target::by_month) within the horizon: the default month.
int heat_map_default_month(const Scenario& s, const Result& r);

// The heat map at `month` (1-based; clamped to the horizon). `r` must be the
// evaluation of `s`.
HeatMap heat_map(const Scenario& s, const Result& r, int month);

HeatStatus heat_status(double gap, double amber_points);

// The status in words, as every view shows it beside the colour:
// "green: on target", "amber: 7.5 pts short", "red: 15 pts short" (one
// decimal below 10 points).
std::string heat_status_words(HeatStatus status, double gap);

}  // namespace planner
