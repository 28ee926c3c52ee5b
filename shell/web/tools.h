// tools.h — the editor's side of the tools module (issue 13): imports, paste
// from a spreadsheet and the workbook run in a Web Worker
// (web/tools_worker.js over tools.js + tools.wasm, built by shell/tools/),
// loaded at the first use, so the editor's own download carries none of it.
// Replies come back through the exported planner_on_tools_reply ->
// App::tools_reply; a workbook's bytes are downloaded by the page itself.
#pragma once

#include <string>

namespace planner::web {

// Listens for files dropped on the page: a .json opens as a plan (as
// File > Open), anything else goes to the import dialog. Installs the
// segments table's paste through the worker.
void install_tools();

// HostServices::tools: posts {op, json} to the worker (started on first use).
void post_to_tools(const std::string& op, const std::string& request);

}  // namespace planner::web
