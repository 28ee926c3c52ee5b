// uncertainty_sections.h — the Uncertainty tab's three views, each in its own
// file, and what they share. Internal to src/ui (the App sees panel_uncertainty.h).
//
//   uncertainty_simulation.cpp   P10/P50/P90 table, chances, histogram, band chart
//   uncertainty_tornado.cpp      which inputs move the output most (computed, then drawn)
//   uncertainty_frontier.cpp     budget vs capability, click a point to adopt; goal seek
//   panel_uncertainty.cpp        the work in time slices, the tab, the json
#pragma once

#include <string>

#include "core/scenario.h"
#include "core/uncertainty/outputs.h"
#include "ui/panel_uncertainty.h"

namespace planner::ui::uncertainty {

// An output's value as people read it, through the one figure formatter.
std::string value_text(const Scenario& s, mc::Output o, double v);
// The same, money in the compact form ($164K): axis ticks and captions.
std::string value_compact(const Scenario& s, mc::Output o, double v);
// "Histogram of [NPV]": the words first, as the app's forms read. True when changed.
bool output_combo(const char* words, const char* id, int* chosen);

void simulation_section(UncertaintyUi& ui, const Scenario& s);

// Recomputes the tornado (and its rows' texts) when the scenario or the
// chosen output changed: 1 + 2 x inputs evaluations, a few ms.
void update_tornado(UncertaintyUi& ui, const Scenario& s, unsigned long revision);
void tornado_section(UncertaintyUi& ui, const Scenario& s);

void restart_frontier(UncertaintyUi& ui, const Scenario& s, unsigned long revision);
bool frontier_section(UncertaintyUi& ui, const Scenario& s, unsigned long revision, Scenario& adopt);

}  // namespace planner::ui::uncertainty
