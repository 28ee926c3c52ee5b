// text_wrap.h — line breaking that never splits a figure.
//
// ImGui 1.86's word wrap also breaks after ',' and '.', so "$455,429" can end
// one line with "$455," and start the next with "429". Here lines break only
// at spaces: a word (a figure, "12.5%", "1,234.5") is never cut. A word wider
// than the line gets a line of its own (the caller may shrink its font).
// ImGui-free (the text width comes from a function), so tests pin it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planner::ui {

// Width of a run of text, in the caller's units (pixels).
using MeasureText = std::function<float(std::string_view)>;

// Splits `text` into lines no wider than `max_width` where words allow,
// breaking only at spaces (a '\n' always breaks). Spaces at a break are
// dropped; the words themselves are never cut.
std::vector<std::string> wrap_lines(std::string_view text, float max_width, const MeasureText& measure);

}  // namespace planner::ui
