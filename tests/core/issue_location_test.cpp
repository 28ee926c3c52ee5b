// Each problem validate() finds carries a structured location (table, row,
// field, entry) read from its path, so the UI can mark the very field.
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "support/presets.h"

namespace planner {
namespace {

TEST(IssueLocation, ASegmentsTierCountPointsAtTheRowTheFieldAndTheTier) {
  const Issue i = locate_issue("segments[6].current_at_tier[2]", "must be >= 0, got -1");
  EXPECT_EQ(i.table, "segments");
  EXPECT_EQ(i.row, 6);
  EXPECT_EQ(i.field, "current_at_tier");
  EXPECT_EQ(i.entry, 2);
  EXPECT_EQ(i.text(), "segments[6].current_at_tier[2]: must be >= 0, got -1");
}

TEST(IssueLocation, TiersDropTheFrameworkPrefixAndARangeCornerKeepsItsField) {
  const Issue i = locate_issue("framework.tiers[1].uplift.low", "must be between 0 and 1, got 2");
  EXPECT_EQ(i.table, "tiers");
  EXPECT_EQ(i.row, 1);
  EXPECT_EQ(i.field, "uplift");
  EXPECT_EQ(i.entry, -1);
}

TEST(IssueLocation, ASettingsFieldHasNoRow) {
  const Issue i = locate_issue("capacity.coaches", "must be >= 0, got -1");
  EXPECT_EQ(i.table, "capacity");
  EXPECT_EQ(i.row, -1);
  EXPECT_EQ(i.field, "coaches");
  const Issue v = locate_issue("version", "must be 2, got 7");
  EXPECT_EQ(v.table, "");
  EXPECT_EQ(v.field, "");
}

TEST(IssueLocation, ValidateLocatesTooManyPeopleAtTiersOnTheWholeField) {
  Scenario s = test::preset("default");
  ASSERT_GE(s.segments.size(), 2u);
  s.segments[1].current_at_tier[0] = s.segments[1].headcount + 500;
  const std::vector<Issue> issues = validate(s);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].table, "segments");
  EXPECT_EQ(issues[0].row, 1);
  EXPECT_EQ(issues[0].field, "current_at_tier");
  EXPECT_EQ(issues[0].entry, -1) << "the sum is wrong, not one tier";
}

}  // namespace
}  // namespace planner
