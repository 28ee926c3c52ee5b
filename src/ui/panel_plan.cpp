// The plan: which model delivers which tier to which segment, and for what
// share of that segment's learners. Learners not covered by a row take the
// tier's default model, which the table lists underneath for reference.
#include <algorithm>
#include <cfloat>
#include <string>

#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

const char* segment_name(const Scenario& s, int i) {
  if (i < 0) return "Every segment";
  return i < static_cast<int>(s.segments.size()) ? s.segments[i].name.c_str() : "(removed)";
}

bool segment_combo(const Scenario& s, int* segment) {
  bool changed = false;
  if (ImGui::BeginCombo("##segment", segment_name(s, *segment))) {
    for (int i = -1; i < static_cast<int>(s.segments.size()); ++i) {
      ImGui::PushID(i);
      if (ImGui::Selectable(segment_name(s, i), i == *segment) && i != *segment) {
        *segment = i;
        changed = true;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  item_help("plan.segment");
  return changed;
}

bool tier_combo(const Scenario& s, int* tier) {
  bool changed = false;
  if (ImGui::BeginCombo("##tier", tier_label(s, *tier))) {
    for (int k = 0; k < static_cast<int>(s.framework.tiers.size()); ++k)
      if (ImGui::Selectable(tier_label(s, k), k == *tier) && k != *tier) {
        *tier = k;
        changed = true;
      }
    ImGui::EndCombo();
  }
  item_help("plan.tier");
  return changed;
}

bool model_combo(const Scenario& s, std::string* id, int tier) {
  bool changed = false;
  const int j = find_model(s, *id);
  if (ImGui::BeginCombo("##model", j >= 0 ? s.models[j].name.c_str() : "(unknown model)")) {
    for (const DeliveryModel& m : s.models) {
      const bool fits = tier >= m.min_tier && tier <= m.max_tier;
      const std::string label = m.name + (fits ? "" : "  (not for this tier)") + "##" + m.id;
      if (ImGui::Selectable(label.c_str(), m.id == *id) && m.id != *id) {
        *id = m.id;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  item_help("plan.model");
  return changed;
}

}  // namespace

bool draw_plan_panel(Scenario& s, PanelSelection& sel) {
  bool changed = false;
  const bool add = ImGui::Button("Add row");
  record_item_rect("plan.add");
  if (add) {
    Assignment a;
    a.segment = -1;
    a.tier = 0;
    a.model = s.models.empty() ? std::string() : s.models[0].id;
    if (!s.framework.tiers.empty() && !s.framework.tiers[0].default_model.empty())
      a.model = s.framework.tiers[0].default_model;
    s.plan.push_back(a);
    changed = true;
  }
  ImGui::SameLine();
  hint("Learners not covered by a row take the tier's default model.");

  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
  int remove = -1;
  if (ImGui::BeginTable("plan", 5, flags)) {
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Delivery model", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed, 5.0f * em);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableHeadersRow();
    for (int r = 0; r < static_cast<int>(s.plan.size()); ++r) {
      Assignment& a = s.plan[r];
      ImGui::PushID(r);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= segment_combo(s, &a.segment);
      ImGui::TableSetColumnIndex(1);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= tier_combo(s, &a.tier);
      ImGui::TableSetColumnIndex(2);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= model_combo(s, &a.model, a.tier);
      ImGui::TableSetColumnIndex(3);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= edit_percent("##share", &a.share, "plan.share");
      ImGui::TableSetColumnIndex(4);
      if (ImGui::Button("\xC3\x97", ImVec2(ImGui::GetFrameHeight(), 0))) remove = r;
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this row");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0) {
    s.plan.erase(s.plan.begin() + remove);
    sel.plan_row = std::min(sel.plan_row, static_cast<int>(s.plan.size()) - 1);
    changed = true;
  }

  ImGui::Spacing();
  heading("Default model per tier");
  for (int k = 0; k < static_cast<int>(s.framework.tiers.size()); ++k) {
    const int j = find_model(s, s.framework.tiers[k].default_model);
    ImGui::BulletText("%s: %s", tier_label(s, k), j >= 0 ? s.models[j].name.c_str() : "(none)");
  }
  ImGui::TextDisabled("Change a tier's default model in the Tiers tab.");
  return changed;
}

}  // namespace planner::ui
