// The adjustments a CFO expects: overhead and contingency on cash, Phillips
// attribution x confidence on benefits, and skill decay.
#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace planner::ui {

bool draw_adjustments_panel(Scenario& s) {
  bool changed = false;
  Adjustments& a = s.adjustments;
  heading("Costs");
  if (form_begin("cost_adjust")) {
    form_row("Overhead", "adjustments.overhead");
    changed |= edit_percent("##overhead", &a.overhead, "adjustments.overhead", 2.0);
    form_row("Contingency", "adjustments.contingency");
    changed |= edit_percent("##contingency", &a.contingency, "adjustments.contingency", 2.0);
    form_end();
  }
  ImGui::Spacing();
  heading("Benefits");
  if (form_begin("benefit_adjust")) {
    form_row("Attribution to training", "adjustments.attribution");
    changed |= edit_percent("##attribution", &a.attribution, "adjustments.attribution");
    form_row("Estimator confidence", "adjustments.confidence");
    changed |= edit_percent("##confidence", &a.confidence, "adjustments.confidence");
    form_row("Skill-decay half-life", "adjustments.decay_half_life_months");
    changed |= edit_range("decay", &a.decay_half_life_months, RangeKind::Months, s.org.currency_symbol,
                          "adjustments.decay_half_life_months");
    form_row("Sampling distribution", "adjustments.distribution");
    int d = a.distribution == Distribution::Pert ? 0 : 1;
    if (ImGui::Combo("##distribution", &d, "PERT\0Triangular\0")) {
      a.distribution = d == 0 ? Distribution::Pert : Distribution::Triangular;
      changed = true;
    }
    item_help("adjustments.distribution");
    form_end();
  }
  ImGui::TextDisabled("Benefits are counted at %s (attribution x confidence).",
                      text::percent(a.attribution * a.confidence).c_str());
  return changed;
}

}  // namespace planner::ui
