// theme.h — light (default: it is shown on projectors) and dark styles, plus
// the chart palette that goes with each.
#pragma once

#include "imgui.h"

namespace planner::ui {

// Replaces the current style with a fresh one for this theme, scaled once by
// `scale`. Never rescales an already scaled style (sizes would drift).
void apply_theme(bool dark, float scale);

struct Palette {
  ImU32 series[8];  // colour-blind safe (Okabe-Ito order, yellow last)
  ImU32 cost;       // cumulative cost line
  ImU32 benefit;    // cumulative benefit line
  ImU32 net_positive, net_negative;
  ImU32 grid, axis, text_muted;
  ImU32 card_bg, card_border;
  ImU32 error_bg, error_text;
  ImU32 good, bad;
};
const Palette& palette();  // for the theme last applied
bool theme_is_dark();      // the theme last applied

}  // namespace planner::ui
