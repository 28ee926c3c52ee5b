// xlsx_book.h — a thin C++ face on libxlsxwriter for the planner's workbook:
// the book, its few cell formats, and the finished file as bytes.
//
// Debian's libxlsxwriter is 1.1.4, which writes only to a file path (writing
// to memory came in 1.1.5): the book goes to a temporary file that close()
// reads back and removes. Internal to planner_workbook.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace planner::workbook {

enum class Style {
  Text,
  Header,
  Title,
  Note,
  Money,
  Percent,
  People,
  Whole,
  Decimal,
  Ratio,
  Green,
  Amber,
  Red
};

class Book {
 public:
  explicit Book(const std::string& currency_symbol);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  bool ok() const { return book_ != nullptr; }
  lxw_worksheet* sheet(const char* name);
  lxw_format* format(Style s) const { return formats_[static_cast<int>(s)]; }
  // Finishes the file and returns its bytes; empty (and `error` set) on failure.
  std::string close(std::string& error);

 private:
  std::string path_;
  lxw_workbook* book_ = nullptr;
  lxw_format* formats_[13] = {};
};

// A sheet being filled row by row: cells written left to right.
class Rows {
 public:
  Rows(Book& book, lxw_worksheet* ws) : book_(book), ws_(ws) {}
  Rows& text(const std::string& v, Style s = Style::Text);
  Rows& number(double v, Style s);  // rounded for its style: cents, 0.01 %, 0.01 people
  Rows& skip() {
    ++col_;
    return *this;
  }
  void next() {
    ++row_;
    col_ = 0;
  }
  int row() const { return row_; }
  lxw_worksheet* sheet() const { return ws_; }

 private:
  Book& book_;
  lxw_worksheet* ws_;
  int row_ = 0, col_ = 0;
};

// The value as the cell stores it: no float noise ("49392.50000000001").
double rounded_for(Style s, double v);

}  // namespace planner::workbook
