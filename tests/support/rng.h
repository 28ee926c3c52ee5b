// rng.h — the tests' one random generator, xorshift64*. Not std::
// distributions: native and wasm must draw the same numbers.
#pragma once

#include <cstdint>

namespace planner::test {

struct Rng {
  std::uint64_t state;
  explicit Rng(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
  // A generator already mixed to `state` (for streams that mix their seed differently).
  static Rng at_state(std::uint64_t state) {
    Rng r(0);
    r.state = state;
    return r;
  }
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
  int between(int lo, int hi) {
    return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  double unit() { return (next() >> 11) * (1.0 / 9007199254740992.0); }  // [0, 1)
};

}  // namespace planner::test
