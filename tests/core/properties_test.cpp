// Property tests of costs and the scheduler over generated scenarios (the
// wide generator, seeded: native and wasm draw the same scenarios).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/calendar.h"
#include "core/constraints.h"
#include "scenario_generator.h"

namespace planner {
namespace {

using test::Rng;

// The properties' own switches, drawn from the one wide generator
// (scenario_generator.h).
struct GenOptions {
  bool only_linear_bases = false;  // cost linear in learners
  bool generous_capacity = false;  // nothing but tier order holds a group back
  bool spend_cap = false;
};

Scenario generate(std::uint64_t seed, const GenOptions& o) {
  test::GenOptions w;
  w.only_linear_bases = o.only_linear_bases;
  w.generous_capacity = o.generous_capacity;
  w.spend_cap = o.spend_cap ? test::GenOptions::Cap::On : test::GenOptions::Cap::Off;
  return test::wide_scenario(seed, w);
}

constexpr int kScenarios = test::kPropertyScenarios;

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
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    const Scenario s = generate(seed, {false, false, true});
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result r = evaluate(s, c);
      for (int m = 0; m < r.months; ++m)
        ASSERT_LE(r.incremental_cost[m], s.capacity.monthly_spend_cap * (1 + 1e-9))
            << "seed " << seed << " month " << m;
      capped_plans += std::any_of(r.schedule.groups.begin(), r.schedule.groups.end(),
                                  [](const GroupRun& g) { return g.delayed_by == Constraint::SpendCap; });
    }
  }
  EXPECT_GT(capped_plans, 0);  // the generator does produce plans the cap holds back
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

// ---- Relaxing a capacity constraint (issue 10, item 7) ----------------------
// More parallel groups, coaches or managers, less stagger or a higher (or no)
// spend cap never delays the target month, never leaves more learners
// unscheduled, and never ends the last group later when everything was
// scheduled. Each constraint alone, by one step, by a lot and to unlimited.

int month_or_never(int m) { return m < 0 ? 1 << 30 : m; }

struct Relax {
  Constraint which;
  int amount;  // -1 = unlimited
  double cap_factor;
};

std::string relax_text(const Relax& x) {
  return std::string(constraint_name(x.which)) +
         (x.amount < 0 ? " unlimited" : " +" + std::to_string(x.amount)) +
         (x.which == Constraint::SpendCap ? " cap x" + std::to_string(x.cap_factor) : "");
}

// Returns "" or what went wrong.
std::string check_relaxation(const Scenario& s, Case c, const Relax& x) {
  Scenario t = relaxed(s, x.which, x.amount, x.cap_factor * s.capacity.monthly_spend_cap);
  if (x.which == Constraint::SpendCap && x.amount < 0) t.capacity.monthly_spend_cap = 0;
  const Result a = evaluate(s, c), b = evaluate(t, c);
  const Outcome before = outcome_of(a), after = outcome_of(b);
  std::string why;
  if (month_or_never(after.months_to_target) > month_or_never(before.months_to_target))
    why += " target month " + std::to_string(before.months_to_target) + " -> " +
           std::to_string(after.months_to_target);
  if (after.unscheduled_learners > before.unscheduled_learners)
    why += " unscheduled " + std::to_string(before.unscheduled_learners) + " -> " +
           std::to_string(after.unscheduled_learners);
  if (before.unscheduled_learners == 0 && after.unscheduled_learners == 0 &&
      after.last_end_week > before.last_end_week)
    why += " last end week " + std::to_string(before.last_end_week) + " -> " +
           std::to_string(after.last_end_week);
  return why;
}

const Relax kRelaxations[] = {
    {Constraint::ParallelGroups, 1, 0},  {Constraint::ParallelGroups, 10, 0},
    {Constraint::ParallelGroups, -1, 0}, {Constraint::Coaches, 1, 0},
    {Constraint::Coaches, 10, 0},        {Constraint::Coaches, -1, 0},
    {Constraint::Managers, 1, 0},        {Constraint::Managers, 10, 0},
    {Constraint::Managers, -1, 0},       {Constraint::Stagger, 1, 0},
    {Constraint::Stagger, 2, 0},         {Constraint::Stagger, -1, 0},
    {Constraint::SpendCap, 0, 1.25},     {Constraint::SpendCap, 0, 4},
    {Constraint::SpendCap, -1, 0},
};

constexpr std::uint64_t kRelaxScenarios = test::kPropertyScenarios;

TEST(SchedulerProperties, RelaxingAnyConstraintNeverDelaysTheTargetNorLeavesMoreUnscheduled) {
  int failures = 0;
  for (std::uint64_t seed = 1; seed <= kRelaxScenarios; ++seed) {
    const Scenario s = generate(seed, {false, false, seed % 2 == 0});
    for (Case c : {Case::Low, Case::Likely, Case::High})
      for (const Relax& x : kRelaxations) {
        if (x.which == Constraint::SpendCap && !(s.capacity.monthly_spend_cap > 0)) continue;
        const std::string why = check_relaxation(s, c, x);
        if (!why.empty() && ++failures <= 20)
          ADD_FAILURE() << "seed " << seed << " case " << static_cast<int>(c) << " " << relax_text(x) << ":"
                        << why;
      }
  }
  EXPECT_EQ(failures, 0);
}

// The schedule inside a horizon does not depend on the months after it: the
// same starts, and the same cost in every month of the shorter horizon (the
// spend cap's ledger runs past the horizon).
TEST(SchedulerProperties, TheScheduleAndItsCostsDoNotDependOnTheHorizonAfterThem) {
  for (std::uint64_t seed = 1; seed <= kRelaxScenarios; ++seed) {
    const Scenario s = generate(seed, {false, false, seed % 2 == 0});
    Scenario longer = s;
    longer.org.horizon_months += 12;
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result a = evaluate(s, c), b = evaluate(longer, c);
      std::vector<std::vector<int>> sa, sb;  // (start, tier, segment, model, learners) of each group
      for (const GroupRun& g : a.schedule.groups)
        sa.push_back({g.start_week, g.tier, g.segment, g.model, g.learners});
      for (const GroupRun& g : b.schedule.groups)
        if (g.start_week < horizon_weeks(s.org.horizon_months))
          sb.push_back({g.start_week, g.tier, g.segment, g.model, g.learners});
      ASSERT_EQ(sa, sb) << "seed " << seed;
      for (int m = 0; m < a.months; ++m)
        ASSERT_NEAR(a.incremental_cost[m], b.incremental_cost[m], 1e-9 * (1 + b.incremental_cost[m]))
            << "seed " << seed << " month " << m;
    }
  }
}

// Every constraint reported as binding changes the outcome when relaxed
// alone by the reported amount, and the outcome is the one reported.
TEST(SchedulerProperties, EveryBindingConstraintChangesTheScheduleWhenRelaxedAlone) {
  int reported = 0;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    const Scenario s = generate(seed, {false, false, seed % 2 == 0});
    for (Case c : {Case::Low, Case::High}) {
      const Outcome base = outcome_of(evaluate(s, c));
      for (const BindingConstraint& b : binding_constraints(s, c)) {
        ++reported;
        const Scenario t = relaxed(s, b.constraint, b.amount, b.cap_needed);
        const Outcome after = outcome_of(evaluate(t, c));
        EXPECT_TRUE(b.before == base) << "seed " << seed;
        EXPECT_TRUE(after == b.after) << "seed " << seed << " " << binding_text(b, "$");
        EXPECT_TRUE(after != base) << "seed " << seed << " " << binding_text(b, "$");
      }
    }
  }
  EXPECT_GT(reported, 50);  // the generator does produce binding constraints
}

}  // namespace
}  // namespace planner
