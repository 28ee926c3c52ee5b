// The reader's (and report's) review section (issue 15): shown with an as-of
// month, absent without; its figures are the re-forecast's.
#include <gtest/gtest.h>

#include "core/actuals.h"
#include "core/figures.h"
#include "core/reforecast.h"
#include "io/format.h"
#include "io/presets.h"
#include "io/reader_html.h"
#include "io/scenario_json.h"
#include "support/presets.h"

using namespace planner;

namespace {

Scenario default_with_actuals() {
  Scenario s = test::preset("default");
  const Result plan = evaluate(s, Case::Likely);
  s.actuals.as_of_month = 2;
  for (int m = 1; m <= 2; ++m) {
    ActualMonth a = plan_figures(s, plan, m);
    a.spend *= 1.5;  // half as much again: red
    s.actuals.months.push_back(a);
  }
  return s;
}

}  // namespace

TEST(ReaderReview, ShownWithAnAsOfMonthWithTheForecastsFigures) {
  const Scenario s = default_with_actuals();
  const Result plan = evaluate(s, Case::Likely);
  const Result f = reforecast(s, Case::Likely, plan);
  const std::string html = io::reader_html(s, Case::Likely, plan);
  EXPECT_NE(html.find("<h2 id=rd-review>Review as of February 2027</h2>"), std::string::npos);
  const FigureSpec& cost = figure("incremental_cost");
  const std::string forecast_cost = io::figure_text(cost.unit, cost.read(f.totals), "$");
  EXPECT_NE(forecast_cost, io::figure_text(cost.unit, cost.read(plan.totals), "$"));
  EXPECT_NE(html.find("<td class=n>" + forecast_cost + "</td>"), std::string::npos) << forecast_cost;
  EXPECT_NE(html.find("class=\"rag red\""), std::string::npos);
  EXPECT_NE(html.find("Policy acknowledgement"), std::string::npos);  // the measurement plan
}

TEST(ReaderReview, AbsentWithoutActuals) {
  const Scenario s = test::preset("default");
  EXPECT_EQ(io::reader_html(s, Case::Likely, evaluate(s, Case::Likely)).find("rd-review"), std::string::npos);
}
