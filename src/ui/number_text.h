// number_text.h — numbers as people read them: $84,000, $1.2M, 12.5%, 0.75 FTE.
//
// The UI's one door to number formatting; it forwards to io/format.h so the
// screen, the CLI and the HTML report write every figure the same way.
#pragma once

#include <string>

namespace planner::ui::text {

std::string money(double value, const std::string& symbol);          // $84,000 ; $44.67 (cents below 1,000)
std::string money_compact(double value, const std::string& symbol);  // $84K, $1.2M, $950
std::string percent(double fraction, int decimals = 1);              // 0.125 -> "12.5%"
std::string number(double value, int decimals = 0);                  // 1,560 ; 12.5
std::string fte(double value);                                       // "0.75 FTE"
std::string month(int month_1based);  // "month 7" ; "not within horizon" for -1

}  // namespace planner::ui::text
