// widgets.h — the input widgets every panel uses: numbers you can drag or
// type (double-click, Ctrl+click or Enter), each with its tooltip from
// help_text.cpp, plus a two-column form layout and the item-rectangle
// recorder that end-to-end tests use to click real widgets.
//
// Every editor returns true when it changed the value this frame.
#pragma once

#include <map>
#include <string>

#include "core/scenario.h"
#include "imgui.h"

namespace planner::ui {

// Tooltip for the last item when hovered (meaning, unit, source).
void item_help(const char* help_key);

bool edit_int(const char* label, int* v, int min, int max, const char* help_key, float speed = 0.2f,
              const char* format = "%d");
bool edit_double(const char* label, double* v, double min, double max, const char* help_key, float speed,
                 const char* format);
// Stored as a fraction, shown and typed as a percentage.
bool edit_percent(const char* label, double* fraction, const char* help_key, double max_fraction = 1.0);
bool edit_money(const char* label, double* v, const std::string& symbol, const char* help_key,
                const char* suffix = "");
bool edit_text(const char* label, std::string* s, const char* help_key);
bool edit_bool(const char* label, bool* v, const char* help_key);

// Low / likely / high on one line. `kind` decides how the values read. With a
// `rect_id`, the three fields' rectangles are recorded as rect_id + ".low",
// ".likely" and ".high" (see record_item_rect).
enum class RangeKind { Money, Percent, Hours, Weeks, Months };
bool edit_range(const char* label, Range* r, RangeKind kind, const std::string& currency_symbol,
                const char* help_key, const std::string& rect_id = "");

// A two-column form: a label (with tooltip) on the left, the editor on the
// right filling the width. Call form_row before each editor.
bool form_begin(const char* id);
void form_row(const char* label, const char* help_key);
void form_end();

// Section heading in the semibold font.
void heading(const char* text);
// A muted explanatory line that wraps to the available width.
void hint(const char* text);
// Text wrapped between words only (ui/text_wrap.h: "$455,429" never splits),
// at `wrap_width` pixels, or the available width when 0. Use it for every
// wrapped text instead of ImGui::TextWrapped / PushTextWrapPos.
void wrapped_text(const std::string& text, float wrap_width = 0.0f);
// The height wrapped_text(text, wrap_width) takes.
float wrapped_text_height(const std::string& text, float wrap_width);
// printf-style, then as wrapped_text.
void wrapped_textf(const char* format, ...) IM_FMTARGS(1);

// Touch input (shell/web/touch.cpp) tells a drag on a number field from a
// swipe: true when the last frame's mouse hovered a field that drags.
bool drag_field_hovered();
// True when the last frame had a number field open for typing (the
// on-screen keyboard then shows its number pad).
bool number_field_typing();

// Item rectangles for tests, in framebuffer pixels: "segments.0.headcount" ->
// {x, y, w, h}. The app owns the map; widgets write into the current one.
struct RectMap {
  std::map<std::string, ImVec4> rects;
};
void set_rect_map(RectMap* map);
void record_item_rect(const std::string& id);
void record_rect(const std::string& id, ImVec4 rect);  // x, y, w, h

}  // namespace planner::ui
