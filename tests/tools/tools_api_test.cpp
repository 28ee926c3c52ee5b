// The import dialog's round trip (issue 13): a request built by planner_ui
// (ui/import_request.h), answered by the tools (shell/tools/tools_api.h: the
// web worker's module and the desktop both run it), read back by planner_ui.
#include "tools_api.h"

#include <gtest/gtest.h>

#include "import/read_table.h"
#include "io/presets.h"
#include "io/scenario_json.h"
#include "ui/import_request.h"

namespace planner {
namespace {

Scenario default_plan() {
  Scenario s;
  io::load_preset("default", s);
  return s;
}

std::string plan_json(const Scenario& s) { return io::scenario_to_json(s, false); }

const char* kPeople = "Employee ID,Unit name,Annual salary\n1,Legal,104000\n2,Legal,83200\n3,IT,62400\n";

TEST(ToolsApi, AColumnMappedByHandGroupsTheSegmentsTheDialogShows) {
  const ui::ImportPreviewView loaded = ui::read_preview_reply(tools::load("people.csv", kPeople));
  EXPECT_TRUE(loaded.ok);
  EXPECT_EQ(loaded.name, "people.csv");

  ui::ImportChoices c;
  ui::ImportPreviewView v =
      ui::read_preview_reply(tools::preview(ui::preview_request(c, plan_json(default_plan()))));
  EXPECT_FALSE(v.ok) << "no column names a department, segment or job title";
  EXPECT_FALSE(v.problems.empty());
  EXPECT_TRUE(v.scenario_json.empty());
  EXPECT_EQ(v.header, (std::vector<std::string>{"Employee ID", "Unit name", "Annual salary"}));
  EXPECT_EQ(v.recognised, (std::vector<std::string>{"Employee ID", "", "Annual salary"}));
  ASSERT_FALSE(v.fields.empty());
  EXPECT_EQ(v.fields[1], "Department");

  ui::map_by_hand(c, "Department", "Unit name");
  ui::map_by_hand(c, "Department", "Unit name");  // a second choice replaces the first
  ASSERT_EQ(c.mapped.size(), 1u);
  v = ui::read_preview_reply(tools::preview(ui::preview_request(c, plan_json(default_plan()))));
  ASSERT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems.front());
  EXPECT_EQ(v.recognised[1], "Department");
  ASSERT_EQ(v.rows.size(), 3u);
  EXPECT_EQ(v.rows[0], (std::vector<std::string>{"2", "1", "Legal", "104000"}));  // row number, then cells
  // Legal: (104,000 + 83,200) / 2 / 2,080 / 0.70 = 64.29 an hour; IT: 62,400 / 2,080 / 0.70 = 42.86.
  EXPECT_EQ(v.result_columns,
            (std::vector<std::string>{"Segment", "Headcount", "Hourly cost", "Managers", ""}));
  using Rows = std::vector<std::vector<std::string>>;
  const Rows want = {{"Legal", "2", "$64.29", "-", "new"}, {"IT", "1", "$42.86", "-", "new"}};
  EXPECT_TRUE((v.result_rows == want || v.result_rows == Rows{want[1], want[0]}));
  EXPECT_EQ(v.result_title, "The segments that will result (2):");

  // The plan Import applies: these segments, every other input as it was
  // (bar the plan rows of the replaced segments, which the importer drops).
  Scenario made;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(v.scenario_json, made, issues));
  ASSERT_EQ(made.segments.size(), 2u);
  Scenario base = default_plan();
  made.segments.clear();
  base.segments.clear();
  std::vector<Assignment> kept;
  for (const Assignment& r : base.plan)
    if (r.segment < 0) kept.push_back(r);
  base.plan = kept;
  EXPECT_EQ(plan_json(made), plan_json(base));
}

TEST(ToolsApi, TheImportersMessagesReachTheDialogUnchanged) {
  const std::string bytes = "Name,Team\nthis is not a workbook\n";
  import::Table t;
  import::Problems direct;
  ASSERT_FALSE(import::read_table(bytes, "people.xlsx", "", t, direct));
  const ui::ImportPreviewView loaded = ui::read_preview_reply(tools::load("people.xlsx", bytes));
  EXPECT_FALSE(loaded.ok);
  ASSERT_EQ(loaded.problems.size(), direct.list().size());
  EXPECT_EQ(loaded.problems[0], direct.list()[0].text());
  const ui::ImportPreviewView v =
      ui::read_preview_reply(tools::preview(ui::preview_request({}, plan_json(default_plan()))));
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.problems, loaded.problems);
}

TEST(ToolsApi, ASurveyGivesRespondentsAndTheResponseRate) {
  Scenario base = default_plan();
  tools::load("people.csv", kPeople);
  ui::ImportChoices c;
  ui::map_by_hand(c, "Department", "Unit name");
  const ui::ImportPreviewView people =
      ui::read_preview_reply(tools::preview(ui::preview_request(c, plan_json(base))));
  ASSERT_TRUE(people.ok);
  tools::load("survey.csv", "Department,Level\nLegal,Fluency\nIT,None\nLegal,Literacy\n");
  ui::ImportChoices s;
  s.kind = ui::ImportKind::Survey;
  s.respondents_only = true;
  const ui::ImportPreviewView v =
      ui::read_preview_reply(tools::preview(ui::preview_request(s, people.scenario_json)));
  ASSERT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems.front());
  // Only respondents counted: Legal 2 of 2 people, IT 1 of 1.
  using Rows = std::vector<std::vector<std::string>>;
  const Rows want = {{"Legal", "2", "2", "100.0%"}, {"IT", "1", "1", "100.0%"}};
  EXPECT_TRUE((v.result_rows == want || v.result_rows == Rows{want[1], want[0]}));
  EXPECT_FALSE(v.scenario_json.empty());
}

TEST(ToolsApi, PastedRowsAddSegmentsAsOneReply) {
  const Scenario base = default_plan();
  const int n = static_cast<int>(base.segments.size());
  const ui::ImportPreviewView r =
      ui::read_preview_reply(tools::paste(ui::paste_request(plan_json(base), "Ops\t90\nLab\t12\n", n, 0)));
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.summary, "2 rows added, 0 updated");
  Scenario made;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(r.scenario_json, made, issues));
  ASSERT_EQ(made.segments.size(), base.segments.size() + 2);
  EXPECT_EQ(made.segments[static_cast<std::size_t>(n)].name, "Ops");
  EXPECT_EQ(made.segments[static_cast<std::size_t>(n)].headcount, 90);
  const ui::ImportPreviewView bad =
      ui::read_preview_reply(tools::paste(ui::paste_request(plan_json(base), "Ops\tmany\n", n, 0)));
  EXPECT_FALSE(bad.ok);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].find("many"), std::string::npos) << bad.problems[0];
}

#ifdef PLANNER_HAVE_WORKBOOK
TEST(ToolsApi, AWorkbookRequestGivesXlsxBytes) {
  std::string error;
  const std::string bytes =
      tools::workbook(ui::workbook_request(plan_json(default_plan()), "likely", "plan.xlsx"), error);
  ASSERT_GT(bytes.size(), 1000u) << error;
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_TRUE(tools::workbook("{}", error).empty());
  EXPECT_FALSE(error.empty());
}
#endif

// Months of actuals (issue 15): a file with a Month column loads as actuals,
// and its preview is the months as the plan will hold them, ready to import.
TEST(ToolsApi, AFileWithAMonthColumnImportsAsActuals) {
  const std::string csv =
      "Month,Spend,Applying Literacy,Applying Fluency,Applying Integration\n"
      "2027-01,\"$38,000\",0,0,0\nFeb 2027,63000,20,0,0\n";
  const ui::ImportPreviewView loaded = ui::read_preview_reply(tools::load("actuals.csv", csv));
  ASSERT_TRUE(loaded.ok);
  EXPECT_EQ(loaded.kind, "actuals");
  ui::ImportChoices c;
  c.kind = ui::ImportKind::Actuals;
  const ui::ImportPreviewView v =
      ui::read_preview_reply(tools::preview(ui::preview_request(c, plan_json(default_plan()))));
  ASSERT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems.front());
  ASSERT_EQ(v.result_rows.size(), 2u);
  EXPECT_EQ(v.result_rows[1][0], "February 2027");
  EXPECT_EQ(v.result_rows[1][1], "$63,000");
  EXPECT_EQ(v.result_rows[1][2], "20.0");
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(v.scenario_json, s, issues));
  EXPECT_EQ(s.actuals.as_of_month, 2);
  EXPECT_EQ(s.segments.size(), default_plan().segments.size());  // nothing else changes
  // A bad row: the importer's words, no plan.
  tools::load("actuals.csv", "Month,Spend\n2027-01,lots\n");
  const ui::ImportPreviewView bad =
      ui::read_preview_reply(tools::preview(ui::preview_request(c, plan_json(default_plan()))));
  EXPECT_FALSE(bad.ok);
  ASSERT_FALSE(bad.problems.empty());
  EXPECT_NE(bad.problems.front().find("lots"), std::string::npos) << bad.problems.front();
  EXPECT_TRUE(bad.scenario_json.empty());
}

}  // namespace
}  // namespace planner
