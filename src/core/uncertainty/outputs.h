// outputs.h — the scalar outputs the uncertainty tools summarise: a subset of
// the figures table (core/figures.h), read from a Result in one place so Monte
// Carlo, tornado and the JSON agree.
#pragma once

#include "core/figures.h"
#include "core/result.h"

namespace planner::mc {

enum class Output {
  IncrementalCost,
  EconomicCost,
  Benefits,
  RoiPct,
  Npv,
  PaybackMonth,
  MonthsToTarget,
  CapableEmployees,
};
constexpr int kOutputCount = 8;

// The row of the figures table behind an output.
const FigureSpec& output_figure(Output o);
const char* output_id(Output o);     // the figure key: "incremental_cost", ... (JSON keys, CLI flags)
const char* output_label(Output o);  // the figure label: "Incremental cost", ...
bool parse_output(const char* id, Output& out);
// True for outputs where a larger value is worse (months); costs are neither
// (the figures table: a cheaper plan may simply do less).
bool lower_is_better(Output o);

// The value of `o` in `r`. Month outputs that are "not within horizon" (-1)
// become horizon + 1 so they sort after every month that happens; ROI of a
// plan that costs nothing is 0.
double output_value(const Result& r, Output o);
// A summarised value of `o` (a percentile, a tornado end) as a figure again:
// a month past the horizon is "none" (not reached).
FigureValue summarised_value(Output o, double v, int horizon_months);

}  // namespace planner::mc
