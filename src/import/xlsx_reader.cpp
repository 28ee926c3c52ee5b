// xlsx_reader.cpp — 1. the workbook's sheets (workbook.xml + its
// relationships), 2. shared strings, 3. the sheet's cells, streamed,
// 4. merged ranges filled in.
#include "import/xlsx_reader.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

#include "import/limits.h"
#include "import/xml_stream.h"
#include "import/zip_memory.h"

namespace planner::import {
namespace {

struct SheetRef {
  std::string name, part;  // "Staff", "xl/worksheets/sheet1.xml"
};

void not_a_workbook(std::string_view bytes, Problems& problems) {
  const bool text =
      !bytes.empty() && std::none_of(bytes.begin(), bytes.begin() + std::min<std::size_t>(bytes.size(), 512),
                                     [](char c) { return c == '\0'; });
  problems.add(
      0, "", "",
      text ? "The file is not an Excel workbook: it holds plain text (a CSV renamed .xlsx?). Save it as .csv "
             "or as an Excel workbook and import that"
           : "The file is not an Excel workbook (.xlsx): it is not a zip archive");
}

// A failure reading a part, in the user's words.
void damaged(Problems& problems, const std::string& why) {
  problems.add(0, "", "", "The workbook cannot be read: " + why);
}

// 1. Sheet names and the parts that hold them.
bool list_sheets(ZipReader& zip, std::vector<SheetRef>& sheets, Problems& problems) {
  std::string text, error;
  if (!zip.read_all("xl/workbook.xml", text, error)) {
    damaged(problems, error + " (is it an Excel workbook?)");
    return false;
  }
  std::vector<std::pair<std::string, std::string>> named;  // name, relationship id
  XmlStream wb;
  wb.on_start = [&](std::string_view el, const XmlAttrs& a) {
    if (el == "sheet" && a.get("name") && a.get("id")) named.emplace_back(a.get("name"), a.get("id"));
  };
  if (!parse_xml(wb, text, error)) {
    damaged(problems, "xl/workbook.xml: " + error);
    return false;
  }
  std::map<std::string, std::string> targets;
  if (zip.read_all("xl/_rels/workbook.xml.rels", text, error)) {
    XmlStream rels;
    rels.on_start = [&](std::string_view el, const XmlAttrs& a) {
      if (el == "Relationship" && a.get("Id") && a.get("Target")) targets[a.get("Id")] = a.get("Target");
    };
    if (!parse_xml(rels, text, error)) {
      damaged(problems, "xl/_rels/workbook.xml.rels: " + error);
      return false;
    }
  }
  for (std::size_t i = 0; i < named.size(); ++i) {
    std::string part = "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";  // the usual layout
    auto t = targets.find(named[i].second);
    if (t != targets.end()) part = t->second[0] == '/' ? t->second.substr(1) : "xl/" + t->second;
    sheets.push_back({named[i].first, part});
  }
  if (sheets.empty()) damaged(problems, "it lists no sheets");
  return !sheets.empty();
}

// 2. Shared strings: each <si>'s text runs joined; phonetic runs (<rPh>) left out.
bool read_shared_strings(ZipReader& zip, std::vector<std::string>& strings, Problems& problems) {
  if (!zip.has("xl/sharedStrings.xml")) return true;
  XmlStream xml;
  std::string current;
  int in_t = 0, in_phonetic = 0;
  xml.on_start = [&](std::string_view el, const XmlAttrs&) {
    if (el == "si") current.clear();
    if (el == "t") ++in_t;
    if (el == "rPh") ++in_phonetic;
  };
  xml.on_end = [&](std::string_view el) {
    if (el == "t") --in_t;
    if (el == "rPh") --in_phonetic;
    if (el == "si") {
      if (strings.size() >= kMaxSharedStrings)
        xml.stop("it has more than " + std::to_string(kMaxSharedStrings) + " distinct texts");
      strings.push_back(std::move(current));
      current.clear();
    }
  };
  xml.on_text = [&](std::string_view s) {
    if (in_t > 0 && in_phonetic == 0 && current.size() < kMaxCellBytes) current.append(s);
  };
  std::string error;
  bool ok = zip.read(
      "xl/sharedStrings.xml", [&](const char* p, std::size_t n) { return xml.feed(p, n, false, error); },
      error);
  if (ok) ok = xml.feed("", 0, true, error);
  if (!ok) damaged(problems, "xl/sharedStrings.xml: " + error);
  return ok;
}

// "BC12" -> column 54 (0-based) and row 12; false when it is not a reference.
bool parse_ref(std::string_view ref, std::size_t& col, long& row) {
  std::size_t i = 0;
  col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4)
    col = col * 26 + std::size_t(ref[i++] - 'A' + 1);
  if (i == 0 || col == 0) return false;
  --col;
  row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 10000000) return false;
    row = row * 10 + (ref[i] - '0');
  }
  return row > 0;
}

// 3. The cells of one sheet.
class SheetParser {
 public:
  SheetParser(const std::vector<std::string>& strings, Table& out) : strings_(strings), out_(out) {
    xml_.on_start = [this](std::string_view el, const XmlAttrs& a) { start(el, a); };
    xml_.on_end = [this](std::string_view el) { end(el); };
    xml_.on_text = [this](std::string_view s) {
      if (collecting_ && text_.size() < kMaxCellBytes) text_.append(s);
    };
  }
  XmlStream& xml() { return xml_; }
  std::vector<std::string> merges;

 private:
  void start(std::string_view el, const XmlAttrs& a) {
    if (el == "row") {
      const char* r = a.get("r");
      const long n = r ? std::atol(r) : (out_.rows.empty() ? 1 : out_.rows.back().number + 1);
      if (n <= 0 || (!out_.rows.empty() && n <= out_.rows.back().number))
        return xml_.stop("its rows are out of order");
      if (out_.rows.size() >= kMaxRows)
        return xml_.stop("the sheet has more than " + std::to_string(kMaxRows) +
                         " rows, the most it may have");
      out_.rows.push_back(Row{static_cast<int>(n), {}});
      next_col_ = 0;
    } else if (el == "c" && !out_.rows.empty()) {
      long r = 0;
      const char* ref = a.get("r");
      col_ = next_col_;
      if (ref && !parse_ref(ref, col_, r))
        return xml_.stop(std::string("a cell has a bad reference \"") + ref + "\"");
      next_col_ = col_ + 1;
      const char* t = a.get("t");
      type_ = t ? t : "n";
      value_.clear();
      inline_.clear();
      formula_.clear();
      has_value_ = has_formula_ = false;
    } else if (el == "v" || el == "f" || el == "t") {
      collecting_ = true;
      text_.clear();
    } else if (el == "mergeCell" && a.get("ref")) {
      merges.emplace_back(a.get("ref"));
    }
  }

  void end(std::string_view el) {
    if (el == "v") {
      value_ = std::move(text_);
      has_value_ = true;
    } else if (el == "f") {
      formula_ = std::move(text_);
      has_formula_ = true;
    } else if (el == "t") {
      inline_ += text_;
    } else if (el == "c" && !out_.rows.empty()) {
      store();
    }
    if (el == "v" || el == "f" || el == "t") collecting_ = false;
  }

  void store() {
    Row& row = out_.rows.back();
    std::string cell;
    if (type_ == "s") {
      char* endp = nullptr;
      const unsigned long i = std::strtoul(value_.c_str(), &endp, 10);
      if (!has_value_ || endp == value_.c_str() || i >= strings_.size())
        return xml_.stop("cell " + column_letter(col_) + std::to_string(row.number) +
                         " points at a text that is not there");
      cell = strings_[i];
    } else if (type_ == "inlineStr") {
      cell = inline_;
    } else if (type_ == "b") {
      cell = value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_;
    } else {
      cell = value_;  // numbers as written ("85000", "0.1"), "str" formula results, "#N/A" errors
    }
    if (has_formula_ && value_.empty()) {  // openpyxl and some generators write an empty <v/>
      out_.notes.push_back(
          "Row " + std::to_string(row.number) + ", column " + column_letter(col_) +
          ": the formula =" + formula_.substr(0, 40) +
          " has no saved value, so it reads as empty (open the file in Excel or LibreOffice and "
          "save it to store the values)");
    }
    if (cell.empty()) return;
    if (col_ >= kMaxColumns)
      return xml_.stop("row " + std::to_string(row.number) + " has a value in column " + column_letter(col_) +
                       ", past the " + std::to_string(kMaxColumns) + " columns the importer reads");
    if (++cells_ > kMaxCells)
      return xml_.stop("the sheet has more than " + std::to_string(kMaxCells) +
                       " cells, the most it may have");
    if (row.cells.size() <= col_) row.cells.resize(col_ + 1);
    row.cells[col_] = std::move(cell);
  }

  const std::vector<std::string>& strings_;
  Table& out_;
  XmlStream xml_;
  std::string type_, value_, inline_, formula_, text_;
  std::size_t col_ = 0, next_col_ = 0, cells_ = 0;
  bool has_value_ = false, has_formula_ = false, collecting_ = false;
};

// 4. A merged range's top-left value copied to every cell it covers, within
// the rows the sheet has and the columns the importer reads.
void fill_merges(const std::vector<std::string>& merges, Table& out) {
  std::map<long, std::size_t> index;
  for (std::size_t i = 0; i < out.rows.size(); ++i) index[out.rows[i].number] = i;
  for (const std::string& m : merges) {
    const auto colon = m.find(':');
    std::size_t c0 = 0, c1 = 0;
    long r0 = 0, r1 = 0;
    if (colon == std::string::npos || !parse_ref(std::string_view(m).substr(0, colon), c0, r0) ||
        !parse_ref(std::string_view(m).substr(colon + 1), c1, r1) || c1 < c0 || r1 < r0)
      continue;
    auto top = index.find(r0);
    if (top == index.end() || out.rows[top->second].cells.size() <= c0) continue;
    const std::string value = out.rows[top->second].cells[c0];
    c1 = std::min(c1, kMaxColumns - 1);
    for (auto it = index.lower_bound(r0); it != index.end() && it->first <= r1; ++it) {
      Row& row = out.rows[it->second];
      if (row.cells.size() <= c1) row.cells.resize(c1 + 1);
      for (std::size_t c = c0; c <= c1; ++c)
        if (row.cells[c].empty()) row.cells[c] = value;
    }
  }
  if (!merges.empty())
    out.notes.push_back(std::to_string(merges.size()) +
                        " merged range(s): each cell of a range takes its value");
}

}  // namespace

bool looks_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04";
}

// The archive opened and its sheets listed; false with a problem otherwise.
static bool open_workbook(std::string_view bytes, ZipReader& zip, std::vector<SheetRef>& sheets,
                          Problems& problems) {
  if (bytes.size() > kMaxFileBytes) {
    problems.add(0, "", "",
                 "The file is larger than " + std::to_string(kMaxFileBytes >> 20) +
                     " MB, the most the importer reads");
    return false;
  }
  if (!zip.ok()) {
    not_a_workbook(bytes, problems);
    return false;
  }
  return list_sheets(zip, sheets, problems);
}

bool xlsx_sheet_names(std::string_view bytes, std::vector<std::string>& names, Problems& problems) {
  ZipReader zip(bytes);
  std::vector<SheetRef> sheets;
  if (!open_workbook(bytes, zip, sheets, problems)) return false;
  for (const SheetRef& s : sheets) names.push_back(s.name);
  return true;
}

bool read_xlsx(std::string_view bytes, const std::string& sheet, Table& out, Problems& problems) {
  out = Table{};
  ZipReader zip(bytes);
  std::vector<SheetRef> sheets;
  if (!open_workbook(bytes, zip, sheets, problems)) return false;
  std::string all;
  for (const SheetRef& s : sheets) all += (all.empty() ? "\"" : ", \"") + s.name + "\"";
  auto chosen = sheets.begin();
  if (!sheet.empty()) {
    chosen = std::find_if(sheets.begin(), sheets.end(), [&](const SheetRef& s) { return s.name == sheet; });
    if (chosen == sheets.end()) {
      problems.add(0, "", "", "The workbook has no sheet \"" + sheet + "\"; its sheets are " + all);
      return false;
    }
  }
  std::vector<std::string> strings;
  if (!read_shared_strings(zip, strings, problems)) return false;
  SheetParser parser(strings, out);
  std::string error;
  bool ok = zip.read(
      chosen->part, [&](const char* p, std::size_t n) { return parser.xml().feed(p, n, false, error); },
      error);
  if (ok) ok = parser.xml().feed("", 0, true, error);
  if (!ok) {
    damaged(problems, "sheet \"" + chosen->name + "\": " + error);
    out = Table{};
    return false;
  }
  fill_merges(parser.merges, out);
  out.notes.insert(
      out.notes.begin(),
      "Sheet \"" + chosen->name + "\"" +
          (sheets.size() > 1 ? " of " + std::to_string(sheets.size()) + " (" + all +
                                   (sheet.empty() ? "; the first is read unless one is named)" : ")")
                             : ""));
  return true;
}

}  // namespace planner::import
