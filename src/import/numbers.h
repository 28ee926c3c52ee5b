// numbers.h — numbers as spreadsheets and HR systems write them: "85000",
// "85,000", "$85,000.00", "85 000", "85.000,50" (decimal comma), "1.2E5".
#pragma once

#include <string>

namespace planner::import {

// False when `text` is not a number (empty, "eighty", "12abc").
bool parse_number(const std::string& text, double& out);

}  // namespace planner::import
