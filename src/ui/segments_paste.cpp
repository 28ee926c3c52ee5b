#include "ui/segments_paste.h"

#include <cstring>
#include <utility>

#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID: the cell's own paste must not be written back

namespace planner::ui {
namespace {

SegmentsPaste& installed() {
  static SegmentsPaste paste;
  return paste;
}

std::string& refusal() {
  static std::string message;
  return message;
}

// The (row, column) of the segments table cell being edited, from the labels
// panel_segments.cpp gives its widgets (row i under PushID(i), tier k under
// PushID(k)); false when none is.
bool active_cell(const Scenario& s, int& row, int& column) {
  const ImGuiID active = ImGui::GetActiveID();
  if (active == 0) return false;
  const int tiers = static_cast<int>(s.framework.tiers.size());
  // The table's order (import::segment_table_columns): Segment, Headcount,
  // goal per tier, now per tier, Cost/h, AI h/wk, Wave, Managers.
  const char* head[] = {"##name", "##headcount"};
  const char* tail[] = {"##rate", "##addr", "##wave", "##managers"};
  for (int i = 0; i < static_cast<int>(s.segments.size()); ++i) {
    ImGui::PushID(i);
    int found = -1;
    for (int c = 0; c < 2 && found < 0; ++c)
      if (ImGui::GetID(head[c]) == active) found = c;
    for (int k = 0; k < tiers && found < 0; ++k) {
      ImGui::PushID(k);
      if (ImGui::GetID("##goal") == active) found = 2 + k;
      if (ImGui::GetID("##now") == active) found = 2 + tiers + k;
      ImGui::PopID();
    }
    for (int c = 0; c < 4 && found < 0; ++c)
      if (ImGui::GetID(tail[c]) == active) found = 2 + 2 * tiers + c;
    ImGui::PopID();
    if (found >= 0) {
      row = i;
      column = found;
      return true;
    }
  }
  return false;
}

}  // namespace

void set_segments_paste(SegmentsPaste paste) { installed() = std::move(paste); }

bool paste_into_segments_table(Scenario& s) {
  bool changed = false;
  const ImGuiIO& io = ImGui::GetIO();
  int row = 0, column = 0;
  if (installed() && (io.KeyCtrl || io.KeySuper) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_V), false) && active_cell(s, row, column)) {
    const char* clip = ImGui::GetClipboardText();
    const std::string text = clip ? clip : "";
    if (text.find_first_of("\t\n") != std::string::npos && text.find_first_of("\t\n") + 1 < text.size()) {
      ImGui::ClearActiveID();
      std::string message;
      if (installed()(s, text, row, column, message)) {
        changed = true;
      } else if (!message.empty()) {  // empty: the host pastes later (the web's tools worker)
        refusal() = message;
        ImGui::OpenPopup("##paste_refused");
      }
    }
  }
  if (ImGui::BeginPopup("##paste_refused")) {
    ImGui::TextUnformatted("The pasted rows were not used; the table is unchanged.");
    ImGui::TextUnformatted(refusal().c_str());
    ImGui::EndPopup();
  }
  return changed;
}

}  // namespace planner::ui
