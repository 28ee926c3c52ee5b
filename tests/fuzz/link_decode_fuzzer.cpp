// Fuzzes share-link decoding: any text must give either a scenario or a
// message, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"

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
  std::size_t bad = 0;
  planner::io::base64url_decode(text, out, bad);
  return 0;
}
