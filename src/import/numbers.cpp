#include "import/numbers.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace planner::import {

bool parse_number(const std::string& text, double& out) {
  // Keep digits, signs, separators and exponents; drop spaces (also the
  // UTF-8 no-break space) and currency symbols around the number.
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c) || c == '-' || c == '+' || c == '.' || c == ',' || c == 'e' || c == 'E') {
      s += static_cast<char>(c);
    } else if (c == ' ' || c == '$' || c == '\'' || c == '\t') {
      continue;
    } else if (c == 0xC2 && i + 1 < text.size() && (text[i + 1] == '\xA0' || text[i + 1] == '\xA3')) {
      ++i;  // no-break space, pound sign
    } else if (c == 0xE2 && text.compare(i, 3, "\xE2\x82\xAC") == 0) {
      i += 2;  // euro sign
    } else {
      return false;
    }
  }
  const auto comma = s.rfind(','), dot = s.rfind('.');
  if (comma != std::string::npos && dot != std::string::npos) {
    const char decimal = comma > dot ? ',' : '.';  // the later separator is the decimal one
    std::string t;
    for (char c : s)
      if (c == decimal)
        t += '.';
      else if (c != ',' && c != '.')
        t += c;
    s = t;
  } else if (comma != std::string::npos) {
    // "85,000" and "1,234,567" group thousands; "12,5" is a decimal comma.
    const bool grouping = s.size() - comma == 4;
    std::string t;
    for (char c : s)
      if (c == ',') {
        if (!grouping) t += '.';
      } else {
        t += c;
      }
    s = t;
  }
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(out);
}

}  // namespace planner::import
