// Relaxing a capacity never makes a plan worse (issue 10, item 7), over the
// io tests' generated scenarios (tests/io/sample_scenarios.h), which draw
// shapes the core generator does not: up to 6 models of every kind, spend
// caps, waves, shares. This one found that a group the cap can never admit
// must keep its place in the waves (Scheduler.AGroupTheCapCanNeverAdmitKeepsItsPlace).
#include <gtest/gtest.h>

#include "core/constraints.h"
#include "sample_scenarios.h"

namespace planner {
namespace {

int month_or_never(int m) { return m < 0 ? 1 << 30 : m; }

TEST(SchedulerRelaxation, GeneratedPlansNeverGetWorseWhenOneCapacityIsRelaxed) {
  int failures = 0, checked = 0;
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    const Scenario s = testing::generated_scenario(seed);
    if (!validate(s).empty()) continue;
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Outcome a = outcome_of(evaluate(s, c));
      for (Constraint which : {Constraint::ParallelGroups, Constraint::Coaches, Constraint::Managers,
                               Constraint::Stagger, Constraint::SpendCap})
        for (int amount : {1, -1}) {
          if (which == Constraint::SpendCap && !(s.capacity.monthly_spend_cap > 0)) continue;
          const double cap = amount < 0 ? 0.0 : s.capacity.monthly_spend_cap * 1.5;
          const Outcome b = outcome_of(evaluate(relaxed(s, which, amount, cap), c));
          ++checked;
          const bool worse = month_or_never(b.months_to_target) > month_or_never(a.months_to_target) ||
                             b.unscheduled_learners > a.unscheduled_learners ||
                             (a.unscheduled_learners == 0 && b.unscheduled_learners == 0 &&
                              b.last_end_week > a.last_end_week);
          if (worse && ++failures <= 10)
            ADD_FAILURE() << "seed " << seed << " case " << static_cast<int>(c) << " "
                          << constraint_name(which) << (amount < 0 ? " unlimited" : " +1") << ": target "
                          << a.months_to_target << " -> " << b.months_to_target << ", unscheduled "
                          << a.unscheduled_learners << " -> " << b.unscheduled_learners << ", last end "
                          << a.last_end_week << " -> " << b.last_end_week;
        }
    }
  }
  EXPECT_EQ(failures, 0);
  EXPECT_GT(checked, 20000);
}

}  // namespace
}  // namespace planner
