#include "import/numbers.h"

#include <gtest/gtest.h>

#include "import/scaling.h"
#include "support/rng.h"

namespace planner::import {
namespace {

double num(const std::string& t) {
  double v = -1;
  EXPECT_TRUE(parse_number(t, v)) << t;
  return v;
}

TEST(Numbers, ReadsHowSpreadsheetsWriteMoney) {
  EXPECT_EQ(num("85000"), 85000);
  EXPECT_EQ(num("85,000"), 85000);
  EXPECT_EQ(num("$85,000.50"), 85000.5);
  EXPECT_EQ(num("85 000"), 85000);
  EXPECT_EQ(num("85.000,50"), 85000.5);
  EXPECT_EQ(num("12,5"), 12.5);
  EXPECT_EQ(num("1.2E5"), 120000);
  EXPECT_EQ(num("\xE2\x82\xAC"
                "1.234,00"),
            1234);
  EXPECT_EQ(num("-3"), -3);
}

TEST(Numbers, RefusesWords) {
  double v = 0;
  EXPECT_FALSE(parse_number("", v));
  EXPECT_FALSE(parse_number("eighty", v));
  EXPECT_FALSE(parse_number("12abc", v));
  EXPECT_FALSE(parse_number("1e400", v));
}

TEST(Scaling, LargestRemainderByHand) {
  // 3 : 1 of 10 -> 7.5 : 2.5 -> floors 7, 2; the one left goes to the earlier tie.
  EXPECT_EQ(scale_to_total({3, 1}, 10), (std::vector<long long>{8, 2}));
  // 1 : 1 : 1 of 10 -> 3.33 each -> 4, 3, 3.
  EXPECT_EQ(scale_to_total({1, 1, 1}, 10), (std::vector<long long>{4, 3, 3}));
  // 2 : 5 : 3 of 7 -> 1.4, 3.5, 2.1 -> 1, 3, 2 and one left to the 0.5.
  EXPECT_EQ(scale_to_total({2, 5, 3}, 7), (std::vector<long long>{1, 4, 2}));
  EXPECT_EQ(scale_to_total({0, 0}, 10), (std::vector<long long>{0, 0}));
}

TEST(Scaling, PropertyAddsUpAndStaysWithinOneOfTheExactShare) {
  test::Rng rng(13);
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = rng.between(1, 6);
    std::vector<long long> counts;
    long long sum = 0;
    for (int i = 0; i < n; ++i) {
      const int c = rng.between(0, 50);
      counts.push_back(c);
      sum += c;
    }
    const long long total = rng.between(0, 5000);
    const std::vector<long long> out = scale_to_total(counts, total);
    long long got = 0;
    for (int i = 0; i < n; ++i) {
      got += out[i];
      if (sum > 0) {
        EXPECT_LT(std::abs(double(out[i]) - double(counts[i]) * total / sum), 1.0);
      }
      if (counts[i] == 0) {
        EXPECT_EQ(out[i], 0);
      }
    }
    EXPECT_EQ(got, sum > 0 ? total : 0);
  }
}

}  // namespace
}  // namespace planner::import
