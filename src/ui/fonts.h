// fonts.h — Inter (OpenType, cut to the UI's characters and compiled into the
// binary: cmake/fonts.cmake) at the pixel scale.
#pragma once

#include <vector>

struct ImFont;

namespace planner::ui {

struct Fonts {
  ImFont* regular = nullptr;   // body text and inputs
  ImFont* semibold = nullptr;  // headings, table headers
  ImFont* headline = nullptr;  // the large figures of the headline strip
};

// Base sizes in pixels at scale 1 (96 dpi).
constexpr float kBodyFontPx = 16.0f;
constexpr float kHeadlineFontPx = 24.0f;

// Clears the current ImGui context's font atlas and rebuilds it with every
// font at size x scale. The host must re-upload the atlas texture afterwards.
Fonts load_fonts(float scale);
// The fonts the drawing code uses; the App sets its own at the start of each
// frame (a process may hold several ImGui contexts, e.g. in tests).
const Fonts& current_fonts();
void use_fonts(const Fonts& fonts);

// The font files compiled into the binary (name, bytes), for the size test.
struct FontFile {
  const char* name;
  unsigned long bytes;
};
std::vector<FontFile> embedded_font_files();

}  // namespace planner::ui
