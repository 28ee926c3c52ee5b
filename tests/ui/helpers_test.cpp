// The UI's small helpers: number text, structural scenario edits, chart
// ticks, and the tooltip table covering every input the panels draw.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/evaluate.h"
#include "io/format.h"
#include "support/presets.h"
#include "ui/charts.h"
#include "ui/help_text.h"
#include "ui/number_text.h"
#include "ui/results_view.h"
#include "ui/scenario_edits.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

TEST(UiNumberText, MoneyKeepsCentsOnlyForSmallAmounts) {
  EXPECT_EQ(text::money(84000, "$"), "$84,000");
  EXPECT_EQ(text::money(44.67, "$"), "$44.67");
  EXPECT_EQ(text::money(-12.5, "\xE2\x82\xAC"),
            "-\xE2\x82\xAC"
            "12.50");
  EXPECT_EQ(text::money(45, "$"), "$45");
}

TEST(UiNumberText, CompactMoneyPercentAndFteReadAsPeopleWriteThem) {
  EXPECT_EQ(text::money_compact(1.2e6, "$"), "$1.2M");
  EXPECT_EQ(text::money_compact(84000, "$"), "$84K");
  EXPECT_EQ(text::fte(0.75), "0.75 FTE");
  EXPECT_EQ(text::percent(0.125, 1), "12.5%");
  EXPECT_EQ(text::month(-1), "not within horizon");
  EXPECT_EQ(text::month(7), "month 7");
}

using test::preset;

TEST(UiScenarioEdits, RemovingASegmentDropsItsPlanRowsAndShiftsLaterOnes) {
  Scenario s = preset("default");
  ASSERT_GE(s.segments.size(), 3u);
  s.plan = {{0, 0, s.models[0].id, 1.0},
            {1, 0, s.models[0].id, 1.0},
            {2, 0, s.models[0].id, 1.0},
            {-1, 0, s.models[0].id, 1.0}};
  const std::string third = s.segments[2].name;
  remove_segment(s, 1);
  EXPECT_EQ(s.segments[1].name, third);
  ASSERT_EQ(s.plan.size(), 3u);
  EXPECT_EQ(s.plan[0].segment, 0);
  EXPECT_EQ(s.plan[1].segment, 1);   // was 2
  EXPECT_EQ(s.plan[2].segment, -1);  // "every segment" stays
}

TEST(UiScenarioEdits, MovingAndDuplicatingASegmentCarriesItsPlanRows) {
  Scenario s = preset("default");
  s.plan = {{0, 1, s.models[0].id, 0.5}};
  move_segment(s, 0, +1);
  EXPECT_EQ(s.plan[0].segment, 1);
  duplicate_segment(s, 1);
  ASSERT_EQ(s.plan.size(), 2u);
  EXPECT_EQ(s.plan[1].segment, 2);
  EXPECT_EQ(s.segments[2].name, s.segments[1].name + " (copy)");
}

TEST(UiScenarioEdits, AddedTiersAndSegmentsKeepEveryVectorSized) {
  Scenario s = preset("default");
  add_segment(s);
  add_tier(s);
  const size_t tiers = s.framework.tiers.size();
  for (const Segment& seg : s.segments) {
    EXPECT_EQ(seg.current_at_tier.size(), tiers);
    EXPECT_EQ(seg.target_share.size(), tiers);
  }
  remove_last_tier(s);
  EXPECT_EQ(s.segments.back().target_share.size(), tiers - 1);
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
}

TEST(UiScenarioEdits, RemovingAModelRepointsTiersAndDropsItsRows) {
  Scenario s = preset("default");
  ASSERT_GE(s.models.size(), 2u);
  const std::string gone = s.framework.tiers[0].default_model;
  const int j = find_model(s, gone);
  ASSERT_GE(j, 0);
  remove_model(s, j);
  EXPECT_LT(find_model(s, gone), 0);
  EXPECT_NE(s.framework.tiers[0].default_model, gone);
  for (const Assignment& a : s.plan) EXPECT_NE(a.model, gone);
}

TEST(UiScenarioEdits, RenamingAModelIdFollowsEveryReference) {
  Scenario s = preset("default");
  const std::string id = s.framework.tiers[0].default_model;
  rename_model_id(s, id, "renamed");
  EXPECT_GE(find_model(s, "renamed"), 0);
  EXPECT_EQ(s.framework.tiers[0].default_model, "renamed");
}

TEST(UiCharts, NiceTicksCoverTheRangeInRoundSteps) {
  const std::vector<double> t = charts::nice_ticks(-120000, 524889, 6);
  ASSERT_GE(t.size(), 3u);
  EXPECT_LE(t.front(), -120000);
  EXPECT_GE(t.back(), 524889);
  const double step = t[1] - t[0];
  EXPECT_EQ(step, 200000);  // 644,889 over about 6 ticks: 107K a tick rounds up to a nice 200K
  for (size_t i = 1; i < t.size(); ++i) EXPECT_DOUBLE_EQ(t[i] - t[i - 1], step);
  EXPECT_EQ(charts::nice_ticks(0, 0, 5).size() >= 2, true);
}

const HeadlineCard& card(const std::vector<HeadlineCard>& cards, const std::string& label_start) {
  for (const HeadlineCard& c : cards)
    if (c.label.rfind(label_start, 0) == 0) return c;
  ADD_FAILURE() << "no card " << label_start;
  return cards.front();
}

TEST(UiHeadline, CashLeadsWithTheEconomicViewBesideItAndTheSwitchSwapsThem) {
  const Scenario s = preset("default");
  const Result r = evaluate(s, Case::Likely);
  const std::string cash = io::format_percent(r.totals.roi_pct, 0);
  const std::string economic = io::format_percent(r.totals.economic_roi_pct, 0);
  const HeadlineCard a = card(headline_cards(s, r, true, 0, false), "ROI");
  EXPECT_EQ(a.label, "ROI (cash)");
  EXPECT_EQ(a.value, cash);
  EXPECT_EQ(a.detail.rfind("economic " + economic + "; ", 0), 0u) << a.detail;
  const HeadlineCard b = card(headline_cards(s, r, true, 0, true), "ROI");
  EXPECT_EQ(b.label, "ROI (economic)");
  EXPECT_EQ(b.value, economic);
  EXPECT_EQ(b.detail.rfind("cash " + cash + "; ", 0), 0u) << b.detail;
  EXPECT_EQ(card(headline_cards(s, r, true, 0, true), "Payback").label, "Payback (economic)");
}

TEST(UiHeadline, APlanThatCostsNoCashShowsNaNotAZeroBenefitCostRatio) {
  Scenario s = preset("default");
  for (DeliveryModel& m : s.models) m.cost = Range::fixed(0);
  const Result r = evaluate(s, Case::Likely);
  ASSERT_FALSE(r.totals.roi_defined);
  const HeadlineCard roi = card(headline_cards(s, r, true, 0, false), "ROI");
  EXPECT_EQ(roi.value, "n/a");
  EXPECT_NE(roi.detail.find("BCR n/a"), std::string::npos) << roi.detail;
  EXPECT_EQ(roi.detail.find("0.00x"), std::string::npos) << roi.detail;
}

TEST(UiHeadline, NamesPeopleAndPlacesAndTheMonthsHoursAreMeasuredAt) {
  const Scenario s = preset("default");
  const Result r = evaluate(s, Case::Likely);
  const auto cards = headline_cards(s, r, true, 0, false);
  const HeadlineCard& capable = card(cards, "Cost per capable");
  EXPECT_NE(capable.detail.find(text::number(r.totals.learners) + " people, " +
                                text::number(r.totals.enrolments) + " places"),
            std::string::npos)
      << capable.detail;
  const HeadlineCard& fte = card(cards, "FTE returned");
  EXPECT_EQ(fte.label, "FTE returned at month 12");
  EXPECT_EQ(fte.value, text::fte(r.totals.fte_returned_month12));
  EXPECT_NE(fte.detail.find(text::fte(r.totals.fte_returned) + " at month 36"),  // the horizon's end
            std::string::npos)
      << fte.detail;
}

TEST(UiHelpText, EveryInputTheTabsDrawHasATooltip) {
  std::set<std::string> missing;
  set_help_audit(&missing);
  {
    testing::UiDriver ui({}, ImVec2(2560, 1440));
    for (const char* tab :
         {"Segments", "Plan", "Models", "Tiers", "Capacity", "Readiness", "Adjustments", "Organisation"}) {
      ImVec2 at;
      ASSERT_TRUE(ui.centre_of(std::string("tab.") + tab, at)) << tab;
      ui.click(at);
      ui.frames(2);
    }
  }
  set_help_audit(nullptr);
  std::string list;
  for (const std::string& k : missing) list += k + " ";
  EXPECT_TRUE(missing.empty()) << "keys without help text: " << list;
}

}  // namespace
}  // namespace planner::ui
