// files.h — files in and out of the browser: downloads, the file picker, and
// printable reports in a new tab.
#pragma once

#include <string>

namespace planner::web {

// Offers bytes as a download (a Blob behind an <a download> click).
void download_file(const std::string& filename, const std::string& mime, const std::string& bytes);

// Opens the browser's file picker (a hidden <input type=file>); the chosen
// file's bytes arrive through planner_on_file_bytes -> App::open_file_bytes.
// Browsers allow this only shortly after a user's click or key press.
void pick_file_to_open();

// The file picker for CSV and XLSX (HostServices::request_import_file): the
// chosen file goes to the tools worker and opens the import dialog (tools.h).
void pick_file_to_import();

// Opens an HTML document in a new tab for reading and printing; if the
// browser blocks the new tab, downloads it as `fallback_filename` instead.
void open_html_in_new_tab(const std::string& html, const std::string& fallback_filename);

}  // namespace planner::web
