// preview.h — what an import dialog shows before the user confirms: the
// header and the first rows as read, what each column was recognised as
// (and so can be remapped by hand), and the segments that will result, or
// the problems that stop the import.
#pragma once

#include <string>
#include <vector>

#include "import/headcount.h"

namespace planner::import {

struct ImportPreview {
  int header_row = 0;                   // 1-based, 0 = no header found
  std::vector<std::string> header;      // the file's column names
  std::vector<std::string> recognised;  // per column: the field's label, "" when none
  std::vector<Row> first_rows;          // the first data rows, as read
  ImportOutcome outcome;                // the segments that will result, or why not
};

ImportPreview preview_import(const Scenario& base, const Table& table, const HeadcountOptions& options,
                             std::size_t rows = 10);

}  // namespace planner::import
