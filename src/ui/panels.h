// panels.h — the input editors, one file each (panel_*.cpp).
//
// A panel gets the scenario and draws its editors; it returns true when it
// changed anything. Panels know nothing of undo, recomputation or files: the
// App snapshots the scenario around them (see app.cpp).
#pragma once

#include <string>

#include "core/scenario.h"

namespace planner::ui {

// What a panel remembers between frames (selected rows), owned by the App.
struct PanelSelection {
  int segment = 0;
  int model = 0;
  int plan_row = 0;
};

bool draw_organisation_panel(Scenario& s);
bool draw_segments_panel(Scenario& s, PanelSelection& sel);
bool draw_tiers_panel(Scenario& s);
bool draw_models_panel(Scenario& s, PanelSelection& sel);
bool draw_plan_panel(Scenario& s, PanelSelection& sel);
bool draw_capacity_panel(Scenario& s);
bool draw_readiness_panel(Scenario& s);
bool draw_adjustments_panel(Scenario& s);

// Shared by panels: "Tier 2 · Fluency".
const char* tier_label(const Scenario& s, int tier);

}  // namespace planner::ui
