// paste.h — rows copied from Excel, Google Sheets or LibreOffice (text with
// tabs between cells and line breaks between rows) pasted into the segments
// table: each cell lands in the column it is pasted under, rows past the end
// add segments, and nothing is ever joined into one cell.
//
// With a header row first ("Segment", "Headcount", ...; the importer's
// column names also work) cells go to the columns they name and rows match
// segments by name (update, else add); without one they go where they are
// pasted, from the cell the paste starts in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/scenario.h"
#include "import/table.h"

namespace planner::import {

// A column of the segments table, as the table shows them.
struct SegmentColumn {
  enum Kind {
    Name,
    Headcount,
    HourlyCost,
    AddressableHours,
    CurrentAtTier,
    TargetShare,
    Wave,
    Managers
  } kind;
  int tier = 0;  // CurrentAtTier, TargetShare
};

// The segments table's editable columns in the order it shows them, for a
// framework of `tiers` tiers: Segment, Headcount, goal per tier, now per
// tier, Cost/h, AI h/wk, Wave, Managers. src/ui/panel_segments.cpp draws the
// table in this order (ui/segments_paste.cpp maps its cells to these indices).
std::vector<SegmentColumn> segment_table_columns(int tiers);
// The title the table shows ("Fluency goal", "Fluency now"), which messages
// use and a pasted header may use (as may the older "Goal T2", "Now T2").
std::string segment_column_title(const SegmentColumn& c, const Scenario& s);

struct PasteOutcome {
  bool ok = false;
  Scenario scenario;
  int rows_added = 0, rows_updated = 0;
  Problems problems;  // rows numbered as pasted (1 = the first pasted row)
};

// True when the text holds more than one cell (a tab or a line break): a
// single value is left to the cell's own paste.
bool is_table_paste(std::string_view text);

// Pastes `text` with its first cell at segment `row` (0-based; may be the
// row past the end) and `column` (index into `columns`).
PasteOutcome paste_segments(const Scenario& base, std::string_view text, int row, int column,
                            const std::vector<SegmentColumn>& columns);

}  // namespace planner::import
