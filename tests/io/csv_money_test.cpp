// Money in the CSV exports is rounded to whole cents: no "49392.50000000001".
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/scenario_generator.h"
#include "io/csv.h"

namespace planner {
namespace {

TEST(CsvMoney, RoundsToCents) {
  EXPECT_EQ(io::csv_money(49392.50000000001), "49392.5");
  EXPECT_EQ(io::csv_money(0.1 + 0.2), "0.3");
  EXPECT_EQ(io::csv_money(84000), "84000");
  EXPECT_EQ(io::csv_money(19384.615384615), "19384.62");
  EXPECT_EQ(io::csv_money(-1234.567), "-1234.57");
  EXPECT_EQ(io::csv_money(-0.004), "0");  // never "-0"
  EXPECT_EQ(io::csv_money(NAN), "");
}

// Splits one CSV line (quoted fields may hold commas).
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ',' && !quoted)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t start = 0, end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
    out.push_back(text.substr(start, end - start));
  return out;
}

bool is_money_column(const std::string& h) {
  for (const char* p : {"cash_cost", "incremental_cost", "economic_cost", "value", "cumulative_net",
                        "cost_by_model:", "cost_by_tier:", "cost_by_segment:"})
    if (h == p || (h.back() != ':' && h.rfind(p, 0) == 0 && std::string(p).back() == ':')) return true;
  return false;
}

// Every money cell of the monthly table has at most two decimals and is the
// engine's figure to the nearest cent, over generated plans.
TEST(CsvMoneyProperties, MonthlyMoneyCellsHaveAtMostTwoDecimals) {
  const std::regex cents("-?[0-9]+(\\.[0-9]{1,2})?");
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const Scenario s = test::wide_scenario(seed);
    const Result r = evaluate(s, Case::Likely);
    const std::vector<std::string> rows = lines(io::monthly_csv(s, r));
    ASSERT_EQ(rows.size(), static_cast<size_t>(r.months) + 1);
    const std::vector<std::string> header = split(rows[0]);
    int money_columns = 0;
    for (size_t m = 1; m < rows.size(); ++m) {
      const std::vector<std::string> cells = split(rows[m]);
      ASSERT_EQ(cells.size(), header.size());
      for (size_t i = 0; i < header.size(); ++i) {
        if (!is_money_column(header[i])) continue;
        ++money_columns;
        EXPECT_TRUE(std::regex_match(cells[i], cents)) << header[i] << " = " << cells[i] << ", seed " << seed;
      }
      EXPECT_NEAR(std::stod(cells[3]), r.incremental_cost[m - 1], 0.005 + 1e-9) << "seed " << seed;
    }
    EXPECT_GE(money_columns, 5 * r.months);
  }
}

}  // namespace
}  // namespace planner
