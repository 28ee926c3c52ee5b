// Months of actuals from CSV and XLSX (import/actuals_import.h; docs/schema.md,
// "Importing actuals"): the columns by the plan's tier and metric names, the
// months in the user's forms, problems naming row, column and value, and the
// plan untouched on any problem.
#include "import/actuals_import.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/reforecast.h"
#include "import/fixtures.h"
#include "import/read_table.h"

namespace planner::import {
namespace {

using test::csv_table;
using test::default_plan;

std::string problems_of(const ActualsImport& got) { return got.problems.text(); }

// The `default` preset starts in January 2027 with tiers AI Literacy, AI
// Fluency and AI Integration; its first metric is Literacy's "Completion".
TEST(ActualsImport, ReadsTheColumnsByTheirNamesBelowATitleRow) {
  const Scenario base = default_plan();
  const ActualsImport got = import_actuals(
      base, csv_table("Actuals for the CFO,,,\n"
                      "Month,Spend,Enrolled AI Literacy,Enrolled Fluency,Enrolled T3,Literacy applying,"
                      "Fluency applying,Integration applying,Hours saved per week,Completion,Notes\n"
                      "2027-01,\"$38,000\",250,20,0,0,0,0,0,,first month\n"
                      "Feb 2027,63000,250,40,0,20,0,0,40,80,\n"
                      ",,,,,,,,,,\n"
                      "March 2027,45000,250,60,0,42,0,0,,,\n"));
  ASSERT_TRUE(got.ok) << problems_of(got);
  const Actuals& a = got.scenario.actuals;
  EXPECT_EQ(a.as_of_month, 3);
  ASSERT_EQ(a.months.size(), 3u);
  EXPECT_EQ(a.months[0].spend, 38000);
  EXPECT_EQ(a.months[1].month, 2);
  EXPECT_EQ(a.months[1].enrolled, (std::vector<double>{250, 40, 0}));
  EXPECT_TRUE(a.months[1].completed.empty());  // no Completed columns: not measured
  EXPECT_EQ(a.months[2].applying, (std::vector<double>{42, 0, 0}));
  EXPECT_EQ(a.months[1].hours_saved_per_week, 40);
  // March's hours are blank: the plan's own figure.
  const Result plan = evaluate(base, Case::Likely);
  EXPECT_EQ(a.months[2].hours_saved_per_week, plan_figures(base, plan, 3).hours_saved_per_week);
  ASSERT_EQ(a.months[1].metrics.size(), 1u);
  EXPECT_EQ(a.months[1].metrics[0].metric, 0);
  EXPECT_EQ(a.months[1].metrics[0].value, 80);
  EXPECT_TRUE(a.months[0].metrics.empty());
  EXPECT_EQ(got.months_read, 3);
  EXPECT_NE(got.text().find("Notes"), std::string::npos) << "the unread column is named";
  EXPECT_NE(got.text().find("March 2027"), std::string::npos);
  // Nothing but the actuals changed.
  Scenario back = got.scenario;
  back.actuals = base.actuals;
  EXPECT_EQ(back.segments.size(), base.segments.size());
  EXPECT_EQ(back.org.horizon_months, base.org.horizon_months);
}

// A file written from the plan's own figures (every digit kept) imports to
// actuals whose forecast is the plan, for every as-of month of the horizon.
TEST(ActualsImport, AFileOfThePlansOwnFiguresForecastsThePlan) {
  const Scenario base = default_plan();
  const Result plan = evaluate(base, Case::Likely);
  std::string csv = "Month,Spend,Hours saved per week" + test::people_columns(base) + "\n";
  const auto num = test::exact;
  for (int month = 1; month <= plan.months; ++month) {
    const ActualMonth f = plan_figures(base, plan, month);
    const int y = base.org.start_year + (month - 1) / 12, m = (month - 1) % 12 + 1;
    char label[16];
    std::snprintf(label, sizeof label, "%04d-%02d", y, m);
    csv += std::string(label) + "," + num(f.spend) + "," + num(f.hours_saved_per_week);
    for (const auto* list : {&f.enrolled, &f.completed, &f.applying})
      for (double v : *list) csv += "," + num(v);
    csv += "\n";
    const ActualsImport got = import_actuals(base, csv_table(csv));
    ASSERT_TRUE(got.ok) << "month " << month << ": " << problems_of(got);
    ASSERT_EQ(got.scenario.actuals.as_of_month, month);
    const Result forecast = reforecast(got.scenario, Case::Likely, plan);
    ASSERT_EQ(forecast.incremental_cost, plan.incremental_cost) << "month " << month;
    ASSERT_EQ(forecast.hours_saved_per_week, plan.hours_saved_per_week) << "month " << month;
    ASSERT_EQ(forecast.applying_at_tier, plan.applying_at_tier) << "month " << month;
    ASSERT_EQ(forecast.totals.npv, plan.totals.npv) << "month " << month;
  }
}

TEST(ActualsImport, AnXlsxWithDatesReadsAsMonths) {
  const ActualsImport got = import_actuals(default_plan(), test::xlsx_table("actuals.xlsx"));
  ASSERT_TRUE(got.ok) << problems_of(got);
  const Actuals& a = got.scenario.actuals;
  ASSERT_EQ(a.months.size(), 3u);
  EXPECT_EQ(a.months[0].month, 1);
  EXPECT_EQ(a.months[2].month, 3);  // 31 March 2027 is in March
  EXPECT_EQ(a.months[1].spend, 63000.5);
  EXPECT_EQ(a.months[2].applying, (std::vector<double>{42, 0, 0}));
  EXPECT_EQ(a.months[2].metrics.size(), 1u);
}

// A month already typed is replaced; others are kept; the as-of month is the later.
TEST(ActualsImport, ReplacesTheMonthsItHasAndKeepsTheRest) {
  Scenario base = default_plan();
  base.actuals.as_of_month = 4;
  const Result plan = evaluate(base, Case::Likely);
  base.actuals.months = {plan_figures(base, plan, 1), plan_figures(base, plan, 4)};
  ASSERT_TRUE(validate(base).empty());
  const ActualsImport got = import_actuals(base, csv_table("Month,Spend\n2027-01,1234\n2027-02,99\n"));
  ASSERT_TRUE(got.ok) << problems_of(got);
  const Actuals& a = got.scenario.actuals;
  ASSERT_EQ(a.months.size(), 3u);
  EXPECT_EQ(a.months[0].spend, 1234);
  EXPECT_EQ(a.months[1].month, 2);
  EXPECT_EQ(a.months[2].month, 4);
  EXPECT_EQ(a.as_of_month, 4);
  EXPECT_EQ(got.months_replaced, 1);
}

// Bad input: each problem names the row (1-based, as the spreadsheet shows
// it), the column and the value; no plan is made.
TEST(ActualsImport, BadRowsAreNamedByRowColumnAndValue) {
  const ActualsImport got =
      import_actuals(default_plan(), csv_table("Month,Spend,Applying T1,Applying T2,Applying T3\n"
                                               "2027-13,5,1,0,0\n"
                                               "2031-01,3,2,0,0\n"
                                               "2027-02,,1,0,0\n"
                                               "2027-03,ten,1,,0\n"
                                               "Mar 2027,1,1,0,0\n"));
  EXPECT_FALSE(got.ok);
  const std::string text = problems_of(got);
  EXPECT_NE(text.find("Row 2, column \"Month\": \"2027-13\" is not a month"), std::string::npos) << text;
  EXPECT_NE(
      text.find("Row 3, column \"Month\": \"2031-01\" is outside the plan (January 2027 to December 2029)"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("Row 4, column \"Spend\""), std::string::npos) << text;
  EXPECT_NE(text.find("Row 5, column \"Spend\": \"ten\" is not a number"), std::string::npos) << text;
  EXPECT_NE(text.find("Row 5, column \"Applying T2\""), std::string::npos) << text;
  EXPECT_NE(text.find("Row 6, column \"Month\": \"Mar 2027\" is already on row 5"), std::string::npos)
      << text;
}

TEST(ActualsImport, FileLevelProblemsAreSaidInTheUsersWords) {
  const Scenario base = default_plan();
  EXPECT_NE(problems_of(import_actuals(base, csv_table("When,Spend\n2027-01,5\n"))).find("Month column"),
            std::string::npos);
  EXPECT_NE(
      problems_of(import_actuals(base, csv_table("Month,Applying T1\n2027-01,5\n"))).find("no Spend column"),
      std::string::npos);
  EXPECT_NE(problems_of(import_actuals(base, csv_table("Month,Spend,Enrolled T1\n2027-01,5,1\n")))
                .find("no column \"Enrolled AI Fluency\""),
            std::string::npos);
  EXPECT_NE(problems_of(import_actuals(base, csv_table("Month,Spend\n"))).find("no months"),
            std::string::npos);
  // What the model forbids comes from validation, naming the month and the field.
  const std::string model = problems_of(import_actuals(
      base,
      csv_table("Month,Spend,Enrolled T1,Enrolled T2,Enrolled T3,Completed T1,Completed T2,Completed T3\n"
                "2027-01,5,10,0,0,20,0,0\n")));
  EXPECT_NE(model.find("January 2027"), std::string::npos) << model;
  EXPECT_NE(model.find("completed"), std::string::npos) << model;
  const std::string negative = problems_of(import_actuals(base, csv_table("Month,Spend\n2027-01,-5\n")));
  EXPECT_NE(negative.find("January 2027"), std::string::npos) << negative;
}

}  // namespace
}  // namespace planner::import
