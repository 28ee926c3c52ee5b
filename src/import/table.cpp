#include "import/table.h"

#include "import/limits.h"

namespace planner::import {

std::string Problem::text() const {
  std::string out;
  if (row > 0) out += "Row " + std::to_string(row);
  if (!column.empty()) out += (out.empty() ? "Column \"" : ", column \"") + column + "\"";
  if (!value.empty()) out += (out.empty() ? "\"" : ": \"") + value + "\"";
  out += out.empty() ? message : " " + message;
  if (!out.empty() && out.back() != '.' && out.back() != '?') out += '.';
  return out;
}

void Problems::add(int row, std::string column, std::string value, std::string message) {
  add(Problem{row, std::move(column), std::move(value), std::move(message)});
}

void Problems::add(Problem p) {
  if (list_.size() >= kMaxProblemsListed) {
    ++not_listed_;
    return;
  }
  if (p.value.size() > 60) p.value = p.value.substr(0, 57) + "...";
  list_.push_back(std::move(p));
}

std::string Problems::text() const {
  std::string out;
  for (const Problem& p : list_) out += p.text() + "\n";
  if (not_listed_) out += "... and " + std::to_string(not_listed_) + " more problems like these.\n";
  return out;
}

std::string column_letter(std::size_t index) {
  std::string s;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

const std::string& cell_at(const Row& r, int column) {
  static const std::string empty;
  return column >= 0 && static_cast<std::size_t>(column) < r.cells.size()
             ? r.cells[static_cast<std::size_t>(column)]
             : empty;
}

bool is_blank(const Row& r) {
  for (const std::string& c : r.cells)
    if (!trim(c).empty()) return false;
  return true;
}

}  // namespace planner::import
