// The comparison on the forecast (issue 15; io::compare_forecasts): a plan
// with actuals is compared as its forecast, one without as itself; the
// document says which ("forecast_from").
#include <gtest/gtest.h>

#include "core/engine_fixtures.h"
#include "core/evaluate.h"
#include "core/reforecast.h"
#include "io/comparison.h"
#include "io/json_text.h"

namespace planner {
namespace {

const io::ComparedFigure& figure(const io::Comparison& c, const std::string& key) {
  for (const auto& f : c.figures)
    if (key == f.key) return f;
  ADD_FAILURE() << "no figure " << key;
  return c.figures.front();
}

// tiny() (engine_fixtures.h) costs $1,000, all in month 1 (January 2027).
// With $1,500 spent in month 1 its forecast costs $1,500: against the same
// plan without actuals the forecast is $500 dearer; the plans themselves
// differ by nothing.
TEST(ComparisonOnTheForecast, APlanWithOverspendIsComparedAsItsForecast) {
  Scenario current = test::tiny();
  current.actuals.as_of_month = 1;
  ActualMonth a;
  a.month = 1;
  a.spend = 1500;
  current.actuals.months = {a};
  ASSERT_TRUE(validate(current).empty()) << validate(current)[0].text();
  const Scenario other = test::tiny();
  const Result cp = evaluate(current, Case::Likely), op = evaluate(other, Case::Likely);

  const io::Comparison plans = io::compare_plans(current, cp, other, op);
  EXPECT_EQ(figure(plans, "incremental_cost").difference.value, 0);
  EXPECT_EQ(plans.current_forecast_from, 0);

  const io::Comparison f = io::compare_forecasts(current, cp, other, op, Case::Likely);
  EXPECT_DOUBLE_EQ(figure(f, "incremental_cost").current.value, 1500);
  EXPECT_DOUBLE_EQ(figure(f, "incremental_cost").other.value, 1000);
  EXPECT_DOUBLE_EQ(figure(f, "incremental_cost").difference.value, 500);
  EXPECT_EQ(f.current_forecast_from, 1);
  EXPECT_EQ(f.current_forecast_label, "January 2027");
  EXPECT_EQ(f.other_forecast_from, 0);  // no actuals: the plan itself
  // Either way round: the other side is re-forecast too.
  const io::Comparison swapped = io::compare_forecasts(other, op, current, cp, Case::Likely);
  EXPECT_DOUBLE_EQ(figure(swapped, "incremental_cost").difference.value, -500);

  io::Json doc;
  std::string error;
  ASSERT_TRUE(io::parse_json(io::comparison_to_json(Case::Likely, f), doc, error)) << error;
  EXPECT_EQ(doc["current"]["forecast_from"]["month"], 1);
  EXPECT_EQ(doc["current"]["forecast_from"]["label"], "January 2027");
  EXPECT_TRUE(doc["other"]["forecast_from"].is_null());
}

}  // namespace
}  // namespace planner
