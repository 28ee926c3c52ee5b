// The import dialog's flow without drawing (ui/import_dialog.h): a file being
// read opens it waiting, the loaded file asks for the first preview through
// the app, and only the answer to the last request is shown.
#include <gtest/gtest.h>

#include "io/presets.h"
#include "io/scenario_json.h"
#include "tools_api.h"
#include "ui/import_dialog.h"

namespace planner::ui {
namespace {

// The app's side, answering as the desktop does (in-process tools).
class Actions final : public ImportActions {
 public:
  std::vector<std::string> asked;
  void ask_preview(const std::string& request) override { asked.push_back(request); }
  std::string plan_json() const override {
    Scenario s;
    io::load_preset("default", s);
    return io::scenario_to_json(s, false);
  }
  bool apply(const std::string&, const std::string&) override { return true; }  // Import: e2e import.mjs
};

TEST(ImportDialogFlow, LoadingThenLoadedAsksForOnePreviewAndShowsOnlyTheLastAnswer) {
  ImportUi ui;
  Actions act;
  import_file_loading(ui, "people.csv");
  EXPECT_TRUE(ui.open_pending);
  EXPECT_EQ(ui.waiting, 1);
  EXPECT_EQ(ui.file_name, "people.csv");

  import_file_loaded(ui, tools::load("people.csv", "Department,Employee ID\nLegal,1\nIT,2\nIT,3\n"), act);
  EXPECT_EQ(ui.file_name, "people.csv");
  ASSERT_EQ(act.asked.size(), 1u);
  EXPECT_EQ(ui.waiting, 1);

  // Two requests out (a column remapped twice quickly): the first answer is stale.
  ui.waiting = 2;
  ImportChoices merge;
  merge.merge = true;
  const std::string stale = tools::preview(preview_request(merge, act.plan_json()));
  const std::string last = tools::preview(act.asked.front());
  import_preview_arrived(ui, stale);
  EXPECT_TRUE(ui.preview.result_rows.empty()) << "an answer to an older request is not shown";
  import_preview_arrived(ui, last);
  EXPECT_EQ(ui.waiting, 0);
  ASSERT_TRUE(ui.preview.ok);
  EXPECT_EQ(ui.preview.result_rows.size(), 2u);
  EXPECT_FALSE(ui.preview.scenario_json.empty());
}

TEST(ImportDialogFlow, AFileTheToolsRefuseOpensTheDialogWithTheirWordsAndAsksNothing) {
  ImportUi ui;
  Actions act;
  import_file_loaded(ui, tools::load("people.xlsx", "not a workbook"), act);
  EXPECT_TRUE(ui.open_pending);
  EXPECT_TRUE(act.asked.empty());
  EXPECT_EQ(ui.waiting, 0);
  EXPECT_FALSE(ui.preview.ok);
  ASSERT_FALSE(ui.preview.problems.empty());
}

}  // namespace
}  // namespace planner::ui
