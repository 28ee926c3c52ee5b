// One table per enum (core/names.h) and the one fallback for a missing name.
#include "core/names.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace planner;

namespace {

template <class E>
void expect_round_trip_and_unique() {
  std::set<std::string> ids;
  for (const EnumWords<E>& w : enum_rows(E{})) {
    EXPECT_TRUE(ids.insert(w.id).second) << w.id;
    E back{};
    ASSERT_TRUE(parse_enum(w.id, back)) << w.id;
    EXPECT_EQ(back, w.value);
    EXPECT_STREQ(enum_id(w.value), w.id);
    EXPECT_NE(std::string(w.label), "") << w.id;
  }
}

}  // namespace

TEST(Names, EveryEnumIdReadsBackToItsValue) {
  expect_round_trip_and_unique<CostBasis>();
  expect_round_trip_and_unique<GroupKind>();
  expect_round_trip_and_unique<Distribution>();
  expect_round_trip_and_unique<Case>();
  expect_round_trip_and_unique<Constraint>();
}

TEST(Names, AnUnknownIdLeavesTheValueAlone) {
  Case c = Case::High;
  EXPECT_FALSE(parse_enum("medium", c));
  EXPECT_EQ(c, Case::High);
}

TEST(Names, CostBasisHasItsIdLabelAndUnitWordsInOnePlace) {
  const EnumWords<CostBasis>& w = enum_words(CostBasis::PerLearnerWeek);
  EXPECT_STREQ(w.id, "per_learner_week");
  EXPECT_STREQ(w.label, "per learner per week");
  EXPECT_STREQ(w.unit, "learner-week");
  EXPECT_STREQ(enum_label(GroupKind::None), "none (self-paced)");
  EXPECT_STREQ(enum_label(Case::Likely), "Likely");
  EXPECT_STREQ(enum_id(Constraint::SpendCap), "spend cap");
}

TEST(Names, AMissingNameFallsBackToTheNounAndItsOneBasedNumber) {
  Scenario s;
  s.framework.tiers.resize(2);
  s.framework.tiers[0].name = "Literacy";
  s.models.resize(2);
  s.models[0].name = "Coaching";
  s.models[1].id = "lms";
  s.segments.resize(1);
  EXPECT_EQ(tier_name(s, 0), "Literacy");
  EXPECT_EQ(tier_name(s, 1), "tier 2");   // unnamed
  EXPECT_EQ(tier_name(s, 7), "tier 8");   // past the end
  EXPECT_EQ(tier_name(s, -1), "tier 0");  // never a crash
  EXPECT_EQ(model_name(s, 0), "Coaching");
  EXPECT_EQ(model_name(s, 1), "lms");  // a model without a name goes by its id
  EXPECT_EQ(model_name(s, 5), "model 6");
  EXPECT_EQ(segment_name(s, 0), "segment 1");
  EXPECT_EQ(row_name("", "model", 1), "model 2");
}
