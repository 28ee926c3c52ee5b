// basis_switch.h — "Plan" / "Forecast from <as-of month>": what the Monte
// Carlo and the comparison run on when a plan has actuals (issue 15;
// docs/schema.md, "The forecast's uncertainty").
#pragma once

#include <string>

namespace planner::ui {

// Two radio buttons on one line; `forecast_label` names the second ("Forecast
// from March 2027"). Their rectangles are recorded as rect_id + ".plan" and
// ".forecast"; `why` is the second's tooltip. Returns true when the user
// changed `on_forecast`.
bool basis_switch(const std::string& rect_id, const std::string& forecast_label, const char* why,
                  bool& on_forecast);

}  // namespace planner::ui
