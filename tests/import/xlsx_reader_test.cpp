// The XLSX reader over workbooks written by openpyxl and by hand
// (make_xlsx_fixtures.py): sheets, strings, formulas, merges, hostile files.
#include "import/xlsx_reader.h"

#include <gtest/gtest.h>

#include "fixtures.h"
#include "import/read_table.h"

namespace planner::import {
namespace {

Table read(const std::string& bytes, const std::string& sheet = "") {
  Table t;
  Problems p;
  EXPECT_TRUE(read_xlsx(bytes, sheet, t, p)) << p.text();
  return t;
}

std::string notes(const Table& t) {
  std::string all;
  for (const auto& n : t.notes) all += n + "\n";
  return all;
}

TEST(XlsxReader, ReadsTheFirstSheetWithTitleRowsMergesAndNumbers) {
  const Table t = read(test::xlsx("staff.xlsx"));
  ASSERT_EQ(t.rows.size(), 7u);  // rows 1, 3-8: openpyxl writes no empty row 2
  EXPECT_EQ(t.rows[0].number, 1);
  EXPECT_EQ(t.rows[0].cells[0], "Headcount export, November 2026");
  EXPECT_EQ(t.rows[0].cells[5], "Headcount export, November 2026");  // merged A1:F1
  EXPECT_EQ(t.rows[1].number, 3);
  EXPECT_EQ(t.rows[1].cells[5], "Annual salary");
  EXPECT_EQ(t.rows[2].cells[0], "101");
  EXPECT_EQ(t.rows[2].cells[5], "120000");
  EXPECT_EQ(t.rows[3].cells[1], "Legal");  // merged B4:B5 gives row 5 its department
}

TEST(XlsxReader, NamesAFormulaWithNoSavedValueAndReadsItAsEmpty) {
  const Table t = read(test::xlsx("staff.xlsx"));
  EXPECT_TRUE(t.rows[5].cells.size() < 6 || t.rows[5].cells[5].empty());
  EXPECT_NE(notes(t).find("Row 7, column F: the formula =F6*1.1 has no saved value"), std::string::npos)
      << notes(t);
}

TEST(XlsxReader, ReadsCachedFormulaValuesInlineStringsAndBooleans) {
  const Table t = read(test::xlsx("cached.xlsx"));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].cells[0], "Finance");  // two rich-text runs joined
  EXPECT_EQ(t.rows[1].cells[1], "12");       // =SUM(10,2) by its saved value
  EXPECT_EQ(t.rows[1].cells[2], "TRUE");
  EXPECT_EQ(t.rows[2].number, 4);
  EXPECT_EQ(t.rows[2].cells[0], "HR");
  EXPECT_EQ(t.rows[2].cells[2], "FALSE");
}

TEST(XlsxReader, ListsSheetsAndReadsANamedOne) {
  std::vector<std::string> names;
  Problems p;
  ASSERT_TRUE(xlsx_sheet_names(test::xlsx("sheets.xlsx"), names, p));
  EXPECT_EQ(names, (std::vector<std::string>{"Read me", "Per group"}));
  const Table t = read(test::xlsx("sheets.xlsx"), "Per group");
  EXPECT_EQ(t.rows[1].cells[0], "Sales");
  EXPECT_NE(notes(t).find("Sheet \"Per group\" of 2"), std::string::npos);
  Table none;
  EXPECT_FALSE(read_xlsx(test::xlsx("sheets.xlsx"), "Staff", none, p));
  EXPECT_NE(p.text().find("no sheet \"Staff\"; its sheets are \"Read me\", \"Per group\""),
            std::string::npos);
}

TEST(XlsxReader, RefusesAZipBombByItsCompressionRatio) {
  const std::string bomb = test::xlsx("bomb.xlsx");
  ASSERT_FALSE(bomb.empty());
  Table t;
  Problems p;
  EXPECT_FALSE(read_xlsx(bomb, "", t, p));
  EXPECT_NE(p.text().find("zip bomb"), std::string::npos) << p.text();
  EXPECT_TRUE(t.rows.empty());
}

TEST(XlsxReader, RefusesATextFileRenamedXlsxInPlainWords) {
  Table t;
  Problems p;
  EXPECT_FALSE(read_table("Department,Headcount\nLegal,4\n", "staff.xlsx", "", t, p));
  EXPECT_NE(p.text().find("not an Excel workbook: it holds plain text (a CSV renamed .xlsx?)"),
            std::string::npos);
}

TEST(XlsxReader, RefusesADamagedZip) {
  std::string cut = test::xlsx("staff.xlsx");
  cut.resize(cut.size() / 2);
  Table t;
  Problems p;
  EXPECT_FALSE(read_table(cut, "staff.xlsx", "", t, p));
  EXPECT_FALSE(p.empty());
}

TEST(XlsxReader, ReadTableSendsZipBytesToTheXlsxReaderWhateverTheName) {
  Table t;
  Problems p;
  ASSERT_TRUE(read_table(test::xlsx("cached.xlsx"), "export.csv", "", t, p)) << p.text();
  EXPECT_EQ(t.rows[1].cells[0], "Finance");
}

}  // namespace
}  // namespace planner::import
