// import_file.h — the desktop's headcount import (issue 13): a CSV or XLSX
// given with --import or dropped on the window replaces the plan's segments
// (the plan's other inputs stay), as one undo step. Any problem is shown as
// the app's notice and the plan is left as it was. A file with a Month column
// is months of actuals instead (import/actuals_import.h): only the actuals change.
#pragma once

#include <string>

#include "ui/app.h"

namespace planner::desktop {

// True for the file kinds the importer reads (.csv, .tsv, .txt, .xlsx, .xlsm).
bool is_import_file(const std::string& path);

// Imports `bytes` (the file at `path`) into the app's current plan.
void import_into_app(ui::App& app, const std::string& path, const std::string& bytes);

// Installs src/import's spreadsheet paste into the segments table (ui/segments_paste.h).
void install_segments_paste();

}  // namespace planner::desktop
