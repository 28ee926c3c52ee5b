// headcount.cpp — 1. rows to groups, 2. groups to segments, 3. into the plan.
#include "import/headcount.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "core/evaluate.h"
#include "import/numbers.h"
#include "import/scaling.h"

namespace planner::import {
namespace {

struct Group {
  std::string name;
  double headcount = 0;
  double cost_sum = 0, cost_weight = 0;  // hourly cost x people, people with a cost
  int managers = 0;
};

// A number cell that must be >= 0; a problem naming row, column and value otherwise.
bool read_amount(const Row& r, int c, const std::string& column, bool whole, double& out,
                 Problems& problems) {
  const std::string t = trim(cell_at(r, c));
  if (!parse_number(t, out)) {
    problems.add(r.number, column, t, t.empty() ? "is empty; a number is needed" : "is not a number");
    return false;
  }
  if (out < 0) {
    problems.add(r.number, column, t, "is negative");
    return false;
  }
  if (whole && out != std::floor(out)) {
    problems.add(r.number, column, t, "is not a whole number of people");
    return false;
  }
  return true;
}

}  // namespace

int find_segment(const Scenario& s, const std::string& name) {
  const std::string want = normalise_header(name);
  for (std::size_t i = 0; i < s.segments.size(); ++i)
    if (s.segments[i].name == name) return static_cast<int>(i);
  for (std::size_t i = 0; i < s.segments.size(); ++i)
    if (normalise_header(s.segments[i].name) == want && !want.empty()) return static_cast<int>(i);
  return -1;
}

bool accept_plan(Scenario s, Scenario& out, Problems& problems) {
  // Problems with actuals name their month and field in words already; the path would only add noise.
  for (const Issue& issue : validate(s))
    problems.add(0, "", "",
                 "The resulting plan would not be valid: " +
                     (issue.path.rfind("actuals.", 0) == 0 ? issue.message : issue.text()));
  if (!problems.empty()) return false;
  out = std::move(s);
  return true;
}

Segment new_segment(const Scenario& s, const std::string& name) {
  Segment g;
  g.name = name;
  g.hourly_cost = s.org.default_hourly_cost;
  const std::size_t tiers = s.framework.tiers.size();
  g.current_at_tier.assign(tiers, 0);
  if (!s.segments.empty() && s.segments[0].target_share.size() == tiers)
    g.target_share = s.segments[0].target_share;
  else
    g.target_share.assign(tiers, 0.0);
  return g;
}

bool resolve_group_columns(const std::vector<std::string>& header, const Mapping& mapping,
                           const std::vector<std::string>& wanted, std::vector<int>& columns,
                           Problems& problems) {
  columns.clear();
  for (const std::string& w : wanted) {
    const int c = find_column(header, w);
    if (c < 0) {
      std::string all;
      for (const std::string& h : header) all += (all.empty() ? "\"" : ", \"") + h + "\"";
      problems.add(0, w, "",
                   "is not a column of the file, so it cannot be grouped by; its columns are " + all);
      return false;
    }
    columns.push_back(c);
  }
  if (!columns.empty()) return true;
  if (const int c = default_segment_column(mapping); c >= 0) {
    columns.push_back(c);
    return true;
  }
  problems.add(
      0, "", "",
      "The file has no Segment, Department or Job title column to group people by: name one to group by "
      "(--group-by COLUMN)");
  return false;
}

ImportOutcome import_headcount(const Scenario& base, const Table& table, const HeadcountOptions& options) {
  ImportOutcome out;
  ImportSummary& sum = out.summary;
  Problems& problems = out.problems;
  const int h = find_header_row(table);
  if (h < 0) {
    problems.add(0, "", "", "The file is empty: no header row and no data");
    return out;
  }
  const Row& header_row = table.rows[static_cast<std::size_t>(h)];
  sum.header_row = header_row.number;
  sum.header = header_names(table, h);
  sum.notes = table.notes;
  if (h > 0)
    sum.notes.push_back("Header found in row " + std::to_string(header_row.number) +
                        "; the rows above are skipped");
  sum.mapping = recognise_columns(table, h, problems, sum.notes);
  for (const auto& [field, name] : options.mapped) map_column(sum.mapping, sum.header, field, name, problems);
  std::vector<int> group_cols;
  if (!problems.empty() ||
      !resolve_group_columns(sum.header, sum.mapping, options.group_by, group_cols, problems))
    return out;
  for (int c : group_cols) sum.group_by.push_back(sum.header[static_cast<std::size_t>(c)]);
  const Mapping& m = sum.mapping;
  sum.per_group = m.has(Field::Headcount);
  if (m.has(Field::Fte) && !sum.per_group)
    sum.notes.push_back("FTE is read but not used: headcount counts people (a part-timer is one learner)");
  auto name_of = [&](Field f) { return sum.header[static_cast<std::size_t>(m[f])]; };

  // 1. Rows to groups.
  std::vector<Group> groups;
  std::unordered_map<std::string, std::size_t> group_of;
  std::unordered_map<std::string, std::pair<int, std::size_t>> employee;  // ID -> row number, group
  std::map<std::string, std::size_t> manager_seen;  // manager ID -> group of first report
  int blank_rows = 0;
  const double hours = base.org.hours_per_fte_year;
  for (std::size_t i = static_cast<std::size_t>(h) + 1; i < table.rows.size(); ++i) {
    const Row& r = table.rows[i];
    if (is_blank(r)) {
      ++blank_rows;
      continue;
    }
    if (r.cells.size() == 1 && sum.header.size() > 1 &&
        r.cells[0].find_first_of(",;\t") != std::string::npos) {
      problems.add(
          r.number, sum.header[0], r.cells[0],
          "holds the whole row in one cell: this row seems separated by a different character than the "
          "header row");
      continue;
    }
    std::size_t used = r.cells.size();
    while (used > 0 && trim(r.cells[used - 1]).empty()) --used;
    if (used > sum.header.size()) {
      problems.add(r.number, column_letter(used - 1), r.cells[used - 1],
                   "is past the last column of the header (" + std::to_string(sum.header.size()) +
                       " columns): a delimiter inside an unquoted value, or a different delimiter?");
      continue;
    }
    std::string key;
    for (std::size_t k = 0; k < group_cols.size(); ++k)
      key += (k ? " / " : "") + trim(cell_at(r, group_cols[k]));
    if (key.find_first_not_of(" /") == std::string::npos) key = "Unassigned";
    auto [it, fresh] = group_of.emplace(key, groups.size());
    if (fresh) {
      if (groups.size() >= kMaxSegments) {
        problems.add(0, "", "",
                     "Grouping by " + sum.group_by[0] + " gives more than " + std::to_string(kMaxSegments) +
                         " segments, the most a plan takes: group by a broader column");
        return out;
      }
      groups.push_back(Group{key});
    }
    Group& g = groups[it->second];
    double people = 1;
    if (sum.per_group &&
        !read_amount(r, m[Field::Headcount], name_of(Field::Headcount), true, people, problems))
      continue;
    g.headcount += people;
    double cost = 0;
    if (m.has(Field::HourlyCost) && !trim(cell_at(r, m[Field::HourlyCost])).empty()) {
      if (!read_amount(r, m[Field::HourlyCost], name_of(Field::HourlyCost), false, cost, problems)) continue;
    } else if (m.has(Field::AnnualSalary) && !trim(cell_at(r, m[Field::AnnualSalary])).empty()) {
      double salary = 0;
      if (!read_amount(r, m[Field::AnnualSalary], name_of(Field::AnnualSalary), false, salary, problems))
        continue;
      cost = salary / hours / options.wage_share;
    }
    if (cost > 0) {
      g.cost_sum += cost * people;
      g.cost_weight += people;
    }
    if (m.has(Field::EmployeeId)) {
      const std::string id = trim(cell_at(r, m[Field::EmployeeId]));
      if (!id.empty()) {
        auto [e, added] = employee.emplace(id, std::make_pair(r.number, it->second));
        if (!added)
          problems.add(r.number, name_of(Field::EmployeeId), id,
                       "appears twice (also in row " + std::to_string(e->second.first) + ")");
      }
    }
    if (m.has(Field::ManagerId)) {
      const std::string mid = trim(cell_at(r, m[Field::ManagerId]));
      if (!mid.empty()) manager_seen.emplace(mid, it->second);
    }
    ++sum.rows_used;
  }
  if (blank_rows) sum.notes.push_back(std::to_string(blank_rows) + " empty row(s) skipped");
  if (!problems.empty()) return out;
  if (groups.empty()) {
    problems.add(0, "", "",
                 "The file has a header (row " + std::to_string(sum.header_row) + ") but no rows of data");
    return out;
  }
  for (const auto& [mid, first_group] : manager_seen) {
    auto e = employee.find(mid);
    ++groups[e != employee.end() ? e->second.second : first_group].managers;
  }

  // 2 and 3. Groups to segments, into the plan.
  Scenario s = base;
  if (options.mode == ImportMode::Replace) {
    const std::size_t before = s.plan.size();
    s.plan.erase(
        std::remove_if(s.plan.begin(), s.plan.end(), [](const Assignment& a) { return a.segment >= 0; }),
        s.plan.end());
    if (s.plan.size() != before)
      sum.notes.push_back(std::to_string(before - s.plan.size()) +
                          " plan row(s) for the old segments dropped; rows for every segment are kept");
    s.segments.clear();
  }
  for (const Group& g : groups) {
    const int at = options.mode == ImportMode::Merge ? find_segment(s, g.name) : -1;
    SegmentSummary row;
    row.name = g.name;
    row.added = at < 0;
    if (at < 0) s.segments.push_back(new_segment(base, g.name));
    Segment& seg = at < 0 ? s.segments.back() : s.segments[static_cast<std::size_t>(at)];
    seg.headcount = static_cast<int>(std::llround(g.headcount));
    if (g.cost_weight > 0) {
      seg.hourly_cost = std::round(g.cost_sum / g.cost_weight * 100) / 100;  // cents
      row.hourly_from_file = true;
    }
    if (m.has(Field::ManagerId)) {
      seg.managers = std::max(1, g.managers);
      row.managers = g.managers;
      if (g.managers == 0)
        sum.notes.push_back(g.name +
                            ": no one in it manages anyone in the file; managers set to 1 (edit it)");
    }
    // Merge: people at each tier never exceed the new headcount.
    long long at_tiers = 0;
    for (int n : seg.current_at_tier) at_tiers += n;
    if (at_tiers > seg.headcount) {
      std::vector<long long> counts(seg.current_at_tier.begin(), seg.current_at_tier.end());
      const std::vector<long long> scaled = scale_to_total(counts, seg.headcount);
      for (std::size_t k = 0; k < scaled.size(); ++k) seg.current_at_tier[k] = static_cast<int>(scaled[k]);
    }
    row.headcount = seg.headcount;
    row.hourly_cost = seg.hourly_cost;
    sum.people += seg.headcount;
    sum.segments.push_back(row);
  }
  out.ok = problems.empty() && accept_plan(std::move(s), out.scenario, problems);
  return out;
}

std::string ImportSummary::text() const {
  std::string t = "Imported " + std::to_string(people) + " people from " + std::to_string(rows_used) +
                  (per_group ? " group rows" : " rows") + " into " + std::to_string(segments.size()) +
                  " segment(s), grouped by ";
  for (std::size_t i = 0; i < group_by.size(); ++i) t += (i ? " + " : "") + group_by[i];
  t += ".\n";
  constexpr std::size_t kListed = 20;  // a summary, not the whole plan
  for (std::size_t i = 0; i < segments.size() && i < kListed; ++i) {
    const SegmentSummary& g = segments[i];
    char cost[32];
    std::snprintf(cost, sizeof cost, "%.2f", g.hourly_cost);
    t += "  " + g.name + ": " + std::to_string(g.headcount) + " people, " + cost + "/h" +
         (g.hourly_from_file ? "" : " (the plan's default)") +
         (g.managers >= 0 ? ", " + std::to_string(g.managers) + " manager(s)" : "") +
         (g.added ? "" : " (updated)") + "\n";
  }
  if (segments.size() > kListed) t += "  ... and " + std::to_string(segments.size() - kListed) + " more\n";
  for (const std::string& n : notes) t += "  note: " + n + "\n";
  return t;
}

}  // namespace planner::import
