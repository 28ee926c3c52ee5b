// uncertainty_tornado.cpp — "What moves the result most": each uncertain
// input swung from its low to its high value with the others at likely. The
// tornado is computed (update_tornado) before the tab draws; the chart is then
// horizontal bars over plain arrays through the plot API.
#include <algorithm>

#include "imgui.h"
#include "ui/number_text.h"
#include "ui/plot.h"
#include "ui/theme.h"
#include "ui/uncertainty_sections.h"
#include "ui/widgets.h"

namespace planner::ui::uncertainty {

namespace {
constexpr size_t kMaxRows = 10;
}  // namespace

void update_tornado(UncertaintyUi& ui, const Scenario& s, unsigned long revision) {
  if (ui.tornado_revision == revision && ui.tornado_output == ui.chosen_output) return;
  const auto out = static_cast<mc::Output>(ui.chosen_output);
  ui.tornado = mc::tornado(s, out);  // 1 + 2 x inputs evaluations: a few ms
  ui.tornado_revision = revision;
  ui.tornado_output = ui.chosen_output;
  UncertaintyUi::TornadoRows& r = ui.tornado_rows;
  r = UncertaintyUi::TornadoRows{};
  r.likely = ui.tornado.base;
  const size_t rows = std::min(ui.tornado.bars.size(), kMaxRows);
  for (size_t i = 0; i < rows; ++i) {
    const mc::TornadoBar& b = ui.tornado.bars[i];
    r.names.push_back(b.input.name);
    r.base.push_back(ui.tornado.base);
    r.at_low.push_back(b.output_at_low);
    r.at_high.push_back(b.output_at_high);
    r.tooltips.push_back(b.input.name + "\ninput " + text::number(b.input_low, 2) + " .. " +
                         text::number(b.input_high, 2) + "\n" + mc::output_label(out) + ": " +
                         value_text(s, out, b.output_at_low) + " at low, " +
                         value_text(s, out, b.output_at_high) + " at high");
  }
}

void tornado_section(UncertaintyUi& ui, const Scenario& s) {
  heading("What moves the result most");
  output_combo("Tornado of", "##tornado_of", &ui.chosen_output);
  const UncertaintyUi::TornadoRows& r = ui.tornado_rows;
  if (r.names.empty()) {
    hint("No input has a range (low equals high everywhere).");
    return;
  }
  const auto out = static_cast<mc::Output>(ui.tornado_output);
  const int rows = static_cast<int>(r.names.size());
  double lo = r.likely, hi = r.likely;
  for (int i = 0; i < rows; ++i) {
    lo = std::min({lo, r.at_low[i], r.at_high[i]});
    hi = std::max({hi, r.at_low[i], r.at_high[i]});
  }
  plot::Axis x;
  x.lo = lo;
  x.hi = hi;
  x.include_zero = false;
  x.label = [&](double v) { return value_compact(s, out, v); };
  plot::Axis y;
  y.scale = plot::Scale::Slots;
  y.count = rows;
  y.label = [&](double i) {
    return r.names[static_cast<size_t>(i)];
  };  // cut with "..." (the tooltip has it whole)
  y.max_label_share = 0.42f;
  const float height = rows * ImGui::GetFrameHeight() + 1.3f * ImGui::GetTextLineHeight();
  plot::begin_plot("##tornado", ImVec2(ImGui::GetContentRegionAvail().x, height), x, y);
  const Palette& pal = palette();
  const int hovered = plot::hovered_row();
  if (hovered >= 0) {
    const float half = plot::slot_px(false) * 0.5f, yc = plot::y_px(hovered);
    plot::draw_list()->AddRectFilled(ImVec2(plot::area_min().x, yc - half),
                                     ImVec2(plot::area_max().x, yc + half), pal.grid);
  }
  // The low-input half (blue) and the high-input half (orange), meeting at the likely value.
  plot::hbars(r.base.data(), r.at_low.data(), rows, pal.series[0]);
  plot::hbars(r.base.data(), r.at_high.data(), rows, pal.series[1]);
  plot::rule(r.likely, pal.axis);
  if (hovered >= 0) ImGui::SetTooltip("%s", r.tooltips[static_cast<size_t>(hovered)].c_str());
  plot::end_plot();
  ImGui::TextDisabled("likely %s; blue = input at low, orange = input at high; hover a bar for values",
                      value_compact(s, out, r.likely).c_str());
  record_item_rect("uncertainty.tornado_end");
}

}  // namespace planner::ui::uncertainty
