// Savings and capability per person (core/people.cpp), each on a scenario
// small enough to work by hand; the arithmetic is in the comments.
//
// two_tiers(): 10 people, 10 addressable h/week at $50/h, tier 0 (uplift 0.1)
// then tier 1 (uplift 0.3), each a 4-week programme at $100 a learner in
// groups of 10, no ramp-up, completion and application 1, reinforced,
// attribution x confidence 1, horizon 24 months. Tier 0 runs weeks 0-3,
// tier 1 weeks 4-7: savings begin in weeks 4 and 8.
#include <gtest/gtest.h>

#include <cmath>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::ModelSpec;
using test::two_tiers;

double at(const Result& r, const std::vector<double>& v, int month, int k) { return v[month * r.tiers + k]; }

// Audit item 1: people applying tier 2 also count at tier 1, and nobody caps
// tier 2 by tier 1.
TEST(People, CapableCountsEveryoneApplyingAHigherTierOnce) {
  Scenario s = two_tiers();
  s.segments[0].headcount = 50;
  s.models[0].application_rate = Range::fixed(0.05);  // a platform: few change how they work
  s.models[1].completion_rate = Range::fixed(0.9);
  s.models[1].application_rate = Range::fixed(0.55);
  s.target.tier = 1;
  const Result r = evaluate(s, Case::Likely);
  const int last = r.months - 1;
  // Tier 2 (index 1): 50 x 0.9 x 0.55 = 24.75 people apply it.
  EXPECT_NEAR(at(r, r.applying_at_tier, last, 1), 24.75, 1e-9);
  // Tier >= 1: everyone but those who applied neither:
  // 50 x (1 - (1 - 0.05) x (1 - 0.495)) = 50 x 0.52025 = 26.0125.
  EXPECT_NEAR(at(r, r.applying_at_tier, last, 0), 26.0125, 1e-9);
  EXPECT_NEAR(r.totals.capable_employees, 24.75, 1e-9);
  // $100 x 50 x 2 tiers = $10,000 over 24.75 capable people.
  EXPECT_NEAR(r.totals.cost_per_capable_employee, 10000 / 24.75, 1e-6);
  // Trained: tier 1 all 50 (completion 1), tier 2 45.
  EXPECT_NEAR(at(r, r.trained_at_tier, last, 0), 50, 1e-9);
  EXPECT_NEAR(at(r, r.trained_at_tier, last, 1), 45, 1e-9);
  // Hours: 0.495 apply tier 2 (0.3); 0.05 x 0.505 apply only tier 1 (0.1):
  // (0.1485 + 0.002525) x 10 h x 50 people = 75.5125 h/week.
  EXPECT_NEAR(r.totals.hours_saved_per_week, 75.5125, 1e-9);
}

// Audit item 2 (a): a higher saving that would begin before the lower one
// does not add to it. Tier 1's saving would begin in week 4 + 20 = 24, tier
// 2's in week 8: it waits for its foundation, and from week 24 each person
// saves the tier-2 uplift alone.
TEST(People, AHigherSavingNeverBeginsBeforeTheLowerOneAndReplacesIt) {
  Scenario s = two_tiers();
  s.framework.tiers[1].uplift = Range::fixed(0.2);
  s.framework.tiers[0].ramp_weeks = 20;
  const Result r = evaluate(s, Case::Likely);
  // Month 5 holds weeks 22-25: savings in weeks 24 and 25 of its 4 weeks.
  EXPECT_NEAR(r.hours_saved_per_week[4], 0, 1e-12);
  EXPECT_NEAR(r.hours_saved_per_week[5], 10 * 0.2 * 10 * 2 / 4.0, 1e-9);
  // From month 6: 10 people x 0.2 x 10 h = 20 h/week, not 10 + 20 = 30.
  EXPECT_NEAR(r.hours_saved_per_week[6], 20, 1e-9);
  EXPECT_NEAR(r.totals.hours_saved_per_week, 20, 1e-9);
  // Nobody counts as applying tier 2 before its saving begins.
  EXPECT_NEAR(at(r, r.applying_at_tier, 4, 1), 0, 1e-12);
  EXPECT_NEAR(at(r, r.applying_at_tier, 5, 1), 10, 1e-12);
}

// Audit item 2 (b): a month's figures do not depend on the horizon after it.
TEST(People, AMonthsFiguresDoNotDependOnTheHorizonAfterIt) {
  Scenario s = two_tiers();
  s.models[0].application_rate = Range::fixed(0.5);
  s.models[1].application_rate = Range::fixed(0.5);
  s.framework.tiers[0].ramp_weeks = 6;
  s.models[1].reinforces = false;
  s.models[1].decay_half_life_months = 4;
  s.org.horizon_months = 12;
  const Result short_plan = evaluate(s, Case::Likely);
  s.org.horizon_months = 25;
  const Result long_plan = evaluate(s, Case::Likely);
  for (int m = 0; m < 12; ++m) {
    EXPECT_EQ(short_plan.value[m], long_plan.value[m]) << "month " << m;
    EXPECT_EQ(short_plan.hours_saved_per_week[m], long_plan.hours_saved_per_week[m]) << "month " << m;
    for (int k = 0; k < 2; ++k) {
      EXPECT_EQ(at(short_plan, short_plan.applying_at_tier, m, k),
                at(long_plan, long_plan.applying_at_tier, m, k));
      EXPECT_EQ(at(short_plan, short_plan.trained_at_tier, m, k),
                at(long_plan, long_plan.trained_at_tier, m, k));
    }
  }
}

// Half the people apply each tier: the expected saving is the uplift of the
// highest tier applied: 0.5 x 0.3 + 0.5 x 0.5 x 0.1 = 0.175 a person.
TEST(People, TheSavingIsTheHighestTierAppliedInExpectation) {
  Scenario s = two_tiers();
  s.models[0].application_rate = Range::fixed(0.5);
  s.models[1].application_rate = Range::fixed(0.5);
  const Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.hours_saved_per_week, 0.175 * 10 * 10, 1e-9);  // 17.5 h/week
  // Applying tier >= 1: 1 - 0.5 x 0.5 = 0.75 of 10; tier 2: 0.5 of 10.
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 0), 7.5, 1e-9);
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 1), 5, 1e-9);
}

// Audit item 3: three tiers at 50 % application each, uplifts 0.1 / 0.2 /
// 0.4, 100 people x 10 h. Highest tier applied: 3 with 0.5, 2 with 0.25, 1
// with 0.125, none with 0.125: 0.2 + 0.05 + 0.0125 = 0.2625 a person =
// 262.5 h/week. Keeping tier 1's saving for those who skip tier 2 and apply
// tier 3 (0.125 of people) would give 0.2625 + 0.125 x 0.1 = 0.275 (275 h).
TEST(People, APersonWhoSkipsAMiddleTierStillGivesUpTheLowerSaving) {
  const Scenario base = two_tiers();
  Scenario s = test::ScenarioBuilder(base)  // segment 0: nobody at T3 yet, target 1 at every tier
                   .tier("T3", 10, 0.4, 0, "m3")
                   .model(ModelSpec(base.models[1]).id("m3").tiers(2, 2));
  s.framework.tiers[1].uplift = Range::fixed(0.2);
  for (DeliveryModel& m : s.models) m.application_rate = Range::fixed(0.5);
  s.segments[0].headcount = 100;
  const Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.hours_saved_per_week, 262.5, 1e-9);
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 0), 87.5, 1e-9);  // 1 - 0.5^3
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 1), 75, 1e-9);    // 1 - 0.5^2
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 2), 50, 1e-9);
}

// Mean of 20 x 0.5^((w - 8) / 13) over the weeks of month 23 (weeks 100-103).
double tier2_increment_in_month_23() {
  double sum = 0;
  for (int w = 100; w < 104; ++w) sum += 20 * std::pow(0.5, (w - 8) / 13.0);
  return sum / 4;
}

// Audit item 4: a course that does not reinforce, on top of a reinforced
// programme, decays only by its increment. Tier 1 (reinforced) gives
// 10 x 0.1 x 10 h = 10 h/week from week 4; tier 2 adds 0.2 x 10 x 10 = 20
// h/week from week 8, halving every 3 months = 13 weeks.
TEST(People, OnlyTheIncrementOfANonReinforcedTierDecays) {
  Scenario s = two_tiers();
  s.models[1].reinforces = false;
  s.models[1].decay_half_life_months = 3;
  const Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.hours_saved_per_week, 10 + tier2_increment_in_month_23(), 1e-9);
  for (int m = 2; m < r.months; ++m) EXPECT_GT(r.hours_saved_per_week[m], 10) << "month " << m;
  // Month 12 (weeks 48-51) is measured too: the headline says which month.
  double month12 = 0;
  for (int w = 48; w < 52; ++w) month12 += 10 + 20 * std::pow(0.5, (w - 8) / 13.0);
  EXPECT_NEAR(r.totals.hours_saved_per_week_month12, month12 / 4, 1e-9);
  EXPECT_NEAR(r.totals.fte_returned_month12, month12 / 4 * 52 / 2080, 1e-12);
}

// The reverse: the saving below keeps its own decay when a reinforced tier
// comes on top (only the increment follows the new programme).
TEST(People, TheSavingBelowKeepsItsOwnDecay) {
  Scenario s = two_tiers();
  s.models[0].reinforces = false;
  s.models[0].decay_half_life_months = 3;
  const Result r = evaluate(s, Case::Likely);
  double sum = 0;
  for (int w = 100; w < 104; ++w) sum += 20 + 10 * std::pow(0.5, (w - 4) / 13.0);
  EXPECT_NEAR(r.totals.hours_saved_per_week, sum / 4, 1e-9);
}

// People already at tier 1 today save its uplift now (the baseline): tier 2
// adds 0.3 - 0.1 for them and 0.3 for the others.
TEST(People, PeopleAlreadyAtATierSaveOnlyTheIncrement) {
  Scenario s = two_tiers();
  s.segments[0].current_at_tier = {4, 0};  // 4 at tier 1 today: 6 take tier 1, all 10 take tier 2
  const Result r = evaluate(s, Case::Likely);
  EXPECT_NEAR(r.totals.hours_saved_per_week, (4 * 0.2 + 6 * 0.3) * 10, 1e-9);  // 26 h/week
  EXPECT_EQ(r.totals.learners, 10);
  EXPECT_EQ(r.totals.enrolments, 16);
}

TEST(People, LearnersAreDistinctPeopleAndEnrolmentsArePlaces) {
  const Result r = evaluate(two_tiers(), Case::Likely);
  EXPECT_EQ(r.totals.learners, 10);
  EXPECT_EQ(r.totals.enrolments, 20);
  EXPECT_NEAR(r.totals.cost_per_learner, 2000 / 10.0, 1e-9);  // $100 x 20 places over 10 people
}

// Learners follow the order their lower-tier groups end: with a slow and a
// fast tier-1 model, the tier-2 group of the first 10 to finish starts when
// the fast group ends (week 4, not 12), and its people are the fast group's.
TEST(People, LearnersGoOnInTheOrderTheirGroupsEnd) {
  Scenario s = two_tiers();
  s.segments[0].headcount = 20;
  s.models.push_back(ModelSpec(s.models[0]).id("slow").weeks(12).application(0.5));
  s.plan.push_back({0, 0, "slow", 0.5});  // the first 10 tier-1 places take the slow model
  s.segments[0].target_share = {1, 0.5};  // 10 go on to tier 2
  const Result r = evaluate(s, Case::Likely);
  // The fast group's 10 go on and save 0.3 each; the slow group's 10 keep
  // tier 1: 10 x 0.5 x 0.1. (10 x 0.3 + 0.5) x 10 h = 35 h/week. Were the
  // slow group's people to go on: (10 x 0.3 + 10 x 0.1) x 10 h = 40.
  EXPECT_NEAR(r.totals.hours_saved_per_week, 35, 1e-9);
  EXPECT_EQ(r.totals.learners, 20);
  EXPECT_EQ(r.totals.enrolments, 30);
  ASSERT_EQ(r.schedule.groups.size(), 3u);
  for (const GroupRun& g : r.schedule.groups)
    if (g.tier == 1) {
      EXPECT_EQ(g.start_week, 4);
    }
  // Applying tier >= 1: 10 + 5; tier 2: 10.
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 0), 15, 1e-9);
  EXPECT_NEAR(at(r, r.applying_at_tier, r.months - 1, 1), 10, 1e-9);
}

// Per model: people applying and the cost of each capable person ([JAIN]'s
// comparison). 20 people at one tier: the first 10 places take a dear model
// ($1,000, application 0.8), the rest the default ($100, application 0.1).
TEST(People, EachModelReportsItsCapablePeopleAndTheirCost) {
  Scenario s = test::tiny();
  s.segments[0].headcount = 20;
  s.models[0].application_rate = Range::fixed(0.1);
  s.models.push_back(ModelSpec(s.models[0]).id("dear").cost(1000).application(0.8));
  s.plan.push_back({0, 0, "dear", 0.5});
  const Result r = evaluate(s, Case::Likely);
  // Model 0 ("m"): 10 learners, 10 x 0.1 = 1 capable, $1,000 -> $1,000 each.
  // Model 1 ("dear"): 10 learners, 10 x 0.8 = 8 capable, $10,000 -> $1,250 each:
  // ten times the cost for eight times the capability costs more per capable person.
  EXPECT_DOUBLE_EQ(r.learners_by_model[0], 10);
  EXPECT_DOUBLE_EQ(r.learners_by_model[1], 10);
  EXPECT_NEAR(r.capable_by_model[0], 1, 1e-12);
  EXPECT_NEAR(r.capable_by_model[1], 8, 1e-12);
  EXPECT_NEAR(r.incremental_cost_by_model[0], 1000, 1e-9);
  EXPECT_NEAR(r.incremental_cost_by_model[1], 10000, 1e-9);
  EXPECT_NEAR(r.cost_per_capable_by_model[0], 1000, 1e-9);
  EXPECT_NEAR(r.cost_per_capable_by_model[1], 1250, 1e-9);
  // The plan as a whole: 9 capable for $11,000.
  EXPECT_NEAR(r.totals.capable_employees, 9, 1e-12);
  EXPECT_NEAR(r.totals.cost_per_capable_employee, 11000 / 9.0, 1e-9);
}

}  // namespace
}  // namespace planner
