// results_heat_map.cpp — the "Heat map" results tab (results_heat_map.h):
// a month slider (default: the target's month), the rule in one line, and a
// table of segments x tiers, furthest from target first. Each cell is tinted
// by status and says its status in words (never colour alone).
#include "ui/results_heat_map.h"

#include <algorithm>

#include "core/names.h"
#include "io/format.h"
#include "ui/help_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

// Translucent tints, so the theme's text stays readable on them in both themes.
ImU32 tint(HeatStatus st) {
  switch (st) {
    case HeatStatus::Green:
      return IM_COL32(46, 158, 79, 80);
    case HeatStatus::Amber:
      return IM_COL32(230, 159, 0, 90);
    case HeatStatus::Red:
      return IM_COL32(214, 39, 40, 90);
  }
  return 0;
}

}  // namespace

void heat_map_tab(const Scenario& s, const Result& r, ResultsUi& ui) {
  if (r.months <= 0 || r.tiers <= 0) return;
  if (ui.heat_map_month <= 0 || ui.heat_map_month > r.months)
    ui.heat_map_month = heat_map_default_month(s, r);
  const HeatMap map = heat_map(s, r, ui.heat_map_month);
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22));
  const std::string label = io::format_plan_month(map.month, s.org.start_year, s.org.start_month);
  ImGui::SliderInt("Month##heat_map", &ui.heat_map_month, 1, r.months, ("month %d (" + label + ")").c_str());
  record_item_rect("results.heat_map.month");
  ImGui::SameLine();
  if (ImGui::SmallButton("Target's month")) ui.heat_map_month = heat_map_default_month(s, r);
  wrapped_textf(
      "Share of each segment %s each tier or above at the end of the month: plan / target (today). "
      "Green: the plan reaches the target; amber: short by at most %.0f points; red: short by more. "
      "Furthest from target first.",
      map.count_applying ? "applying" : "trained at", map.amber_points * 100.0);
  item_help("result.heat_map");

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInner |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##heat_map", 1 + r.tiers, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("Segment");
  for (int k = 0; k < r.tiers; ++k) ImGui::TableSetupColumn(tier_name(s, k).c_str());
  ImGui::TableHeadersRow();
  for (const HeatRow& row : map.rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(segment_name(s, row.segment).c_str());
    for (const HeatCell& c : row.cells) {
      ImGui::TableNextColumn();
      ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, tint(c.status));
      ImGui::Text("%s / %s (%s)", io::format_share(c.plan).c_str(), io::format_share(c.target).c_str(),
                  io::format_share(c.current).c_str());
      ImGui::TextUnformatted(heat_status_words(c.status, c.gap).c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace planner::ui
