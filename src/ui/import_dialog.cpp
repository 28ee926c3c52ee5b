// import_dialog.cpp — map
//   1. the requests: every choice asks for a fresh preview
//   2. the file as read: sheet, kind, the first rows with a field per column
//   3. the choices: group by, replace or merge, respondents only
//   4. the result: the segments that will result, or the importer's problems
#include "ui/import_dialog.h"

#include <algorithm>

#include "imgui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

constexpr const char* kPopup = "Import##import_dialog";

// ---- 1. Requests -----------------------------------------------------------------

// SameLine when the next item (a radio button or checkbox labelled `label`)
// fits the row, else a new row (phones).
void same_line_if_fits(const char* label) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() * 2)
    ImGui::NewLine();
}

void ask(ImportUi& ui, ImportActions& act) {
  ++ui.waiting;
  act.ask_preview(preview_request(ui.choices, act.plan_json()));
}

// ---- 2. The file as read ---------------------------------------------------------

bool draw_sheet_and_kind(ImportUi& ui) {
  bool changed = false;
  const ImportPreviewView& p = ui.preview;
  if (p.sheets.size() > 1) {
    const std::string shown = ui.choices.sheet.empty() ? p.sheets.front() : ui.choices.sheet;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (ImGui::BeginCombo("Sheet", shown.c_str())) {
      for (std::size_t i = 0; i < p.sheets.size(); ++i) {
        const std::string& s = p.sheets[i];
        if (ImGui::Selectable(s.c_str(), s == shown)) {
          ui.choices.sheet = s;
          ui.choices.group_by.clear();  // another sheet, other columns
          ui.choices.mapped.clear();
          changed = true;
        }
        record_item_rect("import.sheet." + std::to_string(i));
      }
      ImGui::EndCombo();
    }
    record_item_rect("import.sheet");
  }
  ImGui::TextUnformatted("The file holds:");
  ImGui::SameLine();
  const struct {
    ImportKind kind;
    const char *label, *id;
  } kinds[] = {{ImportKind::Headcount, "people or groups (headcount)", "import.kind.headcount"},
               {ImportKind::Survey, "skills-survey answers (step 3)", "import.kind.survey"},
               {ImportKind::Actuals, "actuals by month (spend, people, hours)", "import.kind.actuals"}};
  for (const auto& k : kinds) {
    if (k.kind != ImportKind::Headcount) same_line_if_fits(k.label);
    if (ImGui::RadioButton(k.label, ui.choices.kind == k.kind) && ui.choices.kind != k.kind) {
      ui.choices.kind = k.kind;
      changed = true;
    }
    record_item_rect(k.id);
  }
  if (changed) ui.choices.group_by.clear();
  return changed;
}

// The first rows as read, under a combo per column naming what it holds
// (headcount files can be remapped by hand; the survey reads its own columns).
bool draw_rows(ImportUi& ui) {
  bool changed = false;
  const ImportPreviewView& p = ui.preview;
  if (p.header.empty()) return false;
  const bool by_hand = ui.choices.kind == ImportKind::Headcount;  // the others read their own columns
  ImGui::TextWrapped("Header found in row %d. The first rows as read%s:", p.header_row,
                     by_hand ? " (change a column's field to map it by hand)" : "");
  const int cols = static_cast<int>(std::min<std::size_t>(p.header.size(), 64));
  const float rows_h = ImGui::GetFrameHeightWithSpacing() * (2.5f + std::min<std::size_t>(p.rows.size(), 6));
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
  if (!ImGui::BeginTable("##import_rows", cols + 1, flags, ImVec2(0, rows_h))) return false;
  // Headcount and survey files show each column's field; actuals read their own columns.
  const bool field_row = ui.choices.kind != ImportKind::Actuals;
  ImGui::TableSetupScrollFreeze(1, field_row ? 2 : 1);
  ImGui::TableSetupColumn("Row");
  for (int c = 0; c < cols; ++c) ImGui::TableSetupColumn(p.header[static_cast<std::size_t>(c)].c_str());
  if (field_row) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("field");
    const float combo_w = ImGui::GetFontSize() * 8;
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c + 1);
      ImGui::PushID(c);
      const std::string& now = c < static_cast<int>(p.recognised.size())
                                   ? p.recognised[static_cast<std::size_t>(c)]
                                   : p.fields.front();
      const char* shown = now.empty() ? "(not used)" : now.c_str();
      if (!by_hand) {
        ImGui::TextUnformatted(shown);
      } else {
        ImGui::SetNextItemWidth(combo_w);
        if (ImGui::BeginCombo("##field", shown)) {
          for (std::size_t f = 0; f < p.fields.size(); ++f) {
            if (ImGui::Selectable(p.fields[f].c_str(), p.fields[f] == now)) {
              map_by_hand(ui.choices, p.fields[f], p.header[static_cast<std::size_t>(c)]);
              changed = true;
            }
            record_item_rect("import.field." + std::to_string(f));
          }
          ImGui::EndCombo();
        }
        record_item_rect("import.map." + std::to_string(c));
      }
      ImGui::PopID();
    }
  }
  ImGui::TableHeadersRow();
  for (const std::vector<std::string>& r : p.rows) {  // the row's number, then its cells
    ImGui::TableNextRow();
    for (int c = 0; c <= cols && c < static_cast<int>(r.size()); ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TextUnformatted(r[static_cast<std::size_t>(c)].c_str());
    }
  }
  ImGui::EndTable();
  return changed;
}

// ---- 3. The choices --------------------------------------------------------------

bool draw_choices(ImportUi& ui) {
  bool changed = false;
  const ImportPreviewView& p = ui.preview;
  if (ui.choices.kind == ImportKind::Actuals) {  // months replace the plan's months; nothing to choose
    hint(
        "Each month in the file replaces that month of the plan's actuals; the as-of month becomes the later "
        "of the plan's and the file's last month. Nothing else in the plan changes.");
    return false;
  }
  const bool survey = ui.choices.kind == ImportKind::Survey;
  if (!p.header.empty()) {
    ImGui::TextUnformatted(survey ? "Segment from:" : "Group into segments by:");
    if (ui.choices.group_by.empty() && p.group_by.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("(none ticked: Segment, else Department, else Job title)");
    }
    for (std::size_t c = 0; c < p.header.size() && c < 64; ++c) {
      const std::string& name = p.header[c];
      const std::vector<std::string>& now = ui.choices.group_by.empty() ? p.group_by : ui.choices.group_by;
      bool on = std::find(now.begin(), now.end(), name) != now.end();
      same_line_if_fits(name.c_str());
      ImGui::PushID(static_cast<int>(c));
      if (ImGui::Checkbox(name.c_str(), &on)) {
        std::vector<std::string> next = now;
        if (on)
          next.push_back(name);
        else
          next.erase(std::remove(next.begin(), next.end(), name), next.end());
        ui.choices.group_by = next;
        changed = true;
      }
      record_item_rect("import.group." + std::to_string(c));
      ImGui::PopID();
    }
  }
  if (survey) {
    changed |= ImGui::Checkbox("Count only the respondents (no scaling to each segment's headcount)",
                               &ui.choices.respondents_only);
    record_item_rect("import.respondents_only");
  } else {
    if (ImGui::RadioButton("Replace the plan's segments", !ui.choices.merge)) {
      changed |= ui.choices.merge;
      ui.choices.merge = false;
    }
    same_line_if_fits("Merge into them (matching by name)");
    if (ImGui::RadioButton("Merge into them (matching by name)", ui.choices.merge)) {
      changed |= !ui.choices.merge;
      ui.choices.merge = true;
    }
    record_item_rect("import.merge");
  }
  return changed;
}

// ---- 4. The result ---------------------------------------------------------------

void draw_result(const ImportUi& ui) {
  const ImportPreviewView& p = ui.preview;
  if (!p.problems.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    ImGui::TextUnformatted("Nothing can be imported yet; the plan is unchanged:");
    ImGui::PopStyleColor();
    for (const std::string& line : p.problems) wrapped_text(line);
    record_item_rect("import.problems");
    return;
  }
  // The segments that will result, or the survey's response rates, as the tools wrote them.
  ImGui::TextUnformatted(p.result_title.c_str());
  const int cols = static_cast<int>(p.result_columns.size());
  const float h = ImGui::GetFrameHeightWithSpacing() *
                  (1.5f + static_cast<float>(std::min<std::size_t>(p.result_rows.size(), 8)));
  if (cols > 0 && ImGui::BeginTable("##import_result", cols,
                                    ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                                    ImVec2(0, h))) {
    for (const std::string& c : p.result_columns) ImGui::TableSetupColumn(c.c_str());
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (const std::vector<std::string>& r : p.result_rows) {
      ImGui::TableNextRow();
      for (int c = 0; c < cols && c < static_cast<int>(r.size()); ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TextUnformatted(r[static_cast<std::size_t>(c)].c_str());
      }
    }
    ImGui::EndTable();
  }
  record_item_rect("import.segments");
  for (const std::string& n : p.notes) wrapped_text("Note: " + n);
}

}  // namespace

void import_file_loading(ImportUi& ui, const std::string& file_name) {
  ui = ImportUi{};
  ui.file_name = file_name;
  ui.waiting = 1;
  ui.open_pending = true;
}

void import_file_loaded(ImportUi& ui, const std::string& load_reply, ImportActions& act) {
  ui = ImportUi{};
  ui.preview = read_preview_reply(load_reply);
  ui.file_name = ui.preview.name;
  if (ui.preview.kind == "actuals") ui.choices.kind = ImportKind::Actuals;
  ui.open_pending = true;
  if (ui.preview.ok) ask(ui, act);
}

void import_preview_arrived(ImportUi& ui, const std::string& reply) {
  if (ui.waiting > 0) --ui.waiting;
  if (ui.waiting == 0) ui.preview = read_preview_reply(reply);  // older answers are already out of date
}

void draw_import_dialog(ImportUi& ui, ImportActions& act) {
  if (ui.open_pending) {
    ImGui::OpenPopup(kPopup);
    ui.open_pending = false;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.95f, ImGui::GetFontSize() * 56),
                                  std::min(vp->WorkSize.y * 0.92f, ImGui::GetFontSize() * 40)),
                           ImGuiCond_Appearing);
  ui.is_open = ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings);
  if (!ui.is_open) return;
  ImGui::Text("Import %s", ui.file_name.c_str());
  record_item_rect("import.dialog");
  // The buttons stay in view below; the rest scrolls.
  ImGui::BeginChild("##import_body", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f));
  bool changed = draw_sheet_and_kind(ui);
  changed |= draw_rows(ui);
  changed |= draw_choices(ui);
  ImGui::Separator();
  if (ui.waiting > 0)
    ImGui::TextDisabled("Reading the file%s", &"..."[2 - static_cast<int>(ImGui::GetTime() * 3) % 3]);
  else
    draw_result(ui);
  if (changed) ask(ui, act);
  ImGui::EndChild();
  ImGui::Separator();
  const bool can_import = ui.waiting == 0 && ui.preview.ok && !ui.preview.scenario_json.empty();
  ImGui::BeginDisabled(!can_import);
  const char* import_label = ui.choices.kind == ImportKind::Survey    ? "Import the survey"
                             : ui.choices.kind == ImportKind::Actuals ? "Import the actuals"
                                                                      : "Import";
  if (ImGui::Button(import_label)) {
    if (act.apply(ui.preview.scenario_json, ui.preview.summary)) ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  record_item_rect("import.import");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  record_item_rect("import.cancel");
  ImGui::EndPopup();
}

}  // namespace planner::ui
