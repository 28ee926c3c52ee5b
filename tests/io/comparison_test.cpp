// Two plans side by side (io/comparison.h): differences are current - other,
// "none" values give n/a (null), never a made-up number, and the document
// never carries NaN or infinity.
#include "io/comparison.h"

#include <gtest/gtest.h>

#include <limits>

#include "core/evaluate.h"
#include "io/format.h"
#include "io/json_text.h"
#include "support/presets.h"

using namespace planner;

namespace {

using planner::test::preset;

const io::ComparedFigure& figure(const io::Comparison& c, const std::string& key) {
  for (const auto& f : c.figures)
    if (key == f.key) return f;
  ADD_FAILURE() << "no figure " << key;
  return c.figures.front();
}

io::Json parse(const std::string& text) {
  io::Json doc;
  std::string error;
  EXPECT_TRUE(io::parse_json(text, doc, error)) << error;
  return doc;
}

// A result with only the totals a test sets.
Result with_totals(const Totals& t) {
  Result r;
  r.totals = t;
  r.months = 36;
  return r;
}

}  // namespace

TEST(Comparison, DifferencesAreCurrentMinusOtherFromTheEngine) {
  const Scenario a = preset("default"), b = preset("aie-rollout");
  const Result ra = evaluate(a, Case::Likely), rb = evaluate(b, Case::Likely);
  const io::Comparison c = io::compare_plans(a, ra, b, rb);
  EXPECT_EQ(c.current_title, a.title);
  EXPECT_EQ(c.other_title, b.title);
  ASSERT_EQ(c.figures.size(), 18u);
  EXPECT_EQ(figure(c, "economic_roi_pct").difference.value,
            ra.totals.economic_roi_pct - rb.totals.economic_roi_pct);
  const auto& cost = figure(c, "incremental_cost");
  EXPECT_EQ(cost.current.value, ra.totals.incremental_cost);
  EXPECT_EQ(cost.other.value, rb.totals.incremental_cost);
  EXPECT_EQ(cost.difference.value, ra.totals.incremental_cost - rb.totals.incremental_cost);
  EXPECT_EQ(figure(c, "npv").difference.value, ra.totals.npv - rb.totals.npv);
  EXPECT_EQ(figure(c, "fte_returned").difference.value, ra.totals.fte_returned - rb.totals.fte_returned);
}

TEST(Comparison, CostsAreNeverCalledBetterOrWorse) {
  const Scenario a = preset("default"), b = preset("leland-200-per-week");
  const io::Comparison c = io::compare_plans(a, evaluate(a, Case::Likely), b, evaluate(b, Case::Likely));
  EXPECT_EQ(figure(c, "incremental_cost").favours, io::Favours::None);
  EXPECT_EQ(figure(c, "economic_cost").favours, io::Favours::None);
  const auto& npv = figure(c, "npv");
  EXPECT_EQ(npv.favours, npv.current.value > npv.other.value ? io::Favours::Current : io::Favours::Other);
}

TEST(Comparison, APlanAgainstItselfDiffersByNothing) {
  const Scenario a = preset("default");
  const Result r = evaluate(a, Case::High);
  const io::Comparison c = io::compare_plans(a, r, a, r);
  for (const auto& f : c.figures) {
    if (!f.current.defined) continue;
    EXPECT_EQ(f.difference.value, 0.0) << f.key;
    EXPECT_NE(f.favours, io::Favours::Current) << f.key;
    EXPECT_NE(f.favours, io::Favours::Other) << f.key;
    EXPECT_EQ(io::difference_text(f.unit, f.difference, "$"), "same") << f.key;
  }
}

TEST(Comparison, MonthsNotReachedGiveNoDifference) {
  Totals t;
  t.incremental_cost = 1000;
  t.payback_month = 7;
  t.months_to_target = -1;
  Totals u = t;
  u.payback_month = -1;
  u.months_to_target = -1;
  const Scenario s;
  const io::Comparison c = io::compare_plans(s, with_totals(t), s, with_totals(u));
  const auto& payback = figure(c, "payback_month");
  EXPECT_TRUE(payback.current.defined);
  EXPECT_FALSE(payback.other.defined);
  EXPECT_FALSE(payback.difference.defined);
  EXPECT_EQ(payback.favours, io::Favours::None);
  EXPECT_EQ(io::difference_text(payback.unit, payback.difference, "$"), "n/a");
  EXPECT_EQ(io::figure_text(payback.unit, payback.other, "$"), "not reached");
  const auto doc = parse(io::comparison_to_json(Case::Likely, c));
  EXPECT_TRUE(doc["figures"]["payback_month"]["other"].is_null());
  EXPECT_TRUE(doc["figures"]["payback_month"]["difference"].is_null());
  EXPECT_EQ(doc["figures"]["payback_month"]["current"], 7);
  EXPECT_TRUE(doc["figures"]["months_to_target"]["current"].is_null());
  EXPECT_TRUE(doc["figures"]["months_to_target"]["favours"].is_null());
}

TEST(Comparison, APlanThatCostsNothingHasNoRoiAndNobodyCapableHasNoCostPerCapable) {
  Totals free;  // sunk seats only: no incremental cost, nobody capable yet
  free.benefits = 5000;
  free.economic_cost = 2500;  // but the learners' time is still spent
  free.economic_roi_defined = true;
  free.economic_roi_pct = 100;
  Totals paid;
  paid.incremental_cost = 1000;
  paid.benefits = 3000;
  paid.roi_defined = true;
  paid.roi_pct = 200;
  paid.bcr = 3;
  paid.capable_employees = 10;
  paid.cost_per_capable_employee = 100;
  const Scenario s;
  const io::Comparison c = io::compare_plans(s, with_totals(free), s, with_totals(paid));
  for (const char* key : {"roi_pct", "bcr", "cost_per_capable_employee"}) {
    EXPECT_FALSE(figure(c, key).current.defined) << key;
    EXPECT_TRUE(figure(c, key).other.defined) << key;
    EXPECT_FALSE(figure(c, key).difference.defined) << key;
  }
  EXPECT_EQ(figure(c, "benefits").difference.value, 2000);
  EXPECT_EQ(figure(c, "benefits").favours, io::Favours::Current);
  EXPECT_TRUE(figure(c, "economic_roi_pct").current.defined);  // time has a cost even when cash has none
  EXPECT_FALSE(figure(c, "economic_roi_pct").other.defined);
}

TEST(Comparison, NoNanOrInfinityEverReachesTheDocument) {
  Totals t;
  t.incremental_cost = 100;
  t.npv = std::numeric_limits<double>::quiet_NaN();
  t.benefits = std::numeric_limits<double>::infinity();
  const Scenario s;
  const io::Comparison c = io::compare_plans(s, with_totals(t), s, with_totals(Totals{}));
  const std::string json = io::comparison_to_json(Case::Low, c);
  for (const char* bad : {"nan", "NaN", "inf", "Infinity"})
    EXPECT_EQ(json.find(bad), std::string::npos) << json;
  EXPECT_FALSE(figure(c, "npv").difference.defined);
  EXPECT_FALSE(figure(c, "benefits").current.defined);
}

TEST(Comparison, MoneyDifferencesBetweenCurrenciesAreNotApplicable) {
  Scenario dollars, euros;
  euros.org.currency_code = "EUR";
  euros.org.currency_symbol = "\xE2\x82\xAC";
  Totals t;
  t.incremental_cost = 1000;
  t.hours_saved_per_week = 12;
  const io::Comparison c = io::compare_plans(dollars, with_totals(t), euros, with_totals(t));
  EXPECT_FALSE(c.same_currency);
  EXPECT_FALSE(figure(c, "incremental_cost").difference.defined);
  EXPECT_TRUE(figure(c, "hours_saved_per_week").difference.defined);
  const auto doc = parse(io::comparison_to_json(Case::Likely, c));
  EXPECT_EQ(doc["same_currency"], false);
  EXPECT_EQ(doc["other"]["currency"], "EUR");
}

TEST(Comparison, DocumentHasBothPlansAndEveryFigure) {
  const Scenario a = preset("default"), b = preset("jain-cohort-vs-lms");
  const io::Comparison c = io::compare_plans(a, evaluate(a, Case::Low), b, evaluate(b, Case::Low));
  const auto doc = parse(io::comparison_to_json(Case::Low, c, true));
  EXPECT_EQ(doc["case"], "low");
  EXPECT_EQ(doc["current"]["scenario"], a.title);
  EXPECT_EQ(doc["other"]["scenario"], b.title);
  EXPECT_EQ(doc["current"]["horizon_months"], a.org.horizon_months);
  for (const char* key :
       {"incremental_cost", "economic_cost", "benefits", "roi_pct", "bcr", "npv", "payback_month",
        "economic_roi_pct", "economic_bcr", "economic_npv", "economic_payback_month", "months_to_target",
        "hours_saved_per_week", "hours_saved_per_week_month12", "fte_returned", "fte_returned_month12",
        "capable_employees", "cost_per_capable_employee"}) {
    ASSERT_TRUE(doc["figures"].contains(key)) << key;
    for (const char* field : {"unit", "current", "other", "difference", "favours"})
      EXPECT_TRUE(doc["figures"][key].contains(field)) << key << "." << field;
  }
}

TEST(Comparison, DifferencesReadWithTheirSignAndUnit) {
  auto d = [](double v) { return FigureValue{true, v}; };
  EXPECT_EQ(io::difference_text(FigureUnit::Money, d(12000.4), "$"), "+$12,000");
  EXPECT_EQ(io::difference_text(FigureUnit::Money, d(-1250), "\xE2\x82\xAC"),
            "-\xE2\x82\xAC"
            "1,250");
  EXPECT_EQ(io::difference_text(FigureUnit::Percent, d(-15.2), "$"), "-15 pts");
  EXPECT_EQ(io::difference_text(FigureUnit::Ratio, d(0.4), "$"), "+0.40x");
  EXPECT_EQ(io::difference_text(FigureUnit::Month, d(-3), "$"), "-3 months");
  EXPECT_EQ(io::difference_text(FigureUnit::Month, d(1), "$"), "+1 month");
  EXPECT_EQ(io::difference_text(FigureUnit::HoursPerWeek, d(12.5), "$"), "+12.5 h/week");
  EXPECT_EQ(io::difference_text(FigureUnit::Fte, d(0.75), "$"), "+0.75 FTE");
  EXPECT_EQ(io::difference_text(FigureUnit::People, d(40), "$"), "+40");
  EXPECT_EQ(io::difference_text(FigureUnit::Money, d(0.2), "$"), "same");
  EXPECT_EQ(io::difference_text(FigureUnit::Money, FigureValue{}, "$"), "n/a");
  EXPECT_EQ(io::figure_text(FigureUnit::Percent, FigureValue{}, "$"), "n/a");
}
