// Property tests over generated scenarios (seeded; our own generator, so native
// and wasm draw the same scenarios).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine_fixtures.h"

namespace planner {
namespace {

using test::Rng;

struct GenOptions {
  bool only_linear_bases =
      false;  // per learner, per learner-week, per learner-month: cost linear in learners
  bool generous_capacity = false;  // nothing but tier order holds a group back
  bool spend_cap = false;
};

Scenario generate(std::uint64_t seed, const GenOptions& o) {
  Rng rng(seed);
  Scenario s = test::tiny();
  s.org.horizon_months = o.generous_capacity ? 120 : rng.between(12, 60);
  s.org.discount_rate_annual = rng.between(0, 20) / 100.0;
  const int K = rng.between(1, 4);
  s.framework.tiers.clear();
  double uplift = 0;
  for (int k = 0; k < K; ++k) {
    Tier t;
    t.name = "T" + std::to_string(k);
    t.learning_hours = {rng.between(1, 10) * 1.0, 0, 0};
    t.learning_hours.likely = t.learning_hours.low + rng.between(0, 10);
    t.learning_hours.high = t.learning_hours.likely + rng.between(0, 10);
    uplift += rng.between(0, 10) / 100.0;
    t.uplift = {uplift * 0.8, uplift, uplift * 1.2};
    t.ramp_weeks = rng.between(0, 8);
    s.framework.tiers.push_back(t);
  }
  const int J = rng.between(1, 4);
  s.models.clear();
  for (int j = 0; j < J; ++j) {
    DeliveryModel m;
    m.id = "m" + std::to_string(j);
    m.name = m.id;
    const int basis = rng.between(0, o.only_linear_bases ? 2 : 4);
    m.basis = basis == 0   ? CostBasis::PerLearner
              : basis == 1 ? CostBasis::PerLearnerWeek
              : basis == 2 ? CostBasis::PerLearnerMonth
              : basis == 3 ? CostBasis::PerSeatMonth
                           : CostBasis::PerEngagement;
    const double cost = rng.between(1, 100) * (basis == 4 ? 1000.0 : 10.0);
    m.cost = {cost, cost * 1.5, cost * 2};
    const double weeks = rng.between(1, 12);
    m.duration_weeks = {weeks, weeks + rng.between(0, 4), weeks + 4 + rng.between(0, 4)};
    m.group = static_cast<GroupKind>(rng.between(0, 4));
    m.group_size = rng.between(5, 15);
    m.needs_manager = rng.between(0, 1) == 1;
    m.needs_coach = rng.between(0, 2) == 2;
    m.manager_hours_per_week = rng.between(0, 3);
    m.completion_rate = {0.6, 0.8, 0.95};
    m.application_rate = {rng.between(5, 40) / 100.0, 0.5, rng.between(50, 90) / 100.0};
    m.reinforces = rng.between(0, 1) == 1;
    m.min_tier = 0;
    m.max_tier = K - 1;
    s.models.push_back(m);
  }
  for (int k = 0; k < K; ++k) s.framework.tiers[k].default_model = s.models[rng.between(0, J - 1)].id;
  const int S = rng.between(1, 6);
  s.segments.clear();
  for (int i = 0; i < S; ++i) {
    Segment g;
    g.name = "S" + std::to_string(i);
    g.headcount = 80 * rng.between(1, 10);  // x 0.05 shares x 0.25 plan shares stay whole people
    g.hourly_cost = rng.between(30, 90);
    g.addressable_hours_week = rng.between(2, 20);
    g.current_at_tier.assign(K, 0);
    if (rng.between(0, 1) == 1) g.current_at_tier[0] = g.headcount / 4;
    double share = 1.0;
    for (int k = 0; k < K; ++k) {
      g.target_share.push_back(share);
      share = rng.between(0, static_cast<int>(share * 20 + 0.5)) / 20.0;
    }
    g.wave = rng.between(1, 3);
    g.managers = rng.between(1, 5);
    s.segments.push_back(g);
  }
  s.plan.clear();
  for (int i = 0; i < S; ++i)
    for (int k = 0; k < K; ++k)
      if (rng.between(0, 2) == 0)
        s.plan.push_back({i, k, s.models[rng.between(0, J - 1)].id, rng.between(1, 4) / 4.0});
  s.capacity.max_parallel_groups = rng.between(1, 6);
  s.capacity.coaches = rng.between(1, 4);
  s.capacity.stagger_weeks = rng.between(0, 3);
  s.capacity.first_wave_share = rng.between(0, 1) == 1 ? 0.25 : 0.0;
  s.capacity.monthly_spend_cap = o.spend_cap ? rng.between(5, 100) * 1000.0 : 0.0;
  s.adjustments.overhead = 0.05;
  s.adjustments.contingency = 0.10;
  if (o.generous_capacity) {
    s.capacity.max_parallel_groups = 100000;
    s.capacity.coaches = 100000;
    s.capacity.stagger_weeks = 0;
    s.capacity.first_wave_share = 0;
    for (Segment& g : s.segments) g.managers = 100000;
  }
  s.target.tier = rng.between(0, K - 1);
  return s;
}

constexpr int kScenarios = 150;

TEST(Properties, GeneratedScenariosValidateAndStayFinite) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    const Scenario s = generate(seed, {false, false, seed % 2 == 0});
    const auto issues = validate(s);
    ASSERT_TRUE(issues.empty()) << "seed " << seed << ": " << issues[0].text();
    for (Case c : {Case::Low, Case::Likely, Case::High})
      EXPECT_TRUE(test::all_finite(evaluate(s, c))) << "seed " << seed;
  }
}

TEST(Properties, DoublingEveryHeadcountDoublesVariableCosts) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = generate(seed, {true, true, false});
    // Without decay, hours at the horizon's end (every group long over)
    // do not depend on when each group ran.
    for (DeliveryModel& m : s.models) m.reinforces = true;
    Scenario twice = s;
    for (Segment& g : twice.segments) {
      g.headcount *= 2;
      for (int& n : g.current_at_tier) n *= 2;
    }
    const Result a = evaluate(s, Case::Likely), b = evaluate(twice, Case::Likely);
    ASSERT_EQ(a.schedule.unscheduled_groups, 0) << "seed " << seed;
    ASSERT_EQ(b.schedule.unscheduled_groups, 0) << "seed " << seed;
    EXPECT_EQ(b.totals.learners, 2 * a.totals.learners) << "seed " << seed;
    EXPECT_NEAR(b.totals.incremental_cost, 2 * a.totals.incremental_cost,
                1e-9 * (1 + a.totals.incremental_cost))
        << "seed " << seed;
    EXPECT_NEAR(b.totals.hours_saved_per_week, 2 * a.totals.hours_saved_per_week,
                1e-9 * (1 + a.totals.hours_saved_per_week))
        << "seed " << seed;
  }
}

TEST(Properties, RaisingAPriceNeverLowersCost) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = generate(seed, {false, false, false});
    Rng rng(seed + 1000);
    Scenario dearer = s;
    DeliveryModel& m = dearer.models[rng.between(0, static_cast<int>(s.models.size()) - 1)];
    const double factor = 1.0 + rng.between(1, 100) / 100.0;
    m.cost = {m.cost.low * factor, m.cost.likely * factor, m.cost.high * factor};
    for (Case c : {Case::Low, Case::Likely, Case::High})
      EXPECT_GE(evaluate(dearer, c).totals.incremental_cost, evaluate(s, c).totals.incremental_cost - 1e-9)
          << "seed " << seed;
  }
}

// Finishing = every planned group has ended; a plan that leaves groups
// unscheduled never finishes.
int finish_week(const Result& r) {
  return r.schedule.unscheduled_groups > 0 ? 1 << 30 : r.schedule.last_end_week;
}

TEST(Properties, MoreParallelGroupsNeverFinishesLater) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = generate(seed, {false, false, false});
    Scenario more = s;
    more.capacity.max_parallel_groups += 1 + static_cast<int>(seed % 3);
    EXPECT_LE(finish_week(evaluate(more, Case::Likely)), finish_week(evaluate(s, Case::Likely)))
        << "seed " << seed;
  }
}

TEST(Properties, TheSpendCapIsNeverExceeded) {
  int capped_plans = 0;
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    const Scenario s = generate(seed, {false, false, true});
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result r = evaluate(s, c);
      for (int m = 0; m < r.months; ++m)
        ASSERT_LE(r.incremental_cost[m], s.capacity.monthly_spend_cap * (1 + 1e-9))
            << "seed " << seed << " month " << m;
      capped_plans += r.schedule.binding == Constraint::SpendCap;
    }
  }
  EXPECT_GT(capped_plans, 0);  // the generator does produce plans the cap binds
}

TEST(Properties, EvaluatingTwiceIntoOneResultGivesTheSameNumbers) {
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const Scenario s = generate(seed, {false, false, seed % 2 == 0});
    Result r;
    evaluate(s, Case::High, r);
    const Totals first = r.totals;
    const std::vector<double> cash = r.cash_cost;
    evaluate(s, Case::Low, r);
    evaluate(s, Case::High, r);
    EXPECT_EQ(r.totals.incremental_cost, first.incremental_cost);
    EXPECT_EQ(r.totals.npv, first.npv);
    EXPECT_EQ(r.cash_cost, cash);
  }
}

}  // namespace
}  // namespace planner

namespace planner {
namespace {

// Uplift belongs to the tier: raising any tier's uplift can only add saving
// when nobody is at a tier today (with people already there, a higher
// tier-k uplift rightly shrinks what tier k+1 adds over today's baseline).
TEST(Properties, RaisingATiersUpliftNeverLowersBenefitsFromScratch) {
  for (std::uint64_t seed = 1; seed <= kScenarios; ++seed) {
    Scenario s = generate(seed, {false, false, seed % 2 == 0});
    for (Segment& g : s.segments) g.current_at_tier.assign(g.current_at_tier.size(), 0);
    const double before = evaluate(s, Case::Likely).totals.benefits;
    for (size_t k = 0; k < s.framework.tiers.size(); ++k) {
      Scenario higher = s;
      Range& u = higher.framework.tiers[k].uplift;
      const double ceiling = k + 1 < s.framework.tiers.size() ? s.framework.tiers[k + 1].uplift.likely : 1.0;
      u.likely = u.likely + 0.5 * (ceiling - u.likely);
      u.high = std::max(u.high, u.likely);
      const double after = evaluate(higher, Case::Likely).totals.benefits;
      EXPECT_GE(after, before - 1e-6 * (1 + before)) << "seed " << seed << ", tier " << k;
    }
  }
}

}  // namespace
}  // namespace planner
