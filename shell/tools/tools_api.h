// tools_api.h — the import and workbook tools behind one JSON interface
// (issue 13): what the web page's worker (shell/tools/main.cpp, loaded on
// demand) and the desktop app (shell/desktop/tools_channel.cpp) both answer.
// The editor's planner_ui only ever sees the JSON (ui/import_dialog.h), so
// the web editor's download carries neither the importers nor libxlsxwriter.
//
// Requests and replies (all JSON objects):
//   load     (name, bytes)  -> {ok, name, sheets[], sheet, problems[]}; the file
//                              is kept for the previews that follow
//   preview  {scenario, kind: "headcount"|"survey", sheet, group_by[], mapped:
//             [[field label, header]], merge, respondents_only}
//            -> {ok, header_row, header[], recognised[], rows[[row number, cells...]],
//                fields[], group_by[], result {title, columns[], rows[[text]]}
//                (the outcome as the dialog shows it), segments[{name,
//                headcount, hourly_cost, hourly_from_file, managers, added}] or
//                survey[{name, respondents, headcount, response_rate}] (the
//                figures), notes[], problems[], summary, scenario (the
//                resulting plan's JSON text, when ok)}
//   paste    {scenario, text, row, column} -> {ok, scenario, summary ("2 rows added, 1 updated"), problems[]}
//   workbook {scenario, case} -> the .xlsx bytes, or "" with `error`
#pragma once

#include <string>

namespace planner::tools {

std::string load(const std::string& name, std::string bytes);
std::string preview(const std::string& request);
std::string paste(const std::string& request);
std::string workbook(const std::string& request, std::string& error);

}  // namespace planner::tools
