#include "ui/import_request.h"

#include "io/json_text.h"  // io::Json: the one copy of nlohmann in the wasm

namespace planner::ui {
namespace {

using json = io::Json;

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const json& v : j[key])
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::vector<std::vector<std::string>> string_rows(const json& j, const char* key) {
  std::vector<std::vector<std::string>> out;
  if (j.contains(key) && j[key].is_array())
    for (const json& row : j[key]) {
      out.emplace_back();
      if (row.is_array())
        for (const json& v : row)
          if (v.is_string()) out.back().push_back(v.get<std::string>());
    }
  return out;
}

}  // namespace

void map_by_hand(ImportChoices& c, const std::string& field, const std::string& header) {
  for (auto& m : c.mapped)
    if (m.first == field) {
      m.second = header;
      return;
    }
  c.mapped.emplace_back(field, header);
}

namespace {

// Requests are written by hand: nlohmann's initializer lists cost the
// editor's download more than these few lines.
std::string quoted(const std::string& text) { return io::dump_json(json(text), false); }

std::string quoted_list(const std::vector<std::string>& list) {
  std::string out = "[";
  for (const std::string& s : list) out += (out.size() > 1 ? "," : "") + quoted(s);
  return out + "]";
}

}  // namespace

std::string preview_request(const ImportChoices& c, const std::string& scenario_json) {
  std::string mapped = "[";
  for (const auto& m : c.mapped)
    mapped += (mapped.size() > 1 ? ",[" : "[") + quoted(m.first) + "," + quoted(m.second) + "]";
  const char* kind = c.kind == ImportKind::Survey    ? "survey"
                     : c.kind == ImportKind::Actuals ? "actuals"
                                                     : "headcount";
  return "{\"scenario\":" + quoted(scenario_json) + ",\"kind\":\"" + kind +
         "\",\"sheet\":" + quoted(c.sheet) + ",\"group_by\":" + quoted_list(c.group_by) +
         ",\"mapped\":" + mapped + "],\"merge\":" + (c.merge ? "true" : "false") +
         ",\"respondents_only\":" + (c.respondents_only ? "true" : "false") + "}";
}

std::string paste_request(const std::string& scenario_json, const std::string& text, int row, int column) {
  return "{\"scenario\":" + quoted(scenario_json) + ",\"text\":" + quoted(text) +
         ",\"row\":" + std::to_string(row) + ",\"column\":" + std::to_string(column) + "}";
}

std::string workbook_request(const std::string& scenario_json, const std::string& case_id,
                             const std::string& file_name) {
  return "{\"scenario\":" + quoted(scenario_json) + ",\"case\":" + quoted(case_id) +
         ",\"file_name\":" + quoted(file_name) + "}";
}

ImportPreviewView read_preview_reply(const std::string& text) {
  ImportPreviewView v;
  const json j = io::parse_json_or_null(text);
  if (!j.is_object()) {
    v.problems.push_back("The import tools gave an answer that could not be read.");
    return v;
  }
  v.ok = j.value("ok", false);
  v.name = j.value("name", std::string());
  v.kind = j.value("kind", std::string());
  v.sheets = strings(j, "sheets");
  v.sheet = j.value("sheet", std::string());
  v.header_row = j.value("header_row", 0);
  v.header = strings(j, "header");
  v.recognised = strings(j, "recognised");
  v.fields = strings(j, "fields");
  v.group_by = strings(j, "group_by");
  v.notes = strings(j, "notes");
  v.problems = strings(j, "problems");
  v.rows = string_rows(j, "rows");
  if (j.contains("result") && j["result"].is_object()) {
    const json& r = j["result"];
    v.result_title = r.value("title", std::string());
    v.result_columns = strings(r, "columns");
    v.result_rows = string_rows(r, "rows");
  }
  v.summary = j.value("summary", std::string());
  v.scenario_json = j.value("scenario", std::string());
  return v;
}

}  // namespace planner::ui
