// presets.h — the built-in scenarios, JSON files under src/presets/ embedded
// at build time.
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"

namespace planner::io {

struct PresetInfo {
  std::string name;         // "leland-200-per-week"
  std::string title;        // from the JSON
  std::string description;  // where the figures come from
};

std::vector<PresetInfo> list_presets();
// Loads a preset by name; false if unknown (or, a build defect, invalid).
bool load_preset(const std::string& name, Scenario& out);
// Raw JSON text of a preset, empty if unknown.
std::string preset_json(const std::string& name);

}  // namespace planner::io
