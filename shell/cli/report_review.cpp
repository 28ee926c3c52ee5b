// report_review.cpp — see report_review.h.
#include "report_review.h"

#include <iostream>

#include "command.h"
#include "core/evaluate.h"
#include "core/reforecast.h"
#include "io/review.h"

namespace planner::cli {

int report_review(Scenario s, const std::string& label, Case c, const std::string& as_of, bool json) {
  int month = 0;
  std::string message;
  switch (io::parse_as_of(s, as_of, month, message)) {
    case io::AsOf::Malformed:
      return usage_error("report", message);
    case io::AsOf::OutsidePlan:
      std::cerr << label << ": " << message << "\n";
      return kInvalidInput;
    case io::AsOf::Ok:
      break;
  }
  s.actuals.as_of_month = month;
  const std::vector<Issue> issues = validate(s);
  if (!issues.empty()) {
    for (const Issue& i : issues) std::cerr << label << ": " << i.text() << "\n";
    return kInvalidInput;
  }
  if (json) {
    std::cout << io::review_json_of(s, c, true) << "\n";
    return kOk;
  }
  const Result plan = evaluate(s, c);
  std::cout << io::review_text(s, c, plan, reforecast(s, c, plan));
  return kOk;
}

}  // namespace planner::cli
