// summary_text.h — the plan's summary as plain text: what `planner-cli report`
// prints by default and what the app's "Copy summary as text" puts on the
// clipboard (to paste into a mail when a link is too long to travel).
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

// Headline figures (currency-formatted), the capability target and the
// schedule (groups per tier and model, peak, binding constraint).
std::string summary_text(const Scenario& s, Case c, const Result& r);

}  // namespace planner::io
