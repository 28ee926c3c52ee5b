// segments_paste.h — rows copied from a spreadsheet pasted into the segments
// table (issue 13): each cell lands in its column, never joined into the
// cell being edited ("Legal2560IT14070Ops9045").
//
// The parsing is src/import's (paste_segments), which the web editor does not
// link (the tools module loaded on demand has it), so each host installs the
// paste: the desktop calls it directly, the web page through its worker;
// without one a paste stays the cell's own.
#pragma once

#include <functional>
#include <string>

#include "core/scenario.h"

namespace planner::ui {

// Pastes `text` with its first cell at segment `row`, table column `column`
// (0 = Segment, 1 = Headcount, ... as the table shows them). Returns true and
// updates `s`, or false with `message` in plain words and `s` untouched; false
// with no message when the paste goes on elsewhere (the web page sends it to
// its tools worker, and App::tools_reply applies the answer).
using SegmentsPaste =
    std::function<bool(Scenario& s, const std::string& text, int row, int column, std::string& message)>;
void set_segments_paste(SegmentsPaste paste);

// Call inside the segments table, before its rows: when a cell is being
// edited and Ctrl+V brought more than one cell, ends the cell's edit (so the
// cell never takes the text as its own, even when the paste is answered
// later, as on the web) and pastes through the installed function.
// Returns true when the scenario changed; a refused paste shows why.
bool paste_into_segments_table(Scenario& s);

}  // namespace planner::ui
