// fuzz_checks.h — properties both fuzzers check on a scenario that loaded.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/scenario_json.h"

namespace planner::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz property violated: %s\n", what);
  std::abort();
}

// A scenario that passed loading must save, reload and link to itself, and
// (when small enough to evaluate quickly) evaluate to finite figures.
inline void check_loaded(const Scenario& s) {
  const std::string full = io::scenario_to_json(s, false);
  Scenario again;
  std::vector<Issue> issues;
  if (!io::scenario_from_json(full, again, issues)) fail("saved JSON does not load back");
  if (io::scenario_to_json(again, false) != full) fail("JSON round trip changed the scenario");
  if (!io::scenario_from_json(io::scenario_to_minimal_json(s), again, issues))
    fail("minimal JSON does not load back");
  if (io::scenario_to_json(again, false) != full) fail("minimal JSON round trip changed the scenario");
  std::string message;
  if (!io::decode_link(io::encode_link_fragment(s), again, message))
    fail("link of a valid scenario does not decode");
  if (io::scenario_to_json(again, false) != full) fail("link round trip changed the scenario");

  long long people = 0;
  for (const auto& g : s.segments) people += g.headcount;
  if (people > 5000 || s.org.horizon_months > 120) return;  // keep executions fast
  const Result r = evaluate(s, Case::Likely);
  const Totals& t = r.totals;
  for (double v : {t.cash_cost, t.incremental_cost, t.economic_cost, t.benefits, t.npv, t.roi_pct, t.bcr,
                   t.hours_saved_per_week, t.fte_returned, t.cost_per_learner, t.cost_per_capable_employee})
    if (!std::isfinite(v)) fail("evaluate() produced a non-finite total");
}

}  // namespace planner::fuzz
