#include "io/migrate.h"

#include "io/scenario_json.h"

namespace planner::io {

namespace {

// Version 2 moved stagger from the organisation (capacity.stagger_weeks, one
// gap between any two group starts) to each delivery model
// (models[].stagger_weeks, a gap between starts of that model's groups). The
// old gap goes to every grouped model (group other than "none") whose likely
// duration rounds to 2+ weeks; one-day classes and self-paced models get 0.
// A version-1 writer left out fields equal to their defaults (links do), so a
// missing capacity.stagger_weeks is the old default 2, a missing group is
// "none" and a missing duration is 0.
bool migrate_v1_to_v2(Json& doc, std::string& error) {
  long long gap = 2;
  auto cap = doc.find("capacity");
  if (cap != doc.end() && cap->is_object()) {
    auto it = cap->find("stagger_weeks");
    if (it != cap->end()) {
      if (!it->is_number_integer()) {
        error = "capacity.stagger_weeks: expected an integer, got " + describe_json_value(*it);
        return false;
      }
      gap = it->get<long long>();
      cap->erase(it);
    }
  }
  auto models = doc.find("models");
  if (models == doc.end() || !models->is_array()) return true;  // the reader reports a wrong type
  for (Json& m : *models) {
    if (!m.is_object()) continue;
    const auto group = m.find("group");
    const bool grouped = group != m.end() && !(group->is_string() && group->get<std::string>() == "none");
    double likely = 0;
    const auto d = m.find("duration_weeks");
    if (d != m.end() && d->is_number()) likely = d->get<double>();
    if (d != m.end() && d->is_object() && d->contains("likely") && (*d)["likely"].is_number())
      likely = (*d)["likely"].get<double>();
    m["stagger_weeks"] = grouped && likely >= 1.5 ? gap : 0;  // 1.5 rounds to 2 whole weeks
  }
  return true;
}

// Version 3 added the measurement plan (`measures`) and `actuals` (issue 15).
// Both are new and optional: a version-2 file has neither, and their
// defaults (the framework's metrics, no actuals) are what it meant. So the
// step changes nothing but the version number (migrate_to() writes it).
bool migrate_v2_to_v3(Json&, std::string&) { return true; }

}  // namespace

const std::vector<MigrationStep>& schema_migrations() {
  static const std::vector<MigrationStep> chain = {{1, &migrate_v1_to_v2}, {2, &migrate_v2_to_v3}};
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

int oldest_reading_version(const Scenario& s) {
  // A reader of version 2 refuses unknown fields: a role-based plan's text
  // (segments[].role_plan) is version 3 content too, so an older app says
  // "newer version" rather than "unknown field".
  bool has_role_plan = false;
  for (const Segment& g : s.segments)
    has_role_plan = has_role_plan || !g.role_plan.skills.empty() || !g.role_plan.in_work.empty() ||
                    !g.role_plan.built_by.empty() || !g.role_plan.practised.empty();
  const bool has_version3_fields =
      !s.measures.empty() || s.actuals.as_of_month != 0 || !s.actuals.months.empty() || has_role_plan;
  return has_version3_fields ? 3 : 2;
}

}  // namespace planner::io
