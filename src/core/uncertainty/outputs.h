// outputs.h — the scalar outputs the uncertainty tools summarise, read from a
// Result in one place so Monte Carlo, tornado and the JSON agree.
#pragma once

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

const char* output_id(Output o);     // "incremental_cost", ... (JSON keys, CLI flags)
const char* output_label(Output o);  // "Incremental cost", ...
bool parse_output(const char* id, Output& out);
// True for outputs where a larger value is worse (costs, months).
bool lower_is_better(Output o);

// The value of `o` in `r`. Month outputs that are "not within horizon" (-1)
// become horizon + 1 so they sort after every month that happens.
double output_value(const Result& r, Output o);

}  // namespace planner::mc
