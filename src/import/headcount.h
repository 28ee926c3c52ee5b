// headcount.h — segments from an HRIS export: the pure function from (plan,
// table, options) to (new plan, summary, problems). The plan's other inputs
// are never touched; on any problem the new plan is not produced.
//
// Rules (docs/schema.md, "Importing headcount"):
//   - per-employee rows: a segment's headcount is its number of rows (people;
//     FTE does not shrink a learner). Per-group rows (a Headcount column):
//     the sum of that column.
//   - loaded hourly cost = annual salary / org.hours_per_fte_year (2,080) /
//     kWageShareOfCompensation, averaged over the segment's people with a
//     salary (per-group rows: weighted by headcount); an "Hourly cost" column
//     is taken as it is; neither: the plan's default hourly cost.
//   - managers = distinct IDs in the Manager ID column, each counted in the
//     segment of that person's own row (or, when the manager is not in the
//     file, of the first row naming them).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/scenario.h"
#include "import/columns.h"
#include "import/table.h"

namespace planner::import {

// Wages and salaries are about 70 % of total compensation (BLS Employer Costs
// for Employee Compensation, Dec 2024, private industry), so a salary is
// loaded x 1 / 0.70 for benefits and employer taxes.
constexpr double kWageShareOfCompensation = 0.70;
constexpr const char* kWageShareSource =
    "BLS Employer Costs for Employee Compensation (ECEC), Dec 2024: wages and salaries are about 70 % of "
    "total "
    "compensation in US private industry";
constexpr std::size_t kMaxSegments = 500;  // more is a grouping mistake (by Employee ID?)

enum class ImportMode { Replace, Merge };

struct HeadcountOptions {
  std::vector<std::string> group_by;  // header names; empty: Segment, else Department, else Job title
  std::vector<std::pair<Field, std::string>> mapped;  // by-hand mapping: field -> header name
  ImportMode mode = ImportMode::Replace;
  double wage_share = kWageShareOfCompensation;
};

struct SegmentSummary {
  std::string name;
  int headcount = 0;
  double hourly_cost = 0;
  bool hourly_from_file = false;  // false: the plan's default
  int managers = -1;              // -1: the file has no Manager ID column
  bool added = true;              // merge: false when it updated a segment of the plan
};

struct ImportSummary {
  int header_row = 0;  // 1-based, as in the file
  std::vector<std::string> header;
  Mapping mapping;
  std::vector<std::string> group_by;
  bool per_group = false;  // rows are groups with a Headcount column
  int rows_used = 0;
  int people = 0;
  std::vector<SegmentSummary> segments;
  std::vector<std::string> notes;  // what the user should know (title rows skipped, plan rows dropped...)
  std::string text() const;        // a short summary for stderr or a status line
};

struct ImportOutcome {
  bool ok = false;
  Scenario scenario;  // the new plan when ok
  ImportSummary summary;
  Problems problems;
};

ImportOutcome import_headcount(const Scenario& base, const Table& table, const HeadcountOptions& options);

// The columns to group by: the given header names, else the default; false
// (with a problem) when one is unknown or there is none.
bool resolve_group_columns(const std::vector<std::string>& header, const Mapping& mapping,
                           const std::vector<std::string>& wanted, std::vector<int>& columns,
                           Problems& problems);

// The last step of every import: `s` goes to `out` only when the plan it
// makes is valid; otherwise each problem is listed. Returns whether it went.
bool accept_plan(Scenario s, Scenario& out, Problems& problems);

// The plan's segment a name in a file means: the same name, else the same
// letters and digits whatever the case, spaces and punctuation ("hr legal" is
// "HR & Legal"); -1 when none.
int find_segment(const Scenario& s, const std::string& name);

// A new segment as the plan makes one: Segment's defaults, the plan's default
// hourly cost, no one at any tier yet, the plan's first segment's target.
Segment new_segment(const Scenario& s, const std::string& name);

}  // namespace planner::import
