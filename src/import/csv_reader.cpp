// csv_reader.cpp — 1. the sniffer (which delimiter), 2. the record reader.
#include "import/csv_reader.h"

#include <algorithm>
#include <array>
#include <map>

#include "import/limits.h"

namespace planner::import {
namespace {

constexpr std::array<char, 3> kDelimiters = {',', ';', '\t'};
constexpr std::size_t kSniffLines = 40;

std::string_view strip_bom(std::string_view text, bool& had) {
  had = text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF";
  return had ? text.substr(3) : text;
}

// Fields per line for one delimiter, quote-aware, over the first lines.
std::vector<int> fields_per_line(std::string_view text, char delim) {
  std::vector<int> counts;
  int fields = 1;
  bool quoted = false, blank = true;
  for (std::size_t i = 0; i < text.size() && counts.size() < kSniffLines; ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') quoted = false;  // "" re-enters at once: harmless for counting
      continue;
    }
    if (ch == '"') {
      quoted = true;
      blank = false;
    } else if (ch == delim) {
      ++fields;
      blank = false;
    } else if (ch == '\n') {
      if (!blank) counts.push_back(fields);
      fields = 1;
      blank = true;
    } else if (ch != '\r') {
      blank = false;
    }
  }
  if (!blank && counts.size() < kSniffLines) counts.push_back(fields);
  return counts;
}

}  // namespace

CsvDialect sniff_csv(std::string_view text) {
  CsvDialect d;
  text = strip_bom(text, d.had_bom);
  // Score: how many lines share the most common field count above 1; ties go
  // to more fields (a header of six columns beats a title with one comma).
  long best = -1;
  for (char delim : kDelimiters) {
    std::map<int, int> freq;
    for (int n : fields_per_line(text, delim))
      if (n > 1) ++freq[n];
    long score = 0;
    for (const auto& [n, lines] : freq) score = std::max<long>(score, long(lines) * 1000 + n);
    if (score > best) {
      best = score;
      d.delimiter = delim;
    }
  }
  return d;
}

bool read_csv(std::string_view text, Table& out, Problems& problems) {
  return read_csv(text, sniff_csv(text), out, problems);
}

bool read_csv(std::string_view text, const CsvDialect& dialect, Table& out, Problems& problems) {
  out = Table{};
  if (text.size() > kMaxFileBytes) {
    problems.add(0, "", "",
                 "The file is " + std::to_string(text.size() >> 20) + " MB; the importer reads at most " +
                     std::to_string(kMaxFileBytes >> 20) + " MB");
    return false;
  }
  bool bom = false;
  text = strip_bom(text, bom);
  const char delim = dialect.delimiter;
  std::size_t cells = 0;
  Row row;
  row.number = 1;
  std::string cell;
  bool quoted = false, any = false;  // `any`: the record has a character (a blank line is one empty row)
  int quote_row = 0;
  auto end_cell = [&]() -> bool {
    if (cell.size() > kMaxCellBytes) {
      problems.add(
          row.number, column_letter(row.cells.size()), cell,
          "is longer than " + std::to_string(kMaxCellBytes) + " characters, the most one cell may hold");
      return false;
    }
    row.cells.push_back(std::move(cell));
    cell.clear();
    if (row.cells.size() > kMaxColumns) {
      problems.add(row.number, "", "", "has more than " + std::to_string(kMaxColumns) + " columns");
      return false;
    }
    if (++cells <= kMaxCells) return true;
    problems.add(0, "", "",
                 "The file has more than " + std::to_string(kMaxCells) + " cells, the most it may have");
    return false;
  };
  auto end_row = [&]() -> bool {
    if (!end_cell()) return false;
    if (!any) row.cells.clear();  // a blank line: a row with no cells
    out.rows.push_back(std::move(row));
    row = Row{};
    row.number = static_cast<int>(out.rows.size()) + 1;
    any = false;
    if (out.rows.size() > kMaxRows) {
      problems.add(0, "", "",
                   "The file has more than " + std::to_string(kMaxRows) + " rows, the most it may have");
      return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch == '"' && cell.find_first_not_of(" ") == std::string::npos) {
      quoted = true;  // a quote opens a field only at its start (after spaces)
      quote_row = row.number;
      cell.clear();
      any = true;
    } else if (ch == delim) {
      any = true;
      if (!end_cell()) return false;
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (!end_row()) return false;
    } else {
      cell += ch;
      any = true;
    }
  }
  if (quoted) {
    problems.add(quote_row, "", "", "opens a quote (\") that never closes");
    return false;
  }
  if (any && !end_row()) return false;
  const char* name = delim == ',' ? "commas" : delim == ';' ? "semicolons" : "tabs";
  out.notes.push_back(std::string("CSV separated by ") + name +
                      (bom ? ", UTF-8 with a byte-order mark" : ""));
  return true;
}

}  // namespace planner::import
