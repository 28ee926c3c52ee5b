// maths.cpp — see maths.h.
#include "core/maths.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace planner {

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

double portable_exp(double x) {
  if (x > 709.78) return std::numeric_limits<double>::infinity();
  if (x < -745.2) return 0.0;
  // x = n ln2 + r with |r| <= ln2 / 2; e^r by its Taylor series to r^13/13!
  // (below 1e-17 relative there) in nested form, then exact scaling by 2^n.
  const double n = std::floor(x * 1.44269504088896340736 + 0.5);
  const double r = (x - n * 6.93147180369123816490e-01) - n * 1.90821492927058770002e-10;
  static const double kInv[14] = {0,       1.0,     1.0 / 2, 1.0 / 3,  1.0 / 4,  1.0 / 5,  1.0 / 6,
                                  1.0 / 7, 1.0 / 8, 1.0 / 9, 1.0 / 10, 1.0 / 11, 1.0 / 12, 1.0 / 13};
  double p = 1.0;
  for (int k = 13; k >= 1; --k) p = 1.0 + r * p * kInv[k];
  return std::ldexp(p, static_cast<int>(n));
}

}  // namespace planner
