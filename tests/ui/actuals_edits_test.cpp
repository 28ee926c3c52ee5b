// Actuals by segment in the editor (issue 15): a month switched to "by
// segment" starts from the plan's own figures by segment with its totals the
// sums, switched back keeps the sums; segment rows follow the Segments tab's
// deletes, copies and moves (ui/actuals_edits.h, ui/scenario_edits.h).
#include "ui/actuals_edits.h"

#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "support/scenario_builder.h"
#include "ui/scenario_edits.h"

namespace planner::ui {
namespace {

using test::ModelSpec;
using test::ScenarioBuilder;
using test::SegmentSpec;

// Three segments of 10, 20 and 30 on one tier; one cohort of up to 30 a
// segment in weeks 0-4, everyone completes and applies: by the end of month
// 1 each segment's whole headcount has enrolled, completed and applies.
Scenario three_segments() {
  return ScenarioBuilder()
      .horizon(12)
      .tier("T1", 10, 0.1, 0, "m")
      .model(ModelSpec("m", CostBasis::PerLearner, 100)
                 .weeks(4)
                 .group(GroupKind::Cohort, 30)
                 .manager(false, 0)
                 .completion(1)
                 .application(1)
                 .reinforces())
      .segment(SegmentSpec("A", 10).pay(50, 10))
      .segment(SegmentSpec("B", 20).pay(50, 10))
      .segment(SegmentSpec("C", 30).pay(50, 10))
      .capacity(10, 0, 0, 0)
      .plain_arithmetic()
      .target(1.0, 0, 12);
}

// Month 1 typed with the plan's figures and reported by segment.
Scenario by_segment_month() {
  Scenario s = three_segments();
  const Result plan = evaluate(s, Case::Likely);
  s.actuals.as_of_month = 1;
  s.actuals.months = {prefilled_month(s, plan, 1)};
  report_by_segment(s, plan, 1);
  return s;
}

TEST(ActualsEdits, AMonthBySegmentStartsFromThePlansOwnFiguresAndSumsThem) {
  const Scenario s = by_segment_month();
  const ActualMonth& m = s.actuals.months[0];
  ASSERT_EQ(m.segments.size(), 3u);
  EXPECT_DOUBLE_EQ(m.segments[0].enrolled[0], 10);
  EXPECT_DOUBLE_EQ(m.segments[1].completed[0], 20);
  EXPECT_DOUBLE_EQ(m.segments[2].applying[0], 30);
  EXPECT_DOUBLE_EQ(m.applying[0], 60);  // 10 + 20 + 30
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

TEST(ActualsEdits, BackToTotalsKeepsTheSumsAndDropsTheRows) {
  Scenario s = by_segment_month();
  s.actuals.months[0].segments[1].applying[0] = 15;
  sum_segments(s.actuals.months[0], 1);
  report_totals_only(s, 1);
  EXPECT_TRUE(s.actuals.months[0].segments.empty());
  EXPECT_DOUBLE_EQ(s.actuals.months[0].applying[0], 55);
  EXPECT_DOUBLE_EQ(s.actuals.months[0].enrolled[0], 60);
}

TEST(ActualsEdits, RemovingASegmentDropsItsRowsAndSumsTheMonthAgain) {
  Scenario s = by_segment_month();
  remove_segment(s, 1);  // B, 20 people
  const ActualMonth& m = s.actuals.months[0];
  ASSERT_EQ(m.segments.size(), 2u);
  EXPECT_EQ(m.segments[0].segment, 0);
  EXPECT_EQ(m.segments[1].segment, 1);  // C moved down
  EXPECT_DOUBLE_EQ(m.segments[1].enrolled[0], 30);
  EXPECT_DOUBLE_EQ(m.enrolled[0], 40);
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

TEST(ActualsEdits, RemovingTheLastSegmentListedLeavesNoOneCounted) {
  Scenario s = by_segment_month();
  s.actuals.months[0].segments.resize(1);  // only A listed
  sum_segments(s.actuals.months[0], 1);
  remove_segment(s, 0);
  const ActualMonth& m = s.actuals.months[0];
  EXPECT_TRUE(m.segments.empty());
  ASSERT_EQ(m.applying.size(), 1u);
  EXPECT_DOUBLE_EQ(m.applying[0], 0);
}

TEST(ActualsEdits, MovingASegmentRenumbersItsRows) {
  Scenario s = by_segment_month();
  move_segment(s, 0, +1);  // B, A, C
  const ActualMonth& m = s.actuals.months[0];
  for (const SegmentActual& r : m.segments)
    EXPECT_DOUBLE_EQ(r.enrolled[0], s.segments[r.segment].headcount) << s.segments[r.segment].name;
  EXPECT_DOUBLE_EQ(m.enrolled[0], 60);
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

TEST(ActualsEdits, ACopiedSegmentCountedNoOneYet) {
  Scenario s = by_segment_month();
  duplicate_segment(s, 0);  // A, A (copy), B, C
  const ActualMonth& m = s.actuals.months[0];
  ASSERT_EQ(m.segments.size(), 4u);
  for (const SegmentActual& r : m.segments) {
    const double expected = r.segment == 1 ? 0 : s.segments[r.segment].headcount;
    EXPECT_DOUBLE_EQ(r.enrolled[0], expected) << s.segments[r.segment].name;
  }
  EXPECT_DOUBLE_EQ(m.enrolled[0], 60);
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

// Adding a tier gives every month's lists (and each segment's) a 0 for it:
// nobody was at a tier that did not exist. Removing it drops those counts.
// Either way the plan stays valid, so the figures keep updating.
TEST(ActualsEdits, TiersAddedOrRemovedKeepTheActualsLists) {
  Scenario s = by_segment_month();
  add_tier(s);
  const ActualMonth& m = s.actuals.months[0];
  EXPECT_EQ(m.applying, (std::vector<double>{60, 0}));
  EXPECT_EQ(m.segments[1].completed, (std::vector<double>{20, 0}));
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
  remove_last_tier(s);
  EXPECT_EQ(s.actuals.months[0].applying, (std::vector<double>{60}));
  EXPECT_EQ(s.actuals.months[0].segments[2].enrolled, (std::vector<double>{30}));
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

}  // namespace
}  // namespace planner::ui
