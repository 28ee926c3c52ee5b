// Readiness: the five foundations, each scored 1-5. Their mean scales the
// application rate; the panel shows the resulting multiplier so the effect of
// a score is visible before looking at the results.
#include <algorithm>
#include <string>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

bool score(const char* label, int* v, const char* help_key) {
  form_row(label, help_key);
  const bool changed = ImGui::SliderInt((std::string("##") + help_key).c_str(), v, 1, 5, "%d of 5",
                                        ImGuiSliderFlags_AlwaysClamp);
  item_help(help_key);
  return changed;
}

}  // namespace

bool draw_readiness_panel(Scenario& s) {
  bool changed = false;
  Readiness& r = s.readiness;
  heading("The five foundations");
  if (form_begin("readiness_form")) {
    changed |= score("Learning climate", &r.learning_climate, "readiness.learning_climate");
    changed |= score("Organisational systems", &r.organisational_systems, "readiness.organisational_systems");
    changed |= score("Job design", &r.job_design, "readiness.job_design");
    changed |= score("Manager support", &r.manager_support, "readiness.manager_support");
    changed |= score("Incentives", &r.incentives, "readiness.incentives");
    form_end();
  }
  const double mean =
      (r.learning_climate + r.organisational_systems + r.job_design + r.manager_support + r.incentives) / 5.0;
  // Mirrors the rule documented in core/scenario.h (Readiness).
  const double multiplier = 0.5 + 0.25 * (mean - 1.0);
  ImGui::TextDisabled("Mean %.1f: application rates x %.2f (capped at 100 %%).", mean, multiplier);
  ImGui::Spacing();
  heading("Practice and ramp-up");
  if (form_begin("practice_form")) {
    form_row("Protected practice time", "readiness.practice_hours_week");
    changed |= edit_double("##practice", &r.practice_hours_week, 0, 40, "readiness.practice_hours_week",
                           0.05f, "%.1f h/week");
    form_row("Productivity dip while ramping", "readiness.productivity_dip");
    changed |= edit_percent("##dip", &r.productivity_dip, "readiness.productivity_dip");
    form_end();
  }
  return changed;
}

}  // namespace planner::ui
