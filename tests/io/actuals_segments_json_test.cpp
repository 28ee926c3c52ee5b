// Files and links with actuals by segment round-trip; a file may give a
// month's segment rows only, and the reader adds them up (issue 15).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/scenario_json.h"
#include "support/presets.h"

using namespace planner;

namespace {

// The default preset with its first three months typed by segment: the
// plan's own figures by segment, with the first segment's applying halved.
Scenario by_segment() {
  Scenario s = test::preset("default");
  const Result plan = evaluate(s, Case::Likely);
  s.actuals.as_of_month = 3;
  for (int m = 1; m <= 3; ++m) {
    ActualMonth a = plan_figures_by_segment(s, plan, m);
    for (double& v : a.segments[0].applying) v = std::floor(v / 2);
    for (SegmentActual& row : a.segments)
      for (auto* list : {&row.enrolled, &row.completed, &row.applying})
        for (double& v : *list) v = std::round(v);
    sum_segments(a, plan.tiers);
    s.actuals.months.push_back(a);
  }
  return s;
}

}  // namespace

TEST(ActualsBySegmentJson, AFileRoundTrips) {
  const Scenario s = by_segment();
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const std::string text = io::scenario_to_json(s);
  EXPECT_NE(text.find("\"segments\": ["), std::string::npos);
  Scenario back;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(text, back, issues)) << issues[0].text();
  EXPECT_EQ(io::scenario_to_json(back), text);
  EXPECT_EQ(back.actuals.months[1].segments.size(), s.segments.size());
}

TEST(ActualsBySegmentJson, ALinkRoundTripsAndStaysShort) {
  const Scenario s = by_segment();
  Scenario plain = s;
  plain.actuals = {};
  const std::string link = io::encode_link_fragment(s);
  Scenario back;
  std::string message;
  ASSERT_TRUE(io::decode_link(link, back, message)) << message;
  EXPECT_EQ(io::scenario_to_json(back), io::scenario_to_json(s));
  const size_t bare = io::encode_link_fragment(plain).size();
  std::printf("[ info ] default preset: link %zu characters; with 3 months by segment %zu\n", bare,
              link.size());
  EXPECT_LT(link.size(), 2000u);
}

// A month with its segment rows only: the reader adds them up.
TEST(ActualsBySegmentJson, SegmentRowsOnlyGiveTheMonthsTotals) {
  Scenario s = test::preset("default");
  s.actuals.as_of_month = 1;
  ActualMonth a;
  a.month = 1;
  a.segments = {{0, {10, 0, 0}, {8, 0, 0}, {4, 0, 0}}, {2, {5, 0, 0}, {5, 0, 0}, {1, 0, 0}}};
  s.actuals.months = {a};
  std::string text = io::scenario_to_json(s);
  Scenario back;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(text, back, issues)) << issues[0].text();
  EXPECT_EQ(back.actuals.months[0].enrolled, (std::vector<double>{15, 0, 0}));
  EXPECT_EQ(back.actuals.months[0].completed, (std::vector<double>{13, 0, 0}));
  EXPECT_EQ(back.actuals.months[0].applying, (std::vector<double>{5, 0, 0}));
}

// Totals that disagree with the rows are refused, naming the month.
TEST(ActualsBySegmentJson, TotalsThatAreNotTheSumAreRefused) {
  Scenario s = by_segment();
  s.actuals.months[1].applying[0] += 1;
  Scenario back;
  std::vector<Issue> issues;
  EXPECT_FALSE(io::scenario_from_json(io::scenario_to_json(s), back, issues));
  ASSERT_FALSE(issues.empty());
  EXPECT_NE(issues[0].text().find("(month 2): applying at"), std::string::npos) << issues[0].text();
  EXPECT_NE(issues[0].text().find("is not the sum of the segments'"), std::string::npos) << issues[0].text();
}
