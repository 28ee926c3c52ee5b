// announce.h — what a screen reader should hear, as plain text the UI fills
// each frame and a host mirrors into the page (shell/web/a11y.cpp keeps an
// off-screen ARIA live region). ImGui-free: the sentences are tested here.
#pragma once

#include <string>
#include <vector>

namespace planner::ui {

struct Announcement {
  std::vector<std::string> figures;  // one sentence per headline card
  std::string focus;                 // the widget the keyboard is on: "Headcount: 120"
};

// "Incremental cost: $1.07M (cash $1.07M, economic $1.4M)". The texts are the
// card's, already formatted from the figures table: never re-formatted here.
std::string figure_sentence(const std::string& label, const std::string& value, const std::string& detail);
// "Headcount: 120"; just the label when there is no value (a button, a tab).
std::string focus_sentence(const std::string& label, const std::string& value);
// "Headcount" from an ImGui label such as "Headcount##seg3" or "##headcount" (-> "").
std::string visible_label(const char* imgui_label);

// The announcement the UI is writing this frame; hosts read it after the frame.
Announcement& current_announcement();

}  // namespace planner::ui
