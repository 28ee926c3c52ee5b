// Properties of the model over the wide generator (scenario_generator.h):
// kPropertyScenarios scenarios x 3 cases each, the seed in every failure.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/calendar.h"
#include "core/learners.h"
#include "scenario_generator.h"

namespace planner {
namespace {

using test::GenOptions;
using test::kPropertyScenarios;
using test::wide_scenario;

constexpr Case kCases[] = {Case::Low, Case::Likely, Case::High};

const char* name(Case c) { return c == Case::Low ? "low" : c == Case::High ? "high" : "likely"; }

double headcount(const Scenario& s) {
  double n = 0;
  for (const Segment& g : s.segments) n += g.headcount;
  return n;
}

TEST(ModelProperties, GeneratedScenariosValidateAndEveryOutputIsFinite) {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    const Scenario s = wide_scenario(seed);
    const auto issues = validate(s);
    ASSERT_TRUE(issues.empty()) << "seed " << seed << ": " << issues[0].text();
    for (Case c : kCases) {
      ASSERT_TRUE(test::all_finite(evaluate(s, c))) << "seed " << seed << " " << name(c);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3 * kPropertyScenarios);
}

// Tiers are cumulative and applying needs finishing: applying <= trained at
// every tier and month, both never rise with the tier, never above headcount.
TEST(ModelProperties, ApplyingNeverExceedsTrainedAndTiersAreCumulative) {
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    const Scenario s = wide_scenario(seed);
    const double people = headcount(s);
    for (Case c : kCases) {
      const Result r = evaluate(s, c);
      for (int m = 0; m < r.months; ++m)
        for (int k = 0; k < r.tiers; ++k) {
          const double applying = r.applying_at_tier[m * r.tiers + k],
                       trained = r.trained_at_tier[m * r.tiers + k];
          const double eps = 1e-9 * (1 + people);
          ASSERT_LE(applying, trained + eps)
              << "seed " << seed << " " << name(c) << " month " << m << " tier " << k;
          ASSERT_LE(trained, people + eps) << "seed " << seed;
          ASSERT_GE(applying, -eps) << "seed " << seed;
          if (k > 0) {
            ASSERT_LE(applying, r.applying_at_tier[m * r.tiers + k - 1] + eps)
                << "seed " << seed << " month " << m;
            ASSERT_LE(trained, r.trained_at_tier[m * r.tiers + k - 1] + eps)
                << "seed " << seed << " month " << m;
          }
          if (m > 0) {
            ASSERT_GE(applying, r.applying_at_tier[(m - 1) * r.tiers + k] - eps) << "seed " << seed;
          }
        }
    }
  }
}

// More people applying one model never lowers the count applying at any tier.
TEST(ModelProperties, RaisingAnApplicationRateNeverLowersPeopleApplying) {
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    const Scenario s = wide_scenario(seed);
    test::Rng rng(seed + 7777);
    Scenario more = s;
    Range& a = more.models[rng.between(0, static_cast<int>(s.models.size()) - 1)].application_rate;
    a = {a.low + (1 - a.low) / 2, a.likely + (1 - a.likely) / 2, a.high + (1 - a.high) / 2};
    for (Case c : kCases) {
      const Result before = evaluate(s, c), after = evaluate(more, c);
      for (size_t i = 0; i < before.applying_at_tier.size(); ++i)
        ASSERT_GE(after.applying_at_tier[i], before.applying_at_tier[i] - 1e-9 * (1 + headcount(s)))
            << "seed " << seed << " " << name(c) << " month " << i / before.tiers << " tier "
            << i % before.tiers;
    }
  }
}

// Nobody saves more than the top tier's uplift of their addressable hours
// (after attribution x confidence), in any month.
TEST(ModelProperties, NoPersonSavesMoreThanTheTopTiersUplift) {
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    const Scenario s = wide_scenario(seed);
    for (Case c : kCases) {
      double top = 0;
      for (const Tier& t : s.framework.tiers) top = std::max(top, t.uplift.at(c));
      double ceiling = 0;  // people who join the plan x top uplift x their hours
      for (const Segment& g : s.segments) {
        double joining = 0;
        for (int k = 0; k < static_cast<int>(s.framework.tiers.size()); ++k)
          joining += ready_learners_for_tier(g, k);
        ceiling +=
            joining * top * g.addressable_hours_week * s.adjustments.attribution * s.adjustments.confidence;
      }
      const Result r = evaluate(s, c);
      for (int m = 0; m < r.months; ++m)
        ASSERT_LE(r.hours_saved_per_week[m], ceiling * (1 + 1e-9) + 1e-9)
            << "seed " << seed << " " << name(c) << " month " << m;
    }
  }
}

// A month's figures never depend on the horizon after it.
TEST(ModelProperties, AMonthsFiguresDoNotDependOnTheHorizonAfterIt) {
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    GenOptions o;
    o.spend_cap = GenOptions::Cap::Off;  // TEMP until the scheduler's cap ledger lands
    Scenario s = wide_scenario(seed, o);
    Scenario longer = s;
    longer.org.horizon_months += 1 + static_cast<int>(seed % 13);
    for (Case c : kCases) {
      const Result a = evaluate(s, c), b = evaluate(longer, c);
      for (int m = 0; m < a.months; ++m) {
        const auto where = [&] {
          return "seed " + std::to_string(seed) + " " + name(c) + " month " + std::to_string(m);
        };
        ASSERT_NEAR(a.value[m], b.value[m], 1e-9 * (1 + a.value[m])) << where();
        ASSERT_NEAR(a.hours_saved_per_week[m], b.hours_saved_per_week[m],
                    1e-9 * (1 + a.hours_saved_per_week[m]))
            << where();
        ASSERT_NEAR(a.incremental_cost[m], b.incremental_cost[m], 1e-9 * (1 + a.incremental_cost[m]))
            << where();
        ASSERT_NEAR(a.economic_cost[m], b.economic_cost[m], 1e-9 * (1 + a.economic_cost[m])) << where();
        for (int k = 0; k < a.tiers; ++k) {
          ASSERT_NEAR(a.applying_at_tier[m * a.tiers + k], b.applying_at_tier[m * a.tiers + k],
                      1e-9 * (1 + headcount(s)))
              << where();
          ASSERT_NEAR(a.trained_at_tier[m * a.tiers + k], b.trained_at_tier[m * a.tiers + k],
                      1e-9 * (1 + headcount(s)))
              << where();
        }
      }
    }
  }
}

// A longer ramp-up only delays savings: benefits never rise.
TEST(ModelProperties, ALongerRampUpNeverRaisesBenefits) {
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    const Scenario s = wide_scenario(seed);
    test::Rng rng(seed + 99);
    Scenario slower = s;
    slower.framework.tiers[rng.between(0, static_cast<int>(s.framework.tiers.size()) - 1)].ramp_weeks +=
        rng.between(1, 12);
    for (Case c : kCases) {
      const double before = evaluate(s, c).totals.benefits, after = evaluate(slower, c).totals.benefits;
      ASSERT_LE(after, before + 1e-9 * (1 + before)) << "seed " << seed << " " << name(c);
    }
  }
}

// With every range ordered and nothing cut off (everything scheduled well
// inside a long horizon, no decay), each output moves with its case: costs
// from the cheap corner to the dear one, capability and savings from the
// pessimistic corner to the optimistic one.
TEST(ModelProperties, LowLikelyHighAreOrderedWhenNothingIsCutOff) {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    GenOptions o;
    o.generous_capacity = true;
    o.all_reinforced = true;
    const Scenario s = wide_scenario(seed, o);
    const Result low = evaluate(s, Case::Low), likely = evaluate(s, Case::Likely),
                 high = evaluate(s, Case::High);
    // Every saving begins (ramp-ups are at most 12 weeks each) well inside the horizon.
    if (high.schedule.unscheduled_groups > 0 ||
        high.schedule.last_end_week + 12 * 5 >= horizon_weeks(s.org.horizon_months))
      continue;
    ++checked;
    auto ordered = [&](double a, double b, double c, const char* what) {
      const double eps = 1e-9 * (1 + std::abs(c));
      EXPECT_LE(a, b + eps) << "seed " << seed << ": " << what << " low > likely";
      EXPECT_LE(b, c + eps) << "seed " << seed << ": " << what << " likely > high";
    };
    ordered(low.totals.incremental_cost, likely.totals.incremental_cost, high.totals.incremental_cost,
            "incremental cost");
    ordered(low.totals.cash_cost, likely.totals.cash_cost, high.totals.cash_cost, "cash cost");
    ordered(low.totals.hours_saved_per_week, likely.totals.hours_saved_per_week,
            high.totals.hours_saved_per_week, "hours saved at horizon end");
    const int last = low.months - 1;
    for (int k = 0; k < low.tiers; ++k)
      ordered(low.applying_at_tier[last * low.tiers + k], likely.applying_at_tier[last * low.tiers + k],
              high.applying_at_tier[last * low.tiers + k], "people applying at horizon end");
  }
  EXPECT_GT(checked, kPropertyScenarios / 2);
}

// Without decay, hours at the horizon's end (every group long over) scale
// with headcount: doubling every segment doubles costs and hours.
TEST(ModelProperties, DoublingEveryHeadcountDoublesCostsAndSavings) {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= kPropertyScenarios; ++seed) {
    GenOptions o;
    o.generous_capacity = true;
    o.only_linear_bases = true;
    o.all_reinforced = true;
    Scenario s = wide_scenario(seed, o);
    s.capacity.first_wave_share = 0;  // pilot rounding differs with headcount
    // One person a group: who goes on to the next tier (the first to finish)
    // then does not depend on how people fall into groups.
    for (DeliveryModel& m : s.models) m.group_size = 1;
    for (Assignment& a : s.plan) a.share = a.share > 0.5 ? 1.0 : 0.5;  // halves stay whole people
    for (Segment& g : s.segments) {  // whole people at every share, before and after
      g.headcount = 40 * std::max(1, g.headcount / 40);
      for (int& n : g.current_at_tier) n = 0;
    }
    Scenario twice = s;
    for (Segment& g : twice.segments) {
      g.headcount *= 2;
      for (int& n : g.current_at_tier) n *= 2;
    }
    const Result a = evaluate(s, Case::Likely), b = evaluate(twice, Case::Likely);
    if (a.schedule.unscheduled_groups > 0 || b.schedule.unscheduled_groups > 0) continue;
    ++checked;
    EXPECT_NEAR(b.totals.incremental_cost, 2 * a.totals.incremental_cost,
                1e-9 * (1 + a.totals.incremental_cost))
        << "seed " << seed;
    EXPECT_NEAR(b.totals.hours_saved_per_week, 2 * a.totals.hours_saved_per_week,
                1e-9 * (1 + a.totals.hours_saved_per_week))
        << "seed " << seed;
    EXPECT_EQ(b.totals.learners, 2 * a.totals.learners) << "seed " << seed;
  }
  EXPECT_GT(checked, kPropertyScenarios / 2);
}

}  // namespace
}  // namespace planner
