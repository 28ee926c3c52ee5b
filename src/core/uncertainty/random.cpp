#include "core/uncertainty/random.h"

#include <algorithm>
#include <cmath>

namespace planner::mc {

// ---- Pcg32 -------------------------------------------------------------------

Pcg32::Pcg32(uint64_t seed, uint64_t stream) : inc_((stream << 1u) | 1u) {
  next_u32();
  state_ += seed;
  next_u32();
}

uint32_t Pcg32::next_u32() {
  uint64_t old = state_;
  state_ = old * 6364136223846793005ULL + inc_;
  uint32_t xorshifted = uint32_t(((old >> 18u) ^ old) >> 27u);
  uint32_t rot = uint32_t(old >> 59u);
  return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

// ---- portable_log --------------------------------------------------------------

double portable_log(double x) {
  // x = m x 2^e with m in [sqrt(1/2), sqrt(2)); frexp is exact.
  int e = 0;
  double m = std::frexp(x, &e);  // [0.5, 1)
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    e -= 1;
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716: the odd series
  // 2 (s + s^3/3 + ... + s^23/23) is below 1e-18 relative error here.
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  double p = 1.0 / 23.0;
  for (int k = 21; k >= 1; k -= 2) p = 1.0 / k + s2 * p;
  const double log_m = 2.0 * s * p;
  // ln 2 split so that e x ln2_hi is exact for |e| < 2^11.
  const double ln2_hi = 6.93147180369123816490e-01;
  const double ln2_lo = 1.90821492927058770002e-10;
  const double de = static_cast<double>(e);
  return de * ln2_hi + (log_m + de * ln2_lo);
}

// ---- draws ---------------------------------------------------------------------

double uniform_open01(Pcg32& rng) {
  const uint64_t bits = rng.next_u64() >> 11;               // 53 bits
  return (static_cast<double>(bits) + 0.5) * 0x1.0p-53;     // (0, 1), exact
}

double standard_normal(Pcg32& rng) {
  for (;;) {
    const double u = 2.0 * uniform_open01(rng) - 1.0;
    const double v = 2.0 * uniform_open01(rng) - 1.0;
    const double s = u * u + v * v;
    if (s >= 1.0 || s == 0.0) continue;
    return u * std::sqrt(-2.0 * portable_log(s) / s);
  }
}

double gamma_draw(double shape, Pcg32& rng) {
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x = 0, v = 0;
    do {
      x = standard_normal(rng);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = uniform_open01(rng);
    const double x2 = x * x;
    if (u < 1.0 - 0.0331 * x2 * x2) return d * v;  // squeeze: no log needed
    if (portable_log(u) < 0.5 * x2 + d * (1.0 - v + portable_log(v))) return d * v;
  }
}

double beta_draw(double a, double b, Pcg32& rng) {
  const double x = gamma_draw(a, rng);
  const double y = gamma_draw(b, rng);
  return x / (x + y);
}

double triangular_quantile(double low, double mode, double high, double u) {
  const double width = high - low;
  if (width <= 0) return low;
  const double split = (mode - low) / width;  // CDF at the mode
  if (u < split) return low + std::sqrt(u * width * (mode - low));
  return high - std::sqrt((1.0 - u) * width * (high - mode));
}

double pert_draw(double low, double mode, double high, Pcg32& rng) {
  const double width = high - low;
  if (width <= 0) return low;
  const double alpha = 1.0 + 4.0 * (mode - low) / width;
  const double beta = 1.0 + 4.0 * (high - mode) / width;
  return low + width * beta_draw(alpha, beta, rng);
}

double draw_range(const Range& r, Distribution d, Pcg32& rng) {
  // Ranges are validated low <= likely <= high; be forgiving about order anyway.
  const double lo = std::min(r.low, r.high), hi = std::max(r.low, r.high);
  if (!(hi > lo)) return r.likely;
  const double mode = std::clamp(r.likely, lo, hi);
  if (d == Distribution::Triangular) return triangular_quantile(lo, mode, hi, uniform_open01(rng));
  return std::clamp(pert_draw(lo, mode, hi, rng), lo, hi);
}

}  // namespace planner::mc
