// The hot path: once a Result has been sized by one evaluate(), evaluating the
// same scenario again (any case) allocates nothing. Counted by replacing the
// global operator new for this test binary; counting is switched on only
// inside the measured call, so other tests are unaffected.
//
// NOTE for other rooms: this file owns the test binary's operator new/delete.
#include <gtest/gtest.h>

#include <cstdlib>
#include <new>

#include "engine_fixtures.h"

namespace {
bool g_counting = false;
long g_allocations = 0;
}  // namespace

void* operator new(std::size_t n) {
  if (g_counting) ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace planner {
namespace {

long allocations_during(const Scenario& s, Case c, Result& r) {
  g_allocations = 0;
  g_counting = true;
  evaluate(s, c, r);
  g_counting = false;
  return g_allocations;
}

TEST(HotPath, ASizedResultIsRefilledWithoutAllocating) {
  Scenario s = test::two_tiers();
  s.segments[0].headcount = 200;
  s.capacity.monthly_spend_cap = 5000;
  s.capacity.first_wave_share = 0.25;
  s.models[0].needs_manager = true;
  s.segments.push_back(s.segments[0]);
  s.segments[1].wave = 2;
  Result r;
  evaluate(s, Case::High, r);  // sizes everything for the largest case
  EXPECT_EQ(allocations_during(s, Case::Likely, r), 0);
  EXPECT_EQ(allocations_during(s, Case::Low, r), 0);
  EXPECT_EQ(allocations_during(s, Case::High, r), 0);
}

TEST(HotPath, TheCounterSeesAllocations) {
  g_allocations = 0;
  g_counting = true;
  Result* fresh = new Result;  // the test must be able to fail
  g_counting = false;
  EXPECT_GT(g_allocations, 0);
  delete fresh;
}

}  // namespace
}  // namespace planner
