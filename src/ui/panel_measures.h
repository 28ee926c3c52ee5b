// panel_measures.h — the measurement plan editor (issue 15 part 1): per tier,
// a small table of metrics (name, target, unit, how it is collected), rows to
// add and remove, and "Reset to Leland's defaults". Drawn in the Actuals tab
// under a collapsing header whose rectangle is "measures.open".
#pragma once

#include "core/scenario.h"

namespace planner::ui {

// Returns true when it changed the scenario (one edit, like every panel).
bool draw_measurement_plan(Scenario& s);

}  // namespace planner::ui
