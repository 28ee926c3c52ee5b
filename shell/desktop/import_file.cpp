#include "import_file.h"

#include <cctype>
#include <deque>
#include <utility>

#include "import/actuals_import.h"
#include "import/headcount.h"
#include "import/paste.h"
#include "import/read_table.h"
#include "io/scenario_json.h"
#include "tools_api.h"
#include "ui/segments_paste.h"

namespace planner::desktop {

bool is_import_file(const std::string& path) {
  const auto dot = path.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext;
  for (char c : path.substr(dot + 1)) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == "csv" || ext == "tsv" || ext == "txt" || ext == "xlsx" || ext == "xlsm";
}

namespace {
std::deque<std::pair<std::string, std::string>>& queued() {
  static std::deque<std::pair<std::string, std::string>> q;
  return q;
}
}  // namespace

std::function<void(const std::string&, const std::string&)> tools_service() {
  return [](const std::string& op, const std::string& request) { queued().emplace_back(op, request); };
}

void answer_tools_requests(ui::App& app) {
  while (!queued().empty()) {
    const auto [op, request] = queued().front();
    queued().pop_front();
    if (op == "preview") app.tools_reply(op, tools::preview(request));
    if (op == "paste") app.tools_reply(op, tools::paste(request));
    // "workbook": the desktop writes it through io/exports.h (File > Export workbook).
  }
}

void open_import_dialog(ui::App& app, const std::string& path, const std::string& bytes) {
  app.tools_reply("load", tools::load(path, bytes));
}

void import_into_app(ui::App& app, const std::string& path, const std::string& bytes) {
  Scenario current;
  std::vector<Issue> issues;
  if (!io::scenario_from_json(app.scenario_json(), current, issues)) {
    app.show_notice("Could not import " + path + ": the current plan cannot be read");
    return;
  }
  import::Table table;
  import::Problems problems;
  std::string message;
  if (import::read_table(bytes, path, "", table, problems) && import::looks_like_actuals(table)) {
    // Months of actuals (issue 15): the plan's actuals change, nothing else.
    const import::ActualsImport r = import::import_actuals(current, table);
    if (r.ok && app.set_scenario_json(io::scenario_to_json(r.scenario))) {
      app.show_notice(r.text());
      return;
    }
    problems = r.problems;
  } else if (problems.empty()) {
    const import::ImportOutcome r = import::import_headcount(current, table, {});
    if (r.ok && app.set_scenario_json(io::scenario_to_json(r.scenario))) {
      app.show_notice(r.summary.text());
      return;
    }
    problems = r.problems;
  }
  app.show_notice("Could not import " + path + "; the plan is unchanged.\n" + problems.text());
}

void install_segments_paste() {
  ui::set_segments_paste([](Scenario& s, const std::string& text, int row, int column, std::string& message) {
    const import::PasteOutcome r = import::paste_segments(
        s, text, row, column, import::segment_table_columns(static_cast<int>(s.framework.tiers.size())));
    if (!r.ok) {
      message = r.problems.text();
      return false;
    }
    s = r.scenario;
    return true;
  });
}

}  // namespace planner::desktop
