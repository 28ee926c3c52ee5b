// Cohorts and capacity: how many groups may run at once, coaches, the pilot
// wave and an optional monthly spending cap. Staggering is per delivery model
// (Models tab).
#include "ui/panels.h"
#include "ui/widgets.h"

namespace planner::ui {

bool draw_capacity_panel(Scenario& s) {
  bool changed = false;
  Capacity& c = s.capacity;
  heading("Cohorts and capacity");
  if (!form_begin("capacity_form")) return false;
  form_row("Groups running at once", "capacity.max_parallel_groups");
  changed |= edit_int("##parallel", &c.max_parallel_groups, 1, 1000, "capacity.max_parallel_groups", 0.05f,
                      "%d groups");
  form_row("Coaches available", "capacity.coaches");
  changed |= edit_int("##coaches", &c.coaches, 0, 1000, "capacity.coaches", 0.05f, "%d coaches");
  form_row("First wave (pilot) share", "capacity.first_wave_share");
  changed |= edit_percent("##first_wave", &c.first_wave_share, "capacity.first_wave_share");
  form_row("Monthly spending cap", "capacity.monthly_spend_cap");
  changed |= edit_money("##cap", &c.monthly_spend_cap, s.org.currency_symbol, "capacity.monthly_spend_cap",
                        "/month");
  form_end();
  if (c.monthly_spend_cap <= 0) ImGui::TextDisabled("Spending cap 0 = no cap.");
  return changed;
}

}  // namespace planner::ui
