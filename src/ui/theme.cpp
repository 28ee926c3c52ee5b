#include "ui/theme.h"

namespace planner::ui {
namespace {

bool g_dark = false;

ImVec4 rgb(int hex, float a = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
ImU32 col(int hex, int alpha = 255) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Light: high contrast on a projector (dark text, white panels, saturated accents).
void light_colors(ImGuiStyle& s) {
  ImGui::StyleColorsLight(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(0x1A1D23);
  c[ImGuiCol_TextDisabled] = rgb(0x6B7280);
  c[ImGuiCol_WindowBg] = rgb(0xF6F7F9);
  c[ImGuiCol_ChildBg] = rgb(0xFFFFFF);
  c[ImGuiCol_PopupBg] = rgb(0xFFFFFF);
  c[ImGuiCol_Border] = rgb(0xD0D5DD);
  c[ImGuiCol_FrameBg] = rgb(0xEEF1F5);
  c[ImGuiCol_FrameBgHovered] = rgb(0xDCE6F5);
  c[ImGuiCol_FrameBgActive] = rgb(0xC9DAF2);
  c[ImGuiCol_MenuBarBg] = rgb(0xE9ECF1);
  c[ImGuiCol_Header] = rgb(0xD6E4F7);
  c[ImGuiCol_HeaderHovered] = rgb(0xC3D7F3);
  c[ImGuiCol_HeaderActive] = rgb(0xA9C6EE);
  c[ImGuiCol_Button] = rgb(0xE3E8EF);
  c[ImGuiCol_ButtonHovered] = rgb(0xC9DAF2);
  c[ImGuiCol_ButtonActive] = rgb(0xA9C6EE);
  c[ImGuiCol_CheckMark] = rgb(0x0B5CAD);
  c[ImGuiCol_SliderGrab] = rgb(0x9DBDE6);  // light enough for the dark value text drawn over it
  c[ImGuiCol_SliderGrabActive] = rgb(0x7FA7DD);
  c[ImGuiCol_Tab] = rgb(0xE3E8EF);
  c[ImGuiCol_TabHovered] = rgb(0xC3D7F3);
  c[ImGuiCol_TabActive] = rgb(0xFFFFFF);
  c[ImGuiCol_TableHeaderBg] = rgb(0xE9ECF1);
  c[ImGuiCol_TableRowBgAlt] = rgb(0xF4F6F9);
  c[ImGuiCol_NavHighlight] = rgb(0x0B5CAD);
}

void dark_colors(ImGuiStyle& s) {
  ImGui::StyleColorsDark(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(0xE6E8EC);
  c[ImGuiCol_TextDisabled] = rgb(0x9AA3B2);
  c[ImGuiCol_WindowBg] = rgb(0x16181D);
  c[ImGuiCol_ChildBg] = rgb(0x1D2027);
  c[ImGuiCol_PopupBg] = rgb(0x22262E);
  c[ImGuiCol_Border] = rgb(0x363B46);
  c[ImGuiCol_FrameBg] = rgb(0x2A2F39);
  c[ImGuiCol_FrameBgHovered] = rgb(0x34405A);
  c[ImGuiCol_FrameBgActive] = rgb(0x3D4E70);
  c[ImGuiCol_MenuBarBg] = rgb(0x20242B);
  c[ImGuiCol_Header] = rgb(0x2F3E5A);
  c[ImGuiCol_HeaderHovered] = rgb(0x3A4D70);
  c[ImGuiCol_HeaderActive] = rgb(0x46608C);
  c[ImGuiCol_Button] = rgb(0x2F3542);
  c[ImGuiCol_ButtonHovered] = rgb(0x3A4D70);
  c[ImGuiCol_ButtonActive] = rgb(0x46608C);
  c[ImGuiCol_TableHeaderBg] = rgb(0x262A33);
  c[ImGuiCol_TableRowBgAlt] = rgb(0x21252C);
  c[ImGuiCol_Tab] = rgb(0x262A33);
  c[ImGuiCol_TabActive] = rgb(0x34405A);
}

Palette make_palette(bool dark) {
  Palette p{};
  const int light_series[8] = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00,
                               0xCC79A7, 0x56B4E9, 0x5F6670, 0xC9B400};
  const int dark_series[8] = {0x56B4E9, 0xE69F00, 0x2BC59A, 0xFF7A33, 0xE08DC0, 0x8FD0F5, 0xB0B6BF, 0xF0E442};
  for (int i = 0; i < 8; ++i) p.series[i] = col(dark ? dark_series[i] : light_series[i]);
  p.cost = col(dark ? 0xFF7A33 : 0xD55E00);
  p.benefit = col(dark ? 0x2BC59A : 0x008060);
  p.net_positive = col(dark ? 0x2BC59A : 0x008060, 60);
  p.net_negative = col(dark ? 0xFF7A33 : 0xD55E00, 50);
  p.grid = col(dark ? 0x2E333D : 0xE3E7ED);
  p.axis = col(dark ? 0x7D8594 : 0x6B7280);
  p.text_muted = col(dark ? 0x9AA3B2 : 0x5B6270);
  p.card_bg = col(dark ? 0x1D2027 : 0xFFFFFF);
  p.card_border = col(dark ? 0x363B46 : 0xD0D5DD);
  p.error_bg = col(dark ? 0x5A1E1E : 0xFDE8E8);
  p.error_text = col(dark ? 0xFFD5D5 : 0x8A1C1C);
  p.good = col(dark ? 0x2BC59A : 0x00704F);
  p.bad = col(dark ? 0xFF8A5C : 0xB3261E);
  return p;
}

Palette g_palette = make_palette(false);

}  // namespace

void apply_theme(bool dark, float scale) {
  g_dark = dark;
  ImGuiStyle fresh;  // from scratch: scaling the live style twice would drift
  if (dark)
    dark_colors(fresh);
  else
    light_colors(fresh);
  fresh.WindowPadding = ImVec2(10, 8);
  fresh.FramePadding = ImVec2(6, 4);
  fresh.ItemSpacing = ImVec2(8, 6);
  fresh.CellPadding = ImVec2(5, 3);
  fresh.FrameRounding = 3;
  fresh.ChildRounding = 4;
  fresh.PopupRounding = 4;
  fresh.TabRounding = 3;
  fresh.WindowRounding = 0;
  fresh.ScrollbarSize = 14;
  fresh.FrameBorderSize = dark ? 0.0f : 1.0f;  // frames need an edge on a white projector image
  fresh.ScaleAllSizes(scale);
  ImGui::GetStyle() = fresh;
  g_palette = make_palette(dark);
}

const Palette& palette() { return g_palette; }
bool theme_is_dark() { return g_dark; }

}  // namespace planner::ui
