#include "core/learners.h"

#include <cmath>

namespace planner {

int people_for_share(double share, int headcount) {
  if (headcount <= 0 || !(share > 0)) return 0;
  const double x = std::floor(share * headcount + 0.5);
  if (x >= headcount) return headcount;
  return static_cast<int>(x);
}

int at_or_above_today(const Segment& seg, int k) {
  long long n = 0;
  for (size_t j = static_cast<size_t>(k); j < seg.current_at_tier.size(); ++j) n += seg.current_at_tier[j];
  if (n > seg.headcount) n = seg.headcount;
  return n < 0 ? 0 : static_cast<int>(n);
}

int target_at_or_above(const Segment& seg, int k) {
  if (k < 0 || static_cast<size_t>(k) >= seg.target_share.size()) return 0;
  return people_for_share(seg.target_share[k], seg.headcount);
}

int learners_for_tier(const Segment& seg, int k) {
  const int n = target_at_or_above(seg, k) - at_or_above_today(seg, k);
  return n > 0 ? n : 0;
}

int ready_learners_for_tier(const Segment& seg, int k) {
  const int n = learners_for_tier(seg, k);
  if (k == 0) return n;  // nothing comes before the first tier
  const int one_below =
      static_cast<size_t>(k - 1) < seg.current_at_tier.size() ? seg.current_at_tier[k - 1] : 0;
  return one_below < n ? (one_below > 0 ? one_below : 0) : n;
}

double assigned_share(const Scenario& sc, int s, int k) {
  double sum = 0;
  for (const Assignment& a : sc.plan)
    if ((a.segment == s || a.segment == -1) && a.tier == k) sum += a.share;
  return sum;
}

double readiness_multiplier(const Readiness& r) {
  const double mean =
      (r.learning_climate + r.organisational_systems + r.job_design + r.manager_support + r.incentives) / 5.0;
  return 0.5 + 0.25 * (mean - 1.0);
}

}  // namespace planner
