// The tier framework: each tier's learning hours, uplift, ramp-up and default
// delivery model. Adding or removing a tier resizes every segment's columns.
#include <cfloat>
#include <string>

#include "ui/panels.h"
#include "ui/scenario_edits.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

bool model_combo(const char* id, Scenario& s, std::string* model_id, int tier, const char* help_key) {
  bool changed = false;
  const int j = find_model(s, *model_id);
  const char* preview = j >= 0 ? s.models[j].name.c_str() : "(choose a model)";
  if (ImGui::BeginCombo(id, preview)) {
    for (const DeliveryModel& m : s.models) {
      const bool fits = tier < 0 || (tier >= m.min_tier && tier <= m.max_tier);
      std::string label = m.name + (fits ? "" : "  (not for this tier)") + "##" + m.id;
      if (ImGui::Selectable(label.c_str(), m.id == *model_id) && m.id != *model_id) {
        *model_id = m.id;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  item_help(help_key);
  return changed;
}

}  // namespace

bool draw_tiers_panel(Scenario& s) {
  bool changed = false;
  TierFramework& f = s.framework;
  if (form_begin("framework_form")) {
    form_row("Framework", "framework.name");
    changed |= edit_text("##framework", &f.name, "framework.name");
    form_end();
  }
  if (ImGui::Button("Add tier")) {
    add_tier(s);
    changed = true;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(f.tiers.size() <= 1);
  if (ImGui::Button("Remove last tier")) {
    remove_last_tier(s);
    changed = true;
  }
  ImGui::EndDisabled();

  const std::string& cur = s.org.currency_symbol;
  for (int k = 0; k < static_cast<int>(f.tiers.size()); ++k) {
    Tier& t = f.tiers[k];
    ImGui::PushID(k);
    const std::string header = std::string(tier_label(s, k)) + "###tier";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen) && form_begin("tier_form")) {
      form_row("Name", "tier.name");
      changed |= edit_text("##name", &t.name, "tier.name");
      form_row("Learning hours (low, likely, high)", "tier.learning_hours");
      changed |= edit_range("hours", &t.learning_hours, RangeKind::Hours, cur, "tier.learning_hours");
      form_row("Uplift once applied", "tier.uplift");
      changed |= edit_range("uplift", &t.uplift, RangeKind::Percent, cur, "tier.uplift",
                            "tiers." + std::to_string(k) + ".uplift");
      form_row("Ramp-up after programme", "tier.ramp_weeks");
      changed |= edit_int("##ramp", &t.ramp_weeks, 0, 104, "tier.ramp_weeks", 0.1f, "%d wk");
      form_row("Default delivery model", "tier.default_model");
      changed |= model_combo("##default_model", s, &t.default_model, k, "tier.default_model");
      form_row("Who and success measure", "tier.description");
      changed |= edit_text("##description", &t.description, "tier.description");
      record_item_rect("tiers." + std::to_string(k) + ".description");
      form_row("Source", "tier.source");
      changed |= edit_text("##source", &t.source, "tier.source");
      form_end();
    }
    ImGui::PopID();
  }
  return changed;
}

}  // namespace planner::ui
