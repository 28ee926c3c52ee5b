// xlsx_reader.h — the cells of one sheet of an XLSX workbook as text: shared
// and inline strings, numbers as written in the file, booleans as TRUE/FALSE,
// formula cells by their saved (cached) value. A formula with no saved value
// reads as empty and is named in a note; a merged range gives its value to
// every cell it covers (a department merged down its rows applies to each).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/table.h"

namespace planner::import {

// True when `bytes` start like a zip archive (every XLSX is one).
bool looks_like_zip(std::string_view bytes);

// The names of the workbook's sheets in order; false with problems when
// `bytes` are not a workbook.
bool xlsx_sheet_names(std::string_view bytes, std::vector<std::string>& names, Problems& problems);

// Reads the sheet named `sheet` (empty = the first) into `out`.
bool read_xlsx(std::string_view bytes, const std::string& sheet, Table& out, Problems& problems);

}  // namespace planner::import
