// presets.cpp — the built-in scenarios: src/presets/*.json compiled into the
// binary (cmake/embed.cmake), so the page, the desktop app, the CLI and the
// unit tests (wasm under node, no file system) all read the same bytes.
#include "io/presets.h"

#include <algorithm>

#include "io/embedded.h"
#include "io/json_text.h"
#include "io/scenario_json.h"

PLANNER_EMBEDDED_TABLE(presets)

namespace planner::io {
namespace {

std::string preset_name(const char* file_name) {
  std::string name = file_name;
  const std::string ext = ".json";
  if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
    name.resize(name.size() - ext.size());
  return name;
}

const embedded::File* find_preset(const std::string& name) {
  for (unsigned long i = 0; i < embedded::presets_count; ++i)
    if (preset_name(embedded::presets[i].name) == name) return &embedded::presets[i];
  return nullptr;
}

}  // namespace

std::vector<PresetInfo> list_presets() {
  std::vector<PresetInfo> out;
  for (unsigned long i = 0; i < embedded::presets_count; ++i) {
    PresetInfo info;
    info.name = preset_name(embedded::presets[i].name);
    Json doc;
    std::string error;
    if (parse_json(embedded::text_of(embedded::presets[i]), doc, error) && doc.is_object()) {
      if (doc.contains("title") && doc["title"].is_string()) info.title = doc["title"].get<std::string>();
      if (doc.contains("description") && doc["description"].is_string())
        info.description = doc["description"].get<std::string>();
    }
    out.push_back(std::move(info));
  }
  // "default" first (what a new user sees), then by name.
  std::sort(out.begin(), out.end(), [](const PresetInfo& a, const PresetInfo& b) {
    if ((a.name == "default") != (b.name == "default")) return a.name == "default";
    return a.name < b.name;
  });
  return out;
}

bool load_preset(const std::string& name, Scenario& out) {
  const embedded::File* f = find_preset(name);
  if (!f) return false;
  std::vector<Issue> issues;
  return scenario_from_json(embedded::text_of(*f), out, issues);
}

std::string preset_json(const std::string& name) {
  const embedded::File* f = find_preset(name);
  return f ? embedded::text_of(*f) : std::string();
}

}  // namespace planner::io
