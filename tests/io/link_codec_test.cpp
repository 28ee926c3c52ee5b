// The link codec: every preset and thousands of generated scenarios survive
// encode -> decode; each way a link can be broken gets its own message; the
// encoding is pinned so native and wasm produce the very same link.
#include "io/link_codec.h"

#include <gtest/gtest.h>

#include "io/json_text.h"
#include "io/presets.h"
#include "io/sample_scenarios.h"
#include "io/scenario_json.h"

using namespace planner;
using planner::testing::generated_scenario;
using planner::testing::rich_scenario;

namespace {

// A link of format 1 carrying `text` as its JSON.
std::string payload_of(const std::string& text) {
  return "s=1." + io::base64url_encode(io::deflate_raw(text));
}

io::DecodedLink decode(const std::string& link) {
  Scenario s = rich_scenario();
  const std::string before = io::scenario_to_json(s);
  io::DecodedLink info;
  const bool ok = io::decode_link(link, s, info);
  EXPECT_FALSE(ok) << link.substr(0, 60);
  EXPECT_EQ(io::scenario_to_json(s), before) << "a broken link must leave the current scenario alone";
  return info;
}

// FNV-1a, to pin an encoding in one number.
std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

TEST(LinkCodec, Base64urlRoundTripsEveryLength) {
  std::string bytes;
  for (int n = 0; n < 300; ++n) {
    std::string back;
    std::size_t bad = 0;
    const std::string text = io::base64url_encode(bytes);
    EXPECT_EQ(text.find_first_of("+/="), std::string::npos);
    ASSERT_TRUE(io::base64url_decode(text, back, bad));
    EXPECT_EQ(back, bytes);
    bytes += static_cast<char>(n * 37 + 11);
  }
  EXPECT_EQ(io::base64url_encode("\xfb\xff"), "-_8");
}

TEST(LinkCodec, EveryPresetRoundTrips) {
  const auto presets = io::list_presets();
  ASSERT_FALSE(presets.empty());
  for (const auto& p : presets) {
    Scenario s, back;
    ASSERT_TRUE(io::load_preset(p.name, s)) << p.name;
    const std::string fragment = io::encode_link_fragment(s);
    std::string message;
    ASSERT_TRUE(io::decode_link(fragment, back, message)) << p.name << ": " << message;
    EXPECT_EQ(io::scenario_to_json(back), io::scenario_to_json(s)) << p.name;
  }
}

TEST(LinkCodec, ThousandsOfGeneratedScenariosRoundTrip) {
  for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
    const Scenario s = generated_scenario(seed);
    Scenario back;
    std::string message;
    const std::string fragment = io::encode_link_fragment(s, seed % 2 ? "summary" : "");
    ASSERT_TRUE(io::decode_link("https://example.org/planner/#" + fragment, back, message))
        << "seed " << seed << ": " << message;
    ASSERT_EQ(io::scenario_to_json(back, false), io::scenario_to_json(s, false)) << "seed " << seed;
  }
}

TEST(LinkCodec, AcceptsUrlFragmentOrBarePayloadAndReadsTheViewFlag) {
  const Scenario s = rich_scenario();
  const std::string fragment = io::encode_link_fragment(s, "summary");
  ASSERT_EQ(fragment.rfind("s=2.", 0), 0u);
  ASSERT_NE(fragment.find("&view=summary"), std::string::npos);
  for (const std::string& link : {"https://x.test/app?q=1#" + fragment, "#" + fragment, fragment,
                                  "  " + fragment + "\n", fragment.substr(2, fragment.find('&') - 2)}) {
    Scenario back;
    io::DecodedLink info;
    EXPECT_TRUE(io::decode_link(link, back, info)) << link.substr(0, 40) << ": " << info.message;
    EXPECT_EQ(back.title, s.title);
  }
  Scenario back;
  io::DecodedLink info;
  ASSERT_TRUE(io::decode_link("#" + fragment, back, info));
  EXPECT_EQ(info.view, "summary");
}

TEST(LinkCodec, DefaultPresetLinkIsUnder600Characters) {
  Scenario s;
  ASSERT_TRUE(io::load_preset("default", s));
  const std::string link = io::encode_link_fragment(s);
  EXPECT_LT(link.size(), 600u) << link.size();
  std::printf("[ info ] default preset link: %zu characters\n", link.size());
}

TEST(LinkCodec, TwentySegmentLinkIsUnder2000Characters) {
  Scenario s;
  ASSERT_TRUE(io::load_preset("default", s));
  static const char* names[] = {"Sales EMEA",
                                "Sales Americas",
                                "Sales APAC",
                                "Marketing",
                                "Customer Support",
                                "Finance",
                                "Legal",
                                "HR",
                                "Engineering Platform",
                                "Engineering Product",
                                "Data",
                                "Design",
                                "Operations",
                                "Procurement",
                                "IT",
                                "Security",
                                "Research",
                                "Partnerships",
                                "Executive Office",
                                "Facilities"};
  std::vector<Segment> segments;
  for (int i = 0; i < 20; ++i) {
    Segment g = s.segments[static_cast<std::size_t>(i) % s.segments.size()];
    g.name = names[i];
    g.headcount = 15 + (i * 37) % 180;
    g.hourly_cost = 38.5 + (i * 7) % 40 + 0.25 * (i % 4);
    g.addressable_hours_week = 6 + (i * 3) % 14;
    g.managers = 1 + g.headcount / 12;
    g.wave = 1 + i % 3;
    for (auto& c : g.current_at_tier) c = std::min(c, g.headcount / 10);
    segments.push_back(g);
  }
  s.segments = segments;
  for (auto& a : s.plan)
    if (a.segment >= 20) a.segment = -1;
  ASSERT_TRUE(validate(s).empty()) << validate(s)[0].text();
  const std::string link = io::encode_link_fragment(s);
  EXPECT_LT(link.size(), 2000u) << link.size();
  std::printf("[ info ] 20-segment link: %zu characters\n", link.size());
  Scenario back;
  std::string message;
  ASSERT_TRUE(io::decode_link(link, back, message)) << message;
  EXPECT_EQ(io::scenario_to_json(back), io::scenario_to_json(s));
}

// The same scenario must give the same link natively and in wasm (zlib,
// nlohmann's number printing and our base64 are all platform-independent).
// The pin also catches an accidental change to the frozen link dictionary.
TEST(LinkCodec, EncodingIsPinned) {
  const std::string fragment = io::encode_link_fragment(rich_scenario());
  EXPECT_EQ(fragment.size(), 900u);  // format 1 gave 796: see link_codec.h on plans far from every preset
  EXPECT_EQ(fnv1a(fragment), 3542396797205028736ull) << fragment;
}

// Links made before schema version 2 (org-wide stagger) keep opening: the
// migration gives the old stagger to every grouped model of 2+ weeks. These
// two were made by the version-1 planner (planner-cli export --as link).
TEST(LinkCodec, VersionOneLinksStillOpenWithStaggerMovedToTheModels) {
  // aie-rollout, whose org stagger was the version-1 default (2, so left out).
  const char* aie =
      "#s=1.7dwxDoAgDIXhqzBCQryTg0MHGfT-iVDBoJgYHFz8V4YO7UB4KR9o56dop7G6WVc--_iUUpU1Pb1UdUHPvbQ9T9VHE9-"
      "hS3po3hmfbsjgpKx1"
      "qqspb0-0W41LQpXFaucvk2vD1TxCCccwbA5M-5FSb-ZJS-3NiOdtY4FMgUyBTIFMgUyJ-IBMifiATIFMifiATIFMgUx_Dpk-SqUb";
  Scenario s;
  std::string message;
  ASSERT_TRUE(io::decode_link(aie, s, message)) << message;
  EXPECT_EQ(s.version, io::kSchemaVersion);
  EXPECT_EQ(s.models[find_model(s, "workshop")].stagger_weeks, 0);  // one-day class
  EXPECT_EQ(s.models[find_model(s, "platform")].stagger_weeks, 0);  // self-paced
  EXPECT_EQ(s.models[find_model(s, "coaching")].stagger_weeks, 2);
  EXPECT_EQ(s.models[find_model(s, "cohort")].stagger_weeks, 2);
  // default, whose org stagger was 1 week.
  const char* dflt = "#s=1.7dixAAAAAMAgf-tJ7CyMtKN21I7aUTtqR-2oHbWjdtSO2lE7akftqB21o3bUjtpxbscA";
  ASSERT_TRUE(io::decode_link(dflt, s, message)) << message;
  EXPECT_EQ(s.models[find_model(s, "workshop")].stagger_weeks, 0);
  EXPECT_EQ(s.models[find_model(s, "coaching")].stagger_weeks, 1);
  EXPECT_EQ(s.models[find_model(s, "cohort")].stagger_weeks, 1);
}

// Every link of format 1 decodes with exactly these bytes: changing them
// needs a new link format (see tests/io/make_link_dictionary.py).
TEST(LinkCodec, DictionaryIsFrozen) {
  EXPECT_EQ(io::link_dictionary().size(), 22461u);
  EXPECT_EQ(fnv1a(io::link_dictionary()), 2755994093548887608ull);
}

// --- the broken-link corpus ------------------------------------------------

TEST(LinkCodec, BrokenLinkWithoutAPlan) {
  for (const char* link : {"", "https://x.test/app", "https://x.test/app#view=summary", "#s=", "#a=1&b=2"}) {
    const auto info = decode(link);
    EXPECT_EQ(info.error, io::LinkError::NoScenario) << link;
    EXPECT_EQ(info.message, "the link holds no plan (it should contain \"#s=2.\" followed by the plan)");
  }
}

TEST(LinkCodec, BrokenLinkFromANewerVersion) {
  const auto info = decode("#s=3.AAAA");
  EXPECT_EQ(info.error, io::LinkError::NewerFormat);
  EXPECT_EQ(
      info.message,
      "the link was made by a newer version of the planner (link format 3; this version opens link formats "
      "up to 2)");
  EXPECT_EQ(decode("#s=9.xyz").error, io::LinkError::NewerFormat);
  EXPECT_EQ(decode("#s=abc").error, io::LinkError::WrongFormat);
  EXPECT_EQ(decode("#s=0.AAAA").error, io::LinkError::WrongFormat);
  EXPECT_EQ(decode("#s=02.AAAA").error, io::LinkError::WrongFormat);
  EXPECT_EQ(decode("#s=x.AAAA").message,
            "the link is not in a format this planner knows (it should start with \"s=1.\" or \"s=2.\")");
  EXPECT_EQ(decode("#s=99999999999999.AAAA").error, io::LinkError::WrongFormat);
}

TEST(LinkCodec, BrokenLinkWithBadBase64) {
  const std::string good = io::encode_link_fragment(rich_scenario());
  std::string bad = good;
  bad[20] = '%';
  auto info = decode(bad);
  EXPECT_EQ(info.error, io::LinkError::BadCharacters);
  EXPECT_EQ(
      info.message,
      "the link is damaged: it contains '%' at position 17 of the plan, which a planner link never contains");
  bad[20] = ' ';
  EXPECT_EQ(decode(bad).message,
            "the link is damaged: it contains a space or symbol at position 17 of the plan, which a planner "
            "link never contains");
  EXPECT_EQ(decode("s=1.AB+/").error, io::LinkError::BadCharacters);
}

TEST(LinkCodec, BrokenLinkThatWasCutOff) {
  const std::string good = io::encode_link_fragment(rich_scenario());
  for (std::size_t keep :
       {good.size() - 1, good.size() - 2, good.size() - 3, good.size() / 2, std::size_t{6}}) {
    const auto info = decode(good.substr(0, keep));
    EXPECT_EQ(info.error, io::LinkError::Truncated) << keep;
    EXPECT_EQ(info.message, "the link is cut off (it was probably not copied whole)") << keep;
  }
  EXPECT_EQ(decode("s=1.").message, "the link is cut off: the plan after \"s=1.\" is missing");
  EXPECT_EQ(decode("s=2.").message, "the link is cut off: the plan after \"s=2.\" is missing");
}

TEST(LinkCodec, BrokenLinkWithBadDeflate) {
  const auto info = decode("s=1." + io::base64url_encode("this is not deflate data at all, no no"));
  EXPECT_EQ(info.error, io::LinkError::Damaged);
  EXPECT_EQ(info.message, "the link is damaged: its plan cannot be unpacked");
  // Valid deflate followed by extra bytes is damaged too.
  EXPECT_EQ(decode("s=1." + io::base64url_encode(io::deflate_raw("{}") + "junk")).error,
            io::LinkError::Damaged);
}

TEST(LinkCodec, BrokenLinkThatUnpacksTooLarge) {
  const auto info = decode(payload_of(std::string(3u << 20, ' ')));  // 3 MiB of spaces: a few KB packed
  EXPECT_EQ(info.error, io::LinkError::TooLarge);
  EXPECT_EQ(info.message, "the link's plan is too large to open (over 1 MiB when unpacked)");
  EXPECT_EQ(decode(std::string(io::kMaxLinkChars + 1, 'A')).error, io::LinkError::TooLarge);
}

TEST(LinkCodec, BrokenLinkWithHugeValuesNamesTheField) {
  io::Json doc;
  std::string error;
  io::parse_json(io::scenario_to_json(rich_scenario()), doc, error);
  doc["segments"][0]["headcount"] = 2000000000;
  doc["org"]["horizon_months"] = 1e300;
  const auto info = decode(payload_of(io::dump_json(doc, false)));
  EXPECT_EQ(info.error, io::LinkError::InvalidScenario);
  EXPECT_EQ(info.message.rfind("the link's plan cannot be used: 2 problems - ", 0), 0u) << info.message;
  ASSERT_EQ(info.issues.size(), 2u);
  EXPECT_EQ(info.issues[0].text(), "org.horizon_months: expected a whole number, got 1e+300");
  EXPECT_EQ(info.issues[1].path, "segments[0].headcount");
}

TEST(LinkCodec, BrokenLinkWithDeepNesting) {
  const auto info = decode(payload_of("{\"title\":" + std::string(5000, '[') + std::string(5000, ']') + "}"));
  EXPECT_EQ(info.error, io::LinkError::InvalidScenario);
  EXPECT_EQ(info.message,
            "the link's plan cannot be used: 1 problem - (document): nested deeper than 64 levels");
}

TEST(LinkCodec, BrokenLinkThatIsNotAScenario) {
  EXPECT_EQ(
      decode(payload_of("[1,2,3]")).message,
      "the link's plan cannot be used: 1 problem - (document): expected a scenario object, got an array");
  EXPECT_EQ(decode(payload_of("{\"version\": 4}")).issues.at(0).path, "version");
}
