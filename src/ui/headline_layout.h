// headline_layout.h — where the headline cards go and how their text breaks,
// without ImGui (text widths come from functions), so tests pin the rules:
//   - columns: the most of 6 / 3 / 2 / 1 (divisors of the card count, so rows
//     are full) that leaves each card at least kMinCardEm wide;
//   - a label and a detail wrap between words (text_wrap.h), never inside one;
//   - a figure stays on one line: when it is wider than the card it is drawn
//     smaller (value_scale), never cut.
#pragma once

#include <string>
#include <vector>

#include "ui/text_wrap.h"

namespace planner::ui {

constexpr float kMinCardEm = 10.5f;    // narrowest card, in body-font ems
constexpr float kCardGapEm = 0.5f;     // between cards
constexpr float kCardPadEm = 0.5f;     // inside a card, left and right
constexpr float kDetailScale = 0.85f;  // the detail line's size, of the body font

// How many cards share a row when `width` (pixels) holds `cards` cards.
int headline_columns(float width, float em, int cards);

// One card's text, broken into lines for a card `inner_width` wide (inside its padding).
struct CardText {
  std::vector<std::string> label_lines;
  std::string value;
  float value_scale = 1.0f;  // < 1 when the figure had to shrink to fit
  std::vector<std::string> detail_lines;
};

// The widths of text in the three fonts of a card, at their full size.
struct CardFonts {
  MeasureText label;   // body font
  MeasureText value;   // headline font
  MeasureText detail;  // body font at kDetailScale
};

CardText layout_card_text(const std::string& label, const std::string& value, const std::string& detail,
                          float inner_width, const CardFonts& fonts);

// Height of a card holding `text`, given line heights in pixels.
float card_height(const CardText& text, float label_line, float value_line, float detail_line, float em);

}  // namespace planner::ui
