// read_table.h — a file's bytes to a Table, whichever kind it is: a zip is an
// XLSX workbook; a name ending .xlsx that is not a zip is refused in plain
// words; anything else is read as CSV.
#pragma once

#include <string>
#include <string_view>

#include "import/table.h"

namespace planner::import {

bool read_table(std::string_view bytes, const std::string& file_name, const std::string& sheet, Table& out,
                Problems& problems);

}  // namespace planner::import
