// Fuzzes the importers' readers: any bytes, read as CSV or (when they start
// like a zip) as an XLSX workbook, must give a table or problems, never a
// crash, a hang or memory past the caps; a table's rows are numbered in
// order within the caps, and a headcount import that succeeds gives a valid
// plan whose other inputs are the preset's; so does an actuals import, whose
// plan differs from the preset only in its actuals.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/evaluate.h"
#include "fuzz_checks.h"
#include "import/actuals_import.h"
#include "import/headcount.h"
#include "import/limits.h"
#include "import/read_table.h"
#include "io/presets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planner;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  import::Table table;
  import::Problems problems;
  if (!import::read_table(bytes, "fuzz", "", table, problems)) {
    if (problems.empty()) fuzz::fail("a refused file has no problem listed");
    return 0;
  }
  if (table.rows.size() > import::kMaxRows) fuzz::fail("more rows than the cap");
  int last = 0;
  for (const import::Row& r : table.rows) {
    if (r.number <= last) fuzz::fail("rows are not numbered in order");
    if (r.cells.size() > import::kMaxColumns) fuzz::fail("more columns than the cap");
    last = r.number;
  }
  static const Scenario base = [] {
    Scenario s;
    io::load_preset("default", s);
    return s;
  }();
  const import::ImportOutcome out = import::import_headcount(base, table, {});
  if (out.ok) {
    if (!validate(out.scenario).empty()) fuzz::fail("an import that succeeded gave an invalid plan");
    if (out.scenario.models.size() != base.models.size()) fuzz::fail("an import changed the plan's models");
  } else if (out.problems.empty()) {
    fuzz::fail("a failed import has no problem listed");
  }
  const import::ActualsImport actuals = import::import_actuals(base, table);
  if (actuals.ok) {
    if (!validate(actuals.scenario).empty())
      fuzz::fail("an actuals import that succeeded gave an invalid plan");
    if (actuals.scenario.segments.size() != base.segments.size() ||
        actuals.scenario.models.size() != base.models.size())
      fuzz::fail("an actuals import changed more than the actuals");
  } else if (actuals.problems.empty()) {
    fuzz::fail("a failed actuals import has no problem listed");
  }
  return 0;
}
