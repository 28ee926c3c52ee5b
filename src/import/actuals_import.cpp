// actuals_import.cpp — see actuals_import.h for the rules.
#include "import/actuals_import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/names.h"
#include "import/actuals_rows.h"
#include "import/columns.h"
#include "import/headcount.h"
#include "import/numbers.h"

namespace planner::import {
namespace {

constexpr int kHeaderSearchRows = 10;  // title rows above the header
constexpr const char* kKinds[3] = {"Enrolled", "Completed", "Applying"};

// Where each figure is in the file: -1 = not in it.
struct Columns {
  int month = -1, spend = -1, hours = -1, segment = -1;
  std::vector<int> kind[3];  // [kind][k]
  std::vector<int> metric;   // [i] into measurement_plan(s)
};

bool is_one_of(const std::string& h, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (h == n) return true;
  return false;
}

// The names a tier goes by in a column title.
std::vector<std::string> tier_names(const Scenario& s, int k) {
  return {normalise_header(s.framework.tiers[k].name), normalise_header(short_tier_name(s, k)),
          "t" + std::to_string(k + 1), "tier" + std::to_string(k + 1)};
}

// 0-based calendar month from "March", "mar", ...; -1 if none.
int month_from_name(std::string word) {
  static const char* kNames[12] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m)
    if (word == kNames[m] || (word.size() == 3 && std::string(kNames[m]).compare(0, 3, word) == 0)) return m;
  return -1;
}

bool all_digits(const std::string& t) {
  return !t.empty() &&
         std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Days since 1899-12-30 (a spreadsheet's date) to year and 1-based month
// (Howard Hinnant's civil_from_days).
void month_of_serial(long days, int& year, int& month) {
  const long z = days - 25569 + 719468;  // to days since 1970-01-01, then since 0000-03-01
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// "2027-03", "2027/03/01", "March 2027", "Mar-2027" or a spreadsheet date.
bool parse_month(const std::string& text, int& year, int& month) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : text) {
    if (c == '-' || c == '/' || c == ' ' || c == '.') {
      if (!part.empty()) parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  if (!part.empty()) parts.push_back(part);
  if ((parts.size() == 2 || parts.size() == 3) && parts[0].size() == 4 && all_digits(parts[0]) &&
      all_digits(parts[1]) && parts[1].size() <= 2) {
    year = std::atoi(parts[0].c_str());
    month = std::atoi(parts[1].c_str());
    return month >= 1 && month <= 12;
  }
  if (parts.size() == 2 && parts[1].size() == 4 && all_digits(parts[1])) {
    const int m = month_from_name(parts[0]);
    if (m < 0) return false;
    year = std::atoi(parts[1].c_str());
    month = m + 1;
    return true;
  }
  double serial = 0;
  if (parts.size() == 1 && parse_number(text, serial) && serial >= 20000 && serial < 100000) {
    month_of_serial(static_cast<long>(std::floor(serial)), year, month);
    return true;
  }
  return false;
}

int find_header(const Table& t) {
  const int n = std::min<int>(kHeaderSearchRows, static_cast<int>(t.rows.size()));
  for (int i = 0; i < n; ++i)
    for (const std::string& c : t.rows[i].cells)
      if (normalise_header(c) == "month") return i;
  return -1;
}

// Recognises every header cell; unknown ones become notes.
// The segment column is the one the headcount import would group by
// (columns.h, default_segment_column).
Columns recognise(const Scenario& s, const std::vector<Metric>& metrics, const Table& table, int header_row,
                  const std::vector<std::string>& header, Problems& problems,
                  std::vector<std::string>& notes) {
  const int K = static_cast<int>(s.framework.tiers.size());
  Columns c;
  for (auto& v : c.kind) v.assign(K, -1);
  c.metric.assign(metrics.size(), -1);
  Problems ignored;  // a repeated header is found again below
  std::vector<std::string> ignored_notes;
  c.segment = default_segment_column(recognise_columns(table, header_row, ignored, ignored_notes));
  for (int col = 0; col < static_cast<int>(header.size()); ++col) {
    const std::string h = normalise_header(header[col]);
    if (h.empty() || col == c.segment) continue;
    auto take = [&](int& slot) {
      if (slot >= 0)
        problems.add(0, header[col], "", "names the same figure as column \"" + header[slot] + "\"");
      else
        slot = col;
    };
    if (h == "month") {
      take(c.month);
    } else if (is_one_of(h, {"spend", "spent", "actualspend", "cashspend", "incrementalspend"})) {
      take(c.spend);
    } else if (is_one_of(h, {"hourssavedperweek", "hourssavedaweek", "hourssavedweek", "hourssaved"})) {
      take(c.hours);
    } else {
      bool found = false;
      for (int kind = 0; kind < 3 && !found; ++kind) {
        const std::string word = normalise_header(kKinds[kind]);
        for (int k = 0; k < K && !found; ++k)
          for (const std::string& name : tier_names(s, k))
            if (h == word + name || h == name + word) {
              take(c.kind[kind][k]);
              found = true;
              break;
            }
      }
      for (size_t i = 0; i < metrics.size() && !found; ++i) {
        const std::string name = normalise_header(metrics[i].name);
        const bool unique = std::count_if(metrics.begin(), metrics.end(), [&](const Metric& m) {
                              return normalise_header(m.name) == name;
                            }) == 1;
        const std::string tier = normalise_header(short_tier_name(s, metrics[i].tier));
        if ((unique && h == name) || h == tier + name || h == name + tier) {
          take(c.metric[i]);
          found = true;
        }
      }
      if (!found)
        notes.push_back("Column \"" + header[col] +
                        "\" is not read: it is not Month, Segment, Spend, Hours saved per week, a tier's "
                        "Enrolled / Completed / Applying, or a metric of the measurement plan.");
    }
  }
  if (c.month < 0) problems.add(0, "", "", "The file has no Month column.");
  if (c.spend < 0) problems.add(0, "", "", "The file has no Spend column (the month's incremental spend).");
  for (int kind = 0; kind < 3; ++kind) {
    const auto& cols = c.kind[kind];
    const bool any = std::any_of(cols.begin(), cols.end(), [](int x) { return x >= 0; });
    for (int k = 0; k < K && any; ++k)
      if (cols[k] < 0)
        problems.add(0, "", "",
                     std::string("The file has ") + kKinds[kind] + " for some tiers but no column \"" +
                         kKinds[kind] + " " + s.framework.tiers[k].name + "\": give every tier or none.");
  }
  return c;
}

// A number from `row`'s cell in `col`; false with a problem when it is not one.
bool number_at(const Row& row, int col, const std::string& column, double& out, Problems& problems) {
  const std::string text = trim(cell_at(row, col));
  if (parse_number(text, out) && std::isfinite(out)) return true;
  problems.add(row.number, column, text, "is not a number");
  return false;
}

// "Customer Support, Marketing, ..."
std::string segment_names(const Scenario& s) {
  std::string all;
  for (const Segment& g : s.segments) all += (all.empty() ? "" : ", ") + g.name;
  return all;
}

// Reads one row's month, segment and figures into `out`; false (with the
// problems named) when the row cannot be used.
struct RowReader {
  const Scenario& base;
  const Result& plan;
  const Columns& c;
  const std::vector<std::string>& header;
  Problems& problems;
  // [month][segment + 1] -> the row giving it, to find the same month (and segment) twice
  std::map<int, std::map<int, int>> seen;

  bool read(const Row& row, ActualsRow& out) {
    const int K = static_cast<int>(base.framework.tiers.size());
    const std::string month_text = trim(cell_at(row, c.month));
    int year = 0, calendar = 0;
    if (month_text.empty()) {
      problems.add(row.number, header[c.month], "", "is blank: every row is a month");
      return false;
    }
    if (!parse_month(month_text, year, calendar)) {
      problems.add(row.number, header[c.month], month_text,
                   "is not a month (write it as 2027-03 or March 2027)");
      return false;
    }
    const int month = plan_month_of(base.org, year, calendar);
    if (month < 1 || month > plan.months) {
      problems.add(row.number, header[c.month], month_text,
                   "is outside the plan (" + plan_month_name(base.org, 1) + " to " +
                       plan_month_name(base.org, plan.months) + ")");
      return false;
    }
    const std::string when = plan_month_name(base.org, month);
    const std::string segment_text = trim(cell_at(row, c.segment));
    if (!segment_text.empty()) {
      out.segment = find_segment(base, segment_text);
      if (out.segment < 0) {
        problems.add(row.number, header[c.segment], segment_text,
                     "is not a segment of the plan; its segments are " + segment_names(base));
        return false;
      }
    }
    std::map<int, int>& rows_of_month = seen[month];
    if (!rows_of_month.empty() && (out.segment < 0) != (rows_of_month.count(-1) > 0)) {
      const int other = rows_of_month.begin()->second;
      problems.add(row.number, header[c.segment], segment_text,
                   out.segment < 0
                       ? "is blank while row " + std::to_string(other) + " gives " + when +
                             " by segment: give a segment on every row of the month, or one row "
                             "for the whole month"
                       : "is given while row " + std::to_string(other) + " is the whole of " + when +
                             ": give a segment on every row of the month, or one row "
                             "for the whole month");
      return false;
    }
    if (const auto same = rows_of_month.find(out.segment); same != rows_of_month.end()) {
      problems.add(row.number, header[c.month], month_text,
                   out.segment < 0
                       ? "is already on row " + std::to_string(same->second) + ": one row per month"
                       : "with " + base.segments[static_cast<size_t>(out.segment)].name +
                             " is already on row " + std::to_string(same->second) +
                             ": one row per month and segment");
      return false;
    }
    rows_of_month[out.segment] = row.number;

    ActualMonth& a = out.figures;
    out.row = row.number;
    a.month = month;
    out.spend_given = !trim(cell_at(row, c.spend)).empty();
    if (out.spend_given)
      number_at(row, c.spend, header[c.spend], a.spend, problems);
    else if (out.segment < 0)  // a segment's row may leave it to another row of the month
      problems.add(row.number, header[c.spend], "", "is blank (type 0 for a month with no spend)");
    out.hours_given = c.hours >= 0 && !trim(cell_at(row, c.hours)).empty();
    if (out.hours_given) number_at(row, c.hours, header[c.hours], a.hours_saved_per_week, problems);
    std::vector<double>* lists[3] = {&a.enrolled, &a.completed, &a.applying};
    for (int kind = 0; kind < 3 && K > 0; ++kind) {
      if (c.kind[kind][0] < 0) continue;
      int blanks = 0;
      for (int k = 0; k < K; ++k) blanks += trim(cell_at(row, c.kind[kind][k])).empty() ? 1 : 0;
      if (blanks == K) continue;  // not measured this month
      lists[kind]->assign(K, 0.0);
      for (int k = 0; k < K; ++k) {
        const int col = c.kind[kind][k];
        if (trim(cell_at(row, col)).empty())
          problems.add(row.number, header[col], "",
                       std::string("is blank while other tiers' ") + kKinds[kind] + " are given");
        else
          number_at(row, col, header[col], (*lists[kind])[k], problems);
      }
    }
    for (size_t m = 0; m < c.metric.size(); ++m) {
      const int col = c.metric[m];
      if (col < 0 || trim(cell_at(row, col)).empty()) continue;
      MetricValue v;
      v.metric = static_cast<int>(m);
      if (number_at(row, col, header[col], v.value, problems)) a.metrics.push_back(v);
    }
    return true;
  }
};

}  // namespace

ActualsImport import_actuals(const Scenario& base, const Table& table) {
  ActualsImport out;
  Problems& problems = out.problems;
  const int header_row = find_header(table);
  if (header_row < 0) {
    problems.add(
        0, "", "",
        "No header row with a Month column in the first " + std::to_string(kHeaderSearchRows) + " rows.");
    return out;
  }
  std::vector<std::string> header;
  for (const std::string& cell : table.rows[header_row].cells) header.push_back(trim(cell));
  const std::vector<Metric> metrics = measurement_plan(base);
  const Columns c = recognise(base, metrics, table, header_row, header, problems, out.notes);
  out.segment_column = c.segment >= 0;
  if (!problems.empty()) return out;

  const Result plan = evaluate(base, Case::Likely);  // hours not given are the plan's
  RowReader reader{base, plan, c, header, problems, {}};
  std::vector<ActualsRow> rows;
  for (size_t i = static_cast<size_t>(header_row) + 1; i < table.rows.size(); ++i) {
    if (is_blank(table.rows[i])) continue;
    ActualsRow r;
    if (reader.read(table.rows[i], r)) rows.push_back(std::move(r));
  }
  if (rows.empty() && problems.empty()) problems.add(0, "", "", "The file has no months under its header.");
  if (!problems.empty()) return out;

  // Rows to months: a month's rows by segment join into one (actuals_rows.h).
  ActualsColumnNames names;
  names.spend = header[c.spend];
  for (int col : c.metric) names.metric.push_back(col < 0 ? "" : header[col]);
  bool hours_from_plan = false;
  std::vector<ActualMonth> read;
  for (const auto& [month, by_segment] : reader.seen) {
    const double plan_hours = plan_figures(base, plan, month).hours_saved_per_week;
    std::vector<const ActualsRow*> of_month;
    for (const ActualsRow& r : rows)
      if (r.figures.month == month) of_month.push_back(&r);
    if (by_segment.count(-1) == 0) {
      read.push_back(
          join_segment_rows(base, of_month, plan_hours, names, problems, out.notes, hours_from_plan));
      ++out.months_by_segment;
      continue;
    }
    ActualMonth a = of_month.front()->figures;
    if (!of_month.front()->hours_given) {
      a.hours_saved_per_week = plan_hours;
      hours_from_plan = true;
    }
    read.push_back(std::move(a));
  }
  if (!problems.empty()) return out;
  if (hours_from_plan)
    out.notes.push_back("Hours saved per week not given for a month are the plan's own figure for it.");

  Scenario s = base;
  int last = 0;
  for (ActualMonth& a : read) {
    last = std::max(last, a.month);
    auto same = std::find_if(s.actuals.months.begin(), s.actuals.months.end(),
                             [&](const ActualMonth& b) { return b.month == a.month; });
    if (same != s.actuals.months.end()) {
      *same = std::move(a);
      ++out.months_replaced;
    } else {
      s.actuals.months.push_back(std::move(a));
    }
  }
  std::sort(s.actuals.months.begin(), s.actuals.months.end(),
            [](const ActualMonth& x, const ActualMonth& y) { return x.month < y.month; });
  s.actuals.as_of_month = std::max(s.actuals.as_of_month, last);
  out.months_read = static_cast<int>(read.size());
  out.as_of_month = s.actuals.as_of_month;
  out.as_of_label = plan_month_name(s.org, out.as_of_month);
  out.ok = accept_plan(std::move(s), out.scenario, problems);
  return out;
}

bool looks_like_actuals(const Table& table) { return find_header(table) >= 0; }

std::string ActualsImport::text() const {
  std::string t = "Imported " + std::to_string(months_read) + " month(s) of actuals";
  if (months_by_segment > 0) t += ", " + std::to_string(months_by_segment) + " by segment";
  if (months_replaced > 0) t += " (" + std::to_string(months_replaced) + " replacing months the plan had)";
  t += "; the actuals now run to " + as_of_label + "\n";
  for (const std::string& n : notes) t += "  note: " + n + "\n";
  return t;
}

}  // namespace planner::import
