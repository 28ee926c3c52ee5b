// charts.cpp — map
//   1. ticks and the plot frame (margins sized from the tick labels)
//   2. x axis labels and the hover cursor shared by the month charts
//   3. line_chart, stacked_bars, stacked_area
//   4. legend
//   5. gantt
//   6. overlay_lines and line_legend (two plans on one chart)
#include "ui/charts.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"

namespace planner::ui::charts {
namespace {

// ---- 1. ticks and frame -------------------------------------------------

struct Plot {
  ImVec2 min, max;  // plot area (inside the axes)
  double y_lo = 0, y_hi = 1;
  std::vector<double> ticks;
  bool hovered = false;
  ImDrawList* dl = nullptr;
  float em = 13;

  float y_px(double v) const {
    const double t = (v - y_lo) / (y_hi - y_lo);
    return static_cast<float>(max.y - t * (max.y - min.y));
  }
};

// Dark text on light fills, white on dark ones.
ImU32 text_on(ImU32 fill) {
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
  const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
  return luminance > 0.55f ? IM_COL32(20, 22, 26, 255) : IM_COL32_WHITE;
}

float stroke() { return std::max(1.0f, ImGui::GetFontSize() / 8.0f); }

double finite_or_zero(double v) { return std::isfinite(v) ? v : 0.0; }

// Reserves the chart, fits the y range to [lo, hi] and draws the y grid with labels.
Plot begin_plot(const char* id, ImVec2 size, double lo, double hi, const Axes& axes) {
  Plot p;
  p.em = ImGui::GetFontSize();
  p.dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  size.x = std::max(size.x, 8 * p.em);
  size.y = std::max(size.y, 6 * p.em);
  ImGui::InvisibleButton(id, size);
  p.hovered = ImGui::IsItemHovered();

  lo = std::min(0.0, finite_or_zero(lo));
  hi = std::max(lo + 1e-9, finite_or_zero(hi));
  if (hi - lo < 1e-9) hi = lo + 1;
  const int target = std::max(2, static_cast<int>(size.y / (2.6f * p.em)));
  p.ticks = nice_ticks(lo, hi, target);
  p.y_lo = p.ticks.front();
  p.y_hi = p.ticks.back();

  float label_w = 0;
  for (double t : p.ticks) label_w = std::max(label_w, ImGui::CalcTextSize(axes.y_label(t).c_str()).x);
  const float bottom = ImGui::GetTextLineHeight() * (axes.x_title ? 2.2f : 1.3f);
  p.min = ImVec2(origin.x + label_w + 0.6f * p.em, origin.y + 0.6f * p.em);
  p.max = ImVec2(origin.x + size.x - 0.4f * p.em, origin.y + size.y - bottom);

  const Palette& pal = palette();
  for (double t : p.ticks) {
    const float y = p.y_px(t);
    p.dl->AddLine(ImVec2(p.min.x, y), ImVec2(p.max.x, y), std::abs(t) < 1e-12 ? pal.axis : pal.grid, 1.0f);
    const std::string s = axes.y_label(t);
    const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
    p.dl->AddText(ImVec2(p.min.x - ts.x - 0.3f * p.em, y - ts.y * 0.5f), pal.text_muted, s.c_str());
  }
  p.dl->AddLine(ImVec2(p.min.x, p.min.y), ImVec2(p.min.x, p.max.y), pal.axis, 1.0f);
  return p;
}

// ---- 2. x labels and hover ------------------------------------------------

// x centre of point i when n points share the width as slots (bars) or as
// evenly spaced vertices (lines, areas).
float x_slot(const Plot& p, int i, int n) {
  return p.min.x + (i + 0.5f) * (p.max.x - p.min.x) / std::max(1, n);
}
float x_vertex(const Plot& p, int i, int n) {
  return n <= 1 ? (p.min.x + p.max.x) * 0.5f : p.min.x + i * (p.max.x - p.min.x) / (n - 1);
}

void x_axis(const Plot& p, int n, bool slots, const Axes& axes) {
  const Palette& pal = palette();
  float widest = 0;
  for (int i = 0; i < n; i += std::max(1, n / 8))
    widest = std::max(widest, ImGui::CalcTextSize(axes.x_label(i).c_str()).x);
  const float per_point = (p.max.x - p.min.x) / std::max(1, n);
  int step = 1;
  for (int s : {1, 2, 3, 6, 12, 24, 60, 120}) {
    step = s;
    if (per_point * s > widest + p.em) break;
  }
  for (int i = step - 1; i < n; i += step) {
    const float x = slots ? x_slot(p, i, n) : x_vertex(p, i, n);
    const std::string s = axes.x_label(i);
    const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
    p.dl->AddLine(ImVec2(x, p.max.y), ImVec2(x, p.max.y + 0.25f * p.em), pal.axis);
    const float left = std::min(x - ts.x * 0.5f, p.max.x + 0.35f * p.em - ts.x);  // last label stays inside
    p.dl->AddText(ImVec2(left, p.max.y + 0.25f * p.em), pal.text_muted, s.c_str());
  }
  if (axes.x_title) {
    const ImVec2 ts = ImGui::CalcTextSize(axes.x_title);
    p.dl->AddText(
        ImVec2((p.min.x + p.max.x - ts.x) * 0.5f, p.max.y + 0.25f * p.em + ImGui::GetTextLineHeight()),
        pal.text_muted, axes.x_title);
  }
}

// The point under the mouse, or -1.
int hovered_point(const Plot& p, int n, bool slots) {
  if (!p.hovered || n <= 0) return -1;
  const float mx = ImGui::GetIO().MousePos.x;
  if (mx < p.min.x - p.em || mx > p.max.x + p.em) return -1;
  const float t = (mx - p.min.x) / std::max(1.0f, p.max.x - p.min.x);
  const int i = slots ? static_cast<int>(std::floor(t * n)) : static_cast<int>(std::lround(t * (n - 1)));
  return std::clamp(i, 0, n - 1);
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

void hover_cursor(const Plot& p, float x) {
  p.dl->AddLine(ImVec2(x, p.min.y), ImVec2(x, p.max.y), palette().axis, 1.0f);
}

}  // namespace

std::vector<double> nice_ticks(double lo, double hi, int target_count) {
  lo = finite_or_zero(lo);
  hi = finite_or_zero(hi);
  if (hi <= lo) hi = lo + 1;
  target_count = std::max(2, target_count);
  const double raw = (hi - lo) / target_count;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag * 10;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * mag) {
      step = m * mag;
      break;
    }
  std::vector<double> ticks;
  const double first = std::floor(lo / step + 1e-9) * step;
  for (double t = first; t < hi + step * 0.999 && ticks.size() < 64; t += step)
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  if (ticks.size() < 2) ticks.push_back(ticks.back() + step);
  return ticks;
}

// ---- 3. charts --------------------------------------------------------------

void line_chart(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                const Axes& axes) {
  double lo = 0, hi = 0;
  for (int s = 0; s < n_series; ++s)
    for (int i = 0; i < n_points; ++i) {
      lo = std::min(lo, series[s].values[i]);
      hi = std::max(hi, series[s].values[i]);
    }
  Plot p = begin_plot(id, size, lo, hi, axes);
  x_axis(p, n_points, false, axes);
  std::vector<ImVec2> pts(n_points);
  for (int s = 0; s < n_series; ++s) {
    for (int i = 0; i < n_points; ++i)
      pts[i] = ImVec2(x_vertex(p, i, n_points), p.y_px(finite_or_zero(series[s].values[i])));
    if (n_points > 1)
      p.dl->AddPolyline(pts.data(), n_points, series[s].color, ImDrawFlags_None, 2.0f * stroke());
  }
  const int h = hovered_point(p, n_points, false);
  if (h >= 0) {
    const float x = x_vertex(p, h, n_points);
    hover_cursor(p, x);
    for (int s = 0; s < n_series; ++s)
      p.dl->AddCircleFilled(ImVec2(x, p.y_px(finite_or_zero(series[s].values[h]))), 2.5f * stroke(),
                            series[s].color);
    point_tooltip(h, series, n_series, axes, false);
  }
}

// The highest point of positive series stacked on one another.
static double tallest_stack(const SeriesView* series, int n_series, int n_points) {
  double hi = 0;
  for (int i = 0; i < n_points; ++i) {
    double sum = 0;
    for (int s = 0; s < n_series; ++s) sum += std::max(0.0, finite_or_zero(series[s].values[i]));
    hi = std::max(hi, sum);
  }
  return hi;
}

void stacked_bars(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes) {
  const double hi = tallest_stack(series, n_series, n_points);
  Plot p = begin_plot(id, size, 0, hi, axes);
  x_axis(p, n_points, true, axes);
  const float slot = (p.max.x - p.min.x) / std::max(1, n_points);
  const float half = std::max(0.5f, slot * 0.36f);
  const int h = hovered_point(p, n_points, true);
  if (h >= 0) {
    const float x = x_slot(p, h, n_points);
    p.dl->AddRectFilled(ImVec2(x - slot * 0.5f, p.min.y), ImVec2(x + slot * 0.5f, p.max.y), palette().grid);
  }
  for (int i = 0; i < n_points; ++i) {
    const float x = x_slot(p, i, n_points);
    double base = 0;
    for (int s = 0; s < n_series; ++s) {
      const double v = std::max(0.0, finite_or_zero(series[s].values[i]));
      if (v <= 0) continue;
      p.dl->AddRectFilled(ImVec2(x - half, p.y_px(base + v)), ImVec2(x + half, p.y_px(base)),
                          series[s].color);
      base += v;
    }
  }
  if (h >= 0) point_tooltip(h, series, n_series, axes, true);
}

void stacked_area(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes) {
  std::vector<double> base(n_points, 0.0), top(n_points, 0.0);
  const double hi = tallest_stack(series, n_series, n_points);
  Plot p = begin_plot(id, size, 0, hi, axes);
  x_axis(p, n_points, false, axes);
  // Anti-aliased fills leave hairline seams between neighbouring quads.
  const ImDrawListFlags saved_flags = p.dl->Flags;
  p.dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (int s = 0; s < n_series; ++s) {
    for (int i = 0; i < n_points; ++i) top[i] = base[i] + std::max(0.0, finite_or_zero(series[s].values[i]));
    for (int i = 0; i + 1 < n_points; ++i) {
      const float x0 = x_vertex(p, i, n_points), x1 = x_vertex(p, i + 1, n_points);
      // A trapezoid with vertical sides is convex; one quad per step keeps it so.
      const ImVec2 quad[4] = {ImVec2(x0, p.y_px(base[i])), ImVec2(x0, p.y_px(top[i])),
                              ImVec2(x1, p.y_px(top[i + 1])), ImVec2(x1, p.y_px(base[i + 1]))};
      p.dl->AddConvexPolyFilled(quad, 4, series[s].color);
    }
    base = top;
  }
  p.dl->Flags = saved_flags;
  const int h = hovered_point(p, n_points, false);
  if (h >= 0) {
    hover_cursor(p, x_vertex(p, h, n_points));
    point_tooltip(h, series, n_series, axes, true);
  }
}

// ---- 4. legend ----------------------------------------------------------------

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

// ---- 5. gantt -------------------------------------------------------------------

namespace {
float gantt_row_height() { return ImGui::GetTextLineHeight() * 1.35f; }
}  // namespace

float gantt_height(int rows) { return rows * gantt_row_height() + ImGui::GetTextLineHeight() * 1.6f; }

void gantt(const char* id, float width, const GanttBar* bars, int n_bars, int x_max,
           const Formatter& x_tick_label, int x_tick_step) {
  const Palette& pal = palette();
  const float em = ImGui::GetFontSize();
  const float row_h = gantt_row_height();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float height = gantt_height(n_bars);
  ImGui::InvisibleButton(id, ImVec2(std::max(width, 10 * em), height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();

  float label_w = 0;
  for (int i = 0; i < n_bars; ++i)
    label_w = std::max(label_w, ImGui::CalcTextSize(bars[i].row_label.c_str()).x);
  label_w = std::min(label_w + 0.6f * em, width * 0.4f);
  const float x0 = origin.x + label_w, x1 = origin.x + width - 0.4f * em;
  // Tick labels sit above the rows, where they stay readable however many rows follow.
  const float axis_h = ImGui::GetTextLineHeight() * 1.6f;
  const float top = origin.y + axis_h, bottom = top + n_bars * row_h;
  x_max = std::max(1, x_max);
  auto x_px = [&](double w) { return static_cast<float>(x0 + (x1 - x0) * w / x_max); };

  x_tick_step = std::max(1, x_tick_step);
  float widest = ImGui::CalcTextSize(x_tick_label(x_max).c_str()).x + em;
  while ((x1 - x0) * x_tick_step / x_max < widest) x_tick_step *= 2;
  for (int t = 0; t <= x_max; t += x_tick_step) {
    const float x = x_px(t);
    dl->AddLine(ImVec2(x, top - 0.2f * em), ImVec2(x, bottom), pal.grid);
    const std::string s = x_tick_label(t);
    const float tw = ImGui::CalcTextSize(s.c_str()).x;
    dl->AddText(ImVec2(std::max(x0, std::min(x - tw * 0.5f, x1 - tw)), origin.y + 0.2f * em), pal.text_muted,
                s.c_str());
  }
  const float mouse_y = ImGui::GetIO().MousePos.y;
  const float mouse_x = ImGui::GetIO().MousePos.x;
  for (int i = 0; i < n_bars; ++i) {
    const GanttBar& b = bars[i];
    const float y = top + i * row_h;
    const ImVec2 clip_min(origin.x, y), clip_max(x0 - 0.3f * em, y + row_h);
    dl->PushClipRect(clip_min, clip_max, true);
    dl->AddText(ImVec2(origin.x, y + (row_h - ImGui::GetTextLineHeight()) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), b.row_label.c_str());
    dl->PopClipRect();
    const ImVec2 a(x_px(b.start), y + row_h * 0.15f),
        c(std::max(x_px(b.end), x_px(b.start) + 2.0f), y + row_h * 0.85f);
    dl->AddRectFilled(a, c, b.color, 2.0f);
    const ImVec2 ts = ImGui::CalcTextSize(b.bar_text.c_str());
    if (!b.bar_text.empty() && ts.x + 0.4f * em < c.x - a.x)
      dl->AddText(ImVec2(a.x + 0.2f * em, y + (row_h - ts.y) * 0.5f), text_on(b.color), b.bar_text.c_str());
    if (hovered && mouse_y >= y && mouse_y < y + row_h) {
      dl->AddRect(ImVec2(origin.x, y), ImVec2(x1, y + row_h), pal.axis, 2.0f);
      if (!b.tooltip.empty() && mouse_x >= origin.x) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(b.tooltip.c_str());
        ImGui::EndTooltip();
      }
    }
  }
}

// ---- 6. overlay ------------------------------------------------------------------

namespace {

// A polyline drawn as dashes: the pattern runs on across vertices, so short
// segments (one month) still read as a dashed line.
void dashed_polyline(ImDrawList* dl, const ImVec2* pts, int n, ImU32 color, float thickness, float dash,
                     float gap) {
  float phase = 0;  // distance into the current dash + gap period
  for (int i = 0; i + 1 < n; ++i) {
    const ImVec2 a = pts[i], b = pts[i + 1];
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    float at = 0;
    while (at < len) {
      const bool on = phase < dash;
      const float step = std::min(len - at, on ? dash - phase : dash + gap - phase);
      if (on) {
        const float t0 = at / len, t1 = (at + step) / len;
        dl->AddLine(ImVec2(a.x + dx * t0, a.y + dy * t0), ImVec2(a.x + dx * t1, a.y + dy * t1), color,
                    thickness);
      }
      at += step;
      phase += step;
      if (phase >= dash + gap) phase = 0;
    }
  }
}

void line_swatch(const LineSeries& s) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 line[2] = {ImVec2(at.x, at.y + h * 0.5f), ImVec2(at.x + h * 1.6f, at.y + h * 0.5f)};
  if (s.dashed)
    dashed_polyline(ImGui::GetWindowDrawList(), line, 2, s.color, 2.0f * stroke(), h * 0.35f, h * 0.25f);
  else
    ImGui::GetWindowDrawList()->AddLine(line[0], line[1], s.color, 2.0f * stroke());
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
  Plot p = begin_plot(id, size, lo, hi, axes);
  x_axis(p, n_points, false, axes);
  std::vector<ImVec2> pts(std::max(0, n_points));
  for (int s = 0; s < n_series; ++s) {
    const int n = std::min(series[s].count, n_points);
    for (int i = 0; i < n; ++i)
      pts[i] = ImVec2(x_vertex(p, i, n_points), p.y_px(finite_or_zero(series[s].values[i])));
    if (n < 2) continue;
    if (series[s].dashed)
      dashed_polyline(p.dl, pts.data(), n, series[s].color, 2.0f * stroke(), 0.7f * p.em, 0.45f * p.em);
    else
      p.dl->AddPolyline(pts.data(), n, series[s].color, ImDrawFlags_None, 2.0f * stroke());
  }
  const int h = hovered_point(p, n_points, false);
  if (h < 0) return;
  const float x = x_vertex(p, h, n_points);
  hover_cursor(p, x);
  const Formatter& fmt = axes.y_tooltip ? axes.y_tooltip : axes.y_label;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted((axes.x_tooltip ? axes.x_tooltip : axes.x_label)(h).c_str());
  ImGui::Separator();
  for (int s = 0; s < n_series; ++s) {
    const bool has = h < series[s].count;
    if (has)
      p.dl->AddCircleFilled(ImVec2(x, p.y_px(finite_or_zero(series[s].values[h]))), 2.5f * stroke(),
                            series[s].color);
    line_swatch(series[s]);
    ImGui::Text("%s: %s", series[s].label, has ? fmt(series[s].values[h]).c_str() : "beyond its horizon");
  }
  ImGui::EndTooltip();
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
