// Months of actuals by segment from CSV and XLSX (import/actuals_import.h,
// actuals_rows.h; docs/schema.md, "Importing actuals"): a Segment column
// makes the rows one per month and segment; the month's figures are the sums
// over its segments; the messages name the 1-based rows, the values and the
// plan's segment names.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "import/actuals_import.h"
#include "import/fixtures.h"
#include "import/read_table.h"

namespace planner::import {
namespace {

using test::csv_table;
using test::default_plan;

// The `default` preset's segments, in order: Customer Support, Marketing,
// Sales, Engineering, Finance & Operations, HR & Legal; it starts January 2027.
const char* kHeader =
    "Month,Team,Spend,Enrolled T1,Enrolled T2,Enrolled T3,Applying T1,Applying T2,Applying T3,"
    "Hours saved per week,Completion\n";

TEST(ActualsBySegment, RowsOfAMonthBySegmentAddUpToTheMonth) {
  const Scenario base = default_plan();
  const ActualsImport got =
      import_actuals(base, csv_table(std::string(kHeader) + "2027-01,Sales,1000,10,0,0,0,0,0,,\n"
                                                            "2027-01, customer support ,2000,0,0,0,0,0,0,,\n"
                                                            "2027-01,Marketing,,0,0,0,0,0,0,,\n"
                                                            "2027-01,Engineering,0,30,0,0,0,0,0,,\n"
                                                            "2027-01,Finance & Operations,0,0,0,0,0,0,0,,\n"
                                                            "2027-01,hr legal,0,0,0,0,0,0,0,,\n"
                                                            "2027-02,Sales,500,12,2,0,5,0,0,10,80\n"
                                                            "2027-02,ENGINEERING,700,40,4,0,8,1,0,15,\n"));
  ASSERT_TRUE(got.ok) << got.problems.text();
  const Actuals& a = got.scenario.actuals;
  ASSERT_EQ(a.months.size(), 2u);
  const ActualMonth& jan = a.months[0];
  EXPECT_EQ(jan.spend, 3000);  // Marketing's blank spend is nothing of its own
  EXPECT_EQ(jan.enrolled, (std::vector<double>{40, 0, 0}));
  EXPECT_EQ(jan.applying, (std::vector<double>{0, 0, 0}));
  ASSERT_EQ(jan.segments.size(), 6u);
  for (int g = 0; g < 6; ++g) EXPECT_EQ(jan.segments[static_cast<size_t>(g)].segment, g);  // the plan's order
  EXPECT_EQ(jan.segments[0].enrolled, (std::vector<double>{0, 0, 0}));  // " customer support "
  EXPECT_EQ(jan.segments[5].enrolled, (std::vector<double>{0, 0, 0}));  // "hr legal" is HR & Legal
  EXPECT_TRUE(jan.segments[0].completed.empty());                       // not in the file: not measured
  // No hours on any January row: the plan's own figure.
  const Result plan = evaluate(base, Case::Likely);
  EXPECT_EQ(jan.hours_saved_per_week, plan_figures(base, plan, 1).hours_saved_per_week);
  EXPECT_TRUE(jan.metrics.empty());

  const ActualMonth& feb = a.months[1];
  EXPECT_EQ(feb.spend, 1200);
  EXPECT_EQ(feb.hours_saved_per_week, 25);
  EXPECT_EQ(feb.enrolled, (std::vector<double>{52, 6, 0}));
  EXPECT_EQ(feb.applying, (std::vector<double>{13, 1, 0}));
  ASSERT_EQ(feb.segments.size(), 2u);
  EXPECT_EQ(feb.segments[0].segment, 2);  // Sales
  EXPECT_EQ(feb.segments[1].segment, 3);  // Engineering
  ASSERT_EQ(feb.metrics.size(), 1u);      // on one row: the month's
  EXPECT_EQ(feb.metrics[0].value, 80);
  // The month's per-tier totals are sum_segments' own.
  ActualMonth summed = feb;
  summed.enrolled.clear();
  summed.applying.clear();
  sum_segments(summed, 3);
  EXPECT_EQ(summed.enrolled, feb.enrolled);
  EXPECT_EQ(summed.applying, feb.applying);

  EXPECT_EQ(got.months_by_segment, 2);
  const std::string text = got.text();
  EXPECT_NE(text.find("Imported 2 month(s) of actuals, 2 by segment; the actuals now run to February 2027"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find("note: February 2027: no row for Customer Support, Marketing, Finance & Operations, HR & "
                "Legal, counted as no one."),
      std::string::npos)
      << text;
  EXPECT_EQ(text.find("January 2027: no row"), std::string::npos) << "every segment has a January row";
  EXPECT_EQ(text.find("\"Team\" is not read"), std::string::npos) << "Team is the segment column";
}

// Months by segment and whole months mix in one file, month by month; a
// metric given equal on every row of a month is taken once.
TEST(ActualsBySegment, WholeMonthsAndMonthsBySegmentMix) {
  const ActualsImport got = import_actuals(
      default_plan(), csv_table("Month,Segment,Spend,Applying T1,Applying T2,Applying T3,Completion\n"
                                "2027-01,,900,0,0,0,70\n"
                                "2027-02,Sales,400,4,0,0,75\n"
                                "2027-02,Marketing,300,3,0,0,75\n"));
  ASSERT_TRUE(got.ok) << got.problems.text();
  const Actuals& a = got.scenario.actuals;
  ASSERT_EQ(a.months.size(), 2u);
  EXPECT_TRUE(a.months[0].segments.empty());
  EXPECT_EQ(a.months[0].applying, (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(a.months[1].applying, (std::vector<double>{7, 0, 0}));
  ASSERT_EQ(a.months[1].metrics.size(), 1u);
  EXPECT_EQ(a.months[1].metrics[0].value, 75);
  EXPECT_EQ(got.months_by_segment, 1);
}

// A file written from the plan's own figures by segment reads back as them.
TEST(ActualsBySegment, AFileOfThePlansOwnFiguresBySegmentReadsBackAsThem) {
  const Scenario base = default_plan();
  const Result plan = evaluate(base, Case::Likely);
  std::string csv = "Month,Segment,Spend,Hours saved per week" + test::people_columns(base) + "\n";
  const auto num = test::exact;
  const int months = 6;
  for (int month = 1; month <= months; ++month) {
    const ActualMonth whole = plan_figures(base, plan, month);
    const ActualMonth f = plan_figures_by_segment(base, plan, month);
    for (const SegmentActual& g : f.segments) {
      const bool first = &g == &f.segments.front();  // the month's spend and hours on one row
      csv += plan_month_name(base.org, month) + "," + base.segments[static_cast<size_t>(g.segment)].name +
             "," + (first ? num(whole.spend) + "," + num(whole.hours_saved_per_week) : std::string(","));
      for (const auto* list : {&g.enrolled, &g.completed, &g.applying})
        for (double v : *list) csv += "," + num(v);
      csv += "\n";
    }
  }
  const ActualsImport got = import_actuals(base, csv_table(csv));
  ASSERT_TRUE(got.ok) << got.problems.text();
  ASSERT_EQ(got.scenario.actuals.months.size(), static_cast<size_t>(months));
  for (int month = 1; month <= months; ++month) {
    const ActualMonth& a = got.scenario.actuals.months[static_cast<size_t>(month - 1)];
    const ActualMonth f = plan_figures_by_segment(base, plan, month);
    ASSERT_EQ(a.segments.size(), f.segments.size());
    for (size_t g = 0; g < f.segments.size(); ++g) {
      EXPECT_EQ(a.segments[g].segment, f.segments[g].segment);
      EXPECT_EQ(a.segments[g].enrolled, f.segments[g].enrolled) << "month " << month;
      EXPECT_EQ(a.segments[g].applying, f.segments[g].applying) << "month " << month;
    }
    EXPECT_EQ(a.spend, plan_figures(base, plan, month).spend);
  }
}

TEST(ActualsBySegment, AnXlsxWithASegmentColumnReads) {
  const ActualsImport got = import_actuals(default_plan(), test::xlsx_table("actuals_segments.xlsx"));
  ASSERT_TRUE(got.ok) << got.problems.text();
  const Actuals& a = got.scenario.actuals;
  ASSERT_EQ(a.months.size(), 2u);
  EXPECT_EQ(a.months[0].spend, 38000);
  EXPECT_EQ(a.months[1].applying, (std::vector<double>{30, 2, 0}));
  ASSERT_EQ(a.months[1].segments.size(), 2u);
  EXPECT_EQ(a.months[1].segments[1].segment, 5);  // HR & Legal
  EXPECT_NE(got.text().find("March 2027: no row for Customer Support, Marketing, Engineering, Finance & "
                            "Operations, counted as no one."),
            std::string::npos)
      << got.text();
}

// Each problem word for word, with the 1-based row as the spreadsheet shows
// it (the header is row 1); no plan is made.
TEST(ActualsBySegment, BadRowsAreNamedWordForWord) {
  const ActualsImport got =
      import_actuals(default_plan(), csv_table("Month,Segment,Spend,Applying T1,Applying T2,"
                                               "Applying T3,Completion\n"
                                               "2027-01,Sales,5,1,0,0,80\n"
                                               "2027-01,Salse,5,1,0,0,\n"
                                               "Jan 2027,sales,5,1,0,0,\n"
                                               "2027-01,,5,1,0,0,\n"
                                               "2027-02,,5,1,0,0,\n"
                                               "2027-02,Marketing,5,1,0,0,\n"
                                               "2027-01,Engineering,5,1,0,0,70\n"));
  EXPECT_FALSE(got.ok);
  const std::string text = got.problems.text();
  EXPECT_NE(text.find("Row 3, column \"Segment\": \"Salse\" is not a segment of the plan; its segments are "
                      "Customer Support, Marketing, Sales, Engineering, Finance & Operations, HR & Legal.\n"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find("Row 4, column \"Month\": \"Jan 2027\" with Sales is already on row 2: one row per month "
                "and segment.\n"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("Row 5, column \"Segment\" is blank while row 2 gives January 2027 by segment: give a "
                      "segment on every row of the month, or one row for the whole month.\n"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find("Row 7, column \"Segment\": \"Marketing\" is given while row 6 is the whole of February "
                "2027: give a segment on every row of the month, or one row for the whole month.\n"),
      std::string::npos)
      << text;
  // Row-level problems come first; the month's (metrics) once the rows are read.
  EXPECT_EQ(text.find("Completion"), std::string::npos) << text;

  const ActualsImport metric = import_actuals(default_plan(), csv_table("Month,Segment,Spend,Completion\n"
                                                                        "2027-01,Sales,5,80\n"
                                                                        "2027-01,Marketing,5,\n"
                                                                        "2027-01,Engineering,5,70\n"));
  EXPECT_EQ(
      metric.problems.text(),
      "Row 4, column \"Completion\": \"70\" differs from 80 on row 2: a metric is the month's, so give it "
      "on one row of January 2027 (or the same on every row).\n");
  EXPECT_FALSE(metric.ok);

  const ActualsImport kinds = import_actuals(default_plan(), csv_table("Month,Segment,Spend,Applying T1,"
                                                                       "Applying T2,Applying T3\n"
                                                                       "2027-01,Sales,5,1,0,0\n"
                                                                       "2027-01,Marketing,5,,,\n"));
  EXPECT_EQ(kinds.problems.text(),
            "Row 3 gives no Applying for January 2027, Marketing while row 2 (Sales) does: give it for every "
            "segment of the month or for none.\n");

  const ActualsImport spend =
      import_actuals(default_plan(), csv_table("Month,Segment,Spend\n2027-01,Sales,\n2027-01,Marketing,\n"));
  EXPECT_EQ(
      spend.problems.text(),
      "Row 2, column \"Spend\" is blank on every row of January 2027 (type 0 for a month with no spend).\n");
}

// What the model forbids by segment comes from its checks (validate_actuals),
// naming the month and the segment; the plan is untouched.
TEST(ActualsBySegment, TheModelsChecksNameTheMonthAndSegment) {
  const ActualsImport got =
      import_actuals(default_plan(), csv_table("Month,Segment,Spend,Enrolled T1,Enrolled T2,"
                                               "Enrolled T3,Applying T1,Applying T2,"
                                               "Applying T3\n"
                                               "2027-03,Sales,5,1,0,0,-4,0,0\n"));
  EXPECT_FALSE(got.ok);
  EXPECT_NE(got.problems.text().find("March 2027 (month 3), Sales"), std::string::npos)
      << got.problems.text();
}

}  // namespace
}  // namespace planner::import
