// workbook.h — the plan as an Excel workbook (.xlsx): sheets Summary,
// Monthly, Schedule, Segments, Heat map and Assumptions & sources, with
// currency (the plan's symbol) and percent formats, frozen header rows,
// column widths and values rounded for their format (no float noise).
//
// Written with libxlsxwriter, which only hosts that link planner_workbook
// have (the CLI and the desktop app; not the web page, whose download has a
// size budget): install_workbook_export() makes the export registry's "xlsx"
// format (io/exports.h) write through it.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::workbook {

// The workbook's bytes; empty, with `error` in words, if it cannot be written.
std::string workbook_xlsx(const Scenario& s, Case c, const Result& r, std::string& error);

// Registers workbook_xlsx as the export registry's workbook writer.
void install_workbook_export();

}  // namespace planner::workbook
