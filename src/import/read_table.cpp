#include "import/read_table.h"

#include <cctype>

#include "import/csv_reader.h"
#include "import/xlsx_reader.h"

namespace planner::import {
namespace {

bool ends_with(const std::string& s, const char* tail) {
  const std::string t(tail);
  if (s.size() < t.size()) return false;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - t.size() + i])) != t[i]) return false;
  return true;
}

}  // namespace

bool read_table(std::string_view bytes, const std::string& file_name, const std::string& sheet, Table& out,
                Problems& problems) {
  if (looks_like_zip(bytes) || ends_with(file_name, ".xlsx") || ends_with(file_name, ".xlsm"))
    return read_xlsx(bytes, sheet, out, problems);
  if (!sheet.empty()) {
    problems.add(0, "", "",
                 "A sheet (\"" + sheet + "\") was named, but the file is CSV text, which has no sheets");
    return false;
  }
  return read_csv(bytes, out, problems);
}

}  // namespace planner::import
