// actuals_import.h — months of actuals from a CSV or XLSX table into a plan
// (issue 15): the pure function from (plan, table) to (new plan, summary,
// problems). Only the plan's actuals change; on any problem no plan is made.
//
// The file (docs/schema.md, "Importing actuals"): one row per month under a
// header row (found in the first rows, by a "Month" column).
//   - Month (required): "2027-03", "2027-03-01", "March 2027", "Mar 2027", or
//     a spreadsheet date; a month of the plan.
//   - Spend (required): the month's incremental cash spend.
//   - "Enrolled <tier>", "Completed <tier>", "Applying <tier>" (or "<tier>
//     enrolled"; the tier by its name, its name without "AI ", or T1, T2...):
//     cumulative counts through the plan, as the Actuals tab has them. A kind
//     given for one tier is given for every tier; a row whose cells of a kind
//     are all blank did not measure it.
//   - "Hours saved per week" (optional): as measured; not in the file or blank
//     = the plan's own figure for the month.
//   - A column named as a metric of the measurement plan: its value.
//   - Segment (optional; "Segment", "Department", "Team"... as the headcount
//     import names its group column: columns.h, default_segment_column): the
//     rows are then one per month and segment, the segment named as in the
//     plan (case, spaces and punctuation aside). A month is either one row
//     with no segment or rows that all name one; a segment of the plan with no
//     row in a month counted no one there (a note says so). Spend and hours
//     saved a week add up over the month's rows (a row may leave them blank);
//     a metric is the month's: on one row of it, or the same on every row. The
//     month's per-tier counts are the sums over its segments (sum_segments).
// A month already in the plan's actuals is replaced by the file's row; the
// as-of month becomes the later of the plan's and the file's last month.
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"
#include "import/table.h"

namespace planner::import {

struct ActualsImport {
  bool ok = false;
  Scenario scenario;  // the plan with the actuals, when ok
  int months_read = 0;
  int months_replaced = 0;      // of those, months the plan already had
  int months_by_segment = 0;    // of those, months given by segment
  bool segment_column = false;  // the file has one (its names are the plan's segments)
  int as_of_month = 0;
  std::string as_of_label;         // "March 2027"
  std::vector<std::string> notes;  // columns not read, figures taken from the plan
  Problems problems;
  std::string text() const;  // a short summary for stderr or a status line
};

ActualsImport import_actuals(const Scenario& base, const Table& table);

// True when the table's header (in its first rows) has a Month column: a file
// of actuals rather than a headcount export (the desktop's drop tells them apart).
bool looks_like_actuals(const Table& table);

}  // namespace planner::import
