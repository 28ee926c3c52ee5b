#include "import/preview.h"

#include <gtest/gtest.h>

#include "fixtures.h"
#include "import/csv_reader.h"

namespace planner::import {
namespace {

TEST(Preview, ShowsHeaderRecognitionFirstRowsAndTheSegments) {
  Table t;
  Problems p;
  ASSERT_TRUE(read_csv(
      "Staff list\nStaff no,Team,Pay per year,Notes\n1,A,50000,x\n\n2,B,60000,\n3,A,70000,\n", t, p));
  HeadcountOptions o;
  o.mapped = {{Field::EmployeeId, "Staff no"}, {Field::AnnualSalary, "Pay per year"}};  // by hand
  const ImportPreview v = preview_import(test::default_plan(), t, o, 2);
  EXPECT_EQ(v.header_row, 2);
  EXPECT_EQ(v.header, (std::vector<std::string>{"Staff no", "Team", "Pay per year", "Notes"}));
  EXPECT_EQ(v.recognised, (std::vector<std::string>{"Employee ID", "Department", "Annual salary", ""}));
  ASSERT_EQ(v.first_rows.size(), 2u);
  EXPECT_EQ(v.first_rows[1].number, 5);  // the blank row 4 is skipped
  ASSERT_TRUE(v.outcome.ok) << v.outcome.problems.text();
  ASSERT_EQ(v.outcome.summary.segments.size(), 2u);
  EXPECT_EQ(v.outcome.summary.segments[0].name, "A");
  EXPECT_EQ(v.outcome.summary.segments[0].headcount, 2);
  // (50,000 + 70,000) / 2 / 2,080 / 0.70 = 41.21.
  EXPECT_DOUBLE_EQ(v.outcome.summary.segments[0].hourly_cost, 41.21);
}

}  // namespace
}  // namespace planner::import
