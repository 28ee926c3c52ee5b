// Properties of the imports over generated plans (tests/core/scenario_generator.h)
// and generated HR files: whatever the file, an import that succeeds gives a
// valid plan with the file's people, the plan's other inputs unchanged, and
// survey counts that add up to each headcount.
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "core/scenario_generator.h"
#include "fixtures.h"
#include "import/csv_reader.h"
#include "import/headcount.h"
#include "import/survey.h"
#include "io/scenario_json.h"
#include "support/rng.h"

namespace planner::import {
namespace {

Table table_of(const std::string& csv) { return test::csv_table(csv); }

TEST(ImportProperties, GeneratedFilesIntoGeneratedPlans) {
  int tested = 0;
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    Scenario base = planner::test::wide_scenario(seed);
    if (!validate(base).empty()) continue;
    ++tested;
    planner::test::Rng rng(seed * 7 + 3);
    const int people = rng.between(1, 400), depts = rng.between(1, 12);
    const char delim = ",;\t"[rng.between(0, 2)];
    const std::string d(1, delim);
    std::string csv = "Employee ID" + d + "Department" + d + "Manager ID" + d + "Annual salary\n";
    for (int i = 0; i < people; ++i) {
      const int salary = rng.between(20000, 250000);
      const int manager = rng.between(0, people);
      const int dept = rng.between(1, depts);
      csv += std::to_string(i) + d + "Team " + std::to_string(dept) + d + std::to_string(manager) + d +
             std::to_string(salary) + "\n";
    }
    HeadcountOptions o;
    o.mode = rng.between(0, 1) ? ImportMode::Merge : ImportMode::Replace;
    const ImportOutcome r = import_headcount(base, table_of(csv), o);
    ASSERT_TRUE(r.ok) << "seed " << seed << "\n" << r.problems.text();
    EXPECT_TRUE(validate(r.scenario).empty());
    int imported = 0;
    for (const SegmentSummary& g : r.summary.segments) imported += g.headcount;
    EXPECT_EQ(imported, people) << "seed " << seed;
    for (const SegmentSummary& g : r.summary.segments) {
      // The cost lies within the salaries' range, loaded.
      EXPECT_GE(g.hourly_cost, 20000 / base.org.hours_per_fte_year / kWageShareOfCompensation - 0.01);
      EXPECT_LE(g.hourly_cost, 250000 / base.org.hours_per_fte_year / kWageShareOfCompensation + 0.01);
    }
    Scenario others = r.scenario, before = base;
    others.segments.clear();
    before.segments.clear();
    if (o.mode == ImportMode::Replace)
      before.plan.erase(std::remove_if(before.plan.begin(), before.plan.end(),
                                       [](const Assignment& a) { return a.segment >= 0; }),
                        before.plan.end());
    EXPECT_EQ(io::scenario_to_json(others), io::scenario_to_json(before)) << "seed " << seed;

    // A survey of some of each segment's people: counts add up to headcount.
    std::string survey = "Segment,Level\n";
    for (const Segment& g : r.scenario.segments)
      for (int k = rng.between(0, 6); k > 0; --k)
        survey += g.name + "," +
                  std::to_string(rng.between(0, static_cast<int>(base.framework.tiers.size()))) + "\n";
    const SurveyOutcome sv = import_survey(r.scenario, table_of(survey), {});
    ASSERT_TRUE(sv.ok) << "seed " << seed << "\n" << sv.problems.text();
    for (const SurveySegment& answered : sv.segments) {
      const auto g = std::find_if(sv.scenario.segments.begin(), sv.scenario.segments.end(),
                                  [&](const Segment& x) { return x.name == answered.name; });
      ASSERT_NE(g, sv.scenario.segments.end());
      long long at = 0;
      for (int n : g->current_at_tier) at += n;
      EXPECT_LE(at, g->headcount);
      EXPECT_EQ(g->headcount, answered.headcount);
    }
  }
  EXPECT_GE(tested, 100);  // the generator's plans are mostly valid: the property is exercised
}

}  // namespace
}  // namespace planner::import
