// The delivery-model catalogue: a table of every model with its cost range and
// unit, then the full editor of the selected model below it.
#include <algorithm>
#include <cfloat>
#include <string>

#include "core/names.h"
#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/scenario_edits.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

bool catalogue_table(Scenario& s, PanelSelection& sel) {
  const float em = ImGui::GetFontSize();
  const int n = static_cast<int>(s.models.size());
  const float rows_h = (std::min(n, 8) + 1.4f) * ImGui::GetFrameHeightWithSpacing();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("catalogue", 4, flags, ImVec2(0, rows_h))) return false;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Model", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn("Cost (low / likely / high)", ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn("Unit", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Tiers", ImGuiTableColumnFlags_WidthFixed, 3.2f * em);
  ImGui::TableHeadersRow();
  const std::string& cur = s.org.currency_symbol;
  for (int j = 0; j < n; ++j) {
    const DeliveryModel& m = s.models[j];
    ImGui::PushID(j);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (ImGui::Selectable(m.name.c_str(), sel.model == j, ImGuiSelectableFlags_SpanAllColumns)) sel.model = j;
    record_item_rect("models." + m.id);
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("%s / %s / %s", text::money_compact(m.cost.low, cur).c_str(),
                text::money_compact(m.cost.likely, cur).c_str(),
                text::money_compact(m.cost.high, cur).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(m.sunk ? "sunk (paid already)" : enum_label(m.basis));
    ImGui::TableSetColumnIndex(3);
    if (m.min_tier == m.max_tier)
      ImGui::Text("%d", m.min_tier + 1);
    else
      ImGui::Text("%d-%d", m.min_tier + 1, m.max_tier + 1);
    ImGui::PopID();
  }
  ImGui::EndTable();
  return false;
}

bool tier_span(Scenario& s, DeliveryModel& m) {
  const int tiers = std::max(1, static_cast<int>(s.framework.tiers.size()));
  int span[2] = {m.min_tier + 1, m.max_tier + 1};
  const bool changed =
      ImGui::DragInt2("##tiers", span, 0.05f, 1, tiers, "tier %d", ImGuiSliderFlags_AlwaysClamp);
  item_help("model.tiers");
  if (!changed) return false;
  m.min_tier = span[0] - 1;
  m.max_tier = std::max(span[0], span[1]) - 1;
  return true;
}

bool model_editor(Scenario& s, DeliveryModel& m) {
  bool changed = false;
  const std::string& cur = s.org.currency_symbol;
  if (!form_begin("model_form")) return false;
  form_row("Name", "model.name");
  changed |= edit_text("##name", &m.name, "model.name");
  form_row("Id", "model.id");
  std::string id = m.id;
  if (edit_text("##id", &id, "model.id") && !id.empty() && find_model(s, id) < 0) {
    rename_model_id(s, m.id, id);
    changed = true;
  }
  form_row("Cost basis (unit)", "model.basis");
  if (ImGui::BeginCombo("##basis", enum_label(m.basis))) {
    const CostBasis all[] = {CostBasis::PerSeatMonth, CostBasis::PerLearner, CostBasis::PerLearnerWeek,
                             CostBasis::PerLearnerMonth, CostBasis::PerEngagement};
    for (CostBasis b : all)
      if (ImGui::Selectable(enum_label(b), b == m.basis) && b != m.basis) {
        m.basis = b;
        changed = true;
      }
    ImGui::EndCombo();
  }
  item_help("model.basis");
  form_row("Cost (low, likely, high)", "model.cost");
  changed |= edit_range("cost", &m.cost, RangeKind::Money, cur, "model.cost", "model.cost");
  ImGui::TableSetColumnIndex(1);
  ImGui::TextDisabled("%s %s", cur.c_str(), enum_label(m.basis));
  form_row("Seats already paid (sunk)", "model.sunk");
  changed |= edit_bool("##sunk", &m.sunk, "model.sunk");
  form_row("Duration (low, likely, high)", "model.duration_weeks");
  changed |= edit_range("duration", &m.duration_weeks, RangeKind::Weeks, cur, "model.duration_weeks",
                        "model.duration_weeks");
  form_row("Grouping", "model.group");
  if (ImGui::BeginCombo("##group", enum_label(m.group))) {
    const GroupKind all[] = {GroupKind::None, GroupKind::Class, GroupKind::Team, GroupKind::Cohort,
                             GroupKind::Department};
    for (GroupKind g : all)
      if (ImGui::Selectable(enum_label(g), g == m.group) && g != m.group) {
        m.group = g;
        changed = true;
      }
    ImGui::EndCombo();
  }
  item_help("model.group");
  form_row("Group size", "model.group_size");
  changed |= edit_int("##group_size", &m.group_size, 1, 100000, "model.group_size", 0.1f, "%d learners");
  form_row("Weeks between group starts", "model.stagger_weeks");
  changed |= edit_int("##stagger", &m.stagger_weeks, 0, 52, "model.stagger_weeks", 0.05f, "%d wk");
  form_row("Tiers it delivers", "model.tiers");
  changed |= tier_span(s, m);
  form_row("Needs a coach", "model.needs_coach");
  changed |= edit_bool("##coach", &m.needs_coach, "model.needs_coach");
  form_row("Needs a manager", "model.needs_manager");
  changed |= edit_bool("##manager", &m.needs_manager, "model.needs_manager");
  form_row("Manager hours per group-week", "model.manager_hours_per_week");
  changed |= edit_double("##mgr_hours", &m.manager_hours_per_week, 0, 80, "model.manager_hours_per_week",
                         0.05f, "%.2f h");
  record_item_rect("model.manager_hours_per_week");
  form_row("Completion rate", "model.completion_rate");
  changed |= edit_range("completion", &m.completion_rate, RangeKind::Percent, cur, "model.completion_rate");
  form_row("Application rate", "model.application_rate");
  changed |=
      edit_range("application", &m.application_rate, RangeKind::Percent, cur, "model.application_rate");
  form_row("Reinforces (no decay)", "model.reinforces");
  changed |= edit_bool("##reinforces", &m.reinforces, "model.reinforces");
  form_row("Own decay half-life", "model.decay_half_life_months");
  changed |= edit_double("##half_life", &m.decay_half_life_months, 0, 600, "model.decay_half_life_months",
                         0.1f, "%.1f months");
  form_row("Source", "model.source");
  changed |= edit_text("##source", &m.source, "model.source");
  form_end();
  return changed;
}

}  // namespace

bool draw_models_panel(Scenario& s, PanelSelection& sel) {
  bool changed = false;
  if (ImGui::Button("Add model")) {
    add_model(s);
    sel.model = static_cast<int>(s.models.size()) - 1;
    changed = true;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(s.models.empty());
  if (ImGui::Button("Duplicate model")) {
    duplicate_model(s, sel.model);
    ++sel.model;
    changed = true;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(s.models.size() <= 1);
  if (ImGui::Button("Remove model")) {
    remove_model(s, sel.model);
    changed = true;
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Removes the selected model and the plan rows that use it");
  ImGui::EndDisabled();
  ImGui::EndDisabled();
  sel.model = std::clamp(sel.model, 0, std::max(0, static_cast<int>(s.models.size()) - 1));
  catalogue_table(s, sel);
  if (s.models.empty()) return changed;
  ImGui::Spacing();
  heading(s.models[sel.model].name.c_str());
  ImGui::PushID(sel.model);
  changed |= model_editor(s, s.models[sel.model]);
  ImGui::PopID();
  return changed;
}

}  // namespace planner::ui
