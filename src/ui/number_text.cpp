#include "ui/number_text.h"

#include <cmath>

#include "io/format.h"

namespace planner::ui::text {

std::string money(double value, const std::string& symbol) {
  // Hourly rates and seat prices need their cents; io rounds to whole units.
  if (std::isfinite(value) && std::fabs(value) < 1000 && std::fabs(value - std::round(value)) > 0.004) {
    const std::string whole = io::format_number(std::fabs(value), 2);
    return (value < 0 ? "-" : "") + symbol + whole;
  }
  return io::format_money(value, symbol);
}

std::string money_compact(double value, const std::string& symbol) {
  return io::format_money_short(value, symbol);
}
std::string percent(double fraction, int decimals) { return io::format_share(fraction, decimals); }
std::string number(double value, int decimals) { return io::format_number(value, decimals); }
std::string fte(double value) { return io::format_fte(value); }
std::string month(int m) { return m < 0 ? "not within horizon" : "month " + std::to_string(m); }

}  // namespace planner::ui::text
