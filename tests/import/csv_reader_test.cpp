// CSV as exported in practice: dialects written in code, row numbers as a
// spreadsheet shows them, and the caps.
#include "import/csv_reader.h"

#include <gtest/gtest.h>

#include "fixtures.h"
#include "import/limits.h"

namespace planner::import {
namespace {

Table read(const std::string& text) { return test::csv_table(text); }

TEST(CsvReader, SniffsCommaSemicolonAndTab) {
  EXPECT_EQ(sniff_csv("a,b,c\n1,2,3\n").delimiter, ',');
  EXPECT_EQ(sniff_csv("a;b;c\n1,5;2;3\n").delimiter, ';');
  EXPECT_EQ(sniff_csv("a\tb\tc\n1\t2\t3\n").delimiter, '\t');
  // A title line with a comma does not outvote a semicolon table.
  EXPECT_EQ(sniff_csv("Export, Nov 2026\nName;Dept;Pay\nA;B;1\nC;D;2\n").delimiter, ';');
  // Commas inside quotes do not count.
  EXPECT_EQ(sniff_csv("\"a,b,c,d\";x\n\"e,f,g\";y\n").delimiter, ';');
}

TEST(CsvReader, ReadsBomCrlfQuotesAndLineBreaksInsideQuotes) {
  const Table t = read(
      "\xEF\xBB\xBF"
      "Name,Note\r\n\"Smith, J\",\"said \"\"hi\"\"\r\nthen left\"\r\nLee,plain\r\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0], "Name");  // no BOM left in the first header
  EXPECT_EQ(t.rows[1].cells[0], "Smith, J");
  EXPECT_EQ(t.rows[1].cells[1], "said \"hi\"\r\nthen left");
  EXPECT_EQ(t.rows[2].number, 3);  // a quoted line break stays in its row, as in a spreadsheet
  EXPECT_EQ(t.rows[2].cells[1], "plain");
  EXPECT_NE(t.notes[0].find("byte-order mark"), std::string::npos);
}

TEST(CsvReader, NumbersRowsAsASpreadsheetDoesCountingBlankAndTitleLines) {
  const Table t = read("Title\n\nA;B\n1;2\n\n3;4");  // no final line break
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_TRUE(t.rows[1].cells.empty());
  EXPECT_EQ(t.rows[5].number, 6);
  EXPECT_EQ(t.rows[5].cells[1], "4");
}

TEST(CsvReader, ReportsAQuoteThatNeverClosesByItsRow) {
  Table t;
  Problems p;
  EXPECT_FALSE(read_csv("A,B\n1,2\n\"open,3\n4,5\n", t, p));
  ASSERT_EQ(p.list().size(), 1u);
  EXPECT_EQ(p.list()[0].text(), "Row 3 opens a quote (\") that never closes.");
}

TEST(CsvReader, RefusesMoreColumnsThanTheCap) {
  std::string wide;
  for (std::size_t i = 0; i <= kMaxColumns; ++i) wide += "x,";
  Table t;
  Problems p;
  EXPECT_FALSE(read_csv("A,B\n" + wide + "\n", t, p));
  EXPECT_NE(p.text().find("Row 2 has more than 512 columns"), std::string::npos) << p.text();
}

TEST(CsvReader, RefusesMoreRowsThanTheCap) {
  std::string many = "A;B\n";
  for (std::size_t i = 0; i <= kMaxRows; ++i) many += "1;2\n";
  Table t;
  Problems p;
  EXPECT_FALSE(read_csv(many, t, p));
  EXPECT_NE(p.text().find("more than 250000 rows"), std::string::npos) << p.text();
}

}  // namespace
}  // namespace planner::import
