#include "io/migrate.h"

#include "io/scenario_json.h"

namespace planner::io {

const std::vector<MigrationStep>& schema_migrations() {
  // Version 1 is the first schema: nothing to migrate yet. A version 2 adds
  // {1, &migrate_v1_to_v2} here and a tests/io fixture of version 1.
  static const std::vector<MigrationStep> chain;
  return chain;
}

bool migrate_to(Json& doc, int current, const std::vector<MigrationStep>& chain, std::vector<Issue>& issues) {
  if (!doc.is_object()) return true;  // the reader reports the wrong type
  auto it = doc.find("version");
  if (it == doc.end()) return true;  // missing = current (the C++ default)
  if (!it->is_number_integer()) {
    issues.push_back({"version", "expected an integer, got " + describe_json_value(*it)});
    return false;
  }
  const long long v = it->get<long long>();
  if (v > current) {
    issues.push_back({"version", "this scenario was saved by a newer planner (schema version " +
                                     std::to_string(v) + "; this one reads up to " + std::to_string(current) +
                                     ")"});
    return false;
  }
  if (v < 1) {
    issues.push_back({"version", "must be >= 1, got " + std::to_string(v)});
    return false;
  }
  for (int at = static_cast<int>(v); at < current; ++at) {
    const MigrationStep* step = nullptr;
    for (const auto& s : chain)
      if (s.from_version == at) step = &s;
    if (!step) {
      issues.push_back({"version", "no migration from schema version " + std::to_string(at)});
      return false;
    }
    std::string error;
    if (!step->apply(doc, error)) {
      issues.push_back({"version", "migrating from version " + std::to_string(at) + " failed: " + error});
      return false;
    }
    doc["version"] = at + 1;
  }
  return true;
}

}  // namespace planner::io
