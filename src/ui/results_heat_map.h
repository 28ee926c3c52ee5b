// results_heat_map.h — the results tab "Heat map": the capability heat map
// (core/heat_map.h) at a month chosen with a slider.
#pragma once

#include "core/heat_map.h"
#include "ui/results_view.h"

namespace planner::ui {

void heat_map_tab(const Scenario& s, const Result& r, ResultsUi& ui);

}  // namespace planner::ui
