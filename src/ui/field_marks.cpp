#include "ui/field_marks.h"

#include "imgui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {
const std::vector<Issue>* g_issues = nullptr;
const std::vector<std::string>* g_sentences = nullptr;
}  // namespace

void set_field_problems(const std::vector<Issue>* issues, const std::vector<std::string>* sentences) {
  g_issues = issues;
  g_sentences = sentences;
}

const std::string* field_problem(const char* table, int row, const char* field, int entry) {
  if (!g_issues || !g_sentences) return nullptr;
  for (size_t i = 0; i < g_issues->size() && i < g_sentences->size(); ++i) {
    const Issue& p = (*g_issues)[i];
    if (p.table == table && p.row == row && p.field == field && (p.entry < 0 || p.entry == entry))
      return &(*g_sentences)[i];
  }
  return nullptr;
}

bool mark_field(const char* table, int row, const char* field, int entry) {
  const std::string* sentence = field_problem(table, row, field, entry);
  if (!sentence) return false;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(min, max, palette().bad, ImGui::GetStyle().FrameRounding, 0,
                                      2.0f * ImGui::GetIO().FontGlobalScale);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sentence->c_str());
  std::string id = std::string("problem.") + table + "." + std::to_string(row) + "." + field;
  if (entry >= 0) id += "." + std::to_string(entry);
  record_item_rect(id);
  return true;
}

}  // namespace planner::ui
