// plot.h — the one small plot API every chart draws through (ImPlot's shape:
// begin_plot, items, end_plot), over plain arrays, with ImDrawList.
//
// begin_plot reserves the chart in the current window, lays out the plot
// area from its axes' tick labels, and draws the frame: grid lines, ticks,
// tick labels and axis titles. Items (line, bars, hbars, area_band, scatter,
// marker, rule) then draw inside it in data coordinates; end_plot closes it.
// No chart draws an axis, a tick or a grid line of its own.
//
//   Axis          one axis: a value range with "nice" ticks, or categories
//                 (points evenly spaced, or slots such as bars and rows)
//   begin_plot    reserve, lay out, draw the frame; end_plot
//   coordinates   to_px, x_px, y_px, area, draw_list, hovered, hovered_index
//   items         line, bars, hbars, area_band, scatter, marker, rule, cursor, shade
//   nice_ticks    1, 2, 2.5, 5 x 10^k steps
//
// Plots do not nest. Between begin_plot and end_plot the window's cursor is
// free: a chart may place its own items (e.g. invisible buttons on points)
// over the plot; they take hover and clicks before the plot does.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "imgui.h"

namespace planner::ui::plot {

using Formatter = std::function<std::string(double)>;

enum class Scale {
  Value,   // continuous: ticks at nice values, the range rounded out to them
  Points,  // `count` categories at evenly spaced vertices (lines, areas over months)
  Slots,   // `count` categories, each a slot (bars; the rows of a horizontal chart)
};

struct Axis {
  Scale scale = Scale::Value;
  double lo = 0, hi = 1;        // Value: the data's range (ticks round it outward)
  bool include_zero = true;     // Value: the range reaches 0 (money and people charts do)
  int count = 0;                // Points / Slots: how many categories
  Formatter label;              // tick text for a value, or for category i (0-based)
  const char* title = nullptr;  // under the x axis, e.g. "month of the plan"
  // Slots on y (row names): at most this share of the chart's width, longer
  // names cut with "..." (0: as wide as the widest name).
  float max_label_share = 0;
  // Value: ticks every `step` (doubled until the labels fit) over exactly
  // [lo, hi], instead of nice ticks rounding the range out (weeks: 4).
  double step = 0;
  // x only: ticks and labels above the plot, where they stay readable however
  // many rows follow (the schedule).
  bool on_top = false;
};

// Reserves `size` (an invisible button, so the chart takes part in layout and
// hovering) and draws the frame. Always pair with end_plot.
void begin_plot(const char* id, ImVec2 size, const Axis& x, const Axis& y);
void end_plot();

// ---- coordinates (inside a plot) ------------------------------------------------
// Value axes map values; category axes map index i (Points: vertex i; Slots:
// the centre of slot i; rows of a y Slots axis run top to bottom).
float x_px(double x);
float y_px(double y);
inline ImVec2 to_px(double x, double y) { return ImVec2(x_px(x), y_px(y)); }
float slot_px(bool x_axis);  // the width (x) or height (y) of one slot in pixels
ImVec2 area_min();           // the plot area, inside the axes
ImVec2 area_max();
ImDrawList* draw_list();
bool hovered();       // the mouse is over the chart (and nothing on top of it)
int hovered_index();  // the x category under the mouse, or -1 (Points / Slots x)
int hovered_row();    // the y category under the mouse, or -1 (Slots y)
float line_width();   // the stroke of lines at the current font size

// ---- items -------------------------------------------------------------------------
// `xs` null: x is the index (category axes).
void line(const double* xs, const double* ys, int n, ImU32 color, bool dashed = false);
// Vertical bars at x categories from `from[i]` to `to[i]` (null `from`: 0),
// `share` of the slot wide.
void bars(const double* from, const double* to, int n, ImU32 color, float share = 0.72f);
// Horizontal bars on y rows from `from[i]` to `to[i]` (values on x).
void hbars(const double* from, const double* to, int n, ImU32 color, float share = 0.6f);
// The band between `lower` and `upper` over x points (one stacked area layer).
void area_band(const double* lower, const double* upper, int n, ImU32 color);
void scatter(const double* xs, const double* ys, int n, ImU32 color, float radius);
enum class Marker { Circle, Diamond, Ring };
void marker(double x, double y, Marker m, ImU32 color, float radius);
void rule(double x, ImU32 color);    // a vertical line across the plot at value x
void cursor(int index);              // the hover line at x category `index`
void shade(int index, ImU32 color);  // the whole slot of x category `index`

// ---- helpers -----------------------------------------------------------------------
// "Nice" tick values (1, 2, 2.5, 5 x 10^k steps) covering [lo, hi].
std::vector<double> nice_ticks(double lo, double hi, int target_count);
// A polyline drawn as dashes that run on across vertices.
void dashed_polyline(ImDrawList* dl, const ImVec2* pts, int n, ImU32 color, float thickness, float dash,
                     float gap);

}  // namespace planner::ui::plot
