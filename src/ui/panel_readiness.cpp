// Readiness as a short diagnostic: one plain question per foundation, scored
// 1-5, with what good looks like and a common failure (readiness_diagnostic.h).
// The answers are the scenario's readiness inputs; the line under them states
// their effect on application with the engine's own multiplier.
#include <algorithm>
#include <string>

#include "ui/panels.h"
#include "ui/readiness_diagnostic.h"
#include "ui/widgets.h"

namespace planner::ui {

bool draw_readiness_panel(Scenario& s) {
  bool changed = false;
  Readiness& r = s.readiness;
  heading("Five questions on readiness");
  for (int i = 0; i < kFoundations; ++i) {
    const Foundation& f = foundation(i);
    ImGui::PushID(i);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d. %s", i + 1, f.name);
    item_help(f.help_key);
    wrapped_text(f.question);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 16 * ImGui::GetFontSize()));
    changed |= ImGui::SliderInt("##score", &(r.*(f.score)), 1, 5, "%d of 5", ImGuiSliderFlags_AlwaysClamp);
    item_help(f.help_key);
    record_item_rect(f.help_key);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(std::string("5, what good looks like: ") + f.good);
    wrapped_text(std::string("1, a common failure: ") + f.failure);
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::PopID();
  }
  wrapped_text(readiness_effect(r) +
               " Capped at 100 %; the best-prepared teams see up to 3x the lift of "
               "the worst [Why Your AI Upskilling Will Fail].");
  record_item_rect("readiness.effect");
  ImGui::Spacing();
  heading("Practice and ramp-up");
  if (form_begin("practice_form")) {
    form_row("Protected practice time", "readiness.practice_hours_week");
    changed |= edit_double("##practice", &r.practice_hours_week, 0, 40, "readiness.practice_hours_week",
                           0.05f, "%.1f h/week");
    record_item_rect("readiness.practice_hours_week");
    form_row("Productivity dip while ramping", "readiness.productivity_dip");
    changed |= edit_percent("##dip", &r.productivity_dip, "readiness.productivity_dip");
    form_end();
  }
  return changed;
}

}  // namespace planner::ui
