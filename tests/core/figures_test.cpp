// The one table of figures (core/figures.h): every key once, "none" where a
// figure has no value, which way is better, and the uncertainty outputs as
// rows of the same table.
#include "core/figures.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/uncertainty/outputs.h"

using namespace planner;

namespace {

Totals some_totals() {
  Totals t;
  t.incremental_cost = 1000;
  t.economic_cost = 1500;
  t.benefits = 3000;
  t.roi_defined = true;
  t.roi_pct = 200;
  t.bcr = 3;
  t.economic_roi_defined = true;
  t.economic_roi_pct = 100;
  t.economic_bcr = 2;
  t.payback_month = 7;
  t.economic_payback_month = 9;
  t.months_to_target = 5;
  t.target_met_by_deadline = true;
  t.capable_employees = 20;
  t.cost_per_capable_employee = 50;
  return t;
}

}  // namespace

TEST(Figures, EveryKeyAndLabelIsUnique) {
  std::set<std::string> keys, labels;
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f) {
    EXPECT_TRUE(keys.insert(f->key).second) << f->key;
    EXPECT_TRUE(labels.insert(f->label).second) << f->label;
    EXPECT_NE(std::string(f->label), "") << f->key;
  }
}

TEST(Figures, FindsARowByKeyAndNothingForAnUnknownKey) {
  ASSERT_NE(find_figure("roi_pct"), nullptr);
  EXPECT_STREQ(find_figure("roi_pct")->label, "ROI");
  EXPECT_EQ(find_figure("roi_pct")->unit, FigureUnit::Percent);
  EXPECT_EQ(find_figure("no_such_figure"), nullptr);
}

TEST(Figures, ReadsEachFigureFromTotals) {
  const Totals t = some_totals();
  EXPECT_DOUBLE_EQ(figure("incremental_cost").read(t).value, 1000);
  EXPECT_DOUBLE_EQ(figure("roi_pct").read(t).value, 200);
  EXPECT_DOUBLE_EQ(figure("economic_bcr").read(t).value, 2);
  EXPECT_DOUBLE_EQ(figure("payback_month").read(t).value, 7);
  EXPECT_DOUBLE_EQ(figure("target_met_by_deadline").read(t).value, 1);
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f)
    EXPECT_TRUE(f->read(t).defined) << f->key;
}

TEST(Figures, RoiAndBcrOfAPlanThatCostsNothingAreNone) {
  Totals t = some_totals();
  t.roi_defined = false;
  t.economic_roi_defined = false;
  for (const char* key : {"roi_pct", "bcr", "economic_roi_pct", "economic_bcr"})
    EXPECT_FALSE(figure(key).read(t).defined) << key;
  EXPECT_TRUE(figure("npv").read(t).defined);
}

TEST(Figures, MonthsNotReachedAreNone) {
  Totals t = some_totals();
  t.payback_month = -1;
  t.economic_payback_month = -1;
  t.months_to_target = -1;
  for (const char* key : {"payback_month", "economic_payback_month", "months_to_target"})
    EXPECT_FALSE(figure(key).read(t).defined) << key;
}

TEST(Figures, CostPerCapableEmployeeWithNobodyCapableIsNone) {
  Totals t = some_totals();
  t.capable_employees = 0;
  EXPECT_FALSE(figure("cost_per_capable_employee").read(t).defined);
}

TEST(Figures, TargetMetComesFromTotalsNotFromTheMonth) {
  Totals t = some_totals();
  t.target_met_by_deadline = false;  // reached in month 5, but after a deadline of month 4
  EXPECT_DOUBLE_EQ(figure("target_met_by_deadline").read(t).value, 0);
}

TEST(Figures, CostsAreNeitherBetterNorWorseMonthsLowerValueHigher) {
  EXPECT_EQ(figure("incremental_cost").better, Better::Neither);
  EXPECT_EQ(figure("economic_cost").better, Better::Neither);
  EXPECT_EQ(figure("payback_month").better, Better::Lower);
  EXPECT_EQ(figure("months_to_target").better, Better::Lower);
  EXPECT_EQ(figure("npv").better, Better::Higher);
  EXPECT_EQ(figure("roi_pct").better, Better::Higher);
}

TEST(Figures, UncertaintyOutputsAreRowsOfTheTable) {
  for (int i = 0; i < mc::kOutputCount; ++i) {
    const auto o = static_cast<mc::Output>(i);
    const FigureSpec* f = find_figure(mc::output_id(o));
    ASSERT_NE(f, nullptr) << mc::output_id(o);
    EXPECT_STREQ(mc::output_label(o), f->label);
    EXPECT_EQ(mc::lower_is_better(o), f->better == Better::Lower);
    mc::Output back{};
    ASSERT_TRUE(mc::parse_output(f->key, back));
    EXPECT_EQ(back, o);
  }
}

TEST(Figures, AnOutputMonthNotReachedSortsAfterTheHorizonAndReadsNone) {
  Result r;
  r.months = 24;
  r.totals = some_totals();
  r.totals.payback_month = -1;
  EXPECT_DOUBLE_EQ(mc::output_value(r, mc::Output::PaybackMonth), 25);
  EXPECT_FALSE(mc::summarised_value(mc::Output::PaybackMonth, 25, 24).defined);
  EXPECT_TRUE(mc::summarised_value(mc::Output::PaybackMonth, 24, 24).defined);
  EXPECT_TRUE(mc::summarised_value(mc::Output::Npv, 25, 24).defined);
}
