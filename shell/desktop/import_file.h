// import_file.h — the desktop's imports (issues 13 and 15). A CSV or XLSX
// dropped on the window opens the import dialog (ui/import_dialog.h) through
// the tools (shell/tools/tools_api.h), answered in-process between frames; a
// file with a Month column opens it as months of actuals. A file given with
// --import is imported directly, with the default choices: it replaces the
// plan's segments (the plan's other inputs stay), as one undo step, or, with
// a Month column, the months of actuals it gives (import/actuals_import.h).
// Any problem is shown as the app's notice and the plan is left as it was.
#pragma once

#include <functional>
#include <string>

#include "ui/app.h"

namespace planner::desktop {

// True for the file kinds the importer reads (.csv, .tsv, .txt, .xlsx, .xlsm).
bool is_import_file(const std::string& path);

// The tools as HostServices::tools: requests are queued and answered by
// answer_tools_requests(), called between frames (never inside App::draw).
std::function<void(const std::string& op, const std::string& request)> tools_service();
void answer_tools_requests(ui::App& app);

// Loads a dropped file into the tools and opens the import dialog.
void open_import_dialog(ui::App& app, const std::string& path, const std::string& bytes);

// Imports `bytes` (the file at `path`) into the app's current plan (--import).
void import_into_app(ui::App& app, const std::string& path, const std::string& bytes);

// Installs src/import's spreadsheet paste into the segments table (ui/segments_paste.h).
void install_segments_paste();

}  // namespace planner::desktop
