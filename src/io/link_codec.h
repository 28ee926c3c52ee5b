// link_codec.h — a scenario in a URL fragment, so a plan travels as a link
// and never through a server (the fragment is not sent in HTTP requests).
//
//   fragment = "s=" FORMAT "." PAYLOAD [ "&b=" FORMAT "." PAYLOAD ] [ "&view=summary" ]
//   PAYLOAD  = base64url( raw deflate, level 9, preset dictionary
//                          link_dictionary() ( scenario_to_minimal_json ) )
//
// FORMAT is the link format version (1). The dictionary holds the text
// plans share (field names, the presets' catalogues and sources), so a plan
// close to a preset packs into a few back-references: that is what keeps
// the default preset's link at ~100 characters instead of ~2,500. It is
// frozen with the format (link_dictionary.cpp, generated once). The minimal JSON leaves out every
// field equal to its default and carries its own schema `version`, so old
// links keep opening through the schema migrations.
//
// The optional "b=" part carries a second plan, the one the first is compared
// with (scenarios side by side, issue 6). It is packed exactly like "s=".
// decode_link() reads only "s=" (and ignores "b=", as planners made before
// it do), so a link with both still opens its main plan anywhere;
// decode_comparison_link() reads the "b=" part on its own, so a broken second
// plan is reported by itself and never stops the main plan from opening.
//
// Decoding never trusts the link: the text, the base64 and the inflated size
// are all capped, and each way a link can be broken gets its own message in
// words a reader of the link understands.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/scenario.h"

namespace planner::io {

constexpr int kLinkFormat = 1;
constexpr std::size_t kMaxLinkChars = 1u << 20;          // 1 MiB of link text
constexpr std::size_t kMaxLinkInflatedBytes = 1u << 20;  // 1 MiB of JSON once unpacked

// "s=1.<payload>", plus "&view=summary" when `view` is "summary".
std::string encode_link_fragment(const Scenario& s, const std::string& view = "");

// What went wrong with a link, for tests and for hosts that react by kind.
enum class LinkError {
  None,
  NoScenario,
  WrongFormat,
  BadCharacters,
  Truncated,
  Damaged,
  TooLarge,
  InvalidScenario
};

struct DecodedLink {
  LinkError error = LinkError::None;
  std::string message;          // one sentence for the user; empty on success
  std::vector<Issue> issues;    // for InvalidScenario: every problem by field path
  std::string view;             // the view flag ("summary") or empty
  bool has_comparison = false;  // the link has a "b=" part (a plan to compare with)
};

// "s=1.<current>&b=1.<other>", plus "&view=summary" when `view` is "summary".
std::string encode_comparison_fragment(const Scenario& current, const Scenario& other,
                                       const std::string& view = "");

// Accepts a whole URL ("https://host/app#s=1.abc&view=summary"), a fragment
// with or without '#', or just "1.abc". On failure `out` is untouched.
bool decode_link(const std::string& link, Scenario& out, DecodedLink& info);
// The link's second plan (its "b=" part), with the same caps and messages
// ("b=" named where they name the parameter). NoScenario when the link has no
// "b=" part. On failure `out` is untouched.
bool decode_comparison_link(const std::string& link, Scenario& out, DecodedLink& info);
// Convenience: message and issues only.
bool decode_link(const std::string& link, Scenario& out, std::string& message,
                 std::vector<Issue>* issues = nullptr);

// The building blocks, exposed for tests and the fuzzer. The deflate
// functions use link_dictionary() when `dictionary` is true.
const std::string& link_dictionary();
std::string base64url_encode(const std::string& bytes);
bool base64url_decode(const std::string& text, std::string& bytes, std::size_t& bad_position);
std::string deflate_raw(const std::string& bytes, bool dictionary = true);
// Inflates raw deflate; stops at `max_out` bytes. Returns None, Truncated,
// Damaged or TooLarge.
LinkError inflate_raw(const std::string& bytes, std::size_t max_out, std::string& out,
                      bool dictionary = true);

}  // namespace planner::io
