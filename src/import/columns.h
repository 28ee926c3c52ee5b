// columns.h — which column holds what: the fields the importers know, the
// common names each goes by in HR exports and surveys (one list, in
// columns.cpp), the header row found below any title rows, and a mapping
// the user can override by hand.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "import/table.h"

namespace planner::import {

enum class Field {
  EmployeeId,
  Department,
  JobTitle,
  Location,
  ManagerId,
  AnnualSalary,
  HourlyCost,
  Fte,
  Headcount,
  Segment,
  Level,
  Knowledge,
  Confidence,
  Usage,
  Hesitation,
  Count_  // number of fields
};
constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::Count_);

// The field's name as shown to the user ("Annual salary").
const char* field_label(Field f);
// Lower case, letters and digits only: "Annual Salary (USD)" -> "annualsalaryusd".
std::string normalise_header(const std::string& text);
// The field a header names, or Field::Count_ when none.
Field recognise_header(const std::string& text);

// Field -> 0-based column, -1 when the file has none.
struct Mapping {
  std::array<int, kFieldCount> column;
  Mapping() { column.fill(-1); }
  int operator[](Field f) const { return column[static_cast<std::size_t>(f)]; }
  int& operator[](Field f) { return column[static_cast<std::size_t>(f)]; }
  bool has(Field f) const { return (*this)[f] >= 0; }
};

// The header: the first of the first kHeaderSearchRows rows naming at least
// two known fields; failing that, the first row with the most filled cells.
// Returns its index in table.rows, or -1 for an empty table.
int find_header_row(const Table& table);

// The header's cells, trimmed; an empty header cell is named by its letter.
std::vector<std::string> header_names(const Table& table, int header_row);

// Recognises each header cell. Two columns with the same header are a
// problem; two different names for one field ("Department", "Division")
// keep the first, with a note.
Mapping recognise_columns(const Table& table, int header_row, Problems& problems,
                          std::vector<std::string>& notes);

// The column naming each row's segment when the user names none: Segment,
// else Department, else Job title (the headcount import groups people by it,
// the actuals import reads actuals by segment from it); -1 when none.
int default_segment_column(const Mapping& m);

// The column whose header is `name` (normalised comparison), or -1.
int find_column(const std::vector<std::string>& header, const std::string& name);

// Maps `field` to the column headed `name` by hand; false (with a problem
// listing the columns) when there is no such column.
bool map_column(Mapping& m, const std::vector<std::string>& header, Field field, const std::string& name,
                Problems& problems);

}  // namespace planner::import
