// panel_actuals.h — the Actuals tab (issue 15): the as-of month, a table of
// actuals by month to type (prefilled from the plan), the plan against the
// re-forecast on the same charts, and the variance with red / amber / green.
// Every number comes from core (reforecast.h, variance.h, actuals.h).
#pragma once

#include "core/result.h"
#include "core/scenario.h"

namespace planner::ui {

// `plan` is the current case's result, or nullptr while the scenario does not
// validate (the table stays editable; charts and variance wait). Returns true
// when it changed the scenario.
bool draw_actuals_panel(Scenario& s, const Result* plan, Case c);

}  // namespace planner::ui
