// tornado.h — one-at-a-time sensitivity: each uncertain range swung from its
// low to its high with every other input at likely, sorted by how far it
// moves the chosen output.
#pragma once

#include <vector>

#include "core/scenario.h"
#include "core/uncertainty/outputs.h"
#include "core/uncertainty/ranges.h"

namespace planner::mc {

struct TornadoBar {
  RangeInput input;
  double input_low = 0, input_high = 0;  // the range's ends
  double output_at_low = 0;              // output with this input at low
  double output_at_high = 0;             // ... at high
  double swing() const {
    return output_at_high > output_at_low ? output_at_high - output_at_low : output_at_low - output_at_high;
  }
};

struct Tornado {
  Output output = Output::Npv;
  double base = 0;               // every input at likely
  std::vector<TornadoBar> bars;  // largest swing first; inputs without a range are left out
};

// Precondition: validate(s) is empty. Costs 1 + 2 x (uncertain inputs) evaluations.
Tornado tornado(const Scenario& s, Output output);

}  // namespace planner::mc
