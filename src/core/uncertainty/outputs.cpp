// outputs.cpp — the uncertainty tools' outputs are rows of the figures table
// (core/figures.h): key, label and direction come from there.
#include "core/uncertainty/outputs.h"

#include <cstring>

#include "core/figures.h"

namespace planner::mc {
namespace {

// Output -> figure key, in the order of the Output enum.
const char* const kOutputKeys[kOutputCount] = {
    "incremental_cost", "economic_cost",    "benefits",          "roi_pct", "npv",
    "payback_month",    "months_to_target", "capable_employees",
};

}  // namespace

const FigureSpec& output_figure(Output o) { return figure(kOutputKeys[static_cast<int>(o)]); }

const char* output_id(Output o) { return output_figure(o).key; }

const char* output_label(Output o) { return output_figure(o).label; }

bool parse_output(const char* id, Output& out) {
  for (int i = 0; i < kOutputCount; ++i) {
    if (std::strcmp(id, kOutputKeys[i]) == 0) {
      out = static_cast<Output>(i);
      return true;
    }
  }
  return false;
}

bool lower_is_better(Output o) { return output_figure(o).better == Better::Lower; }

double output_value(const Result& r, Output o) {
  const FigureSpec& f = output_figure(o);
  const FigureValue v = f.read(r.totals);
  if (v.defined) return v.value;
  // "Not within the horizon" sorts after every month that happens; a ratio
  // with no cost counts as 0 (what Totals holds then).
  return f.unit == FigureUnit::Month ? r.months + 1 : 0.0;
}

FigureValue summarised_value(Output o, double v, int horizon_months) {
  if (output_figure(o).unit == FigureUnit::Month && v > horizon_months) return FigureValue{};
  return FigureValue{true, v};
}

}  // namespace planner::mc
