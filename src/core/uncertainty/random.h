// random.h — a seeded random source that gives the same bits natively
// (libstdc++/glibc) and in wasm (libc++/musl).
//
// Why not <random>: std::*_distribution is implementation-defined, so the
// same seed gives different draws between standard libraries. Everything here
// is built from integer arithmetic, IEEE +-*/ and sqrt (both exactly rounded
// everywhere) and a logarithm of our own (portable_log), so a fixed seed
// reproduces every percentile bit for bit on both targets.
// portable_log and portable_exp come from core/maths.h.
//
// Sections
//   Pcg32           the engine (PCG-XSH-RR 64/32, O'Neill 2014)
//   draws           uniform, normal, gamma, beta, triangular, PERT
#pragma once

#include <cstdint>
#include <vector>

#include "core/maths.h"
#include "core/scenario.h"

namespace planner::mc {

// PCG-XSH-RR with 64-bit state and 32-bit output; the reference constants.
class Pcg32 {
 public:
  explicit Pcg32(uint64_t seed = 0x853c49e6748fea9bULL, uint64_t stream = 0xda3e39cb94b95bdbULL);
  uint32_t next_u32();
  uint64_t next_u64() { return (uint64_t(next_u32()) << 32) | next_u32(); }

 private:
  uint64_t state_ = 0;
  uint64_t inc_ = 0;
};

// The portable logarithm and exponential live in core/maths.h (the model uses
// them too); the draws below are built on them.
using ::planner::portable_exp;
using ::planner::portable_log;

// The engine plus the spare normal variate the polar method makes in pairs
// (keeping it halves the logarithms). Every draw below takes one of these.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  Pcg32& engine() { return engine_; }
  double uniform();  // open interval (0, 1)
  double normal();   // standard normal

 private:
  Pcg32 engine_;
  double spare_ = 0;
  bool has_spare_ = false;
};

// Uniform on the open interval (0, 1): 53 random bits, never 0 or 1.
double uniform_open01(Pcg32& rng);
// Standard normal by Marsaglia's polar method (needs only log and sqrt);
// this form discards the pair's second variate (Random::normal keeps it).
double standard_normal(Pcg32& rng);

// Gamma(shape, 1) for shape >= 1 by Marsaglia & Tsang (2000), with its two
// constants precomputed: the Monte Carlo draws the same shapes thousands of times.
struct GammaSampler {
  double d = 0, c = 0;
  explicit GammaSampler(double shape = 1.0);
  double operator()(Random& r) const;
};
double gamma_draw(double shape, Random& r);
// Beta(a, b) for a, b >= 1 as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
double beta_draw(double a, double b, Random& r);

// Triangular(low, mode, high) by its inverse CDF at u in (0, 1).
double triangular_quantile(double low, double mode, double high, double u);

// The quantile function of Beta(a, b), a, b >= 1, tabulated at kBetaTableSize
// + 1 evenly spaced probabilities: the density integrated (trapezoid rule on
// 1,024 cells) into a CDF and inverted. A draw is then one uniform and a
// linear interpolation, about 15x faster than two gamma draws, and the table
// is built from portable_log/portable_exp so it is identical on every platform.
constexpr int kBetaTableSize = 1024;  // 8 KB a table: all of a scenario's stay in cache
std::vector<double> beta_quantile_table(double a, double b);

// One Range under one distribution, set up once and drawn many times.
// Triangular by its inverse CDF; PERT(low, mode, high) = low + (high - low) x
// Beta(alpha, beta) with alpha = 1 + 4 (mode - low) / (high - low) and
// beta = 1 + 4 (high - mode) / (high - low), through its quantile table.
// A degenerate range (low == high) returns its value without consuming
// randomness, so fixing an input does not reshuffle the draws of the others.
class RangeSampler {
 public:
  RangeSampler(const Range& r, Distribution d);
  double operator()(Random& rng) const;
  bool fixed() const { return fixed_; }

 private:
  Distribution dist_;
  bool fixed_ = false;
  double lo_ = 0, hi_ = 0, mode_ = 0, width_ = 0;
  std::vector<double> beta_q_;  // PERT only: Beta quantiles on [0, 1]
};

// One draw of a Range (sets up a RangeSampler each call: fine for a few draws,
// wasteful in a loop).
double draw_range(const Range& r, Distribution d, Random& rng);

}  // namespace planner::mc
