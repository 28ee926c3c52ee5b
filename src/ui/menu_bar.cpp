// menu_bar.cpp — map
//   1. File: open/save JSON, CSV exports, printable report, copy link
//   2. Edit: undo/redo; View: theme, summary view; Presets with descriptions
//   3. the toolbar on the right of the bar: case switch, undo, redo, copy link
//   4. the error banner
// Every item whose host service is missing is hidden (HostServices may be empty).
#include <algorithm>
#include <string>

#include "core/names.h"
#include "io/exports.h"
#include "ui/app_state.h"
#include "ui/help_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

const char* ctrl_name() { return ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd" : "Ctrl"; }

void copy_link(AppState& st, App& app, bool summary) {
  std::string fragment = app.link_fragment();
  if (summary) fragment += "&view=summary";
  st.host.copy_text(st.host.link_for(fragment));
  st.link_copied_at = ImGui::GetTime();
}

// ---- 1. File ------------------------------------------------------------------

void file_menu(AppState& st, App& app) {
  const bool ok = st.doc.valid();
  const std::string key_open = std::string(ctrl_name()) + "+O", key_save = std::string(ctrl_name()) + "+S";
  if (st.host.request_open_file && ImGui::MenuItem("Open scenario (JSON)...", key_open.c_str()))
    st.request_open_file(false);
  if (st.host.save_file) {
    const io::ExportFormat* json = io::find_export_format("json");
    if (ImGui::MenuItem("Save scenario (JSON)", key_save.c_str()))
      st.host.save_file(st.doc.file_stem() + json->file_suffix, json->mime,
                        json->write(st.doc.scenario(), st.doc.view_case(), st.doc.result()));
    ImGui::Separator();
    // The CSV formats of the export registry (io/exports.h), as planner-cli export writes them.
    if (ImGui::BeginMenu("Export CSV", ok)) {
      for (const io::ExportFormat* f = io::export_formats_begin(); f != io::export_formats_end(); ++f)
        if (f->menu == io::ExportMenu::Csv && ImGui::MenuItem(f->label))
          st.host.save_file(st.doc.file_stem() + f->file_suffix, f->mime,
                            f->write(st.doc.scenario(), st.doc.view_case(), st.doc.result()));
      ImGui::EndMenu();
    }
  }
  const io::ExportFormat* report = io::find_export_format("html");
  if (st.host.open_report && ImGui::MenuItem(report->label, nullptr, false, ok))
    st.host.open_report(report->write(st.doc.scenario(), st.doc.view_case(), st.doc.result()));
  if (st.host.print) {
    if (ImGui::MenuItem("Print (the summary, A4)...", nullptr, false, ok)) st.host.print();
    record_item_rect("menu.file.print");
  }
  if (st.host.link_for && st.host.copy_text) {
    ImGui::Separator();
    if (ImGui::MenuItem("Copy link to this plan")) copy_link(st, app, false);
    if (ImGui::MenuItem("Copy link for a reader (opens the summary)")) copy_link(st, app, true);
  }
}

// ---- 2. Edit, View, Presets -------------------------------------------------------

void edit_menu(AppState& st) {
  const std::string undo = std::string(ctrl_name()) + "+Z", redo = std::string(ctrl_name()) + "+Shift+Z";
  if (ImGui::MenuItem("Undo", undo.c_str(), false, st.doc.can_undo())) st.doc.undo();
  if (ImGui::MenuItem("Redo", redo.c_str(), false, st.doc.can_redo())) st.doc.redo();
}

void view_menu(AppState& st, App& app) {
  if (ImGui::MenuItem("Light theme (projectors)", nullptr, !st.dark)) app.set_theme_dark(false);
  if (ImGui::MenuItem("Dark theme", nullptr, st.dark)) app.set_theme_dark(true);
  ImGui::Separator();
  ImGui::MenuItem("Summary view (results only)", nullptr, &st.summary_view);
  ImGui::MenuItem("Economic view leads (ROI with time at cost)", nullptr, &st.results_ui.economic_leads);
  record_item_rect("menu.view.economic_leads");
}

// The first sentence of a description, at most ~110 characters, for the menu
// line; the whole text shows as the item's tooltip.
std::string first_sentence(const std::string& text) {
  size_t end = text.find(". ");
  if (end == std::string::npos) end = text.size();
  if (end > 110) {
    end = text.rfind(' ', 110);
    return text.substr(0, end == std::string::npos ? 110 : end) + "\xE2\x80\xA6";
  }
  return text.substr(0, end);
}

void presets_menu(AppState& st, App& app) {
  if (st.presets.empty()) ImGui::TextDisabled("No presets in this build");
  const float wrap = ImGui::GetFontSize() * 30;
  for (const io::PresetInfo& p : st.presets) {
    ImGui::PushID(p.name.c_str());
    const std::string label = p.title.empty() ? p.name : p.title;
    if (ImGui::MenuItem(label.c_str(), nullptr, st.doc.preset_name() == p.name)) app.open_preset(p.name);
    record_item_rect("preset." + p.name);
    if (!p.description.empty() && ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(wrap);
      ImGui::TextUnformatted(p.description.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (!p.description.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::Indent();
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
      ImGui::TextUnformatted(first_sentence(p.description).c_str());
      ImGui::PopTextWrapPos();
      ImGui::Unindent();
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
  }
}

// ---- 3. toolbar ----------------------------------------------------------------------

float toolbar_width(const AppState& st) {
  const ImGuiStyle& s = ImGui::GetStyle();
  auto button = [&](const char* t) {
    return ImGui::CalcTextSize(t).x + 2 * s.FramePadding.x + s.ItemSpacing.x;
  };
  float w = ImGui::CalcTextSize("Case").x + s.ItemSpacing.x + button("Low") + button("Likely") +
            button("High") + button("Undo") + button("Redo") + 2 * s.ItemSpacing.x;
  if (st.host.link_for && st.host.copy_text)
    w += ImGui::CalcTextSize("Copy link:").x + s.ItemSpacing.x + button("to edit") + button("for a reader") +
         ImGui::CalcTextSize("Copied").x + s.ItemSpacing.x;
  return w;
}

void toolbar(AppState& st, App& app) {
  const float w = toolbar_width(st);
  const float x = ImGui::GetWindowContentRegionMax().x - w;
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
  ImGui::TextDisabled("Case");
  item_help("case");
  const Case cases[] = {Case::Low, Case::Likely, Case::High};
  const char* ids[] = {"case.low", "case.likely", "case.high"};
  for (int i = 0; i < 3; ++i) {
    const bool on = st.doc.view_case() == cases[i];
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    if (ImGui::SmallButton(enum_label(cases[i]))) st.doc.set_case(cases[i]);
    if (on) ImGui::PopStyleColor();
    item_help("case");
    record_item_rect(ids[i]);
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(!st.doc.can_undo());
  if (ImGui::SmallButton("Undo")) st.doc.undo();
  record_item_rect("toolbar.undo");
  ImGui::EndDisabled();
  ImGui::BeginDisabled(!st.doc.can_redo());
  if (ImGui::SmallButton("Redo")) st.doc.redo();
  record_item_rect("toolbar.redo");
  ImGui::EndDisabled();
  if (st.host.link_for && st.host.copy_text) {
    ImGui::Spacing();
    // Both choices in sight: who the link is for decides where it opens.
    ImGui::TextDisabled("Copy link:");
    if (ImGui::SmallButton("to edit")) copy_link(st, app, false);
    record_item_rect("toolbar.copy_link");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "Copies a link that opens exactly this plan in the editor (nothing is sent to a server)");
    if (ImGui::SmallButton("for a reader")) copy_link(st, app, true);
    record_item_rect("toolbar.copy_reader_link");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Copies a link that opens this plan's summary as a page to read, print or search");
    if (ImGui::GetTime() - st.link_copied_at < 2.0) ImGui::TextDisabled("Copied");
  }
}

}  // namespace

void draw_menu_bar(AppState& st, App& app) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    file_menu(st, app);
    ImGui::EndMenu();
  }
  record_item_rect("menu.file");
  if (ImGui::BeginMenu("Edit")) {
    edit_menu(st);
    ImGui::EndMenu();
  }
  record_item_rect("menu.edit");
  if (ImGui::BeginMenu("View")) {
    view_menu(st, app);
    ImGui::EndMenu();
  }
  record_item_rect("menu.view");
  if (ImGui::BeginMenu("Presets")) {
    presets_menu(st, app);
    ImGui::EndMenu();
  }
  record_item_rect("menu.presets");
  ImGui::TextDisabled("%s", st.doc.scenario().title.c_str());
  toolbar(st, app);
  ImGui::EndMainMenuBar();
}

// ---- 4. error banner ----------------------------------------------------------------------

namespace {

// A full-width strip with wrapped text and a Dismiss button; clears `text` on dismiss.
void banner(const char* id, std::string& text, ImU32 bg, ImU32 fg) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(bg));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(fg));
  const float em = ImGui::GetFontSize();
  const float wrap_w = ImGui::GetContentRegionAvail().x - 8 * em;
  const float text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap_w).y;
  const float h = std::max(text_h, ImGui::GetFrameHeight()) + ImGui::GetStyle().WindowPadding.y * 2 + 2;
  ImGui::BeginChild(id, ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 5.5f * em);
  ImGui::PopStyleColor();
  if (ImGui::Button("Dismiss", ImVec2(5.5f * em, 0))) text.clear();
  record_item_rect(std::string(id + 2) + ".dismiss");
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace

void draw_error_banner(AppState& st) {
  const Palette& pal = palette();
  banner("##error", st.error, pal.error_bg, pal.error_text);
  banner("##notice", st.notice, pal.card_bg, ImGui::GetColorU32(ImGuiCol_Text));
}

}  // namespace planner::ui
