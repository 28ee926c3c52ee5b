// fixtures.h — the XLSX files make_xlsx_fixtures.py writes at build time,
// embedded into the test binary (native and wasm alike).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/scenario.h"
#include "import/csv_reader.h"
#include "io/embedded.h"
#include "io/presets.h"

PLANNER_EMBEDDED_TABLE(import_fixtures)

namespace planner::import::test {

inline std::string xlsx(const char* name) {
  const embedded::File* f = embedded::find(embedded::import_fixtures, name);
  return f ? embedded::text_of(*f) : std::string();
}

// CSV text written in a test, read as a table (the reader must accept it).
inline Table csv_table(const std::string& text) {
  Table t;
  Problems p;
  EXPECT_TRUE(read_csv(text, t, p)) << p.text();
  return t;
}

// The plan the importers' tests import into: the `default` preset.
inline Scenario default_plan() {
  Scenario s;
  io::load_preset("default", s);
  return s;
}

}  // namespace planner::import::test
