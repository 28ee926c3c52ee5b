// guide_panel.cpp — map
//   [SECTION] Welcome
//   [SECTION] The guide strip
//   [SECTION] JAIN's checklist
//   [SECTION] The guide's target field
#include "ui/guide_panel.h"

#include <algorithm>

#include "imgui.h"
#include "ui/guide_checks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

constexpr const char* kDone = "\xE2\x97\x8F";     // ● (in glyph_ranges.txt)
constexpr const char* kNotDone = "\xE2\x97\x8B";  // ○

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped_text(text);
  ImGui::PopStyleColor();
}

void go_to(GuideUi& ui, const InputPlace& place) {
  ui.go_tab = place.tab;
  ui.go_segment = place.segment;
  ui.target = place.field;
  ui.scroll_frames = 3;
}

}  // namespace

// [SECTION] Welcome ----------------------------------------------------------------------

void draw_welcome(GuideUi& ui, const std::vector<io::PresetInfo>& presets, WelcomeChoice& choice) {
  if (!ui.welcome) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(palette().card_bg));
  const float em = ImGui::GetFontSize();
  const std::string intro =
      "Welcome. This planner works out what an AI-upskilling programme costs, by when your people are "
      "capable and what it returns, from your teams, the levels they should reach and how they will learn. "
      "Every figure is computed from inputs you can see and change; each default names its published source.";
  const std::string note =
      "The worked examples reproduce published figures (Leland, JAIN, the AIE Network); hover one for its "
      "source. Help > Welcome brings this back.";
  const float w = ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().WindowPadding.x;
  // On a narrow screen (a phone) the three controls stack instead of running off the edge.
  const bool stack = w < 44 * em;
  const float rows = stack ? 4.0f : 1.0f;
  const float h = wrapped_text_height(intro, w) + wrapped_text_height(note, w) +
                  ImGui::GetFrameHeightWithSpacing() * rows + ImGui::GetStyle().ItemSpacing.y * 2 +
                  ImGui::GetStyle().WindowPadding.y * 2;
  const auto next = [stack] {
    if (!stack) ImGui::SameLine();
  };
  ImGui::BeginChild("##welcome", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
  record_item_rect("welcome");
  wrapped_text(intro);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Start from:");
  next();
  if (ImGui::Button("A blank plan, with the guide")) choice.blank = true;
  record_item_rect("welcome.blank");
  next();
  ImGui::SetNextItemWidth(std::min(22 * em, ImGui::GetContentRegionAvail().x - (stack ? 0 : 6 * em)));
  if (ImGui::BeginCombo("##welcome_preset", "A worked example from the sources")) {
    for (const io::PresetInfo& p : presets) {
      if (ImGui::Selectable((p.title.empty() ? p.name : p.title).c_str())) choice.preset = p.name;
      record_item_rect("welcome.preset." + p.name);
      if (!p.description.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        wrapped_text(p.description, em * 30);
        ImGui::EndTooltip();
      }
    }
    ImGui::EndCombo();
  }
  record_item_rect("welcome.presets");
  next();
  if (ImGui::Button("Close")) ui.welcome = false;
  record_item_rect("welcome.close");
  muted(note);
  ImGui::EndChild();
  ImGui::PopStyleColor();
  if (!choice.preset.empty() || choice.blank) ui.welcome = false;
}

// [SECTION] The guide strip -----------------------------------------------------------------

void draw_guide(GuideUi& ui, const Scenario& s) {
  if (!ui.shown) return;
  const std::vector<GuideStep> steps = guide_steps(s);
  const int n = static_cast<int>(steps.size());
  int first_open = n - 1, done = 0;
  for (int i = n - 1; i >= 0; --i) {
    if (!steps[i].done) first_open = i;
    done += steps[i].done ? 1 : 0;
  }
  const int at = ui.step >= 0 && ui.step < n ? ui.step : first_open;
  const GuideStep& g = steps[at];

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(palette().card_bg));
  const float w = ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().WindowPadding.x;
  const std::string advice = std::string(g.advice) + " (" + g.source + ")";
  const float h = ImGui::GetFrameHeightWithSpacing() * 2 + wrapped_text_height(advice, w) +
                  wrapped_text_height(g.status, w * 0.6f) + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("##guide", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
  record_item_rect("guide");
  ImGui::AlignTextToFramePadding();
  ImGui::Text("Guide, %d of %d done:", done, n);
  for (int i = 0; i < n; ++i) {
    ImGui::SameLine();
    const std::string label =
        std::string(steps[i].done ? kDone : kNotDone) + std::to_string(i + 1) + "##step" + std::to_string(i);
    const bool current = i == at;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(label.c_str())) ui.step = i == first_open ? -1 : i;
    if (current) ImGui::PopStyleColor();
    record_item_rect("guide.step." + std::to_string(i));
    if (steps[i].done) record_item_rect("guide.step." + std::to_string(i) + ".done");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", steps[i].title, steps[i].done ? "done" : "to do");
  }
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Hide").x -
                  ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::SmallButton("Hide")) ui.shown = false;
  record_item_rect("guide.hide");

  ImGui::Text("%s %d. %s", g.done ? kDone : kNotDone, at + 1, g.title);
  record_item_rect("guide.title");
  wrapped_text(advice);
  const std::string go = "Go to " + g.place.tab;
  if (ImGui::Button(go.c_str())) {
    go_to(ui, g.place);
    ui.step = -1;  // follow the plan from here on
  }
  record_item_rect("guide.go");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text,
                        ImGui::ColorConvertU32ToFloat4(g.done ? palette().good : palette().bad));
  wrapped_text(g.status);
  ImGui::PopStyleColor();
  record_item_rect("guide.status");
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// [SECTION] JAIN's checklist ----------------------------------------------------------------

void draw_checklist(GuideUi& ui, const Scenario& s) {
  const std::vector<ChecklistItem> items = jain_checklist(s);
  int met = 0;
  for (const ChecklistItem& i : items) met += i.met ? 1 : 0;
  wrapped_text(
      "JAIN's five traits of reskilling programmes that work, checked on this plan's programmes "
      "beyond the first tier: " +
      std::to_string(met) + " of " + std::to_string(items.size()) + " met.");
  ImGui::Spacing();
  for (size_t k = 0; k < items.size(); ++k) {
    const ChecklistItem& i = items[k];
    ImGui::PushID(static_cast<int>(k));
    ImGui::PushStyleColor(ImGuiCol_Text,
                          ImGui::ColorConvertU32ToFloat4(i.met ? palette().good : palette().bad));
    ImGui::Text("%s %s", i.met ? kDone : kNotDone, i.trait);
    ImGui::PopStyleColor();
    record_item_rect("checklist." + std::to_string(k));
    ImGui::Indent();
    muted(i.found);
    if (!i.change.empty()) {
      wrapped_text(i.change);
      if (ImGui::SmallButton(("Go to " + i.place.tab).c_str())) go_to(ui, i.place);
      record_item_rect("checklist." + std::to_string(k) + ".go");
    }
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

// [SECTION] The guide's target field ----------------------------------------------------------

namespace {
GuideUi* g_guide = nullptr;
}

void set_guide_target(GuideUi* ui) { g_guide = ui; }

void guide_target_drawn(const std::string& id) {
  if (!g_guide || g_guide->target.empty() || id != g_guide->target) return;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float pad = 2.0f;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad),
                                      ImGui::GetColorU32(ImGuiCol_NavHighlight), 3.0f, 0, 2.5f);
  if (g_guide->scroll_frames > 0) {
    ImGui::SetScrollHereY(0.3f);
    ImGui::SetScrollHereX(0.5f);  // a column the segments table scrolled out of view
    --g_guide->scroll_frames;
  }
  record_rect("guide.target", ImVec4(a.x, a.y, b.x - a.x, b.y - a.y));
  record_rect("guide.at." + id, ImVec4(a.x, a.y, b.x - a.x, b.y - a.y));  // which field it is, for tests
}

}  // namespace planner::ui
