#include "import/columns.h"

#include <cctype>

#include "import/limits.h"

namespace planner::import {
namespace {

struct Synonyms {
  Field field;
  const char* label;
  std::vector<const char*> names;  // normalised: lower case, letters and digits only
};

// The one list of names each field goes by (HRIS exports: Workday, BambooHR,
// SAP SuccessFactors, Personio, spreadsheets; the upskilling guide's survey).
const std::vector<Synonyms>& synonyms() {
  static const std::vector<Synonyms> list = {
      {Field::EmployeeId,
       "Employee ID",
       {"employeeid", "employeeno", "employeenumber", "empid", "empno", "id", "workerid", "personid",
        "staffid", "personnelnumber", "respondentid", "respondent", "employee"}},
      {Field::Department,
       "Department",
       {"department", "dept", "departmentname", "function", "businessunit", "division", "orgunit",
        "organisation", "organization", "costcenter", "costcentre", "supervisoryorganization", "team"}},
      {Field::JobTitle,
       "Job title",
       {"jobtitle", "title", "job", "position", "positiontitle", "role", "jobprofile", "jobrole", "jobname"}},
      {Field::Location,
       "Location",
       {"location", "site", "office", "worklocation", "city", "country", "region"}},
      {Field::ManagerId,
       "Manager ID",
       {"managerid", "manager", "managerno", "managernumber", "supervisorid", "supervisor", "reportsto",
        "reportstoid", "linemanager", "linemanagerid", "managerempid", "manageremployeeid"}},
      {Field::AnnualSalary,
       "Annual salary",
       {"annualsalary", "salary", "basesalary", "annualbasesalary", "basepay", "annualpay", "pay",
        "compensation", "annualcompensation", "yearlysalary", "salaryannual", "annualsalaryusd", "salaryusd",
        "annualbase"}},
      {Field::HourlyCost,
       "Hourly cost",
       {"hourlycost", "loadedhourlycost", "hourlyrate", "costperhour", "rate", "loadedrate"}},
      {Field::Fte, "FTE", {"fte", "ftes", "fulltimeequivalent", "fteratio", "workinghoursfte"}},
      {Field::Headcount,
       "Headcount",
       {"headcount", "headcounts", "count", "employees", "numberofemployees", "noofemployees", "people",
        "staff", "hc", "size", "numberofpeople"}},
      {Field::Segment, "Segment", {"segment", "group", "segmentname", "cohort"}},
      {Field::Level,
       "Level",
       {"level", "ailevel", "tier", "aitier", "skilllevel", "currentlevel", "proficiency", "aiproficiency",
        "currenttier", "aiskilllevel"}},
      {Field::Knowledge, "Knowledge", {"knowledge", "aiknowledge"}},
      {Field::Confidence, "Confidence", {"confidence", "aiconfidence"}},
      {Field::Usage, "Usage", {"usage", "aiusage", "use", "frequencyofuse"}},
      {Field::Hesitation, "Hesitation", {"hesitation", "aihesitation", "anxiety", "hesitancy"}},
  };
  return list;
}

}  // namespace

const char* field_label(Field f) {
  for (const Synonyms& s : synonyms())
    if (s.field == f) return s.label;
  return "?";
}

std::string normalise_header(const std::string& text) {
  std::string out;
  for (unsigned char c : text)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

Field recognise_header(const std::string& text) {
  const std::string n = normalise_header(text);
  if (n.empty()) return Field::Count_;
  for (const Synonyms& s : synonyms())
    for (const char* name : s.names)
      if (n == name) return s.field;
  return Field::Count_;
}

int find_header_row(const Table& table) {
  const std::size_t rows = std::min(table.rows.size(), kHeaderSearchRows);
  int fullest = -1;
  std::size_t most = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    int known = 0;
    std::size_t filled = 0;
    for (const std::string& c : table.rows[i].cells) {
      if (recognise_header(c) != Field::Count_) ++known;
      if (!trim(c).empty()) ++filled;
    }
    if (known >= 2) return static_cast<int>(i);
    if (filled > most) {
      most = filled;
      fullest = static_cast<int>(i);
    }
  }
  return fullest;
}

std::vector<std::string> header_names(const Table& table, int header_row) {
  std::vector<std::string> names;
  if (header_row < 0) return names;
  const Row& h = table.rows[static_cast<std::size_t>(header_row)];
  for (std::size_t c = 0; c < h.cells.size(); ++c) {
    const std::string t = trim(h.cells[c]);
    names.push_back(t.empty() ? "column " + column_letter(c) : t);
  }
  return names;
}

Mapping recognise_columns(const Table& table, int header_row, Problems& problems,
                          std::vector<std::string>& notes) {
  Mapping m;
  const std::vector<std::string> names = header_names(table, header_row);
  const int row = header_row >= 0 ? table.rows[static_cast<std::size_t>(header_row)].number : 0;
  for (std::size_t c = 0; c < names.size(); ++c) {
    const Field f = recognise_header(names[c]);
    if (f == Field::Count_) continue;
    if (m.has(f)) {
      const std::string& first = names[static_cast<std::size_t>(m[f])];
      if (normalise_header(first) == normalise_header(names[c]))
        problems.add(row, names[c], "",
                     "appears twice (columns " + column_letter(std::size_t(m[f])) + " and " +
                         column_letter(c) + "): rename or remove one");
      else
        notes.push_back(std::string(field_label(f)) + ": column \"" + first + "\" is used, not \"" +
                        names[c] + "\"");
      continue;
    }
    m[f] = static_cast<int>(c);
  }
  return m;
}

int default_segment_column(const Mapping& m) {
  for (Field f : {Field::Segment, Field::Department, Field::JobTitle})
    if (m.has(f)) return m[f];
  return -1;
}

int find_column(const std::vector<std::string>& header, const std::string& name) {
  const std::string want = normalise_header(name);
  for (std::size_t c = 0; c < header.size(); ++c)
    if (normalise_header(header[c]) == want) return static_cast<int>(c);
  return -1;
}

bool map_column(Mapping& m, const std::vector<std::string>& header, Field field, const std::string& name,
                Problems& problems) {
  const int c = find_column(header, name);
  if (c < 0) {
    std::string all;
    for (const std::string& h : header) all += (all.empty() ? "\"" : ", \"") + h + "\"";
    problems.add(0, name, "", "is not a column of the file; its columns are " + all);
    return false;
  }
  m[field] = c;
  return true;
}

}  // namespace planner::import
