// actuals_edits.h — edits of the actuals (issue 15) that keep them
// consistent: a month started from the plan's figures, a month reported by
// segment or not, and segment rows that follow the Segments tab's deletes,
// copies and moves. Pure functions; panel_actuals.cpp and scenario_edits.cpp
// call them, tests/ui/actuals_edits_test.cpp pins them.
#pragma once

#include "core/result.h"
#include "core/scenario.h"

namespace planner::ui {

// The plan's figures for `month` as a user would type them: whole people and
// whole currency units, kept possible (applying <= completed <= enrolled).
ActualMonth prefilled_month(const Scenario& s, const Result& plan, int month);

// Reports `month` (typed already) by segment: one row per plan segment with
// the plan's own figures for that segment (whole people), and the month's
// per-tier counts become their sums. Spend, hours and metrics stay.
void report_by_segment(Scenario& s, const Result& plan, int month);
// Back to totals only: the summed totals stay, the segment rows go.
void report_totals_only(Scenario& s, int month);

// What the actuals do when the Segments tab removes, copies or swaps a
// segment: a removed segment's rows go and its months are summed again; a
// copy counted no one yet (a row of zeros); indices follow.
void actuals_segment_removed(Scenario& s, int index);
void actuals_segment_duplicated(Scenario& s, int index);
void actuals_segments_swapped(Scenario& s, int a, int b);

}  // namespace planner::ui
