// The review by segment (issue 15): the review JSON names the segment on its
// lines by segment, and the reader's review adds a table by segment for the
// latest month reported by segment, keeping the variance table to the
// organisation.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/actuals.h"
#include "io/reader_html.h"
#include "io/review.h"
#include "support/presets.h"

using namespace planner;

namespace {

// The default preset, three months on plan; March reported by segment with
// Sales applying none of its tiers.
Scenario default_by_segment(int& sales) {
  Scenario s = test::preset("default");
  const Result plan = evaluate(s, Case::Likely);
  s.actuals.as_of_month = 3;
  s.actuals.months = {plan_figures(s, plan, 1), plan_figures(s, plan, 2),
                      plan_figures_by_segment(s, plan, 3)};
  sales = 0;
  while (s.segments[sales].name != "Sales") ++sales;
  ActualMonth& march = s.actuals.months[2];
  for (SegmentActual& r : march.segments)
    if (r.segment == sales) r.applying.assign(r.applying.size(), 0.0);
  sum_segments(march, static_cast<int>(s.framework.tiers.size()));
  return s;
}

}  // namespace

TEST(ReviewBySegment, TheJsonNamesTheSegmentOnItsOwnLinesOnly) {
  int sales = -1;
  const Scenario s = default_by_segment(sales);
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const nlohmann::json doc = nlohmann::json::parse(io::review_json_of(s, Case::Likely));
  int with_segment = 0;
  for (const auto& v : doc["variance"]) {
    if (!v.contains("segment")) continue;
    ++with_segment;
    EXPECT_EQ(v["month"], 3);
    EXPECT_EQ(v["segment"], s.segments[v["segment_index"].get<int>()].name);
  }
  // 3 lists x 3 tiers x every segment.
  EXPECT_EQ(with_segment, 9 * static_cast<int>(s.segments.size()));
  const auto& march = doc["actuals"][2];
  ASSERT_TRUE(march.contains("segments"));
  EXPECT_EQ(march["segments"][sales]["name"], "Sales");
  EXPECT_FALSE(doc["actuals"][1].contains("segments"));
  EXPECT_FALSE(doc["plan_to_date"][2].contains("segments"));
}

TEST(ReviewBySegment, TheReaderShowsATableBySegmentForTheLatestMonth) {
  int sales = -1;
  const Scenario s = default_by_segment(sales);
  const std::string html = io::reader_html(s, Case::Likely, evaluate(s, Case::Likely));
  const size_t at = html.find("By segment, March 2027");
  ASSERT_NE(at, std::string::npos);
  const size_t row = html.find("<tr><th scope=row>Sales</th><td>AI Literacy</td>", at);
  ASSERT_NE(row, std::string::npos);
  const std::string line = html.substr(row, html.find("</tr>", row) - row);
  EXPECT_NE(line.find("<td class=n>0</td><td class=\"rag red\">"), std::string::npos) << line;
  // Nothing planned at AI Integration by March and no one reported: no row.
  EXPECT_EQ(html.find("<tr><th scope=row>Sales</th><td>AI Integration</td>"), std::string::npos);
  // The organisation's variance table has no segment lines.
  EXPECT_EQ(html.find(", Sales</th>"), std::string::npos);
}

TEST(ReviewBySegment, NoTableWithoutAMonthBySegment) {
  Scenario s = test::preset("default");
  const Result plan = evaluate(s, Case::Likely);
  s.actuals.as_of_month = 1;
  s.actuals.months = {plan_figures(s, plan, 1)};
  EXPECT_EQ(io::reader_html(s, Case::Likely, plan).find("By segment,"), std::string::npos);
}
