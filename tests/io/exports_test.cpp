// CSV exports and the printable HTML report.
#include <gtest/gtest.h>

#include <regex>

#include "core/evaluate.h"
#include "io/csv.h"
#include "io/report_html.h"
#include "io/sample_scenarios.h"

using namespace planner;

namespace {
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "every line ends with CRLF";
    if (end == std::string::npos) break;
    out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}
}  // namespace

TEST(Csv, CellsAreQuotedPerRfc4180) {
  EXPECT_EQ(io::csv_cell("plain"), "plain");
  EXPECT_EQ(io::csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(io::csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(io::csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(io::csv_cell("=SUM(A1)"), "'=SUM(A1)");  // never a formula
}

TEST(Csv, NumbersUseDotDecimalsAndNoSeparators) {
  EXPECT_EQ(io::csv_number(84000), "84000");
  EXPECT_EQ(io::csv_number(1234567.25), "1234567.25");
  EXPECT_EQ(io::csv_number(0.1), "0.1");
  EXPECT_EQ(io::csv_number(-3), "-3");
}

TEST(Csv, MonthlyTableHasAHeaderAndOneRowPerMonth) {
  const Scenario s = planner::testing::rich_scenario();
  const Result r = evaluate(s, Case::Likely);
  const auto rows = lines(io::monthly_csv(s, r));
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(s.org.horizon_months) + 1);
  EXPECT_EQ(rows[0].rfind(
                "month,calendar_month,cash_cost,incremental_cost,economic_cost,hours_saved_per_week,value,"
                "cumulative_net,cost_by_model:platform,",
                0),
            0u)
      << rows[0];
  EXPECT_NE(rows[0].find("\"cost_by_segment:Marketing, EMEA\""), std::string::npos);
  EXPECT_EQ(rows[1].rfind("1,2028-04,", 0), 0u) << rows[1];
  EXPECT_EQ(rows[12].rfind("12,2029-03,", 0), 0u) << rows[12];
}

TEST(Csv, ScheduleAndSegments) {
  const Scenario s = planner::testing::rich_scenario();
  const Result r = evaluate(s, Case::Likely);
  const auto sched = lines(io::schedule_csv(s, r));
  ASSERT_EQ(sched.size(), r.schedule.groups.size() + 1);
  EXPECT_EQ(sched[0], "segment,tier,model,learners,start_week,end_week,wave,delayed_by");
  const auto seg = lines(io::segments_csv(s));
  ASSERT_EQ(seg.size(), 4u);
  EXPECT_EQ(seg[0],
            "name,headcount,hourly_cost,addressable_hours_week,wave,managers,current_at_tier:Literacy,"
            "current_at_tier:Fluency,current_at_tier:Integration,target_share:Literacy,target_share:Fluency,"
            "target_share:Integration");
  EXPECT_EQ(seg[1], "\"Marketing, EMEA\",40,52.25,12.5,1,3,5,2,0,1,0.5,0.1");
  EXPECT_EQ(seg[3].rfind("'=Finance,15,", 0), 0u) << seg[3];
}

TEST(ReportHtml, HasHeadlineChartTableAndSourcesEscaped) {
  Scenario s = planner::testing::rich_scenario();
  s.title = "<b>Plan</b> & \"co\"";
  const Result r = evaluate(s, Case::Likely);
  const std::string html = io::report_html(s, Case::Likely, r);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find(">&lt;b&gt;Plan&lt;/b&gt; &amp; &quot;co&quot;</h1>"), std::string::npos);
  EXPECT_EQ(html.find("<b>Plan</b>"), std::string::npos) << "user text is escaped";
  EXPECT_NE(html.find("Incremental cost"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("Assumptions and sources"), std::string::npos);
  EXPECT_NE(html.find("Leland: $20-50 per seat per month"), std::string::npos);
  EXPECT_NE(html.find("Dell&#39;Acqua et al."), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex("\\b(nan|inf)\\b", std::regex::icase)));
}
