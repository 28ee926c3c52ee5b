// A Result keeps the groups it built and reuses them when the next scenario
// has the same shape (engine.h: GroupShape). Evaluating into a reused Result
// must give exactly what a fresh Result gives, after any single change a user
// can make: every input build_groups() reads is changed here one at a time.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/evaluate.h"
#include "io/result_json.h"
#include "io/sample_scenarios.h"

namespace planner {
namespace {

struct Change {
  const char* what;
  std::function<void(Scenario&)> apply;
};

std::vector<Change> changes() {
  return {
      {"headcount", [](Scenario& s) { s.segments[0].headcount += 7; }},
      {"wave", [](Scenario& s) { s.segments.back().wave += 1; }},
      {"current_at_tier",
       [](Scenario& s) {
         if (!s.segments[0].current_at_tier.empty()) s.segments[0].current_at_tier[0] += 1;
       }},
      {"target_share",
       [](Scenario& s) {
         if (!s.segments[0].target_share.empty()) s.segments[0].target_share[0] *= 0.5;
       }},
      {"plan share",
       [](Scenario& s) {
         if (!s.plan.empty()) s.plan[0].share *= 0.5;
       }},
      {"plan segment",
       [](Scenario& s) {
         if (!s.plan.empty()) s.plan[0].segment = s.plan[0].segment == -1 ? 0 : -1;
       }},
      {"plan model",
       [](Scenario& s) {
         if (!s.plan.empty()) s.plan[0].model = s.models.back().id;
       }},
      {"model order", [](Scenario& s) { std::swap(s.models.front(), s.models.back()); }},
      {"group size", [](Scenario& s) { s.models[0].group_size += 3; }},
      {"default model", [](Scenario& s) { s.framework.tiers[0].default_model = s.models.back().id; }},
      {"first wave share", [](Scenario& s) { s.capacity.first_wave_share = 0.5; }},
      {"a segment fewer",
       [](Scenario& s) {
         if (s.segments.size() > 1) s.segments.pop_back();
       }},
      {"a price only", [](Scenario& s) { s.models[0].cost = Range::fixed(s.models[0].cost.likely * 2 + 1); }},
  };
}

std::string fresh(const Scenario& s, Case c) {
  Result r;
  evaluate(s, c, r);
  return io::result_to_json(s, c, r);
}

TEST(EvaluateReuse, ReusedResultEqualsFreshAfterEachChange) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const Scenario base = testing::generated_scenario(seed);
    Result reused;
    evaluate(base, Case::Likely, reused);
    for (const Change& change : changes()) {
      Scenario s = base;
      change.apply(s);
      // Plan rows pointing past a removed segment would be invalid input.
      for (Assignment& a : s.plan)
        if (a.segment >= static_cast<int>(s.segments.size())) a.segment = -1;
      for (Case c : {Case::Low, Case::High}) {
        evaluate(s, c, reused);
        ASSERT_EQ(io::result_to_json(s, c, reused), fresh(s, c))
            << "seed " << seed << ", change: " << change.what;
      }
      evaluate(base, Case::Likely, reused);  // and back again
      ASSERT_EQ(io::result_to_json(base, Case::Likely, reused), fresh(base, Case::Likely))
          << "seed " << seed << ", back from: " << change.what;
    }
  }
}

}  // namespace
}  // namespace planner
