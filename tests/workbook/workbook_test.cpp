// The workbook writer's C++ API (src/workbook): a real .xlsx (a zip holding
// the six sheets), installed into the export registry; and the rounding that
// keeps float noise out of its cells. The CLI test (tests/cli/workbook.sh)
// reads a workbook back with openpyxl for values, formats and frozen panes.
#include "workbook/workbook.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/exports.h"
#include "io/sample_scenarios.h"
#include "workbook/xlsx_book.h"

namespace planner {
namespace {

TEST(Workbook, WritesAZipWithSixSheets) {
  const Scenario s = testing::rich_scenario();
  const Result r = evaluate(s, Case::Likely);
  std::string error;
  const std::string bytes = workbook::workbook_xlsx(s, Case::Likely, r, error);
  EXPECT_EQ(error, "");
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));  // a zip's first local header
  // Zip entry names are stored uncompressed.
  for (int i = 1; i <= 6; ++i)
    EXPECT_NE(bytes.find("xl/worksheets/sheet" + std::to_string(i) + ".xml"), std::string::npos) << i;
  EXPECT_EQ(bytes.find("xl/worksheets/sheet7.xml"), std::string::npos);
}

TEST(Workbook, TheRegistryWritesItOnceInstalled) {
  const Scenario s = testing::rich_scenario();
  const Result r = evaluate(s, Case::Likely);
  const io::ExportFormat* f = io::find_export_format("xlsx");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->menu, io::ExportMenu::Workbook);
  io::set_workbook_writer(nullptr);
  EXPECT_FALSE(io::workbook_available());
  EXPECT_EQ(f->write(s, Case::Likely, r), "");  // a host without the writer writes nothing
  workbook::install_workbook_export();
  EXPECT_TRUE(io::workbook_available());
  EXPECT_EQ(f->write(s, Case::Likely, r).substr(0, 2), "PK");
  io::set_workbook_writer(nullptr);  // leave the registry as other tests expect it
}

TEST(Workbook, CellsAreRoundedForTheirFormat) {
  using workbook::Style;
  EXPECT_EQ(workbook::rounded_for(Style::Money, 49392.50000000001), 49392.5);
  EXPECT_EQ(workbook::rounded_for(Style::Money, -0.001), 0.0);
  EXPECT_EQ(workbook::rounded_for(Style::Percent, 0.9378571428571427), 0.9379);
  EXPECT_EQ(workbook::rounded_for(Style::Whole, 26.6), 27.0);
  EXPECT_EQ(workbook::rounded_for(Style::People, 26.0125), 26.01);
}

}  // namespace
}  // namespace planner
