#include "import/preview.h"

namespace planner::import {

ImportPreview preview_import(const Scenario& base, const Table& table, const HeadcountOptions& options,
                             std::size_t rows) {
  ImportPreview p;
  p.outcome = import_headcount(base, table, options);
  const int h = find_header_row(table);
  if (h < 0) return p;
  p.header_row = table.rows[static_cast<std::size_t>(h)].number;
  p.header = header_names(table, h);
  p.recognised.assign(p.header.size(), "");
  const Mapping& m = p.outcome.summary.mapping;  // with the by-hand mapping applied
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    const int c = m.column[f];
    if (c >= 0 && static_cast<std::size_t>(c) < p.recognised.size())
      p.recognised[static_cast<std::size_t>(c)] = field_label(static_cast<Field>(f));
  }
  for (std::size_t i = static_cast<std::size_t>(h) + 1; i < table.rows.size() && p.first_rows.size() < rows;
       ++i)
    if (!is_blank(table.rows[i])) p.first_rows.push_back(table.rows[i]);
  return p;
}

}  // namespace planner::import
