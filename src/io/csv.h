// csv.h — spreadsheet exports: the monthly table, the schedule, the segments.
//
// Written for Excel and LibreOffice alike: a header row, dot decimals, no
// thousands separators, RFC 4180 quoting, CRLF line ends. Numbers print in
// the shortest form that reads back exactly (same natively and in wasm);
// money is rounded to cents first.
// Text cells that a spreadsheet would run as a formula (=, +, -, @) get a
// leading apostrophe.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

// One row per month: month, calendar month, the totals per month, then one
// column per model, tier and segment ("cost_by_model:coaching", ...).
std::string monthly_csv(const Scenario& s, const Result& r);
// One row per scheduled group.
std::string schedule_csv(const Scenario& s, const Result& r);
// One row per segment, with its current people and target share per tier.
std::string segments_csv(const Scenario& s);

// Building blocks, exposed for tests.
std::string csv_cell(const std::string& text);
std::string csv_number(double value);
// Money: rounded to whole cents (half away from zero), "49392.5", "0.3".
std::string csv_money(double value);

}  // namespace planner::io
