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

std::vector<double> beta_quantile_table(double a, double b) {
  // Density (unnormalised) on a fine grid, in log space for stability.
  constexpr int kCells = 1024;
  std::vector<double> cdf(kCells + 1, 0.0);
  auto density = [&](int i) {
    if (i == 0) return a == 1.0 ? 1.0 : 0.0;
    if (i == kCells) return b == 1.0 ? 1.0 : 0.0;
    const double x = static_cast<double>(i) / kCells;
    return portable_exp((a - 1.0) * portable_log(x) + (b - 1.0) * portable_log(1.0 - x));
  };
  double prev = density(0);
  for (int i = 1; i <= kCells; ++i) {
    const double cur = density(i);
    cdf[i] = cdf[i - 1] + 0.5 * (prev + cur);
    prev = cur;
  }
  const double total = cdf[kCells];
  // Invert: for each probability j / kBetaTableSize, the x where the CDF (linear
  // within a cell) reaches it.
  std::vector<double> q(kBetaTableSize + 1);
  int cell = 0;
  for (int j = 0; j <= kBetaTableSize; ++j) {
    const double target = total * j / kBetaTableSize;
    while (cell < kCells - 1 && cdf[cell + 1] < target) ++cell;
    const double span = cdf[cell + 1] - cdf[cell];
    const double f = span > 0 ? std::clamp((target - cdf[cell]) / span, 0.0, 1.0) : 0.0;
    q[j] = (cell + f) / kCells;
  }
  q[0] = 0.0;
  q[kBetaTableSize] = 1.0;
  return q;
}

RangeSampler::RangeSampler(const Range& r, Distribution d) : dist_(d) {
  // Ranges are validated low <= likely <= high; be forgiving about order anyway.
  lo_ = std::min(r.low, r.high);
  hi_ = std::max(r.low, r.high);
  fixed_ = !(hi_ > lo_);
  mode_ = fixed_ ? r.likely : std::clamp(r.likely, lo_, hi_);
  width_ = hi_ - lo_;
  if (!fixed_ && d == Distribution::Pert)
    beta_q_ = beta_quantile_table(1.0 + 4.0 * (mode_ - lo_) / width_, 1.0 + 4.0 * (hi_ - mode_) / width_);
}

double RangeSampler::operator()(Random& rng) const {
  if (fixed_) return mode_;
  if (dist_ == Distribution::Triangular) return triangular_quantile(lo_, mode_, hi_, rng.uniform());
  const double pos = rng.uniform() * kBetaTableSize;
  const int j = std::min(static_cast<int>(pos), kBetaTableSize - 1);
  const double x = beta_q_[j] + (pos - j) * (beta_q_[j + 1] - beta_q_[j]);
  return std::clamp(lo_ + width_ * x, lo_, hi_);
}

double draw_range(const Range& r, Distribution d, Random& rng) { return RangeSampler(r, d)(rng); }

}  // namespace planner::mc
