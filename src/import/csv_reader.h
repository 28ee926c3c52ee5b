// csv_reader.h — CSV as HR systems and spreadsheets export it: comma,
// semicolon or tab (sniffed), UTF-8 with or without a byte-order mark, CRLF
// or LF, quoted fields holding delimiters, quotes ("") and line breaks.
// Each record is one row, numbered as a spreadsheet opening the file numbers
// it (a quoted line break does not start a new row; a blank line is a row).
#pragma once

#include <string_view>

#include "import/table.h"

namespace planner::import {

struct CsvDialect {
  char delimiter = ',';
  bool had_bom = false;
};

// The delimiter that splits most sample lines into the same number of fields
// (title lines above the header have none and do not vote).
CsvDialect sniff_csv(std::string_view text);

// Reads `text` into `out`; false with problems when a cap is passed or a
// quote never closes. Rows with a different cell count are left to the
// importer, which knows the header.
bool read_csv(std::string_view text, Table& out, Problems& problems);
bool read_csv(std::string_view text, const CsvDialect& dialect, Table& out, Problems& problems);

}  // namespace planner::import
