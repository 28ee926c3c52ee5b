// import_request.h — the import dialog's plain data (issue 13): the choices
// the user made (ImportChoices), the request they make for the tools
// (shell/tools/tools_api.h: JSON), and the tools' answer read back into plain
// structs (ImportPreviewView). No ImGui and no importer here: planner_ui
// never links planner_import, so the web editor's download stays small and
// the tools answer from a worker (web) or in-process (desktop).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace planner::ui {

// What the file holds: people or groups (an HRIS export), skills-survey
// answers (step 3), or months of actuals against the plan (issue 15).
enum class ImportKind { Headcount, Survey, Actuals };

struct ImportChoices {
  ImportKind kind = ImportKind::Headcount;
  std::string sheet;                                        // "" = the first
  std::vector<std::string> group_by;                        // empty: the importer's default
  std::vector<std::pair<std::string, std::string>> mapped;  // field label -> header, by hand
  bool merge = false;                                       // merge into the plan's segments by name
  bool respondents_only = false;                            // survey: count respondents, no scaling
};

// Maps `field` to the column headed `header`, replacing an earlier choice for that field.
void map_by_hand(ImportChoices& c, const std::string& field, const std::string& header);

std::string preview_request(const ImportChoices& c, const std::string& scenario_json);
std::string paste_request(const std::string& scenario_json, const std::string& text, int row, int column);
std::string workbook_request(const std::string& scenario_json, const std::string& case_id,
                             const std::string& file_name);

struct ImportPreviewView {
  bool ok = false;
  std::string name;  // the file's (a "load" reply)
  std::string kind;  // a "load" reply's guess: "actuals" when the file has a Month column
  std::vector<std::string> sheets;
  std::string sheet;
  int header_row = 0;  // 1-based; 0 = none found
  std::vector<std::string> header, recognised, fields, group_by, notes, problems;
  std::vector<std::vector<std::string>> rows;  // the first rows as read: row number, then cells
  // The outcome as the tools formatted it (segments, or survey response rates).
  std::string result_title;
  std::vector<std::string> result_columns;
  std::vector<std::vector<std::string>> result_rows;
  std::string summary;        // in words, when ok ("2 rows added, 1 updated")
  std::string scenario_json;  // the plan the import or paste makes, when ok
};

// Reads any reply ("load", "preview", "paste", "workbook"); one that is not
// JSON gives one problem.
ImportPreviewView read_preview_reply(const std::string& json);

}  // namespace planner::ui
