// tools_api.cpp — the JSON requests of tools_api.h over src/import and
// src/workbook. The loaded file is kept (bytes and the table of the sheet
// last read), so remapping a column re-runs the grouping, not the reading.
#include "tools_api.h"

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/names.h"
#include "import/actuals_import.h"
#include "import/columns.h"
#include "import/headcount.h"
#include "import/paste.h"
#include "import/preview.h"
#include "import/read_table.h"
#include "import/survey.h"
#include "import/xlsx_reader.h"
#include "io/format.h"
#include "io/json_text.h"
#include "io/scenario_json.h"
#ifdef PLANNER_HAVE_WORKBOOK
#include "workbook/workbook.h"
#endif

namespace planner::tools {
namespace {

using json = io::Json;

std::string text_of(const json& j) { return io::dump_json(j, false); }

struct Loaded {
  std::string name, bytes;
  std::vector<std::string> sheets;  // empty for CSV
  std::string sheet;                // the sheet `table` holds ("" = the first)
  bool read = false;
  import::Table table;
  import::Problems problems;  // of reading `table`
};

Loaded& loaded() {
  static Loaded l;
  return l;
}

json problem_list(const import::Problems& problems) {
  json out = json::array();
  for (const import::Problem& p : problems.list()) out.push_back(p.text());
  if (problems.not_listed() > 0) out.push_back("... and " + std::to_string(problems.not_listed()) + " more");
  return out;
}

// Reads the sheet asked for unless it is the one already read.
const Loaded& table_for(const std::string& sheet) {
  Loaded& l = loaded();
  if (!l.read || sheet != l.sheet) {
    l.table = {};
    l.problems = {};
    l.sheet = sheet;
    import::read_table(l.bytes, l.name, sheet, l.table, l.problems);
    l.read = true;
  }
  return l;
}

bool read_scenario(const json& request, Scenario& s, json& reply) {
  std::vector<Issue> issues;
  if (io::scenario_from_json(request.value("scenario", std::string()), s, issues)) return true;
  reply["ok"] = false;
  reply["problems"] = json::array({"The current plan could not be read, so nothing was imported."});
  return false;
}

import::Field field_named(const std::string& label) {
  for (std::size_t f = 0;
f < import::kFieldCount; ++f)
    if (label == import::field_label(static_cast<import::Field>(f))) return static_cast<import::Field>(f);
return import::Field::Count_;
}  // namespace

// A row as the dialog shows it: its 1-based number, then its cells.
json row_cells(const import::Row& r) {
  json cells = json::array({std::to_string(r.number)});
  for (const std::string& c : r.cells) cells.push_back(c);
  return cells;
}

// The outcome as the dialog shows it, formatted here so the editor carries
// no code for it: {title, columns[], rows[[text]]}.
json result_table(std::string title, std::vector<std::string> columns, json rows) {
  return {{"title", std::move(title)}, {"columns", std::move(columns)}, {"rows", std::move(rows)}};
}

// The file as read: the header found, what each column was recognised as,
// the first rows (the survey has no preview of its own in src/import).
void describe_table(const import::Table& table, json& reply) {
  const int h = import::find_header_row(table);
  reply["header_row"] = h < 0 ? 0 : table.rows[static_cast<std::size_t>(h)].number;
  if (h < 0) return;
  import::Problems ignored;
  std::vector<std::string> notes;
  const std::vector<std::string> header = import::header_names(table, h);
  const import::Mapping m = import::recognise_columns(table, h, ignored, notes);
  json recognised = json::array();
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string label;
    for (std::size_t f = 0; f < import::kFieldCount; ++f)
      if (m.column[f] == static_cast<int>(c)) label = import::field_label(static_cast<import::Field>(f));
    recognised.push_back(label);
  }
  reply["header"] = header;
  reply["recognised"] = recognised;
  json rows = json::array();
  for (std::size_t i = static_cast<std::size_t>(h) + 1; i < table.rows.size() && rows.size() < 10; ++i)
    if (!import::is_blank(table.rows[i])) rows.push_back(row_cells(table.rows[i]));
  reply["rows"] = rows;
}

// The end of every preview: what the user should know, and, when the import
// can go ahead, its summary and the plan it makes.
void outcome(json& reply, const std::vector<std::string>& notes, bool ok, const import::Problems& problems,
             const std::string& summary, const Scenario& scenario) {
  reply["notes"] = notes;
  reply["ok"] = ok;
  reply["problems"] = problem_list(problems);
  if (ok) {
    reply["summary"] = summary;
    reply["scenario"] = io::scenario_to_json(scenario, false);
  }
}

void headcount_preview(const Scenario& base, const import::Table& table, const json& request, json& reply) {
  import::HeadcountOptions options;
  options.group_by = request.value("group_by", std::vector<std::string>{});
  for (const json& pair : request.value("mapped", json::array())) {
    const import::Field f = field_named(pair.at(0).get<std::string>());
    if (f != import::Field::Count_) options.mapped.emplace_back(f, pair.at(1).get<std::string>());
  }
  options.mode = request.value("merge", false) ? import::ImportMode::Merge : import::ImportMode::Replace;
  const import::ImportPreview p = import::preview_import(base, table, options);
  reply["header_row"] = p.header_row;
  reply["header"] = p.header;
  reply["recognised"] = p.recognised;
  json rows = json::array();
  for (const import::Row& r : p.first_rows) rows.push_back(row_cells(r));
  reply["rows"] = rows;
  const import::ImportSummary& sum = p.outcome.summary;
  reply["group_by"] = sum.group_by;
  json segments = json::array();
  for (const import::SegmentSummary& g : sum.segments)
    segments.push_back({{"name", g.name},
                        {"headcount", g.headcount},
                        {"hourly_cost", g.hourly_cost},
                        {"hourly_from_file", g.hourly_from_file},
                        {"managers", g.managers},
                        {"added", g.added}});
  reply["segments"] = segments;  // the figures, for tests and other hosts
  json shown = json::array();
  for (const import::SegmentSummary& g : sum.segments)
    shown.push_back({g.name, io::format_number(g.headcount),
                     base.org.currency_symbol + io::format_number(g.hourly_cost, 2) +
                         (g.hourly_from_file ? "" : " (plan default)"),
                     g.managers < 0 ? "-" : io::format_number(g.managers), g.added ? "new" : "updated"});
  reply["result"] =
      result_table("The segments that will result (" + std::to_string(sum.segments.size()) + "):",
                   {"Segment", "Headcount", "Hourly cost", "Managers", ""}, shown);
  outcome(reply, sum.notes, p.outcome.ok, p.outcome.problems, sum.text(), p.outcome.scenario);
}

void survey_preview(const Scenario& base, const import::Table& table, const json& request, json& reply) {
  describe_table(table, reply);
  import::SurveyOptions options;
  options.segment_columns = request.value("group_by", std::vector<std::string>{});
  options.respondents_only = request.value("respondents_only", false);
  const import::SurveyOutcome r = import::import_survey(base, table, options);
  json segments = json::array();
  for (const import::SurveySegment& g : r.segments)
    segments.push_back({{"name", g.name},
                        {"respondents", g.respondents},
                        {"headcount", g.headcount},
                        {"response_rate", g.response_rate}});
  reply["survey"] = segments;  // the figures, for tests and other hosts
  json shown = json::array();
  for (const import::SurveySegment& g : r.segments)
    shown.push_back({g.name, io::format_number(g.respondents), io::format_number(g.headcount),
                     io::format_share(g.response_rate, 1)});
  reply["result"] = result_table(
      "Current tier counts from the survey, " + std::to_string(r.segments.size()) + " segment(s):",
      {"Segment", "Respondents", "Headcount", "Response rate"}, shown);
  outcome(reply, r.notes, r.ok, r.problems, r.text(), r.scenario);
}

// Months of actuals (issue 15): the months the file gives, as the plan will hold them.
void actuals_preview(const Scenario& base, const import::Table& table, json& reply) {
  describe_table(table, reply);
  const import::ActualsImport r = import::import_actuals(base, table);
  std::vector<std::string> columns = {"Month", "Spend"};
  const int tiers = static_cast<int>(base.framework.tiers.size());
  for (int k = 0; k < tiers; ++k) columns.push_back("Applying " + short_tier_name(base, k) + "+");
  columns.push_back("Hours saved/week");
  json shown = json::array();
  for (const ActualMonth& m : r.scenario.actuals.months) {
    std::vector<std::string> row = {plan_month_name(base.org, m.month),
                                    base.org.currency_symbol + io::format_number(m.spend)};
    for (int k = 0; k < tiers; ++k)
      row.push_back(k < static_cast<int>(m.applying.size()) ? io::format_number(m.applying[k], 1) : "-");
    row.push_back(io::format_number(m.hours_saved_per_week, 1));
    shown.push_back(row);
    // A month by segment: its segments' rows under it, indented (spend and hours are the month's).
    for (const SegmentActual& g : m.segments) {
      std::vector<std::string> seg = {"   " + base.segments[static_cast<size_t>(g.segment)].name, ""};
      for (int k = 0; k < tiers; ++k)
        seg.push_back(k < static_cast<int>(g.applying.size()) ? io::format_number(g.applying[k], 1) : "-");
      seg.push_back("");
      shown.push_back(seg);
    }
  }
  reply["result"] = result_table(
      r.ok ? "The plan's actuals after the import, as of " + r.as_of_label +
                 (r.months_by_segment > 0 ? " (months by segment: their segments below them):" : ":")
           : "The plan's actuals:",
      columns, shown);
  outcome(reply, r.notes, r.ok, r.problems, r.text(), r.scenario);
}

}  // namespace planner::tools

std::string load(const std::string& name, std::string bytes) {
  Loaded& l = loaded();
  l = {};
  l.name = name;
  l.bytes = std::move(bytes);
  json reply = {{"name", name}, {"sheets", json::array()}};
  import::Problems problems;
  if (import::looks_like_zip(l.bytes)) import::xlsx_sheet_names(l.bytes, l.sheets, problems);
  reply["sheets"] = l.sheets;
  const Loaded& t = table_for("");
  for (const std::string& n : t.table.notes) problems.add(0, "", "", n);
  reply["ok"] = t.problems.empty();
  reply["problems"] = problem_list(t.problems.empty() ? problems : t.problems);
  if (t.problems.empty() && import::looks_like_actuals(t.table)) reply["kind"] = "actuals";
  return text_of(reply);
}

std::string preview(const std::string& text) {
  const json request = io::parse_json_or_null(text);
  json reply = {{"ok", false}, {"fields", json::array()}, {"problems", json::array()}};
  for (std::size_t f = 0; f < import::kFieldCount; ++f)
    reply["fields"].push_back(import::field_label(static_cast<import::Field>(f)));
  Scenario base;
  if (!request.is_object() || !read_scenario(request, base, reply)) return text_of(reply);
  if (loaded().bytes.empty() && loaded().name.empty()) {
    reply["problems"] = json::array({"No file is loaded: choose the file to import again."});
    return text_of(reply);
  }
  const Loaded& l = table_for(request.value("sheet", std::string()));
  reply["sheets"] = l.sheets;
  reply["sheet"] = l.sheet;
  if (!l.problems.empty()) {
    reply["problems"] = problem_list(l.problems);
    return text_of(reply);
  }
  const std::string kind = request.value("kind", std::string());
  if (kind == "survey")
    survey_preview(base, l.table, request, reply);
  else if (kind == "actuals")
    actuals_preview(base, l.table, reply);
  else
    headcount_preview(base, l.table, request, reply);
  return text_of(reply);
}

std::string paste(const std::string& text) {
  const json request = io::parse_json_or_null(text);
  json reply = {{"ok", false}};
  Scenario base;
  if (!request.is_object() || !read_scenario(request, base, reply)) return text_of(reply);
  const import::PasteOutcome r = import::paste_segments(
      base, request.value("text", std::string()), request.value("row", 0), request.value("column", 0),
      import::segment_table_columns(static_cast<int>(base.framework.tiers.size())));
  reply["ok"] = r.ok;
  reply["summary"] = std::to_string(r.rows_added) + (r.rows_added == 1 ? " row" : " rows") + " added, " +
                     std::to_string(r.rows_updated) + " updated";
  reply["problems"] = problem_list(r.problems);
  if (r.ok) reply["scenario"] = io::scenario_to_json(r.scenario, false);
  return text_of(reply);
}

std::string workbook(const std::string& text, std::string& error) {
  const json request = io::parse_json_or_null(text);
  Scenario s;
  std::vector<Issue> issues;
  if (!request.is_object() || !io::scenario_from_json(request.value("scenario", std::string()), s, issues)) {
    error = "The current plan could not be read, so no workbook was written.";
    return {};
  }
  Case c = Case::Likely;
  parse_enum(request.value("case", std::string("likely")), c);
#ifdef PLANNER_HAVE_WORKBOOK
  return workbook::workbook_xlsx(s, c, evaluate(s, c), error);
#else
  error = "This build has no workbook writer (libxlsxwriter).";
  return {};
#endif
}

}  // namespace planner::tools
