// Binding constraints (core/constraints.h): a constraint binds when relaxing
// it alone changes the target month, the last end week or the unscheduled
// learners; each is reported with the smallest relaxation that buys that.
// tiny(): groups of 10 running 4 weeks, $100 a learner paid at the start,
// target 100 % of the segment applying tier 1 (application 1, no ramp-up).
// Week w lies in month floor(w x 12 / 52): month 1 (1-based) is weeks 0-4,
// month 2 weeks 5-8.
#include "core/constraints.h"

#include <gtest/gtest.h>

#include <vector>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::ModelSpec;
using test::SegmentSpec;
using test::tiny;

std::vector<Constraint> kinds(const std::vector<BindingConstraint>& v) {
  std::vector<Constraint> out;
  for (const BindingConstraint& b : v) out.push_back(b.constraint);
  return out;
}

// 40 people, 2 groups at once: starts 0, 0, 4, 4; everyone applies at week
// 8 (month 2). +1 (3 at once) still leaves the fourth group for week 4; +2
// starts all four at week 0: everyone at week 4 (month 1).
TEST(BindingConstraints, ReportsTheSmallestRelaxationThatBuysTheWholeGain) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.capacity.max_parallel_groups = 2;
  const auto b = binding_constraints(s, Case::Likely);
  ASSERT_EQ(kinds(b), (std::vector<Constraint>{Constraint::ParallelGroups}));
  EXPECT_EQ(b[0].amount, 2);
  EXPECT_EQ(b[0].before.months_to_target, 2);
  EXPECT_EQ(b[0].after.months_to_target, 1);
  EXPECT_EQ(b[0].before.last_end_week, 8);
  EXPECT_EQ(b[0].after.last_end_week, 4);
  EXPECT_EQ(binding_text(b[0], "$"),
            "+2 parallel groups: target month 2 -> month 1, last group ends week 8 -> week 4");
}

// Two segments of 20 (40 people; target 75 % = 30 people). Segment A's
// model needs a manager (A has 1), segment B's a coach (1 coach). Groups
// start in priority order within a capacity queue (all are grouped), so B's
// wait for A's: A1 0-4, A2 4-8 (manager), B1 4-8, B2 8-12 (coach). 10 people
// apply at week 4, 30 at week 8 (month 2), 40 at week 12.
//   +1 manager: A1, A2 and B1 at 0, B2 at 4 (coach): 30 at week 4 -> month 1, last end 8
//   +1 coach:   A1 0, A2, B1, B2 at 4: 10 at week 4, 40 at week 8 -> month 2, last end 8
// Both bind, each on its own.
TEST(BindingConstraints, TwoConstraintsCanBindAtOnce) {
  Scenario s = tiny();
  s.models[0].needs_manager = true;
  s.models.push_back(ModelSpec(s.models[0]).id("coached").manager(false).coach());
  s.segments[0].headcount = 20;
  s.segments.push_back(SegmentSpec(s.segments[0]).name("B"));
  s.plan = {{1, 0, "coached", 1.0}};
  s.capacity.coaches = 1;
  s.target.share = 0.75;
  const Result r = evaluate(s, Case::Likely);
  ASSERT_EQ(r.totals.months_to_target, 2);
  const auto b = binding_constraints(s, Case::Likely);
  ASSERT_EQ(kinds(b), (std::vector<Constraint>{Constraint::Coaches, Constraint::Managers}));
  EXPECT_EQ(binding_text(b[0], "$"), "+1 coach: last group ends week 12 -> week 8");
  EXPECT_EQ(binding_text(b[1], "$"),
            "+1 manager per segment: target month 2 -> month 1, last group ends week 12 -> week 8");
}

// A rule that holds groups back but whose relaxation changes nothing does
// not bind: 3 coaches for the 2 groups of 20 people is already enough, and
// the parallel limit of 10 holds nothing.
TEST(BindingConstraints, NothingBindsWhenRelaxingChangesNothing) {
  Scenario s = tiny();
  s.segments[0].headcount = 20;
  s.models[0].needs_coach = true;
  s.capacity.coaches = 3;
  EXPECT_TRUE(binding_constraints(s, Case::Likely).empty());
}

// $1,000 a group at its start, 4 groups, cap $2,500: two start in month 1
// and two wait for month 2 (week 5). All four in week 0 need $4,000.
TEST(BindingConstraints, SpendCapReportsTheCapNeeded) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.capacity.monthly_spend_cap = 2500;
  const auto b = binding_constraints(s, Case::Likely);
  ASSERT_EQ(kinds(b), (std::vector<Constraint>{Constraint::SpendCap}));
  EXPECT_DOUBLE_EQ(b[0].cap_needed, 4000);
  EXPECT_EQ(binding_text(b[0], "$"),
            "spend cap $4,000 a month: target month 3 -> month 1, last group ends week 9 -> week 4");
}

// Stagger 3 weeks on the model: starts 0, 3, 6, 9, last end 13. A shorter
// gap still staggers; only no gap (3 weeks shorter) ends everything at week 4.
TEST(BindingConstraints, StaggerReportsHowManyWeeksShorter) {
  Scenario s = tiny();
  s.segments[0].headcount = 40;
  s.models[0].stagger_weeks = 3;
  const auto b = binding_constraints(s, Case::Likely);
  ASSERT_EQ(kinds(b), (std::vector<Constraint>{Constraint::Stagger}));
  EXPECT_EQ(b[0].amount, 3);
  EXPECT_EQ(b[0].before.last_end_week, 13);
  EXPECT_EQ(b[0].after.last_end_week, 4);
}

}  // namespace
}  // namespace planner
