#include "ui/import_request.h"

#include "io/json_text.h"  // io::Json: the one copy of nlohmann in the wasm

namespace planner::ui {
namespace {

using json = io::Json;

json parse(const std::string& text) {
  json j;
  std::string error;
  return io::parse_json(text, j, error) ? j : json();
}

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const json& v : j[key])
      if (v.is_string()) out.push_back(v.get<std::string>());
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

std::string preview_request(const ImportChoices& c, const std::string& scenario_json) {
  json mapped = json::array();
  for (const auto& m : c.mapped) mapped.push_back({m.first, m.second});
  return io::dump_json(json{{"scenario", scenario_json},
                            {"kind", c.survey ? "survey" : "headcount"},
                            {"sheet", c.sheet},
                            {"group_by", c.group_by},
                            {"mapped", mapped},
                            {"merge", c.merge},
                            {"respondents_only", c.respondents_only}},
                       false);
}

std::string paste_request(const std::string& scenario_json, const std::string& text, int row, int column) {
  return io::dump_json(json{{"scenario", scenario_json}, {"text", text}, {"row", row}, {"column", column}},
                       false);
}

std::string workbook_request(const std::string& scenario_json, const std::string& case_id,
                             const std::string& file_name) {
  return io::dump_json(json{{"scenario", scenario_json}, {"case", case_id}, {"file_name", file_name}}, false);
}

ImportPreviewView read_preview_reply(const std::string& text) {
  ImportPreviewView v;
  const json j = parse(text);
  if (!j.is_object()) {
    v.problems.push_back("The import tools gave an answer that could not be read.");
    return v;
  }
  v.ok = j.value("ok", false);
  v.name = j.value("name", std::string());
  v.sheets = strings(j, "sheets");
  v.sheet = j.value("sheet", std::string());
  v.header_row = j.value("header_row", 0);
  v.header = strings(j, "header");
  v.recognised = strings(j, "recognised");
  v.fields = strings(j, "fields");
  v.group_by = strings(j, "group_by");
  v.notes = strings(j, "notes");
  v.problems = strings(j, "problems");
  for (const json& r : j.value("rows", json::array()))
    v.rows.push_back({r.value("number", 0), strings(r, "cells")});
  for (const json& g : j.value("segments", json::array()))
    v.segments.push_back({g.value("name", std::string()), g.value("headcount", 0),
                          g.value("hourly_cost", 0.0), g.value("hourly_from_file", false),
                          g.value("managers", -1), g.value("added", true)});
  for (const json& g : j.value("survey", json::array()))
    v.survey.push_back({g.value("name", std::string()), g.value("respondents", 0), g.value("headcount", 0),
                        g.value("response_rate", 0.0)});
  v.summary = j.value("summary", std::string());
  v.scenario_json = j.value("scenario", std::string());
  return v;
}

}  // namespace planner::ui
