// planner-cli validate: every problem of a scenario, one per line
// ("segments[2].headcount: must be >= 0, got -5"), exit 1 if there is any.
#include <iostream>

#include "command.h"

namespace planner::cli {

int cmd_validate(Args& args) {
  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cout)) return rc;  // prints every problem
  if (int rc = reject_leftovers("validate", args)) return rc;
  std::cout << label << ": ok\n";
  return kOk;
}

}  // namespace planner::cli
