// Link format 2: the packed layout (io/link_pack.h) round-trips any JSON a
// scenario can be, each packed shape no encoder writes is refused with the
// format's messages, the size caps hold, and a URL fragment that is not a
// planner link is told apart from one that is.
#include <gtest/gtest.h>

#include <algorithm>

#include "io/json_text.h"
#include "io/link_codec.h"
#include "io/link_pack.h"
#include "io/sample_scenarios.h"
#include "io/scenario_json.h"

using namespace planner;
using planner::testing::rich_scenario;
using planner::testing::TestRng;

namespace {

io::Json parse(const std::string& text) {
  io::Json j;
  std::string error;
  EXPECT_TRUE(io::parse_json(text, j, error)) << error;
  return j;
}

std::string packed(const std::string& text) { return io::dump_json(io::pack_link_json(parse(text)), false); }

io::Unpacked unpack(const std::string& text, io::Json& out) {
  return io::unpack_link_json(parse(text), out, io::kMaxLinkInflatedBytes);
}

// A link of format 2 carrying `text` as its packed JSON.
std::string payload2_of(const std::string& text) {
  return "s=2." + io::base64url_encode(io::deflate_raw(text, 2));
}

io::DecodedLink broken(const std::string& link) {
  Scenario s = rich_scenario();
  const std::string before = io::scenario_to_json(s);
  io::DecodedLink info;
  EXPECT_FALSE(io::decode_link(link, s, info)) << link.substr(0, 60);
  EXPECT_EQ(io::scenario_to_json(s), before) << "a broken link must leave the current scenario alone";
  return info;
}

// A random JSON tree of the kinds a scenario holds (no null, no "#" keys):
// objects, lists of objects with varying keys, lists of lists, ragged lists.
io::Json random_tree(TestRng& r, int depth) {
  const int kind = depth > 3 ? static_cast<int>(r.next() % 4) : static_cast<int>(r.next() % 7);
  switch (kind) {
    case 0:
      return r.between(-5, 500);
    case 1:
      return r.real(-2, 2);
    case 2:
      return r.name("s");
    case 3:
      return r.next() % 2 == 0;
    case 4: {
      io::Json o = io::Json::object();
      for (int i = r.between(0, 4); i > 0; --i)
        o["k" + std::to_string(r.between(0, 6))] = random_tree(r, depth + 1);
      return o;
    }
    default: {
      io::Json a = io::Json::array();
      const int n = r.between(0, 5);
      const bool same = r.next() % 2 == 0;  // often all objects or all lists, to be packed
      const int shape = r.between(4, 6);
      for (int i = 0; i < n; ++i) {
        if (same && shape == 4) {
          io::Json o = io::Json::object();
          for (int k = r.between(0, 3); k > 0; --k)
            o["f" + std::to_string(r.between(0, 4))] = random_tree(r, depth + 1);
          a.push_back(o);
        } else if (same && shape == 5) {
          io::Json row = io::Json::array();
          for (int k = 0; k < 3; ++k) row.push_back(random_tree(r, depth + 2));
          a.push_back(row);
        } else {
          a.push_back(random_tree(r, depth + 1));
        }
      }
      return a;
    }
  }
}

}  // namespace

TEST(LinkPack, ListsOfObjectsBecomeColumnsAndListsOfListsAreTransposed) {
  EXPECT_EQ(packed(R"([{"name":"A","wave":2},{"name":"B"}])"), R"({"#":2,"name":["A","B"],"wave":[2,null]})");
  EXPECT_EQ(packed(R"([[10,0,0],[12,1,0]])"), R"({"#T":[[10,12],[0,1],[0,0]]})");
  // A column of lists is packed again (current_at_tier), as is a column of range objects.
  EXPECT_EQ(packed(R"({"s":[{"c":[1,2]},{"c":[3,4]}]})"), R"({"s":{"#":2,"c":{"#T":[[1,3],[2,4]]}}})");
  EXPECT_EQ(packed(R"([{"r":{"low":1,"likely":2,"high":3}},{"r":{"low":4,"likely":5,"high":6}}])"),
            R"({"#":2,"r":{"#":2,"low":[1,4],"likely":[2,5],"high":[3,6]}})");
  // Left alone: empty lists, lists of empty objects, ragged and mixed lists.
  for (const char* same : {"[]", "[{},{}]", "[[1],[2,3]]", "[[],[]]", "[1,{\"a\":1}]", "[3,4]"})
    EXPECT_EQ(packed(same), same);
}

TEST(LinkPack, ThousandsOfRandomTreesRoundTrip) {
  for (std::uint64_t seed = 1; seed <= 3000; ++seed) {
    TestRng r(seed);
    const io::Json tree = random_tree(r, 0);
    io::Json back;
    ASSERT_EQ(io::unpack_link_json(io::pack_link_json(tree), back, io::kMaxLinkInflatedBytes),
              io::Unpacked::Ok)
        << seed;
    // The same document; keys may come back in another order (a column's
    // keys follow their first appearance), which no reader depends on.
    ASSERT_EQ(nlohmann::json::parse(io::dump_json(back, false)),
              nlohmann::json::parse(io::dump_json(tree, false)))
        << "seed " << seed;
  }
}

TEST(LinkPack, ShapesNoEncoderWritesAreMalformed) {
  io::Json out;
  for (const char* bad : {
           R"({"#":2,"a":[1]})",         // a column shorter than the count
           R"({"#":2,"a":[1,2,3]})",     // longer
           R"({"#":2})",                 // no column
           R"({"#":-1,"a":[]})",         // not a count
           R"({"#":"2","a":[1,2]})",     //
           R"({"#":2,"a":5})",           // a column that is no list
           R"({"#T":[[1],[2,3]]})",      // rows of different lengths
           R"({"#T":[]})",               //
           R"({"#T":[[]]})",             //
           R"({"#T":5})",                //
           R"({"#T":[[1]],"x":1})",      // a transposed list with company
           R"({"a":[{"#":1,"b":[]}]})",  // nested
       })
    EXPECT_EQ(unpack(bad, out), io::Unpacked::Malformed) << bad;
}

// A long key over a long column would copy the key into every element: a
// few KB of link could become hundreds of MB.
TEST(LinkPack, KeysCopiedIntoElementsAreCapped) {
  const std::string key(20000, 'k');
  std::string column = "[";
  for (int i = 0; i < 100; ++i) column += i ? ",1" : "1";
  column += "]";
  io::Json out;
  EXPECT_EQ(unpack(R"({"#":100,")" + key + "\":" + column + "}", out), io::Unpacked::TooLarge);
  EXPECT_EQ(unpack(R"({"#":100,"headcount":)" + column + "}", out), io::Unpacked::Ok);
}

TEST(LinkFormat2, BrokenPackedPlansGetTheFormatsMessages) {
  auto info = broken(payload2_of(R"({"segments":{"#":3,"name":["a"]}})"));
  EXPECT_EQ(info.error, io::LinkError::Damaged);
  EXPECT_EQ(info.message, "the link is damaged: its plan cannot be unpacked");
  info = broken(payload2_of("{not json"));
  EXPECT_EQ(info.error, io::LinkError::InvalidScenario);
  EXPECT_EQ(info.message.rfind("the link's plan cannot be used: 1 problem - (document): ", 0), 0u)
      << info.message;
  info = broken(payload2_of("{\"title\":" + std::string(5000, '[') + std::string(5000, ']') + "}"));
  EXPECT_EQ(info.message,
            "the link's plan cannot be used: 1 problem - (document): nested deeper than 64 levels");
  EXPECT_EQ(
      broken(payload2_of("[1,2,3]")).message,
      "the link's plan cannot be used: 1 problem - (document): expected a scenario object, got an array");
  info = broken(payload2_of(R"({"segments":{"#":1,"headcount":[-5],"name":["x"]}})"));
  EXPECT_EQ(info.error, io::LinkError::InvalidScenario);
  EXPECT_TRUE(std::any_of(info.issues.begin(), info.issues.end(), [](const Issue& i) {
    return i.path == "segments[0].headcount";
  })) << info.message;
  std::string column = "[1";
  for (int i = 1; i < 100; ++i) column += ",1";
  EXPECT_EQ(broken(payload2_of(R"({"#":100,")" + std::string(20000, 'k') + "\":" + column + "]}")).message,
            "the link's plan is too large to open (over 1 MiB when unpacked)");
  EXPECT_EQ(broken(payload2_of(std::string(3u << 20, ' '))).error, io::LinkError::TooLarge);
  // A format-1 payload read as format 2 (the dictionaries differ) never opens as something else.
  const std::string one =
      io::base64url_encode(io::deflate_raw(io::scenario_to_minimal_json(rich_scenario()), 1));
  EXPECT_NE(broken("s=2." + one).error, io::LinkError::None);
}

TEST(LinkFormat2, TheDictionaryIsFrozen) {
  // FNV-1a: changing these bytes needs a new link format (tests/io/make_link_dictionary.py).
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : io::link_dictionary_v2()) h = (h ^ c) * 1099511628211ull;
  EXPECT_EQ(io::link_dictionary_v2().size(), 19680u);
  EXPECT_EQ(h, 14307404346030405617ull);
}

TEST(LinkFragments, APlannerLinkIsToldApartFromOtherFragments) {
  using K = io::FragmentKind;
  EXPECT_EQ(io::classify_fragment(""), K::Empty);
  EXPECT_EQ(io::classify_fragment("#"), K::Empty);
  EXPECT_EQ(io::classify_fragment("https://x.test/app#"), K::Empty);
  EXPECT_EQ(io::classify_fragment("section-2"), K::Foreign);
  EXPECT_EQ(io::classify_fragment("#foo=bar"), K::Foreign);
  EXPECT_EQ(io::classify_fragment("view=summary&foo=bar"), K::Foreign);
  EXPECT_EQ(io::classify_fragment("s=9.xyz"), K::PlannerLink);  // a newer format: decode_link says so
  EXPECT_EQ(io::classify_fragment("foo=1&s=2.abc"), K::PlannerLink);
  EXPECT_EQ(io::classify_fragment("view=summary"), K::PlannerView);
  EXPECT_EQ(io::classify_fragment("b=2.abc&view=summary"), K::PlannerView);
  EXPECT_EQ(
      io::foreign_fragment_message("#section-2"),
      "This link is not a planner link (it ends in \"#section-2\", and a planner link ends in \"#s=\" and "
      "the plan), so nothing was opened from it. Your own plan is shown.");
  const std::string long_one = io::foreign_fragment_message(std::string(300, 'x') + "\n");
  EXPECT_NE(long_one.find(std::string(40, 'x') + "\xE2\x80\xA6\""), std::string::npos) << long_one;
}

TEST(LinkFragments, TheShareLimitCountsTheWholeLink) {
  EXPECT_EQ(io::kMaxShareLinkChars, 2000u);
  EXPECT_FALSE(io::share_link_too_long(std::string(2000, 'a')));
  EXPECT_TRUE(io::share_link_too_long(std::string(2001, 'a')));
}

// Over the generated plans (1-20 segments, every field drawn), format 2 is
// shorter in total; the few it makes longer are printed, not hidden.
TEST(LinkFormat2, ShorterThanFormat1OverGeneratedPlans) {
  std::size_t one = 0, two = 0, longer = 0, worst = 0;
  for (std::uint64_t seed = 1; seed <= 500; ++seed) {
    const Scenario s = planner::testing::generated_scenario(seed);
    const std::size_t a = io::base64url_encode(io::deflate_raw(io::scenario_to_minimal_json(s), 1)).size();
    const std::size_t b = io::encode_link_fragment(s).size() - 4;  // without "s=2."
    one += a;
    two += b;
    if (b > a) {
      ++longer;
      worst = std::max(worst, b - a);
    }
  }
  std::printf(
      "[ info ] 500 generated plans: format 1 %zu characters in all, format 2 %zu (%.1f %%); format 2 longer "
      "for %zu of them, by at most %zu characters\n",
      one, two, 100.0 * static_cast<double>(two) / static_cast<double>(one), longer, worst);
  EXPECT_LT(two, one);
}
