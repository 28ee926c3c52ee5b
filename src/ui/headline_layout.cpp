#include "ui/headline_layout.h"

#include <algorithm>

namespace planner::ui {

int headline_columns(float width, float em, int cards) {
  if (cards <= 1) return 1;
  for (int columns = cards; columns > 1; --columns) {
    if (cards % columns != 0) continue;  // no row left half empty
    const float card_w =
        (width - kCardGapEm * em * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    if (card_w >= kMinCardEm * em) return columns;
  }
  return 1;
}

CardText layout_card_text(const std::string& label, const std::string& value, const std::string& detail,
                          float inner_width, const CardFonts& fonts) {
  CardText t;
  t.label_lines = wrap_lines(label, inner_width, fonts.label);
  t.value = value;
  const float w = fonts.value(value);
  if (w > inner_width && w > 0) t.value_scale = inner_width / w;
  t.detail_lines = wrap_lines(detail, inner_width, fonts.detail);
  return t;
}

float card_height(const CardText& text, float label_line, float value_line, float detail_line, float em) {
  return 0.3f * em + label_line * static_cast<float>(text.label_lines.size()) + value_line + 0.15f * em +
         detail_line * static_cast<float>(text.detail_lines.size()) + 0.45f * em;
}

}  // namespace planner::ui
