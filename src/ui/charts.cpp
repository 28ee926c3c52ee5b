// charts.cpp — map
//   1. helpers: text colour on a fill, swatches, the point tooltip
//   2. line_chart, stacked_bars, stacked_area (through the plot API, ui/plot.h)
//   3. legend
//   4. gantt
//   5. overlay_lines and line_legend (two plans on one chart)
#include "ui/charts.h"

#include <algorithm>
#include <cmath>

#include "ui/plot.h"
#include "ui/theme.h"

namespace planner::ui::charts {
namespace {

// ---- 1. helpers -------------------------------------------------------------

// Dark text on light fills, white on dark ones.
ImU32 text_on(ImU32 fill) {
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
  const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
  return luminance > 0.55f ? IM_COL32(20, 22, 26, 255) : IM_COL32_WHITE;
}

double finite_or_zero(double v) { return std::isfinite(v) ? v : 0.0; }

// The month axis (categories) and the value axis of a month chart.
plot::Axis month_axis(int n_points, bool slots, const Axes& axes) {
  plot::Axis x;
  x.scale = slots ? plot::Scale::Slots : plot::Scale::Points;
  x.count = n_points;
  x.label = axes.x_label;
  x.title = axes.x_title;
  return x;
}
plot::Axis value_axis(double lo, double hi, const Axes& axes) {
  plot::Axis y;
  y.lo = lo;
  y.hi = hi;
  y.label = axes.y_label;
  return y;
}

void swatch(ImU32 color) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + h * 0.2f),
                                            ImVec2(at.x + h * 0.6f, at.y + h * 0.8f), color, 2.0f);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine();
}

void point_tooltip(int i, const SeriesView* series, int n_series, const Axes& axes, bool with_total) {
  const Formatter& fmt = axes.y_tooltip ? axes.y_tooltip : axes.y_label;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted((axes.x_tooltip ? axes.x_tooltip : axes.x_label)(i).c_str());
  ImGui::Separator();
  double total = 0;
  for (int s = n_series - 1; s >= 0; --s) {  // top of the stack first, as on screen
    swatch(series[s].color);
    ImGui::Text("%s: %s", series[s].label, fmt(series[s].values[i]).c_str());
    total += series[s].values[i];
  }
  if (with_total && n_series > 1) {
    ImGui::Separator();
    ImGui::Text("Total: %s", fmt(total).c_str());
  }
  ImGui::EndTooltip();
}

// The highest point of positive series stacked on one another.
double tallest_stack(const SeriesView* series, int n_series, int n_points) {
  double hi = 0;
  for (int i = 0; i < n_points; ++i) {
    double sum = 0;
    for (int s = 0; s < n_series; ++s) sum += std::max(0.0, finite_or_zero(series[s].values[i]));
    hi = std::max(hi, sum);
  }
  return hi;
}

// Each series stacked on those before it: layer s runs from base[s] to base[s + 1].
std::vector<std::vector<double>> stack(const SeriesView* series, int n_series, int n_points) {
  std::vector<std::vector<double>> layers(n_series + 1, std::vector<double>(n_points, 0.0));
  for (int s = 0; s < n_series; ++s)
    for (int i = 0; i < n_points; ++i)
      layers[s + 1][i] = layers[s][i] + std::max(0.0, finite_or_zero(series[s].values[i]));
  return layers;
}

}  // namespace

// ---- 2. charts --------------------------------------------------------------

void line_chart(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                const Axes& axes) {
  double lo = 0, hi = 0;
  for (int s = 0; s < n_series; ++s)
    for (int i = 0; i < n_points; ++i) {
      lo = std::min(lo, series[s].values[i]);
      hi = std::max(hi, series[s].values[i]);
    }
  plot::begin_plot(id, size, month_axis(n_points, false, axes), value_axis(lo, hi, axes));
  for (int s = 0; s < n_series; ++s) plot::line(nullptr, series[s].values, n_points, series[s].color);
  const int h = plot::hovered_index();
  if (h >= 0) {
    plot::cursor(h);
    for (int s = 0; s < n_series; ++s)
      plot::marker(h, series[s].values[h], plot::Marker::Circle, series[s].color, 1.25f * plot::line_width());
    point_tooltip(h, series, n_series, axes, false);
  }
  plot::end_plot();
}

void stacked_bars(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes) {
  const double hi = tallest_stack(series, n_series, n_points);
  plot::begin_plot(id, size, month_axis(n_points, true, axes), value_axis(0, hi, axes));
  const int h = plot::hovered_index();
  if (h >= 0) plot::shade(h, palette().grid);
  const std::vector<std::vector<double>> layers = stack(series, n_series, n_points);
  for (int s = 0; s < n_series; ++s)
    plot::bars(layers[s].data(), layers[s + 1].data(), n_points, series[s].color);
  if (h >= 0) point_tooltip(h, series, n_series, axes, true);
  plot::end_plot();
}

void stacked_area(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes) {
  const double hi = tallest_stack(series, n_series, n_points);
  plot::begin_plot(id, size, month_axis(n_points, false, axes), value_axis(0, hi, axes));
  const std::vector<std::vector<double>> layers = stack(series, n_series, n_points);
  for (int s = 0; s < n_series; ++s)
    plot::area_band(layers[s].data(), layers[s + 1].data(), n_points, series[s].color);
  const int h = plot::hovered_index();
  if (h >= 0) {
    plot::cursor(h);
    point_tooltip(h, series, n_series, axes, true);
  }
  plot::end_plot();
}

// ---- 3. legend ----------------------------------------------------------------

int legend_lines(const SeriesView* series, int n_series) {
  // The same walk as legend(), without drawing.
  const float width = ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetTextLineHeight();
  int lines = n_series > 0 ? 1 : 0;
  float x = 0;
  for (int s = 0; s < n_series; ++s) {
    const float w = h * 0.6f + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(series[s].label).x;
    if (s > 0 && x + h + w > width) {
      ++lines;
      x = 0;
    } else if (s > 0) {
      x += h;
    }
    x += w;
  }
  return lines;
}

void legend(const SeriesView* series, int n_series) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetTextLineHeight();
  for (int s = 0; s < n_series; ++s) {
    const float w = h * 0.6f + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(series[s].label).x;
    if (s > 0) {
      ImGui::SameLine(0, h);
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    swatch(series[s].color);
    ImGui::TextUnformatted(series[s].label);
  }
}

// ---- 4. gantt -------------------------------------------------------------------

namespace {
float gantt_row_height() { return ImGui::GetTextLineHeight() * 1.35f; }
}  // namespace

float gantt_height(int rows) { return rows * gantt_row_height() + ImGui::GetTextLineHeight() * 1.6f; }

void gantt(const char* id, float width, const GanttBar* bars, int n_bars, int x_max,
           const Formatter& x_tick_label, int x_tick_step) {
  const Palette& pal = palette();
  const float em = ImGui::GetFontSize();
  plot::Axis x;
  x.lo = 0;
  x.hi = std::max(1, x_max);
  x.step = std::max(1, x_tick_step);
  x.label = x_tick_label;
  x.on_top = true;
  plot::Axis y;
  y.scale = plot::Scale::Slots;
  y.count = n_bars;
  y.label = [bars](double i) { return bars[static_cast<int>(i)].row_label; };
  y.max_label_share = 0.4f;
  plot::begin_plot(id, ImVec2(std::max(width, 10 * em), gantt_height(n_bars)), x, y);
  ImDrawList* dl = plot::draw_list();
  const float row_h = plot::slot_px(false);
  const int hovered = plot::hovered_row();
  for (int i = 0; i < n_bars; ++i) {
    const GanttBar& b = bars[i];
    const float y_mid = plot::y_px(i);
    const ImVec2 a(plot::x_px(b.start), y_mid - row_h * 0.35f),
        c(std::max(plot::x_px(b.end), plot::x_px(b.start) + 2.0f), y_mid + row_h * 0.35f);
    dl->AddRectFilled(a, c, b.color, 2.0f);
    const ImVec2 ts = ImGui::CalcTextSize(b.bar_text.c_str());
    if (!b.bar_text.empty() && ts.x + 0.4f * em < c.x - a.x)
      dl->AddText(ImVec2(a.x + 0.2f * em, y_mid - ts.y * 0.5f), text_on(b.color), b.bar_text.c_str());
  }
  if (hovered >= 0) {
    const float y_mid = plot::y_px(hovered);
    dl->AddRect(ImVec2(plot::area_min().x, y_mid - row_h * 0.5f),
                ImVec2(plot::area_max().x, y_mid + row_h * 0.5f), pal.axis, 2.0f);
    if (!bars[hovered].tooltip.empty()) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(bars[hovered].tooltip.c_str());
      ImGui::EndTooltip();
    }
  }
  plot::end_plot();
}

// ---- 5. overlay ------------------------------------------------------------------

namespace {

void line_swatch(const LineSeries& s) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 line[2] = {ImVec2(at.x, at.y + h * 0.5f), ImVec2(at.x + h * 1.6f, at.y + h * 0.5f)};
  if (s.dashed)
    plot::dashed_polyline(ImGui::GetWindowDrawList(), line, 2, s.color, plot::line_width(), h * 0.35f,
                          h * 0.25f);
  else
    ImGui::GetWindowDrawList()->AddLine(line[0], line[1], s.color, plot::line_width());
  ImGui::Dummy(ImVec2(h * 1.6f, h));
  ImGui::SameLine();
}

}  // namespace

void overlay_lines(const char* id, ImVec2 size, const LineSeries* series, int n_series, int n_points,
                   const Axes& axes) {
  double lo = 0, hi = 0;
  for (int s = 0; s < n_series; ++s)
    for (int i = 0; i < std::min(series[s].count, n_points); ++i) {
      lo = std::min(lo, finite_or_zero(series[s].values[i]));
      hi = std::max(hi, finite_or_zero(series[s].values[i]));
    }
  plot::begin_plot(id, size, month_axis(n_points, false, axes), value_axis(lo, hi, axes));
  for (int s = 0; s < n_series; ++s)
    plot::line(nullptr, series[s].values, std::min(series[s].count, n_points), series[s].color,
               series[s].dashed);
  const int h = plot::hovered_index();
  if (h >= 0) {
    plot::cursor(h);
    const Formatter& fmt = axes.y_tooltip ? axes.y_tooltip : axes.y_label;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted((axes.x_tooltip ? axes.x_tooltip : axes.x_label)(h).c_str());
    ImGui::Separator();
    for (int s = 0; s < n_series; ++s) {
      const bool has = h < series[s].count;
      if (has)
        plot::marker(h, series[s].values[h], plot::Marker::Circle, series[s].color,
                     1.25f * plot::line_width());
      line_swatch(series[s]);
      ImGui::Text("%s: %s", series[s].label, has ? fmt(series[s].values[h]).c_str() : "beyond its horizon");
    }
    ImGui::EndTooltip();
  }
  plot::end_plot();
}

void line_legend(const LineSeries* series, int n_series) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetTextLineHeight();
  for (int s = 0; s < n_series; ++s) {
    const float w = h * 1.6f + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(series[s].label).x;
    if (s > 0) {
      ImGui::SameLine(0, h);
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    line_swatch(series[s]);
    ImGui::TextUnformatted(series[s].label);
  }
}

}  // namespace planner::ui::charts
