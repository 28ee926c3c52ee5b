// panel_measures.cpp — see panel_measures.h.
#include "ui/panel_measures.h"

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/measure_edits.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

// One text cell filling its column; its rectangle is `id`.
bool text_cell(const std::string& id, std::string* text, const char* help) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool changed = edit_text(("##" + id).c_str(), text, help);
  record_item_rect(id);
  return changed;
}

// The metrics of tier k, editing `plan` (the plan in force) in place.
// `remove` gets the index of a row whose Remove button was pressed.
bool tier_table(int k, std::vector<Metric>& plan, int& remove) {
  bool changed = false;
  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  const std::string table = "measures_t" + std::to_string(k + 1);
  if (!ImGui::BeginTable(table.c_str(), 5, flags)) return false;
  ImGui::TableSetupColumn("Metric", ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, 5 * em);
  ImGui::TableSetupColumn("Unit", ImGuiTableColumnFlags_WidthFixed, 6 * em);
  ImGui::TableSetupColumn("How collected", ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 4.5f * em);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < plan.size(); ++i) {
    Metric& m = plan[i];
    if (m.tier != k) continue;
    const std::string id = "measures." + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    changed |= text_cell(id + ".name", &m.name, "measures.name");
    ImGui::TableSetColumnIndex(1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_double("##target", &m.target, -1e9, 1e9, "measures.target", 0.1f, "%g");
    record_item_rect(id + ".target");
    ImGui::TableSetColumnIndex(2);
    changed |= text_cell(id + ".unit", &m.unit, "measures.unit");
    ImGui::TableSetColumnIndex(3);
    changed |= text_cell(id + ".collected", &m.collected, "measures.collected");
    ImGui::TableSetColumnIndex(4);
    if (ImGui::SmallButton("Remove")) remove = static_cast<int>(i);
    record_item_rect(id + ".remove");
    ImGui::PopID();
  }
  ImGui::EndTable();
  return changed;
}

}  // namespace

bool draw_measurement_plan(Scenario& s) {
  const bool open = ImGui::CollapsingHeader("Measurement plan: what each tier is judged by");
  record_item_rect("measures.open");
  item_help("measures");
  if (!open) return false;
  hint(
      "Each tier has its own metrics, with a target, a unit and how it is collected [Leland]: report "
      "Fluency and Integration by what changed at work, never by Literacy completion. Actuals record "
      "the metrics' values month by month.");
  // Edits write the whole plan in force (docs/schema.md: editing any metric
  // writes the whole list), so the defaults keep their indices.
  std::vector<Metric> plan = measurement_plan(s);
  bool changed = false;
  int remove = -1;
  const int K = static_cast<int>(s.framework.tiers.size());
  for (int k = 0; k < K; ++k) {
    ImGui::PushID(k);
    const std::string title = "Tier " + std::to_string(k + 1) + ": " + s.framework.tiers[k].name;
    heading(title.c_str());
    changed |= tier_table(k, plan, remove);
    if (ImGui::SmallButton("Add a metric")) {
      add_metric(s, k);
      ImGui::PopID();
      return true;
    }
    record_item_rect("measures.add.t" + std::to_string(k + 1));
    ImGui::PopID();
  }
  if (remove >= 0) {
    remove_metric(s, remove);
    return true;
  }
  if (changed) s.measures = plan;
  const bool three = K == 3;
  if (!three) ImGui::BeginDisabled();
  if (ImGui::Button("Reset to Leland's defaults") && !s.measures.empty()) {
    reset_measures(s);
    changed = true;
  }
  record_item_rect("measures.reset");
  if (!three) {
    ImGui::EndDisabled();
    hint("Leland's defaults are for a three-tier framework (Literacy, Fluency, Integration).");
  }
  return changed;
}

}  // namespace planner::ui
