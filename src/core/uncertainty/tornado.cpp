#include "core/uncertainty/tornado.h"

#include <algorithm>

#include "core/evaluate.h"

namespace planner::mc {

Tornado tornado(const Scenario& s, Output output) {
  Tornado t;
  t.output = output;
  Scenario scratch = s;
  // Start from "every input at likely" explicitly, so each swing changes one input only.
  const std::vector<RangeInput> inputs = list_ranges(s);
  for (const RangeInput& in : inputs) {
    Range& r = range_ref(scratch, in);
    r = Range::fixed(r.likely);
  }
  Result result;
  evaluate(scratch, Case::Likely, result);
  t.base = output_value(result, output);

  for (const RangeInput& in : inputs) {
    const Range original = range_ref(s, in);
    if (!(original.high > original.low)) continue;
    TornadoBar bar;
    bar.input = in;
    bar.input_low = original.low;
    bar.input_high = original.high;
    Range& r = range_ref(scratch, in);
    r = Range::fixed(original.low);
    evaluate(scratch, Case::Likely, result);
    bar.output_at_low = output_value(result, output);
    r = Range::fixed(original.high);
    evaluate(scratch, Case::Likely, result);
    bar.output_at_high = output_value(result, output);
    r = Range::fixed(original.likely);
    t.bars.push_back(bar);
  }
  // Stable: equal swings keep the scenario's order, so the chart does not flicker.
  std::stable_sort(t.bars.begin(), t.bars.end(),
                   [](const TornadoBar& a, const TornadoBar& b) { return a.swing() > b.swing(); });
  return t;
}

}  // namespace planner::mc
