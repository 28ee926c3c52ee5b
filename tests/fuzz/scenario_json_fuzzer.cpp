// Fuzzes scenario JSON loading: any text must load or give problems by path,
// never crash; whatever loads must round-trip (fuzz_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  planner::Scenario s;
  std::vector<planner::Issue> issues;
  if (planner::io::scenario_from_json(text, s, issues)) {
    planner::fuzz::check_loaded(s);
  } else if (issues.empty()) {
    planner::fuzz::fail("a refused scenario has no problem listed");
  }
  return 0;
}
