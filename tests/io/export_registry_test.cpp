// The one registry of export formats (io/exports.h): what planner-cli export
// --as accepts is what the File menu offers, and each format writes the same
// document as the writer it names.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/evaluate.h"
#include "io/csv.h"
#include "io/exports.h"
#include "io/report_html.h"
#include "io/sample_scenarios.h"
#include "io/scenario_json.h"

using namespace planner;

TEST(ExportRegistry, EveryIdIsUniqueAndFoundByItself) {
  std::set<std::string> ids;
  for (const io::ExportFormat* f = io::export_formats_begin(); f != io::export_formats_end(); ++f) {
    EXPECT_TRUE(ids.insert(f->id).second) << f->id;
    EXPECT_EQ(io::find_export_format(f->id), f);
  }
  EXPECT_EQ(io::find_export_format("pdf"), nullptr);
}

TEST(ExportRegistry, ListsTheIdsAsTheUsageMessageReadsThem) {
  EXPECT_EQ(io::export_format_list(),
            "json, json-minimal, json-packed, link, csv-monthly, csv-schedule, csv-segments, html or xlsx");
}

TEST(ExportRegistry, TheMenuOffersTheThreeCsvTablesAndTheReport) {
  std::set<std::string> csv;
  for (const io::ExportFormat* f = io::export_formats_begin(); f != io::export_formats_end(); ++f)
    if (f->menu == io::ExportMenu::Csv) csv.insert(f->id);
  EXPECT_EQ(csv, (std::set<std::string>{"csv-monthly", "csv-schedule", "csv-segments"}));
  EXPECT_EQ(io::find_export_format("html")->menu, io::ExportMenu::Report);
}

TEST(ExportRegistry, EachFormatWritesWhatItsWriterWrites) {
  const Scenario s = planner::testing::rich_scenario();
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(io::find_export_format("json")->write(s, Case::Likely, r), io::scenario_to_json(s, true));
  EXPECT_EQ(io::find_export_format("csv-monthly")->write(s, Case::Likely, r), io::monthly_csv(s, r));
  EXPECT_EQ(io::find_export_format("csv-schedule")->write(s, Case::Likely, r), io::schedule_csv(s, r));
  EXPECT_EQ(io::find_export_format("csv-segments")->write(s, Case::Likely, r), io::segments_csv(s));
  EXPECT_EQ(io::find_export_format("html")->write(s, Case::Likely, r), io::report_html(s, Case::Likely, r));
  EXPECT_FALSE(io::find_export_format("csv-segments")->needs_result);
  EXPECT_TRUE(io::find_export_format("csv-monthly")->needs_result);
}
