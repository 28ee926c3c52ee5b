// The optimiser against brute force: on a decision space small enough to
// enumerate, every plan is scored here independently of the optimiser
// (apply_plan -> validate -> evaluate) and the answers compared.
#include "core/uncertainty/optimiser.h"

#include <gtest/gtest.h>

#include <limits>

#include "core/evaluate.h"
#include "core/uncertainty/fixture.h"

namespace planner::mc {
namespace {

OptimiserOptions small_options(bool exhaustive) {
  OptimiserOptions o;
  o.space.share_levels = {0, 0.5, 1.0};
  o.space.parallel_levels = {2};
  o.enumerate_limit = exhaustive ? 1e9 : 0;  // 0: force the heuristic search
  return o;
}

struct Brute {
  double cost = 0, people = 0;
  bool meets = false;
  Plan plan;
};

// Every valid plan, scored without the optimiser.
std::vector<Brute> brute_force(const Scenario& s, const OptimiserOptions& o) {
  const DecisionSpace d = make_space(s, o.space);
  std::vector<Brute> out;
  for_each_plan(d, [&](const Plan& p) {
    const Scenario applied = apply_plan(s, d, p);
    if (!validate(applied).empty()) return;
    const Result r = evaluate(applied, Case::Likely);
    Brute b;
    b.cost = r.totals.incremental_cost;
    const int m = std::min(s.target.by_month, r.months) - 1;
    b.people = r.applying_at_tier[m * r.tiers + s.target.tier];
    b.meets = r.totals.months_to_target >= 1 && r.totals.months_to_target <= s.target.by_month;
    b.plan = p;
    out.push_back(b);
  });
  return out;
}

double brute_best_within(const std::vector<Brute>& all, double budget) {
  double best = -1;
  for (const Brute& b : all)
    if (b.cost <= budget + 1e-9) best = std::max(best, b.people);
  return best;
}

void expect_monotone(const std::vector<Candidate>& f) {
  for (size_t i = 1; i < f.size(); ++i) {
    EXPECT_GT(f[i].score.cost, f[i - 1].score.cost) << i;
    EXPECT_GT(f[i].score.capability, f[i - 1].score.capability) << i;
  }
}

TEST(Frontier, ExhaustiveSearchEqualsTheBruteForceParetoSet) {
  const Scenario s = testing::small_scenario();
  const OptimiserOptions o = small_options(true);
  const FrontierReport f = compute_frontier(s, o);
  EXPECT_TRUE(f.exhaustive);
  const std::vector<Brute> all = brute_force(s, o);
  ASSERT_GT(all.size(), 100u);
  ASSERT_GT(f.points.size(), 3u);
  expect_monotone(f.points);
  // Each frontier point is the brute-force best for its own cost...
  for (const Candidate& c : f.points)
    EXPECT_DOUBLE_EQ(c.score.capability, brute_best_within(all, c.score.cost));
  // ... and no plan beats the frontier at any budget.
  for (const Brute& b : all) {
    double best = -1;
    for (const Candidate& c : f.points)
      if (c.score.cost <= b.cost + 1e-9) best = c.score.capability;
    EXPECT_GE(best, b.people - 1e-9 * (1 + b.people));  // equal plans may add in another order
  }
}

TEST(Frontier, HeuristicSearchIsMonotoneAndCloseToBruteForce) {
  const Scenario s = testing::small_scenario();
  const OptimiserOptions o = small_options(false);
  const FrontierReport f = compute_frontier(s, o);
  EXPECT_FALSE(f.exhaustive);
  expect_monotone(f.points);
  const std::vector<Brute> all = brute_force(s, o);
  ASSERT_FALSE(f.points.empty());
  // The most capable point reaches the brute-force maximum.
  EXPECT_DOUBLE_EQ(f.points.back().score.capability,
                   brute_best_within(all, std::numeric_limits<double>::max()));
  // Every point is a real plan: its score is what the model gives for it.
  for (const Candidate& c : f.points) {
    const Scenario applied = apply_plan(s, f.space, c.plan);
    EXPECT_DOUBLE_EQ(evaluate(applied, Case::Likely).totals.incremental_cost, c.score.cost);
  }
}

TEST(Frontier, MoreBudgetNeverBuysLessCapability) {
  const Scenario s = testing::small_scenario();
  for (bool exhaustive : {true, false}) {
    Optimiser opt(s, small_options(exhaustive));
    double last = -1;
    int checked = 0;  // budgets with a plan: the loop must not skip them all
    for (double budget = 0; budget <= 120000; budget += 2500) {
      Candidate c;
      if (!opt.best_within_budget(budget, c)) continue;
      ++checked;
      EXPECT_LE(c.score.cost, budget);
      EXPECT_GE(c.score.capability, last) << budget;
      last = c.score.capability;
    }
    EXPECT_GT(checked, 10) << "exhaustive " << exhaustive;
  }
}

TEST(Frontier, ExploringInSlicesGivesTheSameFrontierAsInOneGo) {
  const Scenario s = testing::small_scenario();
  for (bool exhaustive : {true, false}) {
    Optimiser whole(s, small_options(exhaustive));
    const std::vector<Candidate> a = whole.frontier();
    Optimiser sliced(s, small_options(exhaustive));
    int slices = 0;
    while (!sliced.explore_step(5)) ++slices;  // as the UI does, a few evaluations per frame
    EXPECT_GT(slices, 3);
    const std::vector<Candidate> b = sliced.frontier();
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].plan, b[i].plan);
      EXPECT_EQ(a[i].score.cost, b[i].score.cost);
    }
    EXPECT_EQ(whole.evaluations(), sliced.evaluations());
  }
}

TEST(Frontier, AdoptingAPointGivesAScenarioWithThatPointsNumbers) {
  const Scenario s = testing::small_scenario();
  const FrontierReport f = compute_frontier(s, small_options(true));
  const Candidate& mid = f.points[f.points.size() / 2];
  const Scenario adopted = apply_plan(s, f.space, mid.plan);
  EXPECT_TRUE(validate(adopted).empty());
  const Result r = evaluate(adopted, Case::Likely);
  EXPECT_DOUBLE_EQ(r.totals.incremental_cost, mid.score.cost);
  EXPECT_EQ(r.totals.months_to_target, mid.score.months_to_target);
}

TEST(SeekTarget, CheapestPlanMeetsTheTargetAndNoCheaperPlanDoes) {
  const Scenario s = testing::small_scenario();
  for (bool exhaustive : {true, false}) {
    const OptimiserOptions o = small_options(exhaustive);
    const SeekReport r = seek_target(s, o);
    ASSERT_TRUE(r.feasible) << r.message;
    const Result res = evaluate(apply_plan(s, r.space, r.best.plan), Case::Likely);
    EXPECT_GE(res.totals.months_to_target, 1);
    EXPECT_LE(res.totals.months_to_target, s.target.by_month);
    int meeting = 0;  // plans that meet the target: the check must have run
    for (const Brute& b : brute_force(s, o)) {
      if (b.meets) {
        ++meeting;
        EXPECT_GE(b.cost, r.best.score.cost - 1e-6) << describe_plan(s, r.space, b.plan);
      }
    }
    EXPECT_GT(meeting, 0);
  }
}

TEST(SeekTarget, SaysTheApplicationRateBindsWhenTooFewCouldEverApply) {
  Scenario s = testing::small_scenario();
  s.target.share = 0.95;  // 95 % applying tier 2: application rates of 40-70 % cannot get there
  const SeekReport r = seek_target(s, small_options(true));
  EXPECT_FALSE(r.feasible);
  EXPECT_EQ(r.binding, "application rate");
  EXPECT_NE(r.message.find("application rate"), std::string::npos) << r.message;
}

TEST(SeekTarget, SaysTheDeadlineIsBeyondTheHorizon) {
  Scenario s = testing::small_scenario();
  s.target.share = 0.95;
  s.target.by_month = 30;  // horizon is 24
  const SeekReport r = seek_target(s, small_options(true));
  EXPECT_FALSE(r.feasible);
  EXPECT_EQ(r.binding, "deadline beyond horizon");
}

TEST(SeekTarget, NamesTheScheduleConstraintWhenTheDeadlineIsTooSoon) {
  Scenario s = testing::small_scenario();
  // Reachable later, not by month 1: tier 1 takes 2-4 weeks, the one-week
  // workshop for tier 2 follows, then 4 weeks' ramp-up: week 8 at the earliest.
  s.target.by_month = 1;
  const SeekReport r = seek_target(s, small_options(true));
  EXPECT_FALSE(r.feasible);
  EXPECT_FALSE(r.binding.empty());
  EXPECT_NE(r.message.find("Infeasible by month 1"), std::string::npos) << r.message;
}

TEST(SeekBudget, FindsTheBruteForceBestWithinTheBudget) {
  const Scenario s = testing::small_scenario();
  const OptimiserOptions o = small_options(true);
  const std::vector<Brute> all = brute_force(s, o);
  for (double budget : {5000.0, 20000.0, 60000.0}) {
    const SeekReport r = seek_budget(s, budget, o);
    ASSERT_TRUE(r.feasible);
    EXPECT_LE(r.best.score.cost, budget);
    EXPECT_DOUBLE_EQ(r.best.score.capability, brute_best_within(all, budget)) << budget;
  }
}

TEST(SeekBudget, ANegativeBudgetIsInfeasible) {
  const SeekReport r = seek_budget(testing::small_scenario(), -1, small_options(true));
  EXPECT_FALSE(r.feasible);
  EXPECT_EQ(r.binding, "budget");
}

}  // namespace
}  // namespace planner::mc
