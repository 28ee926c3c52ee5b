// migrate.h — bringing a scenario document saved by an older version up to
// the current schema, one version at a time, before it is read.
//
// A step rewrites the JSON of version N into version N+1 (renamed fields,
// changed units, a default that changed and must be written out). The chain
// is data: step i migrates version i+1 to i+2. Version 2 (per-model stagger)
// is current; the chain's step 1 -> 2 is in migrate.cpp. The scaffold is also
// tested with a synthetic chain (tests/io/migrate_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
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

}  // namespace planner::io
