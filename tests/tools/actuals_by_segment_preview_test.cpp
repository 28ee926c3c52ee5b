// The import dialog's preview of actuals by segment (issue 15): each month as
// the plan will hold it, its segments' rows indented under it, and the
// segments counted as no one in the notes.
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "io/presets.h"
#include "io/scenario_json.h"
#include "tools_api.h"
#include "ui/import_request.h"

namespace planner {
namespace {

TEST(ToolsApiActuals, MonthsBySegmentShowTheirSegmentsUnderThem) {
  Scenario base;
  io::load_preset("default", base);
  const std::string csv =
      "Month,Department,Spend,Applying Literacy,Applying Fluency,Applying Integration\n"
      "2027-01,,900,1,0,0\n"
      "2027-02,Sales,400,4,1,0\n"
      "2027-02,HR & Legal,300,3,0,0\n";
  ASSERT_EQ(ui::read_preview_reply(tools::load("by-team.csv", csv)).kind, "actuals");
  ui::ImportChoices c;
  c.kind = ui::ImportKind::Actuals;
  const ui::ImportPreviewView v =
      ui::read_preview_reply(tools::preview(ui::preview_request(c, io::scenario_to_json(base, false))));
  ASSERT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems.front());
  EXPECT_EQ(
      v.result_title,
      "The plan's actuals after the import, as of February 2027 (months by segment: their segments below "
      "them):");
  const std::vector<std::vector<std::string>> want = {
      {"January 2027", "$900", "1.0", "0.0", "0.0", v.result_rows[0][5]},
      {"February 2027", "$700", "7.0", "1.0", "0.0", v.result_rows[1][5]},  // hours: the plan's, below
      {"   Sales", "", "4.0", "1.0", "0.0", ""},
      {"   HR & Legal", "", "3.0", "0.0", "0.0", ""},
  };
  EXPECT_EQ(v.result_rows, want);
  bool noted = false;
  for (const std::string& n : v.notes)
    noted = noted || n == "February 2027: no row for Customer Support, Marketing, Engineering, Finance & "
                          "Operations, counted as no one.";
  EXPECT_TRUE(noted);
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(v.scenario_json, s, issues));
  ASSERT_EQ(s.actuals.months.size(), 2u);
  EXPECT_EQ(s.actuals.months[1].segments.size(), 2u);
  // No hours in the file: the plan's own, shown as the month's.
  const Result plan = evaluate(base, Case::Likely);
  EXPECT_EQ(s.actuals.months[1].hours_saved_per_week, plan_figures(base, plan, 2).hours_saved_per_week);
  EXPECT_EQ(v.result_rows[1][5], "10.0");
}

}  // namespace
}  // namespace planner
