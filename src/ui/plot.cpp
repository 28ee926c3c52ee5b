// plot.cpp — map
//   [SECTION] state and helpers
//   [SECTION] ticks
//   [SECTION] begin_plot / end_plot (layout, grid, ticks, labels, titles)
//   [SECTION] coordinates
//   [SECTION] items
//
// Why one frame for every chart: the month charts, the tornado and the
// frontier used to draw their own axes, with different margins, tick rules
// and colours. Here the margins come from the widest tick label, value axes
// get nice ticks and a grid, category axes label as many points as fit.
#include "ui/plot.h"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"  // RenderTextEllipsis: long row names end in "..."
#include "ui/theme.h"

namespace planner::ui::plot {
namespace {

// ---- [SECTION] state and helpers ------------------------------------------------

struct AxisState {
  Axis spec;
  double lo = 0, hi = 1;  // Value: the drawn range (rounded out to ticks)
  std::vector<double> ticks;
};

struct PlotState {
  bool open = false;
  ImVec2 min, max;  // plot area
  AxisState x, y;
  bool hovered = false;
  ImDrawList* dl = nullptr;
  float em = 13;
};
PlotState g;

double finite_or_zero(double v) { return std::isfinite(v) ? v : 0.0; }

std::string tick_text(const Axis& a, double v) { return a.label ? a.label(v) : std::string(); }

// Value axes: the range widened to include zero (when asked) and rounded out
// to nice ticks; or, with a fixed step, exactly the range with a tick every
// step (doubled until ticks are per_tick_px apart).
void fit_value_axis(AxisState& a, float length_px, float per_tick_px) {
  double lo = finite_or_zero(a.spec.lo), hi = finite_or_zero(a.spec.hi);
  if (a.spec.include_zero) lo = std::min(0.0, lo);
  hi = std::max(lo + 1e-9, hi);
  if (hi - lo < 1e-9) hi = lo + 1;
  if (a.spec.step > 0) {
    double step = a.spec.step;
    while (length_px * step / (hi - lo) < per_tick_px && step < hi - lo) step *= 2;
    a.lo = lo;
    a.hi = hi;
    a.ticks.clear();
    for (double t = lo; t <= hi + 1e-9 && a.ticks.size() < 256; t += step) a.ticks.push_back(t);
    return;
  }
  const int target = std::max(2, static_cast<int>(length_px / per_tick_px));
  a.ticks = nice_ticks(lo, hi, target);
  a.lo = a.ticks.front();
  a.hi = a.ticks.back();
}

// Position of i among n categories: evenly spaced vertices, or slot centres.
float category_t(const Axis& a, double i) {
  const int n = std::max(1, a.count);
  if (a.scale == Scale::Slots) return static_cast<float>((i + 0.5) / n);
  return n <= 1 ? 0.5f : static_cast<float>(i / (n - 1));
}

float axis_t(const AxisState& a, double v) {
  if (a.spec.scale == Scale::Value) return static_cast<float>((v - a.lo) / (a.hi - a.lo));
  return category_t(a.spec, v);
}

// ---- [SECTION] begin_plot / end_plot --------------------------------------------------

// Tick labels of a category x axis: every step-th, the step the smallest of
// 1, 2, 3, 6, 12... months that leaves room between labels.
void draw_category_x(const PlotState& p, const Palette& pal) {
  const Axis& a = p.x.spec;
  const int n = a.count;
  float widest = 0;
  for (int i = 0; i < n; i += std::max(1, n / 8))
    widest = std::max(widest, ImGui::CalcTextSize(tick_text(a, i).c_str()).x);
  const float per_point = (p.max.x - p.min.x) / std::max(1, n);
  int step = 1;
  for (int s : {1, 2, 3, 6, 12, 24, 60, 120}) {
    step = s;
    if (per_point * s > widest + p.em) break;
  }
  for (int i = step - 1; i < n; i += step) {
    const float x = x_px(i);
    const std::string s = tick_text(a, i);
    const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
    p.dl->AddLine(ImVec2(x, p.max.y), ImVec2(x, p.max.y + 0.25f * p.em), pal.axis);
    const float left = std::min(x - ts.x * 0.5f, p.max.x + 0.35f * p.em - ts.x);  // last label stays inside
    p.dl->AddText(ImVec2(left, p.max.y + 0.25f * p.em), pal.text_muted, s.c_str());
  }
}

// Value ticks on x: a vertical grid line and a label under (or above) each,
// kept inside the chart.
void draw_value_x(const PlotState& p, const Palette& pal, float chart_left, float chart_top) {
  const bool top = p.x.spec.on_top;
  for (double t : p.x.ticks) {
    const float x = x_px(t);
    p.dl->AddLine(ImVec2(x, p.min.y), ImVec2(x, p.max.y), std::abs(t) < 1e-12 ? pal.axis : pal.grid, 1.0f);
    if (top)
      p.dl->AddLine(ImVec2(x, p.min.y - 0.25f * p.em), ImVec2(x, p.min.y), pal.axis);
    else
      p.dl->AddLine(ImVec2(x, p.max.y), ImVec2(x, p.max.y + 0.25f * p.em), pal.axis);
    const std::string s = tick_text(p.x.spec, t);
    const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
    const float left = std::clamp(x - ts.x * 0.5f, chart_left, p.max.x + 0.35f * p.em - ts.x);
    p.dl->AddText(ImVec2(left, top ? chart_top + 0.2f * p.em : p.max.y + 0.25f * p.em), pal.text_muted,
                  s.c_str());
  }
}

}  // namespace

void begin_plot(const char* id, ImVec2 size, const Axis& x, const Axis& y) {
  IM_ASSERT(!g.open && "plot::begin_plot: plots do not nest");
  PlotState& p = g;
  p = PlotState{};
  p.open = true;
  p.x.spec = x;
  p.y.spec = y;
  p.em = ImGui::GetFontSize();
  p.dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  size.x = std::max(size.x, 8 * p.em);
  size.y = std::max(size.y, 6 * p.em);
  ImGui::InvisibleButton(id, size);
  ImGui::SetItemAllowOverlap();  // items placed over the plot (points to click) win
  p.hovered = ImGui::IsItemHovered();
  const ImVec2 after = ImGui::GetCursorScreenPos();

  // Vertical layout first: y's ticks depend on the plot's height.
  const float line_h = ImGui::GetTextLineHeight();
  const float bottom = x.on_top ? 0.0f : line_h * (x.title ? 2.2f : 1.3f);
  const float top = x.on_top ? 1.6f * line_h : y.scale == Scale::Slots ? 0.0f : 0.6f * p.em;
  p.min.y = origin.y + top;
  p.max.y = origin.y + size.y - bottom;
  if (y.scale == Scale::Value) fit_value_axis(p.y, size.y, 2.6f * p.em);  // a tick per 2.6 em of chart

  // Left margin from the widest y label.
  float label_w = 0;
  if (y.scale == Scale::Value) {
    for (double t : p.y.ticks) label_w = std::max(label_w, ImGui::CalcTextSize(tick_text(y, t).c_str()).x);
  } else {
    for (int i = 0; i < y.count; ++i)
      label_w = std::max(label_w, ImGui::CalcTextSize(tick_text(y, i).c_str()).x);
    if (y.max_label_share > 0) label_w = std::min(label_w, size.x * y.max_label_share);
  }
  p.min.x = origin.x + label_w + 0.6f * p.em;
  p.max.x = origin.x + size.x - 0.4f * p.em;
  if (x.scale == Scale::Value) {
    float widest = 0;
    for (double v : {x.lo, x.hi}) widest = std::max(widest, ImGui::CalcTextSize(tick_text(x, v).c_str()).x);
    fit_value_axis(p.x, p.max.x - p.min.x,
                   x.step > 0 ? widest + p.em : std::max(6 * p.em, widest + 2 * p.em));
  }

  // The frame: y grid and labels, x ticks and labels, the axis lines, titles.
  const Palette& pal = palette();
  if (y.scale == Scale::Value) {
    for (double t : p.y.ticks) {
      const float py = y_px(t);
      p.dl->AddLine(ImVec2(p.min.x, py), ImVec2(p.max.x, py), std::abs(t) < 1e-12 ? pal.axis : pal.grid,
                    1.0f);
      const std::string s = tick_text(y, t);
      const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
      p.dl->AddText(ImVec2(p.min.x - ts.x - 0.3f * p.em, py - ts.y * 0.5f), pal.text_muted, s.c_str());
    }
  } else {
    const float row_h = slot_px(false);
    for (int i = 0; i < y.count; ++i) {
      const float row_top = p.min.y + i * row_h;
      const std::string s = tick_text(y, i);
      const float text_y = row_top + (row_h - p.em) * 0.5f;
      const float right = p.min.x - 0.3f * p.em;
      ImGui::RenderTextEllipsis(p.dl, ImVec2(origin.x, text_y), ImVec2(right, row_top + row_h), right, right,
                                s.c_str(), nullptr, nullptr);
    }
  }
  if (x.scale == Scale::Value)
    draw_value_x(p, pal, origin.x, origin.y);
  else
    draw_category_x(p, pal);
  p.dl->AddLine(ImVec2(p.min.x, p.min.y), ImVec2(p.min.x, p.max.y), pal.axis, 1.0f);
  if (y.scale != Scale::Value)
    p.dl->AddLine(ImVec2(p.min.x, p.max.y), ImVec2(p.max.x, p.max.y), pal.axis, 1.0f);
  if (x.title) {
    const ImVec2 ts = ImGui::CalcTextSize(x.title);
    p.dl->AddText(ImVec2((p.min.x + p.max.x - ts.x) * 0.5f, p.max.y + 0.25f * p.em + line_h), pal.text_muted,
                  x.title);
  }
  ImGui::SetCursorScreenPos(after);
}

void end_plot() {
  IM_ASSERT(g.open && "plot::end_plot without begin_plot");
  g.open = false;
}

// ---- [SECTION] coordinates -------------------------------------------------------------

float x_px(double x) { return g.min.x + axis_t(g.x, finite_or_zero(x)) * (g.max.x - g.min.x); }

float y_px(double y) {
  if (g.y.spec.scale == Scale::Slots)  // rows top to bottom
    return g.min.y + category_t(g.y.spec, y) * (g.max.y - g.min.y);
  return g.max.y - axis_t(g.y, finite_or_zero(y)) * (g.max.y - g.min.y);
}

float slot_px(bool x_axis) {
  const Axis& a = x_axis ? g.x.spec : g.y.spec;
  const float len = x_axis ? g.max.x - g.min.x : g.max.y - g.min.y;
  return len / std::max(1, a.count);
}

ImVec2 area_min() { return g.min; }
ImVec2 area_max() { return g.max; }
ImDrawList* draw_list() { return g.dl; }
bool hovered() { return g.hovered; }
float line_width() { return 2.0f * std::max(1.0f, ImGui::GetFontSize() / 8.0f); }

int hovered_index() {
  const Axis& a = g.x.spec;
  if (!g.hovered || a.scale == Scale::Value || a.count <= 0) return -1;
  const float mx = ImGui::GetIO().MousePos.x;
  if (mx < g.min.x - g.em || mx > g.max.x + g.em) return -1;
  const float t = (mx - g.min.x) / std::max(1.0f, g.max.x - g.min.x);
  const int n = a.count;
  const int i = a.scale == Scale::Slots ? static_cast<int>(std::floor(t * n))
                                        : static_cast<int>(std::lround(t * (n - 1)));
  return std::clamp(i, 0, n - 1);
}

int hovered_row() {
  const Axis& a = g.y.spec;
  if (!g.hovered || a.scale != Scale::Slots || a.count <= 0) return -1;
  const float my = ImGui::GetIO().MousePos.y;
  if (my < g.min.y || my >= g.max.y) return -1;
  return std::clamp(static_cast<int>((my - g.min.y) / slot_px(false)), 0, a.count - 1);
}

// ---- [SECTION] items -----------------------------------------------------------------------

void line(const double* xs, const double* ys, int n, ImU32 color, bool dashed) {
  if (n < 2) return;
  std::vector<ImVec2> pts(n);
  for (int i = 0; i < n; ++i) pts[i] = to_px(xs ? xs[i] : i, ys[i]);
  if (dashed)
    dashed_polyline(g.dl, pts.data(), n, color, line_width(), 0.7f * g.em, 0.45f * g.em);
  else
    g.dl->AddPolyline(pts.data(), n, color, ImDrawFlags_None, line_width());
}

void bars(const double* from, const double* to, int n, ImU32 color, float share) {
  const float half = std::max(0.5f, slot_px(true) * share * 0.5f);
  for (int i = 0; i < n; ++i) {
    const double a = from ? from[i] : 0.0, b = to[i];
    if (!(std::abs(b - a) > 0)) continue;
    const float x = x_px(i);
    g.dl->AddRectFilled(ImVec2(x - half, std::min(y_px(a), y_px(b))),
                        ImVec2(x + half, std::max(y_px(a), y_px(b))), color);
  }
}

void hbars(const double* from, const double* to, int n, ImU32 color, float share) {
  const float half = slot_px(false) * share * 0.5f;
  for (int i = 0; i < n; ++i) {
    const float y = y_px(i);
    const float a = x_px(from[i]), b = x_px(to[i]);
    g.dl->AddRectFilled(ImVec2(std::min(a, b), y - half), ImVec2(std::max(a, b), y + half), color);
  }
}

void area_band(const double* lower, const double* upper, int n, ImU32 color) {
  // Anti-aliased fills leave hairline seams between neighbouring quads.
  const ImDrawListFlags saved_flags = g.dl->Flags;
  g.dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (int i = 0; i + 1 < n; ++i) {
    const float x0 = x_px(i), x1 = x_px(i + 1);
    // A trapezoid with vertical sides is convex; one quad per step keeps it so.
    const ImVec2 quad[4] = {ImVec2(x0, y_px(lower[i])), ImVec2(x0, y_px(upper[i])),
                            ImVec2(x1, y_px(upper[i + 1])), ImVec2(x1, y_px(lower[i + 1]))};
    g.dl->AddConvexPolyFilled(quad, 4, color);
  }
  g.dl->Flags = saved_flags;
}

void scatter(const double* xs, const double* ys, int n, ImU32 color, float radius) {
  for (int i = 0; i < n; ++i) g.dl->AddCircleFilled(to_px(xs ? xs[i] : i, ys[i]), radius, color);
}

void marker(double x, double y, Marker m, ImU32 color, float r) {
  const ImVec2 c = to_px(x, y);
  switch (m) {
    case Marker::Circle:
      g.dl->AddCircleFilled(c, r, color);
      break;
    case Marker::Ring:
      g.dl->AddCircle(c, r, color, 0, 2.0f);
      break;
    case Marker::Diamond:
      g.dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                          ImVec2(c.x - r, c.y), color);
      break;
  }
}

void rule(double x, ImU32 color) {
  const float px = x_px(x);
  g.dl->AddLine(ImVec2(px, g.min.y), ImVec2(px, g.max.y), color, 1.0f);
}

void cursor(int index) { rule(index, palette().axis); }

void shade(int index, ImU32 color) {
  const float x = x_px(index), half = slot_px(true) * 0.5f;
  g.dl->AddRectFilled(ImVec2(x - half, g.min.y), ImVec2(x + half, g.max.y), color);
}

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

}  // namespace planner::ui::plot
