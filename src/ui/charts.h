// charts.h — small chart functions over plain arrays, drawn through the one
// plot API (ui/plot.h: begin_plot, items, end_plot).
//
// Each chart reserves `size` in the current window, lets the plot frame draw
// the axes with formatted ticks, and shows a tooltip with every series' value
// under the mouse. Charts know nothing of the planning model: the results
// view turns a Result into arrays.
//
//   line_chart     several series over the same x points (cumulative cost vs benefit)
//   stacked_bars   one bar per x point, series stacked (cost by model, by tier)
//   stacked_area   bands stacked over x (people at each tier over time)
//   gantt          one horizontal bar per row over a week axis (the schedule)
//   legend         coloured swatches and labels, wrapping to the width
//   overlay_lines  lines of two plans on one chart, each its own length, some dashed
//   line_legend    a short solid or dashed stroke and a label per series
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/plot.h"

namespace planner::ui::charts {

using Formatter = std::function<std::string(double)>;

// One series: `values` has the chart's point count.
struct SeriesView {
  const char* label;
  const double* values;
  ImU32 color;
};

struct Axes {
  Formatter x_label;              // label of x point i (0-based), e.g. "M7"
  Formatter y_label;              // tick and tooltip text for a y value, e.g. "$84K"
  Formatter y_tooltip = nullptr;  // fuller value in the tooltip ($84,210); y_label when empty
  const char* x_title = nullptr;  // "month of plan"
  Formatter x_tooltip = nullptr;  // tooltip heading for point i; x_label when empty
};

using plot::nice_ticks;  // "nice" tick values (1, 2, 2.5, 5 x 10^k steps) covering [lo, hi]

void line_chart(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                const Axes& axes);
void stacked_bars(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes);
void stacked_area(const char* id, ImVec2 size, const SeriesView* series, int n_series, int n_points,
                  const Axes& axes);
void legend(const SeriesView* series, int n_series);
// Lines legend() takes at the available width (it wraps between entries).
int legend_lines(const SeriesView* series, int n_series);

// A line of the overlay chart: `count` values (plans may have different
// horizons; a series stops where its plan ends), dashed for the other plan.
struct LineSeries {
  const char* label;
  const double* values;
  int count;
  ImU32 color;
  bool dashed;
};
void overlay_lines(const char* id, ImVec2 size, const LineSeries* series, int n_series, int n_points,
                   const Axes& axes);
void line_legend(const LineSeries* series, int n_series);

struct GanttBar {
  std::string row_label;   // left of the bar
  int start = 0, end = 0;  // x units (weeks), end exclusive
  ImU32 color = 0;
  std::string bar_text;  // inside the bar if it fits
  std::string tooltip;   // on hover
};
// Height grows with the rows: rows x row height + axis. Returns that height.
float gantt_height(int rows);
void gantt(const char* id, float width, const GanttBar* bars, int n_bars, int x_max,
           const Formatter& x_tick_label, int x_tick_step);

}  // namespace planner::ui::charts
