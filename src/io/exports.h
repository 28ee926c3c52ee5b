// exports.h — the one registry of export formats: what `planner-cli export
// --as ID` writes and what the File menu offers, so the two never differ.
//
// A format writes a document from the scenario, the case and (where it needs
// one) the evaluated plan. The CLI prints it (with a final newline where the
// document is one line of text: JSON and links); the File menu saves it as
// stem + file_suffix with its MIME type.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

enum class ExportMenu { None, Scenario, Csv, Report, Workbook };  // where the File menu shows a format

struct ExportFormat {
  const char* id;           // "csv-monthly": planner-cli export --as
  const char* label;        // "Monthly table": the File menu's words
  const char* file_suffix;  // "-monthly.csv": after the file stem
  const char* mime;         // "text/csv"
  bool needs_result;        // false: the scenario alone (no evaluation)
  bool one_line;            // the CLI ends it with a newline
  ExportMenu menu;
  std::string (*write)(const Scenario& s, Case c, const Result& r);
};

// Every format, in the order `planner-cli export --help` lists them.
const ExportFormat* export_formats_begin();
const ExportFormat* export_formats_end();
// The format with `id`, or nullptr.
const ExportFormat* find_export_format(const std::string& id);
// "json, json-minimal, link, ... or html": the ids as a usage message lists them.
std::string export_format_list();

// ---- The workbook (.xlsx) ------------------------------------------------------
// Its writer lives in planner_workbook (libxlsxwriter), which only some hosts
// link (the CLI, the desktop app; not the web page, whose download has a size
// budget). A host that links it installs it at start-up
// (workbook::install_workbook_export); until then the "xlsx" format writes
// nothing and the File menu hides it.
using WorkbookWriter = std::string (*)(const Scenario& s, Case c, const Result& r);  // "" on failure
void set_workbook_writer(WorkbookWriter writer);
bool workbook_available();

}  // namespace planner::io
