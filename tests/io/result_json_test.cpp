// The results document: every total, the schedule by name, one object per
// month with every series; "not within the horizon" is null, never -1.
#include "io/result_json.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/json_text.h"
#include "io/presets.h"
#include "io/sample_scenarios.h"

using namespace planner;

namespace {
io::Json results_of(const Scenario& s, Case c, Result* keep = nullptr) {
  const Result r = evaluate(s, c);
  if (keep) *keep = r;
  io::Json doc;
  std::string error;
  EXPECT_TRUE(io::parse_json(io::result_to_json(s, c, r), doc, error)) << error;
  return doc;
}
}  // namespace

TEST(ResultJson, CarriesEveryTotalAtFullPrecision) {
  const Scenario s = planner::testing::rich_scenario();
  Result r;
  const io::Json doc = results_of(s, Case::High, &r);
  EXPECT_EQ(doc["case"], "high");
  EXPECT_EQ(doc["currency"], "EUR");
  const io::Json& t = doc["totals"];
  EXPECT_EQ(t["cash_cost"].get<double>(), r.totals.cash_cost);  // exact, not rounded
  EXPECT_EQ(t["incremental_cost"].get<double>(), r.totals.incremental_cost);
  EXPECT_EQ(t["economic_cost"].get<double>(), r.totals.economic_cost);
  EXPECT_EQ(t["cost_per_learner"].get<double>(), r.totals.cost_per_learner);
  EXPECT_EQ(t["cost_per_capable_employee"].get<double>(), r.totals.cost_per_capable_employee);
  EXPECT_EQ(t["hours_saved_per_week"].get<double>(), r.totals.hours_saved_per_week);
  EXPECT_EQ(t["fte_returned"].get<double>(), r.totals.fte_returned);
  EXPECT_EQ(t["roi_pct"].get<double>(), r.totals.roi_pct);
  EXPECT_EQ(t["bcr"].get<double>(), r.totals.bcr);
  EXPECT_EQ(t["npv"].get<double>(), r.totals.npv);
  EXPECT_EQ(t["learners"].get<int>(), r.totals.learners);
  for (const char* key : {"payback_month", "months_to_target"}) EXPECT_TRUE(t.contains(key)) << key;
}

TEST(ResultJson, CarriesBothViewsLearnersAndEnrolmentsAndHoursAtTwoMonths) {
  const Scenario s = planner::testing::rich_scenario();
  Result r;
  const io::Json doc = results_of(s, Case::Likely, &r);
  const io::Json& t = doc["totals"];
  ASSERT_TRUE(r.totals.economic_roi_defined);
  EXPECT_EQ(t["economic_roi_pct"].get<double>(), r.totals.economic_roi_pct);
  EXPECT_EQ(t["economic_bcr"].get<double>(), r.totals.economic_bcr);
  EXPECT_EQ(t["economic_npv"].get<double>(), r.totals.economic_npv);
  EXPECT_TRUE(t.contains("economic_payback_month"));
  EXPECT_EQ(t["learners"].get<int>(), r.totals.learners);
  EXPECT_EQ(t["enrolments"].get<int>(), r.totals.enrolments);
  EXPECT_EQ(t["hours_saved_per_week_month12"].get<double>(), r.totals.hours_saved_per_week_month12);
  EXPECT_EQ(t["fte_returned_month12"].get<double>(), r.totals.fte_returned_month12);
}

TEST(ResultJson, APlanThatCostsNoCashHasNullCashRoiAndBcrNeverZero) {
  Scenario s = planner::testing::rich_scenario();
  for (DeliveryModel& m : s.models) m.cost = Range::fixed(0);
  Result r;
  const io::Json doc = results_of(s, Case::Likely, &r);
  ASSERT_EQ(r.totals.incremental_cost, 0);
  ASSERT_FALSE(r.totals.roi_defined);
  EXPECT_TRUE(doc["totals"]["roi_pct"].is_null());
  EXPECT_TRUE(doc["totals"]["bcr"].is_null());
  // The learners' time still costs something: the economic view has a value.
  ASSERT_GT(r.totals.economic_cost, 0);
  EXPECT_EQ(doc["totals"]["economic_roi_pct"].get<double>(), r.totals.economic_roi_pct);
  EXPECT_EQ(doc["totals"]["economic_bcr"].get<double>(), r.totals.economic_bcr);
}

TEST(ResultJson, APlanThatCostsNothingAtAllHasNullRoiAndBcrInBothViews) {
  Totals t;  // nothing scheduled: no cash, no time
  Result r;
  r.totals = t;
  const Scenario s = planner::testing::rich_scenario();
  io::Json doc;
  std::string error;
  ASSERT_TRUE(io::parse_json(io::result_to_json(s, Case::Likely, r), doc, error)) << error;
  for (const char* key : {"roi_pct", "bcr", "economic_roi_pct", "economic_bcr"})
    EXPECT_TRUE(doc["totals"][key].is_null()) << key;
}

TEST(ResultJson, MonthsNotWithinTheHorizonAreNull) {
  Scenario s = planner::testing::rich_scenario();
  s.org.horizon_months = 1;  // nothing pays back or meets the target in a month
  Result r;
  const io::Json doc = results_of(s, Case::Low, &r);
  ASSERT_EQ(r.totals.payback_month, -1);
  EXPECT_TRUE(doc["totals"]["payback_month"].is_null());
  ASSERT_EQ(r.totals.months_to_target, -1);
  EXPECT_TRUE(doc["totals"]["months_to_target"].is_null());
}

TEST(ResultJson, MonthlyHasEverySeriesKeyedByName) {
  const Scenario s = planner::testing::rich_scenario();
  Result r;
  const io::Json doc = results_of(s, Case::Likely, &r);
  const io::Json& monthly = doc["monthly"];
  ASSERT_EQ(monthly.size(), static_cast<std::size_t>(s.org.horizon_months));
  const io::Json& m5 = monthly[4];
  EXPECT_EQ(m5["month"], 5);
  EXPECT_EQ(m5["incremental_cost"].get<double>(), r.incremental_cost[4]);
  EXPECT_EQ(m5["cumulative_net"].get<double>(), r.cumulative_net[4]);
  EXPECT_EQ(m5["cost_by_model"]["coaching"].get<double>(), r.at(r.cost_by_model, 4, r.models, 1));
  EXPECT_EQ(m5["cost_by_segment"]["Engineering"].get<double>(), r.at(r.cost_by_segment, 4, r.segments, 1));
  EXPECT_EQ(m5["trained_at_tier"]["Fluency"].get<double>(), r.at(r.trained_at_tier, 4, r.tiers, 1));
  EXPECT_EQ(m5["applying_at_tier"]["Integration"].get<double>(), r.at(r.applying_at_tier, 4, r.tiers, 2));
  EXPECT_EQ(m5["cost_by_tier"].size(), 3u);
  for (const char* key : {"cash_cost", "economic_cost", "hours_saved_per_week", "value"})
    EXPECT_TRUE(m5.contains(key)) << key;
}

TEST(ResultJson, ScheduleNamesSegmentTierAndModel) {
  const Scenario s = planner::testing::rich_scenario();
  Result r;
  const io::Json doc = results_of(s, Case::Likely, &r);
  const io::Json& sch = doc["schedule"];
  ASSERT_EQ(sch["groups"].size(), r.schedule.groups.size());
  ASSERT_FALSE(r.schedule.groups.empty());
  const GroupRun& g = r.schedule.groups[0];
  EXPECT_EQ(sch["groups"][0]["segment"], s.segments[g.segment].name);
  EXPECT_EQ(sch["groups"][0]["tier"], s.framework.tiers[g.tier].name);
  EXPECT_EQ(sch["groups"][0]["model"], s.models[g.model].id);
  EXPECT_EQ(sch["groups"][0]["start_week"], g.start_week);
  EXPECT_EQ(sch["peak_concurrent"], r.schedule.peak_concurrent);
  EXPECT_EQ(sch["binding"], constraint_name(r.schedule.binding));
}

TEST(ResultJson, DuplicateSegmentNamesGetDistinctKeys) {
  Scenario s = planner::testing::rich_scenario();
  s.segments[1].name = s.segments[0].name;
  const io::Json doc = results_of(s, Case::Likely);
  const io::Json& by_segment = doc["monthly"][0]["cost_by_segment"];
  EXPECT_EQ(by_segment.size(), 3u);
  EXPECT_TRUE(by_segment.contains("Marketing, EMEA (2)"));
}

TEST(ResultJson, CaseNamesParseBack) {
  for (Case c : {Case::Low, Case::Likely, Case::High}) {
    Case back = Case::Likely;
    ASSERT_TRUE(io::parse_case(io::case_name(c), back));
    EXPECT_EQ(back, c);
  }
  Case unchanged = Case::High;
  EXPECT_FALSE(io::parse_case("medium", unchanged));
  EXPECT_EQ(unchanged, Case::High);
}

TEST(ResultJson, PresetsProduceNoNullOrNonFiniteFigures) {
  for (const auto& p : io::list_presets()) {
    Scenario s;
    ASSERT_TRUE(io::load_preset(p.name, s)) << p.name;
    const std::string text = io::result_to_json(s, Case::Likely, evaluate(s, Case::Likely));
    // null only for the "not within horizon" months; nlohmann writes NaN/inf as null.
    io::Json doc;
    std::string error;
    ASSERT_TRUE(io::parse_json(text, doc, error));
    for (const auto& item : doc["totals"].items()) {
      if (item.key() == "payback_month" || item.key() == "economic_payback_month" ||
          item.key() == "months_to_target")
        continue;
      EXPECT_FALSE(item.value().is_null()) << p.name << " totals." << item.key();
    }
    for (const auto& m : doc["monthly"])
      for (const auto& item : m.items()) EXPECT_FALSE(item.value().is_null()) << p.name << " " << item.key();
  }
}
