// actuals_rows.h — one row of an actuals file as read, and the join of a
// month's rows given by segment into the month the plan holds (the actuals
// import's second step; the rules are in actuals_import.h).
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"
#include "import/table.h"

namespace planner::import {

struct ActualsRow {
  int row = 0;       // 1-based, as in the file
  int segment = -1;  // index into the plan's segments; -1 = the row is the whole month
  bool spend_given = false, hours_given = false;
  ActualMonth figures;  // the row's own: spend, hours, per-tier lists (empty = not given), metrics
};

// Where a month's figures are in the file, for the messages.
struct ActualsColumnNames {
  std::string spend;
  std::vector<std::string> metric;  // [i]: the header of measurement_plan(s)[i]'s column, "" if none
};

// The month of `rows` (every one with a segment): spend and hours saved a week
// are the sums of the rows' (blank = nothing of the row's own; hours blank on
// every row: `plan_hours`, with a note); the people counts by segment and
// their per-tier sums (sum_segments); a metric given on one row, or the same
// on all. A segment with no row counted no one: a note says so. Problems name
// the rows.
ActualMonth join_segment_rows(const Scenario& s, const std::vector<const ActualsRow*>& rows,
                              double plan_hours, const ActualsColumnNames& columns, Problems& problems,
                              std::vector<std::string>& notes, bool& hours_from_plan);

}  // namespace planner::import
