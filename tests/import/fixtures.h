// fixtures.h — the XLSX files make_xlsx_fixtures.py writes at build time,
// embedded into the test binary (native and wasm alike).
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/scenario.h"
#include "import/csv_reader.h"
#include "import/read_table.h"
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

// An XLSX fixture read as a table (the reader must accept it).
inline Table xlsx_table(const char* name) {
  const std::string bytes = xlsx(name);
  EXPECT_FALSE(bytes.empty()) << name;
  Table t;
  Problems p;
  EXPECT_TRUE(read_table(bytes, name, "", t, p)) << p.text();
  return t;
}

// A number with every digit kept: a file of the plan's own figures reads back exactly.
inline std::string exact(double v) {
  char b[40];
  std::snprintf(b, sizeof b, "%.17g", v);
  return b;
}

// ",Enrolled AI Literacy,...,Applying AI Integration": an actuals file's
// people columns, every kind for every tier, in that order.
inline std::string people_columns(const Scenario& s) {
  std::string out;
  for (const char* kind : {"Enrolled", "Completed", "Applying"})
    for (const Tier& t : s.framework.tiers) out += std::string(",") + kind + " " + t.name;
  return out;
}

// The plan the importers' tests import into: the `default` preset.
inline Scenario default_plan() {
  Scenario s;
  io::load_preset("default", s);
  return s;
}

}  // namespace planner::import::test
