#include "ui/fonts.h"

#include <cstring>

#include "imgui.h"

namespace planner::embedded {
struct File {
  const char* name;
  const unsigned char* data;
  unsigned long size;
};
extern const File fonts[];
}  // namespace planner::embedded

namespace planner::ui {
namespace {

Fonts g_fonts;

const embedded::File* find_font(const char* name) {
  for (const embedded::File* f = embedded::fonts; f->name; ++f)
    if (std::strcmp(f->name, name) == 0) return f;
  return nullptr;
}

// Latin, Latin-1 (currencies like £ and accented names), general punctuation
// (dashes, ellipsis, thin spaces), currency signs (€), arrows and the few math
// signs the labels use (≥, −, ×).
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190,
                                0x21FF, 0x2212, 0x2212, 0x2264, 0x2265, 0x25A0, 0x25CF, 0};

ImFont* add(const char* file, float px) {
  ImGuiIO& io = ImGui::GetIO();
  const embedded::File* f = find_font(file);
  if (!f) return io.Fonts->AddFontDefault();  // a build defect; keep the app usable
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the binary's read-only data
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(f->data), static_cast<int>(f->size), px,
                                        &cfg, kGlyphRanges);
}

}  // namespace

Fonts load_fonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.regular = add("Inter-Regular.otf", kBodyFontPx * scale);
  fonts.semibold = add("Inter-SemiBold.otf", kBodyFontPx * scale);
  fonts.headline = add("Inter-SemiBold.otf", kHeadlineFontPx * scale);
  io.FontDefault = fonts.regular;
  io.Fonts->Build();
  return fonts;
}

const Fonts& current_fonts() { return g_fonts; }
void use_fonts(const Fonts& fonts) { g_fonts = fonts; }

}  // namespace planner::ui
