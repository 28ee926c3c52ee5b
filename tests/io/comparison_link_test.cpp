// Links that carry two plans ("s=2.<current>&b=2.<other>"): both round-trip,
// links without "b=" decode exactly as before, and a broken second plan is
// reported on its own without touching the main plan or the caller's.
#include <gtest/gtest.h>

#include "io/link_codec.h"
#include "io/presets.h"
#include "io/sample_scenarios.h"
#include "io/scenario_json.h"

using namespace planner;
using planner::testing::generated_scenario;
using planner::testing::rich_scenario;

namespace {

Scenario preset(const std::string& name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return s;
}

std::string json(const Scenario& s) { return io::scenario_to_json(s, false); }

// Decodes the "b=" part into a scenario that must stay as it was.
io::DecodedLink broken_second(const std::string& link) {
  Scenario s = rich_scenario();
  const std::string before = json(s);
  io::DecodedLink info;
  EXPECT_FALSE(io::decode_comparison_link(link, s, info)) << link.substr(0, 80);
  EXPECT_EQ(json(s), before) << "a broken second plan must leave the caller's scenario alone";
  return info;
}

}  // namespace

TEST(ComparisonLink, BothPlansRoundTrip) {
  const auto presets = io::list_presets();
  ASSERT_GE(presets.size(), 2u);
  for (std::size_t i = 0; i < presets.size(); ++i) {
    const Scenario a = preset(presets[i].name), b = preset(presets[(i + 1) % presets.size()].name);
    const std::string fragment = io::encode_comparison_fragment(a, b, i % 2 ? "summary" : "");
    ASSERT_EQ(fragment.rfind("s=2.", 0), 0u);
    ASSERT_NE(fragment.find("&b=2."), std::string::npos);
    Scenario back_a, back_b;
    io::DecodedLink info_a, info_b;
    ASSERT_TRUE(io::decode_link("https://x.test/app#" + fragment, back_a, info_a)) << info_a.message;
    ASSERT_TRUE(io::decode_comparison_link("https://x.test/app#" + fragment, back_b, info_b))
        << info_b.message;
    EXPECT_EQ(json(back_a), json(a)) << presets[i].name;
    EXPECT_EQ(json(back_b), json(b)) << presets[i].name;
    EXPECT_TRUE(info_a.has_comparison);
    EXPECT_EQ(info_a.view, i % 2 ? "summary" : "");
    EXPECT_EQ(info_b.view, info_a.view);
  }
}

TEST(ComparisonLink, GeneratedPairsRoundTrip) {
  for (std::uint64_t seed = 1; seed <= 100; ++seed) {
    const Scenario a = generated_scenario(seed), b = generated_scenario(seed + 1000);
    const std::string fragment = io::encode_comparison_fragment(a, b);
    Scenario back_a, back_b;
    std::string message;
    io::DecodedLink info;
    ASSERT_TRUE(io::decode_link(fragment, back_a, message)) << seed << ": " << message;
    ASSERT_TRUE(io::decode_comparison_link(fragment, back_b, info)) << seed << ": " << info.message;
    ASSERT_EQ(json(back_a), json(a)) << seed;
    ASSERT_EQ(json(back_b), json(b)) << seed;
  }
}

// The first part of a two-plan link is byte for byte the one-plan link, so
// the link format and every link made before stay as they were.
TEST(ComparisonLink, OldLinksAreUnchangedAndHaveNoSecondPlan) {
  const Scenario a = rich_scenario(), b = preset("default");
  const std::string old = io::encode_link_fragment(a);
  const std::string both = io::encode_comparison_fragment(a, b);
  EXPECT_EQ(both.substr(0, old.size() + 1), old + "&");
  Scenario back;
  io::DecodedLink info;
  ASSERT_TRUE(io::decode_link("#" + old + "&view=summary", back, info));
  EXPECT_FALSE(info.has_comparison);
  EXPECT_EQ(info.view, "summary");
  EXPECT_EQ(json(back), json(a));
  const auto second = broken_second("#" + old);
  EXPECT_EQ(second.error, io::LinkError::NoScenario);
  EXPECT_FALSE(second.has_comparison);
  EXPECT_EQ(second.message,
            "the link holds no plan to compare with (it should contain \"&b=2.\" followed by the plan)");
  // A bare payload ("2.abc") is one plan.
  EXPECT_EQ(broken_second(old.substr(2)).error, io::LinkError::NoScenario);
}

TEST(ComparisonLink, ABrokenSecondPlanLeavesTheMainPlanOpenable) {
  const Scenario a = preset("default"), b = rich_scenario();
  const std::string good = io::encode_comparison_fragment(a, b);
  const std::size_t at = good.find("&b=2.") + 5;
  struct Broken {
    std::string link;
    io::LinkError error;
  };
  std::string bad_char = good;
  bad_char[at + 10] = '%';
  const Broken cases[] = {
      {good.substr(0, good.size() - 3), io::LinkError::Truncated},
      {good.substr(0, at), io::LinkError::Truncated},
      {bad_char, io::LinkError::BadCharacters},
      {good.substr(0, at - 2) + "3." + good.substr(at), io::LinkError::NewerFormat},
      {good.substr(0, at - 2) + "0." + good.substr(at), io::LinkError::WrongFormat},
      {good.substr(0, at) + io::base64url_encode("not deflate at all, no"), io::LinkError::Damaged},
      {good.substr(0, at) + io::base64url_encode(io::deflate_raw("{\"segments\":7}", 2)),
       io::LinkError::InvalidScenario},
  };
  for (const Broken& c : cases) {
    const auto info = broken_second(c.link);
    EXPECT_EQ(info.error, c.error) << c.link.substr(at > 20 ? at - 20 : 0, 60) << ": " << info.message;
    EXPECT_TRUE(info.has_comparison);
    EXPECT_FALSE(info.message.empty());
    Scenario main;
    std::string message;
    EXPECT_TRUE(io::decode_link(c.link, main, message)) << message;
    EXPECT_EQ(json(main), json(a));
  }
  EXPECT_EQ(broken_second(good.substr(0, at)).message,
            "the link is cut off: the plan after \"b=2.\" is missing");
  EXPECT_EQ(broken_second(good.substr(0, at - 2) + "x." + good.substr(at)).message,
            "the link is not in a format this planner knows (it should start with \"b=1.\" or \"b=2.\")");
}

TEST(ComparisonLink, CapsApplyToTheSecondPlan) {
  const std::string main = io::encode_link_fragment(preset("default"));
  // 3 MiB of spaces packs into a few KB but unpacks over the 1 MiB cap.
  const std::string huge = "b=1." + io::base64url_encode(io::deflate_raw(std::string(3u << 20, ' ')));
  EXPECT_EQ(broken_second(main + "&" + huge).error, io::LinkError::TooLarge);
  const std::string huge2 = "b=2." + io::base64url_encode(io::deflate_raw(std::string(3u << 20, ' '), 2));
  EXPECT_EQ(broken_second(main + "&" + huge2).error, io::LinkError::TooLarge);
  // The whole link's text is capped, whichever part makes it long.
  const std::string long_link = main + "&b=1." + std::string(io::kMaxLinkChars, 'A');
  EXPECT_EQ(broken_second(long_link).error, io::LinkError::TooLarge);
  Scenario s;
  io::DecodedLink info;
  EXPECT_FALSE(io::decode_link(long_link, s, info));
  EXPECT_EQ(info.error, io::LinkError::TooLarge);
}
