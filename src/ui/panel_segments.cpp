// The segments table: one row per team, function or role. A toolbar acts on
// the selected row (add, duplicate, remove, move up/down); the table scrolls
// sideways with the name column frozen, because each tier adds two columns,
// each titled by the tier's name ("Fluency goal"). A field with a problem is
// marked (field_marks.h) and its sentence shows under the table.
#include <algorithm>
#include <cfloat>
#include <string>

#include "core/names.h"
#include "ui/field_marks.h"
#include "ui/panels.h"
#include "ui/scenario_edits.h"
#include "ui/segments_paste.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

bool toolbar(Scenario& s, PanelSelection& sel) {
  bool changed = false;
  const int n = static_cast<int>(s.segments.size());
  if (ImGui::Button("Add segment")) {
    add_segment(s);
    sel.segment = static_cast<int>(s.segments.size()) - 1;
    changed = true;
  }
  record_item_rect("segments.add");
  ImGui::SameLine();
  ImGui::BeginDisabled(n == 0);
  if (ImGui::Button("Duplicate")) {
    duplicate_segment(s, sel.segment);
    ++sel.segment;
    changed = true;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(n <= 1);
  if (ImGui::Button("Remove")) {
    remove_segment(s, sel.segment);
    changed = true;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(sel.segment <= 0);
  if (ImGui::ArrowButton("##up", ImGuiDir_Up)) {
    move_segment(s, sel.segment, -1);
    --sel.segment;
    changed = true;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move the selected segment up (earlier in the table)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(sel.segment >= n - 1);
  if (ImGui::ArrowButton("##down", ImGuiDir_Down)) {
    move_segment(s, sel.segment, +1);
    ++sel.segment;
    changed = true;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move the selected segment down");
  ImGui::EndDisabled();
  ImGui::EndDisabled();
  sel.segment = std::clamp(sel.segment, 0, std::max(0, static_cast<int>(s.segments.size()) - 1));
  return changed;
}

// The guide's step 5 for the selected segment: what the role learns and
// where it uses it. Text only; the report prints it (io/reader_role_plan.cpp).
bool role_plan_form(Scenario& s, const PanelSelection& sel) {
  if (sel.segment < 0 || sel.segment >= static_cast<int>(s.segments.size())) return false;
  Segment& seg = s.segments[sel.segment];
  ImGui::Spacing();
  heading(("Role-based plan: segment " + std::to_string(sel.segment + 1) + ", " + seg.name).c_str());
  record_item_rect("role_plan.heading");
  bool changed = false;
  if (form_begin("role_plan_form")) {
    struct Row {
      const char* label;
      std::string* text;
      const char* key;
      const char* rect;
    };
    RolePlan& p = seg.role_plan;
    const Row rows[] = {
        {"AI skills", &p.skills, "segment.role_plan.skills", "role_plan.skills"},
        {"Where in the work", &p.in_work, "segment.role_plan.in_work", "role_plan.in_work"},
        {"How they are built", &p.built_by, "segment.role_plan.built_by", "role_plan.built_by"},
        {"How they are practised", &p.practised, "segment.role_plan.practised", "role_plan.practised"}};
    for (const Row& r : rows) {
      form_row(r.label, r.key);
      changed |= edit_text((std::string("##") + r.rect).c_str(), r.text, r.key);
      record_item_rect(r.rect);
    }
    form_end();
  }
  return changed;
}

void header_with_help(const char* help_key) {
  ImGui::TableHeader(ImGui::TableGetColumnName());
  item_help(help_key);
}

}  // namespace

bool draw_segments_panel(Scenario& s, PanelSelection& sel) {
  bool changed = toolbar(s, sel);
  const int tiers = static_cast<int>(s.framework.tiers.size());
  const int columns = 7 + 2 * tiers;
  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_SizingFixedFit;
  // As tall as the rows need (plus header, totals and the sideways scrollbar),
  // leaving room for the hint underneath.
  const float row_h = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const float wanted =
      row_h * (static_cast<float>(s.segments.size()) + 2.2f) + ImGui::GetStyle().ScrollbarSize;
  const float room = ImGui::GetContentRegionAvail().y - 2.5f * ImGui::GetTextLineHeightWithSpacing();
  const float height = std::max(6.0f * row_h, std::min(wanted, room));
  if (!ImGui::BeginTable("segments", columns, flags, ImVec2(0, height))) return changed;
  ImGui::TableSetupScrollFreeze(2, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 1.6f * em);
  ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthFixed, 9.6f * em);
  ImGui::TableSetupColumn("Headcount", ImGuiTableColumnFlags_WidthFixed, 4.9f * em);
  // The goals come right after the headcount, so at 1280-1440 px they show
  // without scrolling; tiers by name, without the framework's common "AI "
  // prefix: "Fluency goal", "Fluency now".
  std::vector<std::string> names;
  for (int k = 0; k < tiers; ++k) names.push_back(short_tier_name(s, k) + " goal");
  for (int k = 0; k < tiers; ++k) names.push_back(short_tier_name(s, k) + " now");
  const float pad = 2 * ImGui::GetStyle().CellPadding.x;
  for (const std::string& name : names)
    ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthFixed,
                            std::max(4.2f * em, ImGui::CalcTextSize(name.c_str()).x + pad));
  ImGui::TableSetupColumn("Cost/h", ImGuiTableColumnFlags_WidthFixed, 4.6f * em);
  ImGui::TableSetupColumn("AI h/wk", ImGuiTableColumnFlags_WidthFixed, 4.4f * em);
  ImGui::TableSetupColumn("Wave", ImGuiTableColumnFlags_WidthFixed, 3.4f * em);
  ImGui::TableSetupColumn("Managers", ImGuiTableColumnFlags_WidthFixed, 4.8f * em);

  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  const char* header_help[] = {nullptr, "segment.name", "segment.headcount"};
  const char* tail_help[] = {"segment.hourly_cost", "segment.addressable_hours_week", "segment.wave",
                             "segment.managers"};
  for (int c = 0; c < columns; ++c) {
    ImGui::TableSetColumnIndex(c);
    const char* key = c < 3               ? header_help[c]
                      : c < 3 + tiers     ? "segment.target_share"
                      : c < 3 + 2 * tiers ? "segment.current_at_tier"
                                          : tail_help[c - 3 - 2 * tiers];
    header_with_help(key);
  }

  // Spreadsheet rows pasted into a cell (ui/segments_paste.h): before the
  // rows, so the cell being edited never takes the paste as its own text.
  changed |= paste_into_segments_table(s);
  const std::string& cur = s.org.currency_symbol;
  for (int i = 0; i < static_cast<int>(s.segments.size()); ++i) {
    Segment& seg = s.segments[i];
    ImGui::PushID(i);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    char num[16];
    std::snprintf(num, sizeof num, "%d", i + 1);
    if (ImGui::Selectable(num, sel.segment == i, ImGuiSelectableFlags_None)) sel.segment = i;
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Select this row for the toolbar (duplicate, remove, move)");
    ImGui::TableSetColumnIndex(1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (edit_text("##name", &seg.name, "segment.name")) changed = true;
    if (ImGui::IsItemActivated()) sel.segment = i;
    const std::string prefix = "segments." + std::to_string(i) + ".";
    record_item_rect(prefix + "name");
    mark_field("segments", i, "name");
    ImGui::TableSetColumnIndex(2);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_int("##headcount", &seg.headcount, 0, 10000000, "segment.headcount", 0.5f);
    record_item_rect(prefix + "headcount");
    mark_field("segments", i, "headcount");
    ImGui::TableSetColumnIndex(3 + 2 * tiers);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_money("##rate", &seg.hourly_cost, cur, "segment.hourly_cost");
    record_item_rect(prefix + "hourly_cost");
    mark_field("segments", i, "hourly_cost");
    ImGui::TableSetColumnIndex(4 + 2 * tiers);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_double("##addr", &seg.addressable_hours_week, 0, 168, "segment.addressable_hours_week",
                           0.05f, "%.1f h");
    record_item_rect(prefix + "addressable_hours_week");
    mark_field("segments", i, "addressable_hours_week");
    seg.current_at_tier.resize(tiers, 0);
    seg.target_share.resize(tiers, 0.0);
    for (int k = 0; k < tiers; ++k) {
      ImGui::TableSetColumnIndex(3 + tiers + k);
      ImGui::PushID(k);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= edit_int("##now", &seg.current_at_tier[k], 0, 10000000, "segment.current_at_tier", 0.2f);
      record_item_rect(prefix + "current_at_tier." + std::to_string(k));
      mark_field("segments", i, "current_at_tier", k);
      ImGui::TableSetColumnIndex(3 + k);
      ImGui::SetNextItemWidth(-FLT_MIN);
      changed |= edit_percent("##goal", &seg.target_share[k], "segment.target_share");
      record_item_rect(prefix + "target_share." + std::to_string(k));
      mark_field("segments", i, "target_share", k);
      ImGui::PopID();
    }
    ImGui::TableSetColumnIndex(5 + 2 * tiers);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_int("##wave", &seg.wave, 1, 20, "segment.wave", 0.05f);
    mark_field("segments", i, "wave");
    ImGui::TableSetColumnIndex(6 + 2 * tiers);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_int("##managers", &seg.managers, 0, 100000, "segment.managers", 0.1f);
    record_item_rect(prefix + "managers");
    mark_field("segments", i, "managers");
    ImGui::PopID();
  }

  // Totals row: what the CFO checks first.
  int people = 0;
  for (const Segment& seg : s.segments) people += seg.headcount;
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(1);
  ImGui::TextDisabled("Total");
  ImGui::TableSetColumnIndex(2);
  ImGui::TextDisabled("%d", people);
  ImGui::EndTable();
  // The first problem in a row of this table, in words, where the eye already is.
  for (int i = 0; i < static_cast<int>(s.segments.size()); ++i) {
    const std::string* problem = nullptr;
    for (const char* field : {"name", "headcount", "hourly_cost", "addressable_hours_week", "current_at_tier",
                              "target_share", "wave", "managers"})
      for (int k = -1; k < tiers && !problem; ++k) problem = field_problem("segments", i, field, k);
    if (!problem) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().bad));
    wrapped_text(*problem);
    ImGui::PopStyleColor();
    record_item_rect("segments.problem");
    break;
  }
  hint(
      "Click a number to type it, or drag it sideways. Hover a column title for its meaning, unit and "
      "source. "
      "\"Now\": people whose highest tier today is that tier. \"Goal\": share to reach at least that tier.");
  changed |= role_plan_form(s, sel);
  return changed;
}

}  // namespace planner::ui
