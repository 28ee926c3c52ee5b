// Errors that keep the results: an invalid edit leaves the last valid plan's
// Result (and that plan) on screen, marked "not updated: fix segment N, Name";
// fixing it updates everything. Opening over the user's edits is flagged so
// the app can say how to get them back.
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/result_json.h"
#include "ui/document.h"
#include "ui/results_view.h"

namespace planner::ui {
namespace {

std::string result_of(const Scenario& s, const Result& r) { return io::result_to_json(s, Case::Likely, r); }

TEST(NotUpdated, AnInvalidEditKeepsTheLastValidResultAndNamesTheSegmentOneBased) {
  Document d;
  ASSERT_GE(d.scenario().segments.size(), 2u);
  const std::string before = result_of(d.scenario(), d.result());
  const Scenario valid = d.scenario();

  Segment& seg = d.scenario_for_edit().segments[1];
  seg.current_at_tier[0] = seg.headcount + 500;
  d.edited();
  ASSERT_FALSE(d.valid());
  EXPECT_TRUE(d.has_result());
  EXPECT_EQ(result_of(d.shown_scenario(), d.result()), before) << "the figures stay as they were";
  EXPECT_EQ(d.shown_scenario().segments[1].current_at_tier, valid.segments[1].current_at_tier);
  EXPECT_EQ(d.not_updated_note(), "not updated: fix segment 2, " + valid.segments[1].name);
  EXPECT_EQ(d.issues()[0].row, 1);
  EXPECT_EQ(d.issues()[0].field, "current_at_tier");

  const std::vector<HeadlineCard> cards =
      headline_cards(d.shown_scenario(), d.result(), d.has_result(), 1, false, d.not_updated_note());
  ASSERT_EQ(cards.size(), 6u);
  const std::vector<HeadlineCard> fresh = headline_cards(valid, d.result(), true, 0, false);
  for (size_t i = 0; i < cards.size(); ++i) {
    EXPECT_EQ(cards[i].value, fresh[i].value) << cards[i].label;
    EXPECT_EQ(cards[i].detail, "Not updated: fix segment 2, " + valid.segments[1].name);
    EXPECT_EQ(cards[i].tone, HeadlineCard::Tone::NotUpdated);
  }
}

TEST(NotUpdated, FixingTheEntryUpdatesEverything) {
  Document d;
  Segment& seg = d.scenario_for_edit().segments[0];
  const int headcount = seg.headcount;
  seg.current_at_tier[0] = headcount + 1;
  d.edited();
  ASSERT_FALSE(d.valid());
  // Fixed differently from before: the new figures are the new plan's.
  d.scenario_for_edit().segments[0].current_at_tier[0] = 0;
  d.scenario_for_edit().segments[0].headcount = headcount + 40;
  d.edited();
  ASSERT_TRUE(d.valid());
  EXPECT_EQ(d.not_updated_note(), "");
  EXPECT_EQ(result_of(d.shown_scenario(), d.result()),
            result_of(d.scenario(), evaluate(d.scenario(), Case::Likely)));
}

TEST(NotUpdated, MoreProblemsAreCounted) {
  Document d;
  d.scenario_for_edit().segments[0].headcount = -1;
  d.scenario_for_edit().capacity.coaches = -2;
  d.edited();
  ASSERT_EQ(d.issues().size(), 2u);
  EXPECT_EQ(d.not_updated_note(),
            "not updated: fix segment 1, " + d.scenario().segments[0].name + " and 1 more problem");
}

TEST(NotUpdated, OwnEditsAreForgottenWhenSomethingElseOpens) {
  Document d;
  EXPECT_FALSE(d.has_own_edits());
  d.scenario_for_edit().segments[0].headcount += 1;
  d.edited();
  EXPECT_TRUE(d.has_own_edits());
  ASSERT_TRUE(d.open_preset("aie-rollout"));
  EXPECT_FALSE(d.has_own_edits());
  ASSERT_TRUE(d.undo()) << "the edited plan comes back";
}

}  // namespace
}  // namespace planner::ui
