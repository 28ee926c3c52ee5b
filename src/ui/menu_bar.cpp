// menu_bar.cpp — map
//   1. File: open/save JSON, CSV exports, printable report, copy link
//   2. Edit: undo/redo; View: theme, summary view; Presets with descriptions; Help: the keyboard map
//   3. the toolbar on the right of the bar: case switch, undo, redo, copy link;
//      what does not fit the width moves into an overflow menu ("…")
//   4. the error banner
// Every item whose host service is missing is hidden (HostServices may be empty).
#include <algorithm>
#include <string>

#include "core/names.h"
#include "io/exports.h"
#include "io/scenario_json.h"
#include "ui/app_state.h"
#include "ui/help_text.h"
#include "ui/import_request.h"
#include "ui/long_link.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

const char* ctrl_name() { return ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd" : "Ctrl"; }

void copy_link(AppState& st, App& app, bool summary) {
  std::string fragment = app.link_fragment();
  if (summary) fragment += "&view=summary";
  const std::string link = st.host.link_for(fragment);
  st.host.copy_text(link);
  st.link_copied_at = ImGui::GetTime();
  note_copied_link(st, link);  // too long for mail and chat: say so, offer the file or the text
}

// ---- 1. File ------------------------------------------------------------------

void file_menu(AppState& st, App& app) {
  const bool ok = st.doc.valid();
  const std::string key_open = std::string(ctrl_name()) + "+O", key_save = std::string(ctrl_name()) + "+S";
  if (st.host.request_open_file && ImGui::MenuItem("Open scenario (JSON)...", key_open.c_str()))
    st.request_open_file(false);
  // Issue 13: an HR export or a skills survey, previewed in ui/import_dialog.h.
  if (st.host.request_import_file) {
    if (ImGui::MenuItem("Import people, a skills survey or actuals (CSV, XLSX)..."))
      st.host.request_import_file();
    record_item_rect("menu.file.import");
  }
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
    // The workbook, where the host has a workbook writer (io/exports.h: the
    // desktop app; the web page loads one on demand in a later round).
    if (io::workbook_available()) {
      const io::ExportFormat* wb = io::find_export_format("xlsx");
      if (ImGui::MenuItem("Export workbook (.xlsx)", nullptr, false, ok)) {
        const std::string bytes = wb->write(st.doc.scenario(), st.doc.view_case(), st.doc.result());
        if (!bytes.empty())
          st.host.save_file(st.doc.file_stem() + wb->file_suffix, wb->mime, bytes);
        else
          st.error =
              "The workbook could not be written (no room for a temporary file?). Your plan is unchanged.";
      }
      record_item_rect("menu.file.export_workbook");
    } else if (st.host.tools) {  // the web page: the tools module writes it and the page downloads it
      if (ImGui::MenuItem("Export workbook (.xlsx)", nullptr, false, ok))
        st.host.tools(
            "workbook",
            workbook_request(io::scenario_to_json(st.doc.scenario(), false), enum_id(st.doc.view_case()),
                             st.doc.file_stem() + io::find_export_format("xlsx")->file_suffix));
      record_item_rect("menu.file.export_workbook");
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
  if (st.host.copy_text && ImGui::MenuItem("Copy summary as text", nullptr, false, ok)) copy_summary_text(st);
  record_item_rect("menu.file.copy_summary");
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
      wrapped_text(p.description, wrap);
      ImGui::EndTooltip();
    }
    if (!p.description.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::Indent();
      wrapped_text(first_sentence(p.description), wrap);
      ImGui::Unindent();
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
  }
}

// What is modelled and what is not, in plain words (Help > About the numbers).
constexpr const char* kAboutTheNumbers =
    "Modelled: each programme's cost in its own unit (per seat-month, learner, week, engagement); learner "
    "and manager time at the loaded hourly rate; who learns which tier (cumulative goals, people already "
    "there skip it); a schedule that respects groups at once, managers, coaches, waves, stagger and a "
    "spend cap; completion, then application scaled by readiness; the saving of the highest tier each "
    "person applies on their AI-addressable hours, after a ramp-up and a productivity dip, fading with "
    "skill decay unless reinforced; attribution x confidence on every benefit; NPV at the discount rate.\n\n"
    "Not modelled: quality and accuracy (work outside AI's frontier can get worse [Dell'Acqua et al.]), "
    "revenue, hiring and leaving, tool licences not entered as a programme, anything after the horizon. "
    "Low / likely / high take every range at one end together: corner cases, not percentiles; the "
    "Uncertainty tab samples them.";

void help_menu(AppState& st) {
  if (ImGui::MenuItem("Welcome")) st.guide.welcome = true;
  record_item_rect("menu.help.welcome");
  if (ImGui::MenuItem("Guide: the seven planning steps", nullptr, st.guide.shown))
    st.guide.shown = !st.guide.shown;
  record_item_rect("menu.help.guide");
  const float wrap = ImGui::GetFontSize() * 30;
  if (ImGui::BeginMenu("How the headline figures are computed")) {
    // The headline's own cards and their tooltips: one home for each formula (help_text.cpp).
    for (const HeadlineCard& c :
         headline_cards(st.doc.shown_scenario(), st.doc.result(), true, 0, st.results_ui.economic_leads)) {
      ImGui::TextUnformatted(c.label.c_str());
      ImGui::Indent();
      wrapped_text(help_text(c.help_key), wrap);
      ImGui::Unindent();
      ImGui::Spacing();
    }
    ImGui::EndMenu();
  }
  record_item_rect("menu.help.figures");
  if (ImGui::BeginMenu("About the numbers")) {
    wrapped_text(kAboutTheNumbers, wrap);
    ImGui::EndMenu();
  }
  record_item_rect("menu.help.about");
  ImGui::Separator();
  const bool open = ImGui::BeginMenu("Keyboard");
  record_item_rect("menu.help.keyboard");
  if (!open) return;
  const std::string ctrl = ctrl_name();
  if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (const KeyboardShortcut* k = keyboard_map_begin(); k != keyboard_map_end(); ++k) {
      std::string keys = k->keys;
      for (size_t at = keys.find("Ctrl"); at != std::string::npos; at = keys.find("Ctrl", at + ctrl.size()))
        keys.replace(at, 4, ctrl);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(keys.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(k->action);
    }
    ImGui::EndTable();
  }
  ImGui::EndMenu();
}

// ---- 3. toolbar ----------------------------------------------------------------------

const Case kCases[] = {Case::Low, Case::Likely, Case::High};

// What the toolbar shows on the bar itself; the rest is in the overflow menu.
struct ToolbarFit {
  bool cases = true;    // Case Low / Likely / High
  bool actions = true;  // Undo, Redo, Copy link
  bool overflow() const { return !cases || !actions; }
};

float button_width(const char* t) {
  const ImGuiStyle& s = ImGui::GetStyle();
  return ImGui::CalcTextSize(t).x + 2 * s.FramePadding.x + s.ItemSpacing.x;
}

float cases_width() {
  return ImGui::CalcTextSize("Case").x + ImGui::GetStyle().ItemSpacing.x + button_width("Low") +
         button_width("Likely") + button_width("High");
}

float actions_width(const AppState& st) {
  const ImGuiStyle& s = ImGui::GetStyle();
  float w = button_width("Undo") + button_width("Redo") + 2 * s.ItemSpacing.x;
  if (st.host.link_for && st.host.copy_text)
    w += ImGui::CalcTextSize("Copy link:").x + s.ItemSpacing.x + button_width("to edit") +
         button_width("for a reader") + ImGui::CalcTextSize("Copied").x + s.ItemSpacing.x;
  return w;
}

// The overflow menu's label: "…", with the case in view when the case
// buttons moved into it ("Likely …"); the ID stays the same either way.
std::string overflow_label(const AppState& st, bool with_case) {
  return std::string(with_case ? enum_label(st.doc.view_case()) : "") + (with_case ? " " : "") +
         "\xE2\x80\xA6###toolbar_more";
}

float overflow_width(const AppState& st, bool with_case) {
  const std::string label = overflow_label(st, with_case);
  return button_width(label.substr(0, label.find("###")).c_str());
}

// Everything on the bar when it fits in `room`; else the case buttons and an
// overflow menu; else the overflow menu alone.
ToolbarFit fit_toolbar(const AppState& st, float room) {
  const float overflow =
      overflow_width(st, false) + ImGui::CalcTextSize("Copied").x + 2 * ImGui::GetStyle().ItemSpacing.x;
  if (cases_width() + actions_width(st) <= room) return {true, true};
  if (cases_width() + overflow <= room) return {true, false};
  return {false, false};
}

void overflow_menu(AppState& st, App& app, const ToolbarFit& fit) {
  const bool open = ImGui::BeginMenu(overflow_label(st, !fit.cases).c_str());
  record_item_rect("toolbar.more");
  if (!open) return;
  const char* ids[] = {"toolbar.more.low", "toolbar.more.likely", "toolbar.more.high"};
  if (!fit.cases) {
    for (int i = 0; i < 3; ++i) {
      const std::string label = std::string("Case: ") + enum_label(kCases[i]);
      if (ImGui::MenuItem(label.c_str(), nullptr, st.doc.view_case() == kCases[i]))
        st.doc.set_case(kCases[i]);
      record_item_rect(ids[i]);
    }
    ImGui::Separator();
  }
  if (ImGui::MenuItem("Undo", nullptr, false, st.doc.can_undo())) st.doc.undo();
  if (ImGui::MenuItem("Redo", nullptr, false, st.doc.can_redo())) st.doc.redo();
  if (st.host.link_for && st.host.copy_text) {
    if (ImGui::MenuItem("Copy link to edit")) copy_link(st, app, false);
    record_item_rect("toolbar.more.copy_link");
    if (ImGui::MenuItem("Copy link for a reader")) copy_link(st, app, true);
    record_item_rect("toolbar.more.copy_reader_link");
  }
  ImGui::EndMenu();
}

void case_buttons(AppState& st) {
  ImGui::TextDisabled("Case");
  item_help("case");
  const Case* cases = kCases;
  const char* ids[] = {"case.low", "case.likely", "case.high"};
  for (int i = 0; i < 3; ++i) {
    const bool on = st.doc.view_case() == cases[i];
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    if (ImGui::SmallButton(enum_label(cases[i]))) st.doc.set_case(cases[i]);
    if (on) ImGui::PopStyleColor();
    item_help("case");
    record_item_rect(ids[i]);
  }
}

void action_buttons(AppState& st, App& app) {
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

void toolbar(AppState& st, App& app, const ToolbarFit& fit) {
  const float copied = ImGui::CalcTextSize("Copied").x + ImGui::GetStyle().ItemSpacing.x;
  const float w = (fit.cases ? cases_width() : 0) + (fit.actions ? actions_width(st) : 0) +
                  (fit.overflow() ? overflow_width(st, !fit.cases) + copied : 0);
  const float x = ImGui::GetWindowContentRegionMax().x - w;
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
  if (fit.cases) case_buttons(st);
  if (fit.actions) action_buttons(st, app);
  if (!fit.overflow()) return;
  // The note for a link copied from the overflow menu; its room is kept either way.
  if (ImGui::GetTime() - st.link_copied_at < 2.0)
    ImGui::TextDisabled("Copied");
  else
    ImGui::Dummy(ImVec2(copied - ImGui::GetStyle().ItemSpacing.x, 0));
  overflow_menu(st, app, fit);
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
  if (ImGui::BeginMenu("Help")) {
    help_menu(st);
    ImGui::EndMenu();
  }
  record_item_rect("menu.help");
  // The title only where the whole toolbar still fits beside it.
  const float room = ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX();
  const float title_w =
      ImGui::CalcTextSize(st.doc.scenario().title.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
  const ToolbarFit fit = fit_toolbar(st, room);
  if (!fit.overflow() && title_w + cases_width() + actions_width(st) <= room)
    ImGui::TextDisabled("%s", st.doc.scenario().title.c_str());
  toolbar(st, app, fit);
  ImGui::EndMainMenuBar();
  draw_long_link_note(st);
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
  const float text_h = wrapped_text_height(text, wrap_w);
  const float h = std::max(text_h, ImGui::GetFrameHeight()) + ImGui::GetStyle().WindowPadding.y * 2 + 2;
  ImGui::BeginChild(id, ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
  wrapped_text(text, wrap_w);
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
