// link_codec.h — a scenario in a URL fragment, so a plan travels as a link
// and never through a server (the fragment is not sent in HTTP requests).
//
//   fragment = "s=" FORMAT "." PAYLOAD [ "&b=" FORMAT "." PAYLOAD ] [ "&view=summary" ]
//
// FORMAT is the link format version. Links are written in format 2; both
// formats open, forever (tests/io/link_fixtures_test.cpp keeps format-1
// links stored with the results they gave).
//
//   format 1: PAYLOAD = base64url( raw deflate, level 9, preset dictionary
//                        link_dictionary() ( scenario_to_minimal_json ) )
//   format 2: PAYLOAD = base64url( raw deflate, level 9, preset dictionary
//                        link_dictionary_v2() ( pack_link_json( minimal JSON ) ) )
//
// The minimal JSON leaves out every field equal to its default and carries
// its own schema `version`, so old links keep opening through the schema
// migrations. Format 2 packs it into columns (io/link_pack.h: every list
// of objects as one list per field, lists of equal-length lists transposed)
// so deflate sees runs: bench's 100-segment plan drops from 1,431 to 619
// characters of fragment, with realistic segment names from 2,415 to 1,406
// (docs/schema.md, "Length"). The price: a small plan far from every preset
// can come out a little longer than in format 1 (about 1 in 10 generated
// plans, by under 50 characters; tests/io/link_format2_test.cpp prints it).
// Each dictionary holds the text plans share (field names, the presets, in
// that format's layout), so a plan close to a preset packs into a few
// back-references (the default preset: ~60 characters, not ~2,500). Both
// dictionaries are frozen with their format (generated once
// by tests/io/make_link_dictionary.py).
//
// The optional "b=" part carries a second plan, the one the first is compared
// with (scenarios side by side, issue 6). It is packed exactly like "s=".
// decode_link() reads only "s=" (and ignores "b=", as planners made before
// it do), so a link with both still opens its main plan anywhere;
// decode_comparison_link() reads the "b=" part on its own, so a broken second
// plan is reported by itself and never stops the main plan from opening.
//
// Decoding never trusts the link: the text, the base64, the inflated size
// and (format 2) the unpacked keys are all capped, and each way a link can
// be broken gets its own message in words a reader of the link understands.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/scenario.h"

namespace planner::io {

constexpr int kLinkFormat = 2;                           // the format links are written in
constexpr int kOldestLinkFormat = 1;                     // every format from this one up opens
constexpr std::size_t kMaxLinkChars = 1u << 20;          // 1 MiB of link text
constexpr std::size_t kMaxLinkInflatedBytes = 1u << 20;  // 1 MiB of JSON once unpacked

// "s=2.<payload>", plus "&view=summary" when `view` is "summary".
std::string encode_link_fragment(const Scenario& s, const std::string& view = "");

// What went wrong with a link, for tests and for hosts that react by kind.
enum class LinkError {
  None,
  NoScenario,
  WrongFormat,
  NewerFormat,  // a link format above kLinkFormat: made by a newer planner
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

// "s=2.<current>&b=2.<other>", plus "&view=summary" when `view` is "summary".
std::string encode_comparison_fragment(const Scenario& current, const Scenario& other,
                                       const std::string& view = "");

// Accepts a whole URL ("https://host/app#s=1.abc&view=summary"), a fragment
// with or without '#', or just "2.abc". On failure `out` is untouched.
bool decode_link(const std::string& link, Scenario& out, DecodedLink& info);
// The link's second plan (its "b=" part), with the same caps and messages
// ("b=" named where they name the parameter). NoScenario when the link has no
// "b=" part. On failure `out` is untouched.
bool decode_comparison_link(const std::string& link, Scenario& out, DecodedLink& info);
// Convenience: message and issues only.
bool decode_link(const std::string& link, Scenario& out, std::string& message,
                 std::vector<Issue>* issues = nullptr);

// Some mail and chat tools (Outlook, Teams) cut links at 2,048 characters.
// This limit counts the WHOLE link (origin, path, '#' and fragment), with
// margin below theirs; share_link_too_long() is the one test the UI uses.
constexpr std::size_t kMaxShareLinkChars = 2000;
inline bool share_link_too_long(const std::string& whole_link) {
  return whole_link.size() > kMaxShareLinkChars;
}

// What a URL fragment (the text after '#') holds, before anything is decoded.
enum class FragmentKind {
  Empty,        // nothing: the normal case, no message
  PlannerLink,  // an "s=" part: a plan (decode_link says whether it opens)
  PlannerView,  // only the planner's own parameters ("view=summary", "b=") without a plan
  Foreign,      // anything else ("#section-2", "#foo=bar"): not a planner link
};
FragmentKind classify_fragment(const std::string& fragment);
// The sentence a host shows for a Foreign fragment, quoting (the start of) it.
std::string foreign_fragment_message(const std::string& fragment);

// What a plan of format 2 carries before compression: the minimal JSON,
// packed (io/link_pack.h). `planner-cli export --as json-packed`.
std::string link_packed_json(const Scenario& s);

// The building blocks, exposed for tests and the fuzzer. The deflate
// functions use the preset dictionary of link format `dictionary` (1:
// link_dictionary(), 2: link_dictionary_v2(); 0: none).
const std::string& link_dictionary();     // format 1, FROZEN
const std::string& link_dictionary_v2();  // format 2, FROZEN
std::string base64url_encode(const std::string& bytes);
bool base64url_decode(const std::string& text, std::string& bytes, std::size_t& bad_position);
std::string deflate_raw(const std::string& bytes, int dictionary = 1);
// Inflates raw deflate; stops at `max_out` bytes. Returns None, Truncated,
// Damaged or TooLarge.
LinkError inflate_raw(const std::string& bytes, std::size_t max_out, std::string& out, int dictionary = 1);

}  // namespace planner::io
