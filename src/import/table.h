// table.h — what every reader produces and every importer consumes: rows of
// text cells, each row with its 1-based number as the user sees it in the
// spreadsheet, and the problems found on the way, each naming row, column and
// value in plain words.
#pragma once

#include <string>
#include <vector>

namespace planner::import {

struct Row {
  int number = 0;  // 1-based, as a spreadsheet shows it (title and blank rows count)
  std::vector<std::string> cells;
};

struct Table {
  std::vector<Row> rows;
  std::vector<std::string> notes;  // things the user should know that are not errors
};

// A problem with the input. `row` 0 = the file as a whole; `column` is the
// header text (or the column letter when there is no header yet).
struct Problem {
  int row = 0;
  std::string column;
  std::string value;
  std::string message;  // "is not a number", in plain words
  // "Row 7, column "Annual salary": "eighty" is not a number."
  std::string text() const;
};

// Adds a problem unless kMaxProblemsListed are already listed (then counts it).
class Problems {
 public:
  void add(int row, std::string column, std::string value, std::string message);
  void add(Problem p);
  bool empty() const { return list_.empty(); }
  const std::vector<Problem>& list() const { return list_; }
  std::size_t not_listed() const { return not_listed_; }
  // Every listed problem, one per line, and "... and N more".
  std::string text() const;

 private:
  std::vector<Problem> list_;
  std::size_t not_listed_ = 0;
};

// "A", "B", ... "Z", "AA": the spreadsheet's name for a 0-based column.
std::string column_letter(std::size_t index);

// Cell helpers every importer shares.
std::string trim(const std::string& s);                // without surrounding spaces and line breaks
const std::string& cell_at(const Row& r, int column);  // "" past the row's end or for column -1
bool is_blank(const Row& r);                           // no cell holds more than spaces

}  // namespace planner::import
