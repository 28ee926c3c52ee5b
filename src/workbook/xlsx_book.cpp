// xlsx_book.cpp — see xlsx_book.h.
#include "workbook/xlsx_book.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace planner::workbook {
namespace {

// A fresh temporary file name (the file is created empty, so no other
// process can take the name; libxlsxwriter then overwrites it).
std::string temp_path() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/planner-workbook-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return "";
  ::close(fd);
  return path;
}

// Excel's currency format with the plan's symbol quoted ("$", "€", "CHF ").
std::string money_format(const std::string& symbol) {
  std::string quoted;
  for (char c : symbol)
    if (c != '"') quoted += c;
  const std::string positive = "\"" + quoted + "\"#,##0.00";
  return positive + ";-" + positive;
}

}  // namespace

double rounded_for(Style s, double v) {
  if (!std::isfinite(v)) return 0;
  switch (s) {
    case Style::Money:
      return std::round(v * 100.0) / 100.0 + 0.0;
    case Style::Percent:
      return std::round(v * 10000.0) / 10000.0 + 0.0;
    case Style::Whole:
      return std::round(v) + 0.0;
    default:
      return std::round(v * 100.0) / 100.0 + 0.0;
  }
}

Book::Book(const std::string& currency_symbol) {
  path_ = temp_path();
  if (path_.empty()) return;
  book_ = workbook_new(path_.c_str());
  if (!book_) return;
  auto add = [&](Style s) { return formats_[static_cast<int>(s)] = workbook_add_format(book_); };
  add(Style::Text);
  lxw_format* f = add(Style::Header);
  format_set_bold(f);
  format_set_bottom(f, LXW_BORDER_THIN);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  f = add(Style::Title);
  format_set_bold(f);
  format_set_font_size(f, 14);
  f = add(Style::Note);
  format_set_italic(f);
  format_set_num_format(add(Style::Money), money_format(currency_symbol).c_str());
  format_set_num_format(add(Style::Percent), "0.0%");
  format_set_num_format(add(Style::People), "#,##0.0");
  format_set_num_format(add(Style::Whole), "#,##0");
  format_set_num_format(add(Style::Decimal), "#,##0.00");
  format_set_num_format(add(Style::Ratio), "0.00\"x\"");
  // Excel's own "Good", "Neutral" and "Bad" cell styles.
  const struct {
    Style s;
    lxw_color_t bg, fg;
  } status[] = {{Style::Green, 0xC6EFCE, 0x006100},
                {Style::Amber, 0xFFEB9C, 0x9C5700},
                {Style::Red, 0xFFC7CE, 0x9C0006}};
  for (const auto& st : status) {
    f = add(st.s);
    format_set_bg_color(f, st.bg);
    format_set_font_color(f, st.fg);
  }
}

Book::~Book() {
  if (book_) workbook_close(book_);  // only when close() was never called
  if (!path_.empty()) std::remove(path_.c_str());
}

lxw_worksheet* Book::sheet(const char* name) { return workbook_add_worksheet(book_, name); }

std::string Book::close(std::string& error) {
  if (!book_) {
    error = "cannot create a temporary file for the workbook";
    return "";
  }
  const lxw_error rc = workbook_close(book_);
  book_ = nullptr;
  if (rc != LXW_NO_ERROR) {
    error = std::string("cannot write the workbook: ") + lxw_strerror(rc);
    return "";
  }
  std::ifstream in(path_, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) error = "cannot read the workbook back from " + path_;
  return bytes;
}

Rows& Rows::text(const std::string& v, Style s) {
  worksheet_write_string(ws_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_++), v.c_str(),
                         book_.format(s));
  return *this;
}

Rows& Rows::number(double v, Style s) {
  worksheet_write_number(ws_, static_cast<lxw_row_t>(row_), static_cast<lxw_col_t>(col_++), rounded_for(s, v),
                         book_.format(s));
  return *this;
}

}  // namespace planner::workbook
