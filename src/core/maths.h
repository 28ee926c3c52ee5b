// maths.h — elementary functions that give the same bits natively
// (libstdc++/glibc) and in wasm (libc++/musl).
//
// Why not <cmath>: std::exp and std::log are not required to be correctly
// rounded, and glibc and musl round differently in the last bit. The model's
// rates (finance.cpp) and decays (case_values.cpp) and the Monte Carlo's draws
// (uncertainty/random.cpp) must agree bit for bit on both targets, so they use
// these, built from integer arithmetic, IEEE + - * / and exact scaling only.
#pragma once

namespace planner {

// Natural logarithm of a positive finite x. Accurate to about 1 ulp and, more
// to the point, identical on every IEEE-754 platform (no libm call).
double portable_log(double x);

// e^x for finite x, from + - * / and exact scaling only (pairs with portable_log).
double portable_exp(double x);

}  // namespace planner
