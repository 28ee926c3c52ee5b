// summary_text.h — the readable report `planner-cli report` prints by default.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::cli {

// Headline figures (currency-formatted), the capability target and the
// schedule (groups per tier and model, peak, binding constraint).
std::string summary_text(const Scenario& s, Case c, const Result& r);

}  // namespace planner::cli
