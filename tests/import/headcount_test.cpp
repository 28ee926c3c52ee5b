// Segments from an HR export: hand-worked figures, replace and merge, the bad
// inputs of issue 13 each named by row, column and value.
#include "import/headcount.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "fixtures.h"
#include "import/csv_reader.h"
#include "import/read_table.h"
#include "io/presets.h"

namespace planner::import {
namespace {

Scenario plan() { return test::default_plan(); }

ImportOutcome run(const std::string& csv, HeadcountOptions o = {}, const Scenario& base = plan()) {
  return import_headcount(base, test::csv_table(csv), o);
}

const std::string kStaff =
    "Employee ID,Department,Job title,Location,Manager ID,Annual salary\n"
    "1,Legal,Counsel,NY,,120000\n"
    "2,Legal,Paralegal,NY,1,65000\n"
    "3,IT,Engineer,SF,5,95000\n"
    "4,IT,Engineer,LA,5,105000\n"
    "5,IT,Head,SF,9,150000\n";  // 9 is not in the file: counted where first named (IT)

TEST(Headcount, HandWorkedSegmentsCostsAndManagers) {
  const ImportOutcome r = run(kStaff);
  ASSERT_TRUE(r.ok) << r.problems.text();
  ASSERT_EQ(r.scenario.segments.size(), 2u);
  const Segment& legal = r.scenario.segments[0];
  EXPECT_EQ(legal.name, "Legal");
  EXPECT_EQ(legal.headcount, 2);
  // (120,000 + 65,000) / 2 = 92,500 a year / 2,080 h / 0.70 = 63.53 $/h.
  EXPECT_DOUBLE_EQ(legal.hourly_cost, 63.53);
  EXPECT_EQ(legal.managers, 1);  // person 1 manages person 2
  const Segment& it = r.scenario.segments[1];
  EXPECT_EQ(it.headcount, 3);
  // (95,000 + 105,000 + 150,000) / 3 / 2,080 / 0.70 = 80.13.
  EXPECT_DOUBLE_EQ(it.hourly_cost, 80.13);
  EXPECT_EQ(it.managers, 2);  // 5 (in IT) and 9 (not in the file, first named in IT)
  EXPECT_EQ(r.summary.people, 5);
}

TEST(Headcount, KeepsThePlansOtherInputsAndItsRowsForEverySegment) {
  const Scenario base = plan();
  const ImportOutcome r = run(kStaff, {}, base);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.scenario.models.size(), base.models.size());
  EXPECT_EQ(r.scenario.target.share, base.target.share);
  EXPECT_EQ(r.scenario.capacity.coaches, base.capacity.coaches);
  for (const Assignment& a : r.scenario.plan) EXPECT_EQ(a.segment, -1);
  EXPECT_TRUE(validate(r.scenario).empty());
  // A new segment is the plan's kind of segment: its default rate when no
  // salary, no one at a tier yet, the first segment's targets.
  EXPECT_EQ(r.scenario.segments[0].target_share, base.segments[0].target_share);
  EXPECT_EQ(r.scenario.segments[0].addressable_hours_week, Segment{}.addressable_hours_week);
}

TEST(Headcount, GroupsByTwoColumnsAndByHand) {
  HeadcountOptions o;
  o.group_by = {"department", "LOCATION"};
  const ImportOutcome r = run(kStaff, o);
  ASSERT_TRUE(r.ok) << r.problems.text();
  std::vector<std::string> names;
  for (const Segment& g : r.scenario.segments) names.push_back(g.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Legal / NY", "IT / SF", "IT / LA"}));
}

TEST(Headcount, PerGroupRowsSumTheirCountColumnAndWeightTheirPay) {
  const ImportOutcome r =
      run("Department;Headcount;Annual salary\nSales;40;72800\nSales;10;58240\nOps;25;\n");
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_TRUE(r.summary.per_group);
  EXPECT_EQ(r.scenario.segments[0].headcount, 50);
  // 72,800 / 2,080 / 0.7 = 50; 58,240 -> 40; weighted (40 x 50 + 10 x 40) / 50 = 48.
  EXPECT_DOUBLE_EQ(r.scenario.segments[0].hourly_cost, 48);
  EXPECT_DOUBLE_EQ(r.scenario.segments[1].hourly_cost, plan().org.default_hourly_cost);
  EXPECT_FALSE(r.summary.segments[1].hourly_from_file);
}

TEST(Headcount, MergeUpdatesByNameAndAddsTheRest) {
  Scenario base = plan();
  const std::string first = base.segments[0].name;
  const int kept_managers = base.segments[0].managers;
  HeadcountOptions o;
  o.mode = ImportMode::Merge;
  const ImportOutcome r = run("Department,Headcount\n" + first + ",3\nNew team,7\n", o, base);
  ASSERT_TRUE(r.ok) << r.problems.text();
  ASSERT_EQ(r.scenario.segments.size(), base.segments.size() + 1);
  EXPECT_EQ(r.scenario.segments[0].headcount, 3);
  EXPECT_EQ(r.scenario.segments[0].managers, kept_managers);  // no Manager ID column
  int at_tiers = 0;
  for (int n : r.scenario.segments[0].current_at_tier) at_tiers += n;
  EXPECT_LE(at_tiers, 3);  // scaled down to the new headcount
  EXPECT_EQ(r.scenario.segments.back().name, "New team");
  EXPECT_EQ(r.scenario.plan.size(), base.plan.size());  // merge keeps every plan row
}

TEST(Headcount, FindsTheHeaderBelowTitleRowsAndSkipsEmptyRows) {
  const ImportOutcome r = run("HR export\nAs of 2026-11-01\n\nDept,Headcount\nA,2\n\n,\nB,3\n");
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.summary.header_row, 4);
  EXPECT_EQ(r.summary.people, 5);
}

// ---- Bad input: each names row, column and value in plain words -------------

std::string problems_of(const std::string& csv, HeadcountOptions o = {}) {
  const ImportOutcome r = run(csv, o);
  EXPECT_FALSE(r.ok);
  return r.problems.text();
}

TEST(HeadcountBadInput, NonNumericAndNegativeSalariesAndHeadcounts) {
  EXPECT_EQ(problems_of("Department,Annual salary\nLegal,eighty\nIT,-5\n"),
            "Row 2, column \"Annual salary\": \"eighty\" is not a number.\n"
            "Row 3, column \"Annual salary\": \"-5\" is negative.\n");
  EXPECT_EQ(problems_of("Department,Headcount\nLegal,\nIT,2.5\n"),
            "Row 2, column \"Headcount\" is empty; a number is needed.\n"
            "Row 3, column \"Headcount\": \"2.5\" is not a whole number of people.\n");
}

TEST(HeadcountBadInput, DuplicateAndMissingColumns) {
  EXPECT_EQ(problems_of("Department,Salary,salary\nA,1,2\n"),
            "Row 1, column \"salary\" appears twice (columns B and C): rename or remove one.\n");
  EXPECT_NE(problems_of("Name,Pay\nA,1\n").find("no Segment, Department or Job title column"),
            std::string::npos);
  HeadcountOptions o;
  o.group_by = {"Team name"};
  EXPECT_EQ(problems_of("Department,Pay\nA,1\n", o),
            "Column \"Team name\" is not a column of the file, so it cannot be grouped by; its columns are "
            "\"Department\", \"Pay\".\n");
}

TEST(HeadcountBadInput, MixedDelimitersAndDuplicateEmployees) {
  EXPECT_EQ(
      problems_of("Employee ID,Department\n1,Legal\n2;IT\n1,IT\n"),
      "Row 3, column \"Employee ID\": \"2;IT\" holds the whole row in one cell: this row seems separated by "
      "a different character than the header row.\n"
      "Row 4, column \"Employee ID\": \"1\" appears twice (also in row 2).\n");
  EXPECT_NE(problems_of("Department,Headcount\nLegal,4,extra\n")
                .find("Row 2, column \"C\": \"extra\" is past the last"),
            std::string::npos);
}

TEST(HeadcountBadInput, GroupingByAnIdIsCaught) {
  std::string csv = "Employee ID,Department\n";
  for (int i = 0; i < 600; ++i) csv += std::to_string(i) + ",D\n";
  HeadcountOptions o;
  o.group_by = {"Employee ID"};
  EXPECT_NE(problems_of(csv, o).find("more than 500 segments"), std::string::npos);
}

TEST(HeadcountBadInput, AnEmptyFileAndAHeaderWithoutRows) {
  EXPECT_EQ(problems_of(""), "The file is empty: no header row and no data.\n");
  EXPECT_EQ(problems_of("Department,Headcount\n"), "The file has a header (row 1) but no rows of data.\n");
}

TEST(Headcount, ReadsTheOpenpyxlWorkbookLikeTheCsv) {
  Table t;
  Problems p;
  ASSERT_TRUE(read_table(test::xlsx("staff.xlsx"), "staff.xlsx", "", t, p)) << p.text();
  const ImportOutcome r = import_headcount(plan(), t, {});
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.scenario.segments[0].name, "Legal");
  EXPECT_EQ(r.scenario.segments[0].headcount, 2);               // the merged department reaches row 5
  EXPECT_DOUBLE_EQ(r.scenario.segments[1].hourly_cost, 84.13);  // the formula row has no salary: 2 of 3
}

TEST(Headcount, AHundredThousandEmployeeRows) {
  std::string csv = "Employee ID,Department,Location,Manager ID,Annual salary\n";
  for (int i = 0; i < 100000; ++i)
    csv += std::to_string(i) + ",Dept " + std::to_string(i % 14) + ",Site " + std::to_string(i % 3) + "," +
           std::to_string(i / 10 * 10) + "," + std::to_string(50000 + i % 1000) + "\n";
  const ImportOutcome r = run(csv);
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.summary.people, 100000);
  EXPECT_EQ(r.scenario.segments.size(), 14u);
  int managers = 0, set_to_one = 0;
  for (const SegmentSummary& g : r.summary.segments) {
    managers += g.managers;
    set_to_one += g.managers == 0;
  }
  EXPECT_EQ(managers, 10000);  // every tenth person manages the next nine
  // Managers (IDs 0, 10, 20...) sit in the even departments only; the odd
  // ones manage no one in the file and keep one manager, with a note.
  EXPECT_EQ(set_to_one, 7);
  EXPECT_EQ(r.scenario.segments[1].managers, 1);
}

}  // namespace
}  // namespace planner::import
