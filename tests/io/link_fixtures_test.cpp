// Links of format 1 open forever, with identical results: every link in
// tests/io/fixtures/links-format1/ (stored by tests/io/make_link_fixtures.py
// while the planner still wrote format 1) decodes with today's code, and its
// results document (and, for a two-plan link, its comparison) equals, byte
// for byte, what the planner gave when the link was made. Also prints what
// each plan's link weighs in format 1 and in format 2.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <map>
#include <string>

#include "core/evaluate.h"
#include "io/comparison.h"
#include "io/embedded.h"
#include "io/link_codec.h"
#include "io/result_json.h"

PLANNER_EMBEDDED_TABLE(links_format1)

using namespace planner;

namespace {

std::string gunzip(const std::string& bytes) {
  z_stream z{};
  inflateInit2(&z, 16 + 15);  // gzip wrapper
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char chunk[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - z.avail_out);
  }
  inflateEnd(&z);
  EXPECT_EQ(rc, Z_STREAM_END);
  return out;
}

// File name -> contents (".gz" files unpacked, the suffix dropped).
std::map<std::string, std::string> fixtures() {
  std::map<std::string, std::string> files;
  for (unsigned long i = 0; i < embedded::links_format1_count; ++i) {
    const embedded::File& f = embedded::links_format1[i];
    std::string name = f.name, text = embedded::text_of(f);
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) {
      name.resize(name.size() - 3);
      text = gunzip(text);
    }
    files[name] = text;
  }
  return files;
}

std::string stem(const std::string& name, const char* suffix) {
  const std::string s = suffix;
  if (name.size() <= s.size() || name.compare(name.size() - s.size(), s.size(), s) != 0) return "";
  return name.substr(0, name.size() - s.size());
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

}  // namespace

TEST(LinkFormat1Fixtures, EveryStoredLinkOpensWithIdenticalResults) {
  const auto files = fixtures();
  int links = 0, comparisons = 0;
  for (const auto& [name, text] : files) {
    const std::string base = stem(name, ".link");
    if (base.empty()) continue;
    ++links;
    const std::string link = trimmed(text);
    ASSERT_EQ(link.rfind("#s=1.", 0), 0u) << name << ": a format-1 fixture";
    Scenario s;
    io::DecodedLink info;
    ASSERT_TRUE(io::decode_link(link, s, info)) << name << ": " << info.message;
    ASSERT_TRUE(files.count(base + ".json")) << base;
    const Result r = evaluate(s, Case::Likely);
    EXPECT_EQ(io::result_to_json(s, Case::Likely, r, true), trimmed(files.at(base + ".json"))) << base;
    EXPECT_EQ(info.has_comparison, files.count(base + ".compare.json") == 1) << base;
    if (link.find("&view=summary") != std::string::npos) {
      EXPECT_EQ(info.view, "summary") << base;
    }
    if (!info.has_comparison) continue;
    ++comparisons;
    Scenario other;
    io::DecodedLink second;
    ASSERT_TRUE(io::decode_comparison_link(link, other, second)) << base << ": " << second.message;
    const io::Comparison cmp = io::compare_plans(s, r, other, evaluate(other, Case::Likely));
    EXPECT_EQ(io::comparison_to_json(Case::Likely, cmp, true), trimmed(files.at(base + ".compare.json")))
        << base;
  }
  // Guards against an empty or half-embedded fixture folder.
  EXPECT_GE(links, 16);
  EXPECT_GE(comparisons, 1);
}

// A stored plan re-encoded today is written in format 2 and opens with the
// same results. Prints the length of every link in both formats; the whole
// link (a plausible address + '#' + fragment) of the 100-segment plans must
// stay within io::kMaxShareLinkChars (issue 12: they were 1,431 and 2,415
// characters of fragment in format 1).
TEST(LinkFormat1Fixtures, EachPlanReencodedInFormat2OpensTheSameAndIsShorter) {
  const std::string address = "https://planner.example-company.com/ai-upskilling/#";  // 51 characters
  const auto files = fixtures();
  std::printf("[ info ] whole link lengths (a %zu-character address + fragment), format 1 -> format 2:\n",
              address.size());
  for (const auto& [name, text] : files) {
    const std::string base = stem(name, ".link");
    if (base.empty()) continue;
    const std::string old_link = address + trimmed(text).substr(1);
    Scenario s, back;
    io::DecodedLink info;
    ASSERT_TRUE(io::decode_link(old_link, s, info)) << base;
    std::string fragment;
    if (info.has_comparison) {
      Scenario other;
      ASSERT_TRUE(io::decode_comparison_link(old_link, other, info)) << base;
      fragment = io::encode_comparison_fragment(s, other, info.view);
    } else {
      fragment = io::encode_link_fragment(s, info.view);
    }
    const std::string link = address + fragment;
    ASSERT_EQ(fragment.rfind("s=2.", 0), 0u) << base;
    ASSERT_TRUE(io::decode_link(link, back, info)) << base << ": " << info.message;
    EXPECT_EQ(io::result_to_json(back, Case::Likely, evaluate(back, Case::Likely), true),
              trimmed(files.at(base + ".json")))
        << base;
    EXPECT_LT(link.size(), old_link.size()) << base;
    std::printf(
        "[ info ]   %-30s %5zu -> %5zu%s\n", base.c_str(), old_link.size(), link.size(),
        io::share_link_too_long(link) ? "  (over the limit: Copy link offers the file or the text)" : "");
    if (base == "large-100-segments" || base == "large-100-segments-named") {
      EXPECT_FALSE(io::share_link_too_long(link)) << base << ": " << link.size() << " characters";
    }
  }
}
