// basis_switch.cpp — see basis_switch.h.
#include "ui/basis_switch.h"

#include "imgui.h"
#include "ui/widgets.h"

namespace planner::ui {

bool basis_switch(const std::string& rect_id, const std::string& forecast_label, const char* why,
                  bool& on_forecast) {
  bool changed = false;
  ImGui::PushID(rect_id.c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Run on:");
  ImGui::SameLine();
  if (ImGui::RadioButton("Plan", !on_forecast) && on_forecast) {
    on_forecast = false;
    changed = true;
  }
  record_item_rect(rect_id + ".plan");
  ImGui::SameLine();
  if (ImGui::RadioButton(forecast_label.c_str(), on_forecast) && !on_forecast) {
    on_forecast = true;
    changed = true;
  }
  record_item_rect(rect_id + ".forecast");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", why);
  ImGui::PopID();
  return changed;
}

}  // namespace planner::ui
