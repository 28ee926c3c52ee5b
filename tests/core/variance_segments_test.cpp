// The variance by segment worked by hand (docs/schema.md, "Variance").
//
// tiny() (engine_fixtures.h) with a second segment "Sales" of 10 like the
// first ("S"): each segment's cohort of 10 runs in weeks 0-4 and all 10 apply
// from week 4, so by the end of month 1 the plan has, per segment, 10
// enrolled, 10 completed and 10 applying.
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/variance.h"
#include "engine_fixtures.h"

namespace planner {
namespace {

Scenario two_segments() {
  return test::ScenarioBuilder(test::tiny()).segment(test::SegmentSpec("Sales", 10).pay(50, 10));
}

SegmentActual seg_row(int segment, double enrolled, double completed, double applying) {
  return {segment, {enrolled}, {completed}, {applying}};
}

const VarianceLine* find(const std::vector<VarianceLine>& lines, const char* key, int segment) {
  for (const VarianceLine& v : lines)
    if (v.key == key && v.segment == segment) return &v;
  return nullptr;
}

TEST(VarianceBySegment, EachSegmentAgainstItsOwnPlanFigures) {
  Scenario s = two_segments();
  s.actuals.as_of_month = 1;
  ActualMonth m;
  m.month = 1;
  m.spend = 2000;
  m.hours_saved_per_week = 4;
  // S: 9 of 10 applying (10 % short: amber); Sales: 5 of 10 (50 %: red).
  m.segments = {seg_row(0, 10, 10, 9), seg_row(1, 10, 10, 5)};
  sum_segments(m, 1);
  s.actuals.months = {m};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const Result plan = evaluate(s, Case::Likely);
  const ActualMonth p = plan_figures_by_segment(s, plan, 1);
  ASSERT_EQ(p.segments.size(), 2u);
  for (const SegmentActual& g : p.segments) {
    ASSERT_DOUBLE_EQ(g.enrolled[0], 10);
    ASSERT_DOUBLE_EQ(g.applying[0], 10);
  }
  const std::vector<VarianceLine> lines = variance(s, plan);
  // The organisation's line: 14 applying of 20 planned, 30 % short.
  const VarianceLine* all = find(lines, "applying", -1);
  ASSERT_NE(all, nullptr);
  EXPECT_DOUBLE_EQ(all->actual, 14);
  EXPECT_DOUBLE_EQ(all->plan, 20);
  EXPECT_EQ(all->status, Rag::Red);
  const VarianceLine* a0 = find(lines, "applying", 0);
  const VarianceLine* a1 = find(lines, "applying", 1);
  ASSERT_NE(a0, nullptr);
  ASSERT_NE(a1, nullptr);
  EXPECT_DOUBLE_EQ(a0->plan, 10);
  EXPECT_DOUBLE_EQ(a0->actual, 9);
  EXPECT_EQ(a0->status, Rag::Amber);
  EXPECT_DOUBLE_EQ(a1->actual, 5);
  EXPECT_EQ(a1->status, Rag::Red);
  EXPECT_EQ(find(lines, "completed", 1)->status, Rag::Green);
  EXPECT_EQ(variance_label(s, *a1, measurement_plan(s)), "Applying T1, Sales");
  EXPECT_EQ(variance_label(s, *all, measurement_plan(s)), "Applying T1");
  // Segment lines come after the month's organisation lines: 3 lists x 2 segments x 1 tier.
  int by_segment = 0;
  size_t last_org = 0, first_segment = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].segment < 0) last_org = i;
    if (lines[i].segment >= 0 && by_segment++ == 0) first_segment = i;
  }
  EXPECT_LT(last_org, first_segment);
  EXPECT_EQ(by_segment, 6);
}

// A segment the month does not list counted no one: its lines show 0 against its plan.
TEST(VarianceBySegment, ASegmentNotListedCountedNoOne) {
  Scenario s = two_segments();
  s.actuals.as_of_month = 1;
  ActualMonth m;
  m.month = 1;
  m.segments = {seg_row(0, 10, 10, 10)};
  sum_segments(m, 1);
  s.actuals.months = {m};
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const std::vector<VarianceLine> lines = variance(s, evaluate(s, Case::Likely));
  const VarianceLine* sales = find(lines, "enrolled", 1);
  ASSERT_NE(sales, nullptr);
  EXPECT_DOUBLE_EQ(sales->actual, 0);
  EXPECT_DOUBLE_EQ(sales->plan, 10);
  EXPECT_EQ(sales->status, Rag::Red);
  EXPECT_EQ(find(lines, "enrolled", 0)->status, Rag::Green);
}

// A month not reported by segment has no segment lines.
TEST(VarianceBySegment, AMonthOfTotalsOnlyHasNoSegmentLines) {
  Scenario s = two_segments();
  s.actuals.as_of_month = 1;
  ActualMonth m;
  m.month = 1;
  m.enrolled = {20};
  m.completed = {20};
  m.applying = {20};
  s.actuals.months = {m};
  for (const VarianceLine& v : variance(s, evaluate(s, Case::Likely))) EXPECT_EQ(v.segment, -1) << v.key;
}

}  // namespace
}  // namespace planner
