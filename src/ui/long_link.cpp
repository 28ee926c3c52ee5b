// long_link.cpp — see long_link.h.
#include "ui/long_link.h"

#include <algorithm>

#include "io/exports.h"
#include "io/format.h"
#include "io/link_codec.h"
#include "io/summary_text.h"
#include "ui/app_state.h"

namespace planner::ui {

namespace {
const char kPopup[] = "Long link";
}

void note_copied_link(AppState& st, const std::string& link) {
  st.long_link_chars = io::share_link_too_long(link) ? link.size() : 0;
  st.long_link_open_pending = st.long_link_chars > 0;
}

std::string long_link_sentence(std::size_t chars, const char* save_key) {
  return "The link is copied, but it is " + io::format_number(static_cast<double>(chars)) +
         " characters long: some mail and chat tools (Outlook, Teams) cut links over " +
         io::format_number(static_cast<double>(io::kMaxShareLinkChars)) +
         " characters, and a cut link does not open. To share this plan safely, save the file (" + save_key +
         ") and send it, or copy the summary as text.";
}

void copy_summary_text(AppState& st) {
  if (st.host.copy_text)
    st.host.copy_text(io::summary_text(st.doc.scenario(), st.doc.view_case(), st.doc.result()));
}

void draw_long_link_note(AppState& st) {
  if (st.long_link_open_pending) {
    ImGui::OpenPopup(kPopup);
    st.long_link_open_pending = false;
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, ImGui::GetFontSize() * 32), 0),
                           ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const char* save_key = ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd+S" : "Ctrl+S";
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(long_link_sentence(st.long_link_chars, save_key).c_str());
  ImGui::PopTextWrapPos();
  record_item_rect("long_link.text");
  ImGui::Spacing();
  const io::ExportFormat* json = io::find_export_format("json");
  if (st.host.save_file) {
    const std::string label = std::string("Save the file (") + save_key + ")";
    if (ImGui::Button(label.c_str())) {
      st.host.save_file(st.doc.file_stem() + json->file_suffix, json->mime,
                        json->write(st.doc.scenario(), st.doc.view_case(), st.doc.result()));
      ImGui::CloseCurrentPopup();
    }
    record_item_rect("long_link.save");
    ImGui::SameLine();
  }
  if (ImGui::Button("Copy the summary as text")) {
    copy_summary_text(st);
    ImGui::CloseCurrentPopup();
  }
  record_item_rect("long_link.copy_summary");
  ImGui::SameLine();
  if (ImGui::Button("Keep the link")) ImGui::CloseCurrentPopup();
  record_item_rect("long_link.close");
  ImGui::EndPopup();
}

}  // namespace planner::ui
