#include "core/uncertainty/random.h"

#include <algorithm>
#include <cmath>
#include <cstring>

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
  // Exponent and mantissa straight from the bits (x is positive and normal
  // here; subnormals go through one exact scaling first).
  int e = 0;
  if (x < 0x1.0p-1022) {
    x *= 0x1.0p54;
    e = -54;
  }
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  e += static_cast<int>((bits >> 52) & 0x7ff) - 1022;
  bits = (bits & 0x000fffffffffffffULL) | 0x3fe0000000000000ULL;  // mantissa in [0.5, 1)
  double m;
  std::memcpy(&m, &bits, sizeof m);
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
  const uint64_t bits = rng.next_u64() >> 11;            // 53 bits
  return (static_cast<double>(bits) + 0.5) * 0x1.0p-53;  // (0, 1), exact
}

namespace {
// One accepted polar pair: u, v uniform in the unit disc; both u f and v f are normal.
void polar_pair(Pcg32& rng, double& u, double& v, double& f) {
  for (;;) {
    u = 2.0 * uniform_open01(rng) - 1.0;
    v = 2.0 * uniform_open01(rng) - 1.0;
    const double s = u * u + v * v;
    if (s >= 1.0 || s == 0.0) continue;
    f = std::sqrt(-2.0 * portable_log(s) / s);
    return;
  }
}
}  // namespace

double standard_normal(Pcg32& rng) {
  double u, v, f;
  polar_pair(rng, u, v, f);
  return u * f;
}

double Random::uniform() { return uniform_open01(engine_); }

double Random::normal() {
  if (has_spare_) {
    has_spare_ = false;
    return spare_;
  }
  double u, v, f;
  polar_pair(engine_, u, v, f);
  spare_ = v * f;
  has_spare_ = true;
  return u * f;
}

GammaSampler::GammaSampler(double shape)
    : d(shape - 1.0 / 3.0), c(1.0 / std::sqrt(9.0 * (shape - 1.0 / 3.0))) {}

double GammaSampler::operator()(Random& r) const {
  for (;;) {
    double x = 0, v = 0;
    do {
      x = r.normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = r.uniform();
    const double x2 = x * x;
    if (u < 1.0 - 0.0331 * x2 * x2) return d * v;  // squeeze: no log needed
    if (portable_log(u) < 0.5 * x2 + d * (1.0 - v + portable_log(v))) return d * v;
  }
}

double gamma_draw(double shape, Random& r) { return GammaSampler(shape)(r); }

double beta_draw(double a, double b, Random& r) {
  const double x = GammaSampler(a)(r);
  const double y = GammaSampler(b)(r);
  return x / (x + y);
}

double triangular_quantile(double low, double mode, double high, double u) {
  const double width = high - low;
  if (width <= 0) return low;
  const double split = (mode - low) / width;  // CDF at the mode
  if (u < split) return low + std::sqrt(u * width * (mode - low));
  return high - std::sqrt((1.0 - u) * width * (high - mode));
}

RangeSampler::RangeSampler(const Range& r, Distribution d) : dist_(d) {
  // Ranges are validated low <= likely <= high; be forgiving about order anyway.
  lo_ = std::min(r.low, r.high);
  hi_ = std::max(r.low, r.high);
  fixed_ = !(hi_ > lo_);
  mode_ = fixed_ ? r.likely : std::clamp(r.likely, lo_, hi_);
  width_ = hi_ - lo_;
  if (!fixed_ && d == Distribution::Pert) {
    ga_ = GammaSampler(1.0 + 4.0 * (mode_ - lo_) / width_);
    gb_ = GammaSampler(1.0 + 4.0 * (hi_ - mode_) / width_);
  }
}

double RangeSampler::operator()(Random& rng) const {
  if (fixed_) return mode_;
  if (dist_ == Distribution::Triangular) return triangular_quantile(lo_, mode_, hi_, rng.uniform());
  const double x = ga_(rng), y = gb_(rng);
  return std::clamp(lo_ + width_ * (x / (x + y)), lo_, hi_);
}

double draw_range(const Range& r, Distribution d, Random& rng) { return RangeSampler(r, d)(rng); }

}  // namespace planner::mc
