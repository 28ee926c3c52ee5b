// migrate.h — bringing a scenario document saved by an older version up to
// the current schema, one version at a time, before it is read.
//
// A step rewrites the JSON of version N into version N+1 (renamed fields,
// changed units, a default that changed and must be written out). The chain
// is data: step i migrates version i+1 to i+2. Version 3 (measurement plan
// and actuals) is current; the chain's steps 1 -> 2 and 2 -> 3 are in
// migrate.cpp. The scaffold is also
// tested with a synthetic chain (tests/io/migrate_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/scenario.h"
#include "io/json_text.h"

namespace planner::io {

struct MigrationStep {
  int from_version;  // the step turns this version into from_version + 1
  // Rewrites `doc` in place; on failure returns false with a message.
  bool (*apply)(Json& doc, std::string& error);
};

// The project's chain, in order: steps for versions 1 .. kSchemaVersion - 1.
const std::vector<MigrationStep>& schema_migrations();

// Reads `doc["version"]` (missing = `current`), refuses versions newer than
// `current` or below 1, and applies the chain's steps up to `current`,
// setting `doc["version"]` as it goes. Issues are reported at path "version".
bool migrate_to(Json& doc, int current, const std::vector<MigrationStep>& chain, std::vector<Issue>& issues);

// The oldest schema version (2 or later) that reads `s` unchanged: 2 unless it
// has a field new in version 3 (a measurement plan of its own, actuals, a
// role-based plan's text).
// Links write it, so a plan without actuals keeps the link it had (the frozen
// link dictionary holds version-2 plans) and opens in a version-2 planner too.
int oldest_reading_version(const Scenario& s);

}  // namespace planner::io
