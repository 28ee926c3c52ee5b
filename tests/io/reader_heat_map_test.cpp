// The reader's capability heat map section (io/reader_heat_map.cpp): the
// hand-worked plan of tests/core/heat_map_test.cpp, seen by a reader: sorted
// rows, shares, and each status in words as well as colour.
#include <gtest/gtest.h>

#include "core/heat_map_fixture.h"
#include "io/reader_html.h"
#include "io/report_html.h"

namespace planner {
namespace {

Scenario two_segments() { return test::heat_map_two_segments("A & co"); }

TEST(ReaderHeatMap, RowsSortedWithStatusInWordsAndColour) {
  const Scenario s = two_segments();
  const Result r = evaluate(s, Case::Likely);
  const std::string html = io::reader_html(s, Case::Likely, r);
  const size_t section = html.find("<h2 id=rd-heat-map>Capability heat map</h2>");
  ASSERT_NE(section, std::string::npos);
  EXPECT_NE(html.find("At month 12 (Dec 2027)", section), std::string::npos);
  EXPECT_NE(html.find("applying each tier or above", section), std::string::npos);
  EXPECT_NE(html.find("short by at most 10 points", section), std::string::npos);
  // A (red, 15 points short) before B (amber); names escaped.
  const size_t a = html.find("<th scope=row>A &amp; co</th>", section);
  const size_t b = html.find("<th scope=row>B</th>", section);
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_NE(html.find("35% / 50% (0%)<br><small>red: 15 pts short</small>", a), std::string::npos);
  EXPECT_NE(html.find("100% / 100% (0%)<br><small>green: on target</small>", a), std::string::npos);
  EXPECT_NE(html.find("% / 50% (25%)<br><small>amber: 7.5 pts short</small>", b), std::string::npos);
  EXPECT_NE(html.find("<td class=heat-red>", section), std::string::npos);
  // The printable report carries the same section.
  EXPECT_NE(io::report_html(s, Case::Likely, r).find("Capability heat map"), std::string::npos);
}

}  // namespace
}  // namespace planner
