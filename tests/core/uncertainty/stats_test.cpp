#include "core/uncertainty/stats.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace planner::mc {
namespace {

TEST(PercentileSorted, InterpolatesBetweenOrderStatistics) {
  const std::vector<double> v = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 0.0), 1);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 0.5), 3);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 0.1), 1.4);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 0.9), 4.6);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 1.0), 5);
}

TEST(PercentileSorted, EmptyInputGivesZeroNotNan) { EXPECT_EQ(percentile_sorted({}, 0.5), 0.0); }

TEST(PercentilesUnsorted, EqualsSortingFirstBitForBit) {
  std::vector<double> v;
  unsigned x = 12345;
  for (int i = 0; i < 999; ++i) v.push_back((x = x * 1103515245u + 12345u) % 10007 / 7.0);
  std::vector<double> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  const double ps[4] = {0.0, 0.1, 0.5, 0.9};
  double out[4];
  percentiles_unsorted(v, ps, out, 4);
  for (int j = 0; j < 4; ++j) EXPECT_EQ(out[j], percentile_sorted(sorted, ps[j])) << ps[j];
}

// The selection is hand-written (stats.cpp): check it against sorting on
// sizes around its cut-over, runs of equal values, sorted and reversed input.
TEST(PercentilesUnsorted, EqualsSortingOnTiesSortedAndReversedInput) {
  unsigned x = 777;
  auto next = [&x] { return x = x * 1103515245u + 12345u; };
  const double ps[5] = {0.1, 0.5, 0.9, 0.25, 1.0};  // the last two not ascending
  for (int size : {1, 2, 3, 16, 17, 18, 100, 1001, 5000}) {
    for (int shape = 0; shape < 4; ++shape) {
      std::vector<double> v;
      for (int i = 0; i < size; ++i) {
        const unsigned r = next();
        v.push_back(shape == 1 ? static_cast<double>(r % 3) : static_cast<double>(r % 100000) / 3.0);
      }
      std::vector<double> sorted = v;
      std::sort(sorted.begin(), sorted.end());
      if (shape == 2) v = sorted;
      if (shape == 3) v.assign(sorted.rbegin(), sorted.rend());
      double out[5];
      percentiles_unsorted(v, ps, out, 5);
      for (int j = 0; j < 5; ++j)
        EXPECT_EQ(out[j], percentile_sorted(sorted, ps[j]))
            << "size " << size << " shape " << shape << " p " << ps[j];
    }
  }
}

TEST(Summarise, ReportsPercentilesMeanMinMax) {
  std::vector<double> v = {5, 1, 4, 2, 3};
  const Spread s = summarise(v);
  EXPECT_DOUBLE_EQ(s.p50, 3);
  EXPECT_DOUBLE_EQ(s.mean, 3);
  EXPECT_DOUBLE_EQ(s.min, 1);
  EXPECT_DOUBLE_EQ(s.max, 5);
  EXPECT_DOUBLE_EQ(s.p10, 1.4);
  EXPECT_DOUBLE_EQ(s.p90, 4.6);
}

TEST(Histogram, CountsEveryValueOnceWithTheMaximumInTheLastBin) {
  const Histogram h = histogram({0, 1, 2, 3, 4, 5, 6, 7, 8, 10}, 5);
  ASSERT_EQ(h.counts.size(), 5u);
  EXPECT_EQ(h.counts[0], 2);  // 0, 1
  EXPECT_EQ(h.counts[4], 2);  // 8, 10
  int total = 0;
  for (int c : h.counts) total += c;
  EXPECT_EQ(total, 10);
  EXPECT_DOUBLE_EQ(h.bin_width(), 2.0);
}

TEST(Histogram, AllEqualValuesGiveOneBin) {
  const Histogram h = histogram({7, 7, 7}, 10);
  ASSERT_EQ(h.counts.size(), 1u);
  EXPECT_EQ(h.counts[0], 3);
}

}  // namespace
}  // namespace planner::mc
