// Fuzzes share-link decoding: any text must give either a scenario or a
// message, never a crash, a hang or unbounded memory. Formats 1 and 2 are
// reached through the link text (corpus: both formats); format 2's unpacker
// also directly, with the input as packed JSON and as a deflated "s=2." link
// (random base64 rarely inflates to JSON, so this is how mutations reach it).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "io/json_text.h"
#include "io/link_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  planner::Scenario s;
  planner::io::DecodedLink info;
  if (planner::io::decode_link(text, s, info)) {
    planner::fuzz::check_loaded(s);
  } else if (info.message.empty()) {
    planner::fuzz::fail("a refused link has no message");
  }
  // The second plan of a comparison link ("&b=1."), decoded on its own.
  planner::Scenario other;
  planner::io::DecodedLink second;
  if (planner::io::decode_comparison_link(text, other, second)) {
    planner::fuzz::check_loaded(other);
  } else if (second.message.empty()) {
    planner::fuzz::fail("a refused second plan has no message");
  }
  // The raw layers on their own, past the fragment parsing.
  std::string out;
  planner::io::inflate_raw(text, 1u << 16, out);
  planner::io::inflate_raw(text, 1u << 16, out, 2);
  // Format 2's packed layout: unpacking any JSON is bounded and, when it
  // succeeds, packing the result gives JSON that unpacks to the same.
  planner::io::Json packed, unpacked, again;
  std::string error;
  if (size < 4096 && planner::io::parse_json(text, packed, error) &&
      planner::io::unpack_link_json(packed, unpacked, planner::io::kMaxLinkInflatedBytes) ==
          planner::io::Unpacked::Ok) {
    if (planner::io::unpack_link_json(planner::io::pack_link_json(unpacked), again,
                                      planner::io::kMaxLinkInflatedBytes) != planner::io::Unpacked::Ok)
      planner::fuzz::fail("a packed document does not unpack");
    planner::Scenario packed_plan;
    planner::io::DecodedLink packed_info;
    const std::string link = "s=2." + planner::io::base64url_encode(planner::io::deflate_raw(text, 2));
    if (planner::io::decode_link(link, packed_plan, packed_info))
      planner::fuzz::check_loaded(packed_plan);
    else if (packed_info.message.empty())
      planner::fuzz::fail("a refused format-2 plan has no message");
  }
  std::size_t bad = 0;
  planner::io::base64url_decode(text, out, bad);
  return 0;
}
