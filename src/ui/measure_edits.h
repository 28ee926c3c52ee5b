// measure_edits.h — edits of the measurement plan (Scenario::measures) that
// keep the actuals' metric values pointing at the right metric. The editor
// (panel_measures.cpp) calls these; pure functions, unit-tested.
#pragma once

#include "core/scenario.h"

namespace planner::ui {

// A new metric of tier `tier` at the end of the plan in force (Leland's
// defaults are copied in first, so their indices stay as they were).
void add_metric(Scenario& s, int tier);
// Removes metric `index` of the plan in force; typed values of that metric go
// with it and later metrics' values move down one index.
void remove_metric(Scenario& s, int index);
// Back to Leland's defaults (an empty `measures`); typed values of metrics
// beyond the defaults are dropped.
void reset_measures(Scenario& s);

}  // namespace planner::ui
