// Validation names the field as the JSON does and says what is wrong.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::tiny;
using test::two_tiers;

bool has(const std::vector<Issue>& issues, const std::string& text) {
  return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.text() == text; });
}

std::string all(const std::vector<Issue>& issues) {
  std::string s;
  for (const Issue& i : issues) s += i.text() + "\n";
  return s;
}

TEST(Validate, AcceptsTheFixtures) {
  EXPECT_TRUE(validate(tiny()).empty()) << all(validate(tiny()));
  EXPECT_TRUE(validate(two_tiers()).empty()) << all(validate(two_tiers()));
}

TEST(Validate, RejectsNegativeHeadcountWithFieldPath) {
  Scenario s = tiny();
  s.segments.push_back(s.segments[0]);
  s.segments.push_back(s.segments[0]);
  s.segments[2].headcount = -5;
  const auto issues = validate(s);
  EXPECT_TRUE(has(issues, "segments[2].headcount: must be >= 0, got -5")) << all(issues);
}

TEST(Validate, RejectsUnknownDeliveryModelInPlan) {
  Scenario s = tiny();
  s.plan = {{0, 0, "x", 1.0}};
  EXPECT_TRUE(has(validate(s), "plan[0].model: unknown delivery model \"x\"")) << all(validate(s));
}

TEST(Validate, RejectsAModelThatDoesNotServeTheTier) {
  Scenario s = two_tiers();
  s.plan = {{0, 1, "m", 1.0}};
  EXPECT_TRUE(has(validate(s), "plan[0].model: \"m\" delivers tiers 0..0, not tier 1")) << all(validate(s));
}

TEST(Validate, RejectsTargetSharesRisingWithTheTier) {
  Scenario s = two_tiers();
  s.segments[0].target_share = {0.4, 0.6};
  EXPECT_TRUE(has(validate(s),
                  "segments[0].target_share[1]: target shares are cumulative and must not rise with the "
                  "tier: 0.6 > tier 0's 0.4"))
      << all(validate(s));
}

TEST(Validate, RejectsTierSizedVectorsOfTheWrongSize) {
  Scenario s = two_tiers();
  s.segments[0].current_at_tier = {0};
  s.segments[0].target_share = {1, 1, 1};
  const auto issues = validate(s);
  EXPECT_TRUE(has(issues, "segments[0].current_at_tier: must have one entry per tier (2), got 1"))
      << all(issues);
  EXPECT_TRUE(has(issues, "segments[0].target_share: must have one entry per tier (2), got 3"))
      << all(issues);
}

TEST(Validate, RejectsMorePeopleAtTiersThanHeadcount) {
  Scenario s = two_tiers();
  s.segments[0].current_at_tier = {6, 6};
  EXPECT_TRUE(
      has(validate(s), "segments[0].current_at_tier: must not add up to more than headcount (10), got 12"));
}

TEST(Validate, RejectsRangesOutOfOrder) {
  Scenario s = tiny();
  s.models[0].cost = {500, 300, 800};
  EXPECT_TRUE(has(validate(s), "models[0].cost: must have low <= likely <= high, got 500, 300, 800"))
      << all(validate(s));
}

TEST(Validate, RejectsRatesOutsideZeroToOne) {
  Scenario s = tiny();
  s.models[0].application_rate = {0.5, 0.6, 62};
  EXPECT_TRUE(has(validate(s), "models[0].application_rate.high: must be between 0 and 1, got 62"))
      << all(validate(s));
}

TEST(Validate, RejectsPlanSharesAboveOne) {
  Scenario s = tiny();
  s.plan = {{-1, 0, "m", 0.7}, {0, 0, "m", 0.5}};
  EXPECT_TRUE(has(validate(s), "plan[1].share: shares for segments[0] tier 0 add up to 1.2, must be <= 1"))
      << all(validate(s));
}

TEST(Validate, RejectsDuplicateModelIds) {
  Scenario s = tiny();
  s.models.push_back(s.models[0]);
  EXPECT_TRUE(has(validate(s), "models[1].id: duplicate id \"m\" (also models[0])")) << all(validate(s));
}

TEST(Validate, RejectsNonFiniteNumbers) {
  Scenario s = tiny();
  s.segments[0].hourly_cost = std::nan("");
  EXPECT_TRUE(has(validate(s), "segments[0].hourly_cost: must be a finite number")) << all(validate(s));
}

TEST(Validate, RejectsAnEmptyFramework) {
  Scenario s = tiny();
  s.framework.tiers.clear();
  EXPECT_TRUE(has(validate(s), "framework.tiers: must have at least one tier")) << all(validate(s));
}

TEST(Validate, RejectsUnknownTierDefaultModel) {
  Scenario s = tiny();
  s.framework.tiers[0].default_model = "nope";
  EXPECT_TRUE(has(validate(s), "framework.tiers[0].default_model: unknown delivery model \"nope\""))
      << all(validate(s));
}

TEST(Validate, RequiresAModelForEveryLearner) {
  Scenario s = tiny();
  s.framework.tiers[0].default_model = "";
  s.plan = {{0, 0, "m", 0.5}};
  EXPECT_TRUE(has(
      validate(s),
      "framework.tiers[0].default_model: required: segments[0] has tier 0 learners the plan gives no model"))
      << all(validate(s));
}

TEST(Validate, RequiresAManagerWhereGroupsNeedOne) {
  Scenario s = tiny();
  s.models[0].needs_manager = true;
  s.segments[0].managers = 0;
  EXPECT_TRUE(
      has(validate(s),
          "segments[0].managers: must be >= 1: tier 0 is delivered by a model that needs a manager, got 0"))
      << all(validate(s));
}

TEST(Validate, RequiresACoachWhereGroupsNeedOne) {
  Scenario s = tiny();
  s.models[0].needs_coach = true;
  s.capacity.coaches = 0;
  EXPECT_TRUE(
      has(validate(s), "capacity.coaches: must be >= 1: the plan uses a model that needs a coach, got 0"))
      << all(validate(s));
}

TEST(Validate, RejectsABadHorizonAndTarget) {
  Scenario s = tiny();
  s.org.horizon_months = 0;
  s.target.tier = 3;
  const auto issues = validate(s);
  EXPECT_TRUE(has(issues, "org.horizon_months: must be between 1 and 600, got 0")) << all(issues);
  EXPECT_TRUE(has(issues, "target.tier: must be a tier index 0..0, got 3")) << all(issues);
}

TEST(Validate, RejectsReadinessScoresOutsideOneToFive) {
  Scenario s = tiny();
  s.readiness.incentives = 6;
  EXPECT_TRUE(has(validate(s), "readiness.incentives: must be between 1 and 5, got 6")) << all(validate(s));
}

TEST(Validate, RejectsAHigherTierWithASmallerUplift) {
  Scenario s = two_tiers();
  s.framework.tiers[1].uplift = Range::fixed(0.05);
  EXPECT_TRUE(
      has(validate(s), "framework.tiers[1].uplift.likely: must be >= the previous tier's (0.1), got 0.05"))
      << all(validate(s));
}

}  // namespace
}  // namespace planner
