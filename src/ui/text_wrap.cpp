#include "ui/text_wrap.h"

namespace planner::ui {
namespace {

// Wraps one paragraph (no '\n') into `out`.
void wrap_paragraph(std::string_view para, float max_width, const MeasureText& measure,
                    std::vector<std::string>& out) {
  std::string line;
  size_t at = 0;
  while (at <= para.size()) {
    size_t end = para.find(' ', at);
    if (end == std::string_view::npos) end = para.size();
    const std::string_view word = para.substr(at, end - at);
    if (!word.empty()) {
      if (line.empty()) {
        line = word;
      } else {
        const std::string longer = line + " " + std::string(word);
        if (measure(longer) <= max_width) {
          line = longer;
        } else {
          out.push_back(line);
          line = word;
        }
      }
    }
    at = end + 1;
  }
  out.push_back(line);  // an empty paragraph is an empty line
}

}  // namespace

std::vector<std::string> wrap_lines(std::string_view text, float max_width, const MeasureText& measure) {
  std::vector<std::string> lines;
  size_t at = 0;
  while (true) {
    const size_t end = text.find('\n', at);
    wrap_paragraph(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at),
                   max_width, measure, lines);
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return lines;
}

}  // namespace planner::ui
