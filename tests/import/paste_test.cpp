// Spreadsheet rows pasted into the segments table: by position, by header,
// never concatenated into one cell, bad cells named.
#include "import/paste.h"

#include <gtest/gtest.h>

#include "core/names.h"
#include "fixtures.h"
#include "io/presets.h"

namespace planner::import {
namespace {

Scenario plan() { return test::default_plan(); }

std::vector<SegmentColumn> columns(const Scenario& s) {
  return segment_table_columns(static_cast<int>(s.framework.tiers.size()));
}

TEST(Paste, ThreeRowsFromExcelBecomeThreeSegmentsNotOneName) {
  // The example: "Legal2560IT14070Ops9045" was three rows of three cells.
  Scenario base = plan();
  base.segments.resize(1);
  base.plan.clear();
  const PasteOutcome r =
      paste_segments(base, "Legal\t25\t90%\r\nIT\t140\t80%\r\nOps\t90\t75%\r\n", 0, 0, columns(base));
  ASSERT_TRUE(r.ok) << r.problems.text();
  ASSERT_EQ(r.scenario.segments.size(), 3u);
  EXPECT_EQ(r.rows_updated, 1);
  EXPECT_EQ(r.rows_added, 2);
  EXPECT_EQ(r.scenario.segments[0].name, "Legal");
  EXPECT_EQ(r.scenario.segments[1].name, "IT");
  EXPECT_EQ(r.scenario.segments[1].headcount, 140);
  EXPECT_DOUBLE_EQ(r.scenario.segments[2].target_share[0], 0.75);  // the third column: the first tier's goal
  EXPECT_EQ(r.scenario.segments[2].addressable_hours_week, Segment{}.addressable_hours_week);
}

TEST(Paste, StartsInTheCellItIsPastedIn) {
  const Scenario base = plan();
  // Into row 2's Headcount: a column of two numbers.
  const PasteOutcome r = paste_segments(base, "12\n34\n", 1, 1, columns(base));
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.scenario.segments[1].headcount, 12);
  EXPECT_EQ(r.scenario.segments[2].headcount, 34);
  EXPECT_EQ(r.scenario.segments[1].name, base.segments[1].name);
  EXPECT_EQ(r.scenario.segments[0].headcount, base.segments[0].headcount);
}

TEST(Paste, AHeaderRowMapsByNameAndMatchesSegmentsByName) {
  const Scenario base = plan();
  const std::string first = base.segments[0].name;
  const PasteOutcome r = paste_segments(
      base, "Headcount\tSegment\tGoal T1\n70\t" + first + "\t100%\n9\tNew\t1\n", 4, 3, columns(base));
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_EQ(r.scenario.segments[0].headcount, 70);
  EXPECT_DOUBLE_EQ(r.scenario.segments[0].target_share[0], 1.0);
  EXPECT_EQ(r.scenario.segments.back().name, "New");
  EXPECT_EQ(r.scenario.segments.back().headcount, 9);
  EXPECT_EQ(r.rows_added, 1);
}

TEST(Paste, TierColumnsGoByTheTitlesTheTableShows) {
  const Scenario base = plan();
  const std::string first = base.segments[0].name;
  const std::string goal1 = short_tier_name(base, 0) + " goal", goal2 = short_tier_name(base, 1) + " goal";
  // A header copied from the table ("Literacy goal") maps by tier name.
  const PasteOutcome r =
      paste_segments(base, "Segment\t" + goal1 + "\n" + first + "\t90%\n", 0, 0, columns(base));
  ASSERT_TRUE(r.ok) << r.problems.text();
  EXPECT_DOUBLE_EQ(r.scenario.segments[0].target_share[0], 0.9);
  // A bad cell is named by the column's title as the table shows it.
  const PasteOutcome bad =
      paste_segments(base, "Segment\t" + goal2 + "\n" + first + "\tmost\n", 0, 0, columns(base));
  EXPECT_FALSE(bad.ok);
  EXPECT_NE(bad.problems.text().find(goal2), std::string::npos) << bad.problems.text();
}

TEST(Paste, RefusesValuesThatMakeThePlanInvalid) {
  const Scenario base = plan();
  // Fewer people than the segment has at tiers today.
  const PasteOutcome r =
      paste_segments(base, "Segment\tHeadcount\n" + base.segments[0].name + "\t0\n", 0, 0, columns(base));
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.problems.text().find("segments[0].current_at_tier: must not add up to more than headcount (0)"),
            std::string::npos)
      << r.problems.text();
}

TEST(Paste, NamesTheBadCellAndLeavesThePlan) {
  const Scenario base = plan();
  const PasteOutcome r = paste_segments(base, "A\t10\nB\tmany\nC\t-3\n", 0, 0, columns(base));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.problems.text(),
            "Row 2, column \"Headcount\": \"many\" is not a number.\nRow 3, column \"Headcount\": \"-3\" is "
            "negative.\n");
}

TEST(Paste, ASingleValueIsLeftToTheCell) {
  EXPECT_FALSE(is_table_paste("Legal"));
  EXPECT_FALSE(is_table_paste("Legal\r\n"));
  EXPECT_TRUE(is_table_paste("Legal\t25"));
  EXPECT_TRUE(is_table_paste("Legal\nIT"));
}

}  // namespace
}  // namespace planner::import
