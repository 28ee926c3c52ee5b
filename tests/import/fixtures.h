// fixtures.h — the XLSX files make_xlsx_fixtures.py writes at build time,
// embedded into the test binary (native and wasm alike).
#pragma once

#include <string>

#include "io/embedded.h"

PLANNER_EMBEDDED_TABLE(import_fixtures)

namespace planner::import::test {

inline std::string xlsx(const char* name) {
  const embedded::File* f = embedded::find(embedded::import_fixtures, name);
  return f ? embedded::text_of(*f) : std::string();
}

}  // namespace planner::import::test
