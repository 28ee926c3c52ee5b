// report_review.h — `planner-cli report FILE --as-of YYYY-MM [--json]`: the
// quarterly review (plan, actuals, variance, forecast; io/review.h).
#pragma once

#include <string>

#include "core/scenario.h"

namespace planner::cli {

// Sets the as-of month, checks the actuals against it, and prints the review.
// Exit codes: kOk; kUsage for a month not written YYYY-MM; kInvalidInput for
// a month outside the plan or actuals that do not fit it (one problem a line,
// "LABEL: actuals.months[2].month: April 2027 (month 4) is after ...").
int report_review(Scenario s, const std::string& label, Case c, const std::string& as_of, bool json);

}  // namespace planner::cli
