#include "ui/announce.h"

#include <cstring>

namespace planner::ui {

std::string figure_sentence(const std::string& label, const std::string& value, const std::string& detail) {
  std::string s = label + ": " + value;
  if (!detail.empty()) s += " (" + detail + ")";
  return s;
}

std::string focus_sentence(const std::string& label, const std::string& value) {
  if (value.empty()) return label;
  if (label.empty()) return value;
  return label + ": " + value;
}

std::string visible_label(const char* imgui_label) {
  if (!imgui_label) return "";
  const char* hidden = std::strstr(imgui_label, "##");
  return hidden ? std::string(imgui_label, static_cast<size_t>(hidden - imgui_label))
                : std::string(imgui_label);
}

Announcement& current_announcement() {
  static Announcement a;
  return a;
}

}  // namespace planner::ui
