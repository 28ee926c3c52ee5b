// paste.cpp — 1. the pasted text as a table, 2. a header or a position,
// 3. each cell into its column.
#include "import/paste.h"

#include <cmath>

#include "core/names.h"
#include "import/columns.h"
#include "import/csv_reader.h"
#include "import/headcount.h"
#include "import/numbers.h"

namespace planner::import {
namespace {

// The column a pasted header cell names, or -1.
// Earlier versions of the table titled tier columns "Goal T2" and "Now T2".
std::string numbered_title(const SegmentColumn& c) {
  const char* word = c.kind == SegmentColumn::TargetShare ? "Goal T" : "Now T";
  return word + std::to_string(c.tier + 1);
}

int header_column(const std::string& text, const std::vector<SegmentColumn>& columns, const Scenario& s) {
  const std::string n = normalise_header(text);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const SegmentColumn& col = columns[c];
    const bool tiered = col.kind == SegmentColumn::TargetShare || col.kind == SegmentColumn::CurrentAtTier;
    if (n == normalise_header(segment_column_title(col, s)) ||
        (tiered && n == normalise_header(numbered_title(col))))
      return static_cast<int>(c);
  }
  const Field f = recognise_header(text);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto k = columns[c].kind;
    if ((k == SegmentColumn::Name &&
         (f == Field::Segment || f == Field::Department || f == Field::JobTitle)) ||
        (k == SegmentColumn::Headcount && f == Field::Headcount) ||
        (k == SegmentColumn::HourlyCost && f == Field::HourlyCost))
      return static_cast<int>(c);
  }
  return -1;
}

// Writes one cell; false with a problem naming pasted row, column and value.
bool write_cell(Segment& g, const SegmentColumn& col, const std::string& title, const std::string& raw,
                int row, Problems& problems) {
  const std::string text = trim(raw);
  if (col.kind == SegmentColumn::Name) {
    if (text.empty()) {
      problems.add(row, title, "", "is empty; a segment needs a name");
      return false;
    }
    g.name = text;
    return true;
  }
  double v = 0;
  const bool percent = !text.empty() && text.back() == '%';
  if (!parse_number(percent ? text.substr(0, text.size() - 1) : text, v)) {
    problems.add(row, title, text, text.empty() ? "is empty; a number is needed" : "is not a number");
    return false;
  }
  if (v < 0) {
    problems.add(row, title, text, "is negative");
    return false;
  }
  auto whole = [&](int& out) {
    if (v != std::floor(v) || v > 10000000) {
      problems.add(row, title, text, "is not a whole number");
      return false;
    }
    out = static_cast<int>(v);
    return true;
  };
  switch (col.kind) {
    case SegmentColumn::Headcount:
      return whole(g.headcount);
    case SegmentColumn::HourlyCost:
      g.hourly_cost = v;
      return true;
    case SegmentColumn::AddressableHours:
      g.addressable_hours_week = v;
      return true;
    case SegmentColumn::CurrentAtTier:
      return whole(g.current_at_tier[static_cast<std::size_t>(col.tier)]);
    case SegmentColumn::TargetShare:
      // "80%", "80" and "0.8" all mean 80 % (the table shows percents).
      g.target_share[static_cast<std::size_t>(col.tier)] = percent || v > 1 ? v / 100 : v;
      return true;
    case SegmentColumn::Wave:
      return whole(g.wave);
    case SegmentColumn::Managers:
      return whole(g.managers);
    case SegmentColumn::Name:
      break;
  }
  return true;
}

}  // namespace

std::vector<SegmentColumn> segment_table_columns(int tiers) {
  std::vector<SegmentColumn> c = {{SegmentColumn::Name}, {SegmentColumn::Headcount}};
  for (int k = 0; k < tiers; ++k) c.push_back({SegmentColumn::TargetShare, k});
  for (int k = 0; k < tiers; ++k) c.push_back({SegmentColumn::CurrentAtTier, k});
  c.push_back({SegmentColumn::HourlyCost});
  c.push_back({SegmentColumn::AddressableHours});
  c.push_back({SegmentColumn::Wave});
  c.push_back({SegmentColumn::Managers});
  return c;
}

std::string segment_column_title(const SegmentColumn& c, const Scenario& s) {
  switch (c.kind) {
    case SegmentColumn::Name:
      return "Segment";
    case SegmentColumn::Headcount:
      return "Headcount";
    case SegmentColumn::HourlyCost:
      return "Cost/h";
    case SegmentColumn::AddressableHours:
      return "AI h/wk";
    case SegmentColumn::CurrentAtTier:
      return short_tier_name(s, c.tier) + " now";
    case SegmentColumn::TargetShare:
      return short_tier_name(s, c.tier) + " goal";
    case SegmentColumn::Wave:
      return "Wave";
    case SegmentColumn::Managers:
      return "Managers";
  }
  return "";
}

bool is_table_paste(std::string_view text) {
  const auto end = text.find_last_not_of("\r\n");
  return end != std::string_view::npos &&
         text.substr(0, end + 1).find_first_of("\t\n") != std::string_view::npos;
}

PasteOutcome paste_segments(const Scenario& base, std::string_view text, int row, int column,
                            const std::vector<SegmentColumn>& columns) {
  PasteOutcome out;
  Table t;
  CsvDialect tsv;
  tsv.delimiter = '\t';
  if (!read_csv(text, tsv, t, out.problems)) return out;
  while (!t.rows.empty() && t.rows.back().cells.empty()) t.rows.pop_back();  // the copied final line break

  // 2. A header row maps cells by name (and rows by segment name); else by position.
  std::vector<int> target;  // pasted cell index -> column, -1 = left out
  int name_cell = -1;       // with a header: the pasted cell holding the segment's name
  if (!t.rows.empty()) {
    int named = 0;
    for (const std::string& c : t.rows[0].cells) {
      target.push_back(header_column(c, columns, base));
      if (target.back() < 0) continue;
      ++named;
      if (columns[static_cast<std::size_t>(target.back())].kind == SegmentColumn::Name)
        name_cell = static_cast<int>(target.size()) - 1;
    }
    if (named < 2 || name_cell < 0) {
      target.clear();
      name_cell = -1;
    }
  }
  const bool by_name = name_cell >= 0;
  Scenario s = base;
  const std::size_t first = by_name ? 1 : 0;
  for (std::size_t r = first; r < t.rows.size(); ++r) {
    const Row& pasted = t.rows[r];
    int at = -1;
    if (by_name) {
      const std::size_t nc = static_cast<std::size_t>(name_cell);
      const std::string name = nc < pasted.cells.size() ? trim(pasted.cells[nc]) : "";
      for (std::size_t j = 0; j < s.segments.size() && at < 0; ++j)
        if (normalise_header(s.segments[j].name) == normalise_header(name) && !name.empty())
          at = static_cast<int>(j);
    } else {
      at = row + static_cast<int>(r);
      if (at >= static_cast<int>(s.segments.size())) at = -1;
    }
    if (at < 0) {
      s.segments.push_back(new_segment(base, "Segment " + std::to_string(s.segments.size() + 1)));
      at = static_cast<int>(s.segments.size()) - 1;
      ++out.rows_added;
    } else {
      ++out.rows_updated;
    }
    Segment& g = s.segments[static_cast<std::size_t>(at)];
    for (std::size_t c = 0; c < pasted.cells.size(); ++c) {
      const int col = by_name ? (c < target.size() ? target[c] : -1) : column + static_cast<int>(c);
      if (col < 0 || col >= static_cast<int>(columns.size())) {
        if (!trim(pasted.cells[c]).empty() && !by_name)
          out.problems.add(pasted.number, column_letter(c), pasted.cells[c],
                           "is past the table's last column");
        continue;
      }
      const SegmentColumn& into = columns[static_cast<std::size_t>(col)];
      write_cell(g, into, segment_column_title(into, base), pasted.cells[c], pasted.number, out.problems);
    }
  }
  out.ok = out.problems.empty() && accept_plan(std::move(s), out.scenario, out.problems);
  return out;
}

}  // namespace planner::import
