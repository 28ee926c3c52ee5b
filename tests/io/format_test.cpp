// Display formatting shared by the CLI, the UI and the HTML report.
#include "io/format.h"

#include <gtest/gtest.h>

#include <limits>

using namespace planner::io;

TEST(Format, MoneyIsRoundedWithThousandsSeparators) {
  EXPECT_EQ(format_money(84000, "$"), "$84,000");
  EXPECT_EQ(format_money(1234567.5, "$"), "$1,234,568");
  EXPECT_EQ(format_money(-1250.4, "$"), "-$1,250");
  EXPECT_EQ(format_money(0.4, "€"), "€0");
  EXPECT_EQ(format_money(-0.4, "$"), "$0");
  EXPECT_EQ(format_money(999, "$"), "$999");
}

TEST(Format, ShortMoneyKeepsThreeSignificantFigures) {
  EXPECT_EQ(format_money_short(84000, "$"), "$84K");
  EXPECT_EQ(format_money_short(280000, "$"), "$280K");
  EXPECT_EQ(format_money_short(1200000, "$"), "$1.2M");
  EXPECT_EQ(format_money_short(9500, "$"), "$9.5K");
  EXPECT_EQ(format_money_short(950, "$"), "$950");
  EXPECT_EQ(format_money_short(1000, "$"), "$1K");
  EXPECT_EQ(format_money_short(999600, "$"), "$1M");  // not "$1000K"
  EXPECT_EQ(format_money_short(12000000, "$"), "$12M");
  EXPECT_EQ(format_money_short(1.5e9, "$"), "$1.5B");
  EXPECT_EQ(format_money_short(-2400, "$"), "-$2.4K");
}

TEST(Format, PercentShareFteHours) {
  EXPECT_EQ(format_percent(123.4), "123%");
  EXPECT_EQ(format_percent(-12.5, 1), "-12.5%");
  EXPECT_EQ(format_share(0.85), "85%");
  EXPECT_EQ(format_share(0.1, 1), "10.0%");
  EXPECT_EQ(format_fte(0.75), "0.75 FTE");
  EXPECT_EQ(format_fte(12.34), "12.3 FTE");
  EXPECT_EQ(format_fte(1234.6), "1,235 FTE");
  EXPECT_EQ(format_hours_per_week(30), "30 h/week");
  EXPECT_EQ(format_hours_per_week(3.75), "3.75 h/week");
  EXPECT_EQ(format_hours_per_week(42.56), "42.6 h/week");
  EXPECT_EQ(format_hours_per_week(102.61), "103 h/week");
  EXPECT_EQ(format_hours_per_week(1250.4), "1,250 h/week");
  EXPECT_EQ(format_number(1560), "1,560");
  EXPECT_EQ(format_number(1560.256, 2), "1,560.26");
}

TEST(Format, NonFiniteNeverPrintsNanOrInf) {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (const std::string& s : {format_money(nan, "$"), format_money_short(inf, "$"), format_percent(nan),
                               format_fte(inf), format_number(-inf), format_hours_per_week(nan)})
    EXPECT_EQ(s, "n/a");
}

TEST(Format, PlanMonthsAreCalendarMonths) {
  EXPECT_EQ(format_plan_month(1, 2027, 1), "Jan 2027");
  EXPECT_EQ(format_plan_month(7, 2027, 1), "Jul 2027");
  EXPECT_EQ(format_plan_month(12, 2027, 4), "Mar 2028");
  EXPECT_EQ(format_plan_month(36, 2027, 1), "Dec 2029");
}

// ---- the figure formatter (one per unit) --------------------------------------------

TEST(FigureText, EachUnitReadsItsOwnWay) {
  using planner::FigureUnit;
  const auto v = [](double x) { return planner::FigureValue{true, x}; };
  EXPECT_EQ(figure_text(FigureUnit::Money, v(84000.4), "$"), "$84,000");
  EXPECT_EQ(figure_text(FigureUnit::Percent, v(123.4), "$"), "123%");
  EXPECT_EQ(figure_text(FigureUnit::Ratio, v(1.5), "$"), "1.50x");
  EXPECT_EQ(figure_text(FigureUnit::Month, v(7), "$"), "month 7");
  EXPECT_EQ(figure_text(FigureUnit::Month, v(7.5), "$"), "month 7.5");
  EXPECT_EQ(figure_text(FigureUnit::HoursPerWeek, v(3.75), "$"), "3.75 h/week");
  EXPECT_EQ(figure_text(FigureUnit::Fte, v(0.75), "$"), "0.75 FTE");
  EXPECT_EQ(figure_text(FigureUnit::People, v(1234.4), "$"), "1,234");
  EXPECT_EQ(figure_text(FigureUnit::Hours, v(1560), "$"), "1,560 h");
  EXPECT_EQ(figure_text(FigureUnit::YesNo, v(1), "$"), "yes");
  EXPECT_EQ(figure_text(FigureUnit::YesNo, v(0), "$"), "no");
}

TEST(FigureText, NoneReadsNotReachedForMonthsAndNotApplicableOtherwise) {
  using planner::FigureUnit;
  const planner::FigureValue none{};
  EXPECT_EQ(figure_text(FigureUnit::Month, none, "$"), "not reached");
  for (FigureUnit u : {FigureUnit::Money, FigureUnit::Percent, FigureUnit::Ratio, FigureUnit::People})
    EXPECT_EQ(figure_text(u, none, "$"), "n/a");
}

TEST(FigureText, MagnitudesReadAsDifferencesWithoutSign) {
  using planner::FigureUnit;
  EXPECT_EQ(magnitude_text(FigureUnit::Money, -1250, "$"), "$1,250");
  EXPECT_EQ(magnitude_text(FigureUnit::Percent, -15.2, "$"), "15 pts");
  EXPECT_EQ(magnitude_text(FigureUnit::Month, 3, "$"), "3 months");
  EXPECT_EQ(magnitude_text(FigureUnit::Month, 1, "$"), "1 month");
}

TEST(FigureText, UncertaintyOutputsPastTheHorizonAreNotReached) {
  using planner::mc::Output;
  EXPECT_EQ(output_text(Output::PaybackMonth, 25, 24, "$"), "not reached");
  EXPECT_EQ(output_text(Output::PaybackMonth, 12, 24, "$"), "month 12");
  EXPECT_EQ(output_text(Output::RoiPct, 42.4, 24, "$"), "42%");
  EXPECT_EQ(output_text(Output::Npv, 1000, 24, "$"), "$1,000");
}

TEST(FigureText, ANoneCanSayWhyFromTheTable) {
  const planner::FigureValue none{};
  EXPECT_EQ(figure_text_explained(planner::figure("roi_pct"), none, "$"), "n/a (no cost)");
  EXPECT_EQ(figure_text_explained(planner::figure("cost_per_capable_employee"), none, "$"),
            "n/a (no one capable)");
  EXPECT_EQ(figure_text_explained(planner::figure("payback_month"), none, "$"), "not reached");
  EXPECT_EQ(figure_text_explained(planner::figure("roi_pct"), planner::FigureValue{true, 12}, "$"), "12%");
}
