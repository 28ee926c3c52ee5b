#include "io/format.h"

#include <cmath>
#include <cstdio>

#include "core/calendar.h"

namespace planner::io {
namespace {

// "1234567" -> "1,234,567" (digits only, no sign).
std::string group_thousands(const std::string& digits) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Fixed decimals, trailing zeros (and a bare point) removed: 3.750 -> "3.75".
std::string trimmed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

// Fixed decimals, kept: 1.5 -> "1.50".
std::string trimmed_fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

}  // namespace

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  if (decimals < 0) decimals = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string s = buf;
  const auto point = s.find('.');
  std::string whole = s.substr(0, point), frac = point == std::string::npos ? "" : s.substr(point);
  std::string out = group_thousands(whole) + frac;
  const bool zero = out.find_first_not_of("0.,") == std::string::npos;
  return (value < 0 && !zero ? "-" : "") + out;
}

std::string format_money(double value, const std::string& symbol) {
  if (!std::isfinite(value)) return "n/a";
  const double rounded = std::round(value);
  const std::string digits = format_number(std::fabs(rounded), 0);
  return (rounded < 0 ? "-" : "") + symbol + digits;
}

std::string format_money_short(double value, const std::string& symbol) {
  if (!std::isfinite(value)) return "n/a";
  const double a = std::fabs(value);
  const char* sign = value < 0 && std::round(a) > 0 ? "-" : "";
  if (std::round(a) < 1000) return sign + symbol + trimmed(std::round(a), 0);
  static const struct {
    double scale;
    const char* suffix;
  } units[] = {{1e3, "K"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
  for (std::size_t u = 0; u < 4; ++u) {
    const double x = a / units[u].scale;
    const int decimals = x < 10 ? 1 : 0;
    const double p = std::pow(10.0, decimals);
    const double r = std::round(x * p) / p;
    if (r < 1000 || u == 3) return sign + symbol + trimmed(r, decimals) + units[u].suffix;
  }
  return "n/a";
}

std::string format_percent(double percent, int decimals) {
  if (!std::isfinite(percent)) return "n/a";
  return format_number(percent, decimals) + "%";
}

std::string format_share(double fraction, int decimals) { return format_percent(fraction * 100.0, decimals); }

std::string format_fte(double fte) {
  if (!std::isfinite(fte)) return "n/a";
  const double a = std::fabs(fte);
  return format_number(fte, a < 10 ? 2 : a < 100 ? 1 : 0) + " FTE";
}

std::string format_hours_per_week(double hours) {
  if (!std::isfinite(hours)) return "n/a";
  // As many decimals as the size of the figure deserves: 3.75, 42.5, 103, 1,250.
  const double size = std::fabs(hours);
  if (size >= 100) return format_number(hours, 0) + " h/week";
  return trimmed(hours, size >= 10 ? 1 : 2) + " h/week";
}

std::string format_plan_month(int month, int start_year, int start_month) {
  static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int year = 0, m = 0;
  calendar_of_plan_month(start_year, start_month, month, year, m);
  return std::string(names[m]) + " " + std::to_string(year);
}

std::string figure_text(FigureUnit unit, const FigureValue& v, const std::string& symbol) {
  if (!v.defined) return unit == FigureUnit::Month ? "not reached" : "n/a";
  switch (unit) {
    case FigureUnit::Money:
      return format_money(v.value, symbol);
    case FigureUnit::Percent:
      return format_percent(v.value, 0);
    case FigureUnit::Ratio:
      return trimmed_fixed(v.value, 2) + "x";
    case FigureUnit::Month:
      return "month " + format_number(v.value, v.value == std::floor(v.value) ? 0 : 1);
    case FigureUnit::HoursPerWeek:
      return format_hours_per_week(v.value);
    case FigureUnit::Fte:
      return format_fte(v.value);
    case FigureUnit::Hours:
      return format_number(v.value, 0) + " h";
    case FigureUnit::YesNo:
      return v.value != 0 ? "yes" : "no";
    case FigureUnit::People:
      break;
  }
  return format_number(v.value, 0);
}

std::string figure_text_explained(const FigureSpec& f, const FigureValue& v, const std::string& symbol) {
  const std::string text = figure_text(f.unit, v, symbol);
  return !v.defined && f.why_none ? text + " (" + f.why_none + ")" : text;
}

std::string magnitude_text(FigureUnit unit, double amount, const std::string& symbol) {
  const double a = std::fabs(amount);
  switch (unit) {
    case FigureUnit::Percent:
      return format_number(a, 0) + " pts";
    case FigureUnit::Month: {
      const std::string n = format_number(a, 0);
      return n + (n == "1" ? " month" : " months");
    }
    default:
      return figure_text(unit, FigureValue{true, a}, symbol);
  }
}

std::string difference_text(FigureUnit unit, const FigureValue& d, const std::string& symbol) {
  if (!d.defined) return "n/a";
  const std::string text = magnitude_text(unit, d.value, symbol);
  // Whatever rounds to nothing at display reads "same", not "+$0".
  if (text.find_first_of("123456789") == std::string::npos) return "same";
  return (d.value < 0 ? "-" : "+") + text;
}

std::string output_text(mc::Output o, double v, int horizon_months, const std::string& symbol) {
  return figure_text(mc::output_figure(o).unit, mc::summarised_value(o, v, horizon_months), symbol);
}

}  // namespace planner::io
