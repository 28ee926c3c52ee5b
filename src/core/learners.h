// learners.h — who learns what: cumulative target shares turned into people.
//
// Tiers are cumulative (DOMAIN): target_share[k] is the share of a segment
// that should reach AT LEAST tier k, and current_at_tier[k] counts people
// whose highest tier today is exactly k. People are whole: a share of a
// headcount is rounded to the nearest person (half up).
#pragma once

#include "core/scenario.h"

namespace planner {

// Nearest whole person to share x headcount, clamped to [0, headcount].
int people_for_share(double share, int headcount);

// People in the segment at tier >= k today.
int at_or_above_today(const Segment& seg, int k);

// People who should be at tier >= k (target), as whole people.
int target_at_or_above(const Segment& seg, int k);

// Learners for tier k = people below tier k today who should reach at least
// tier k (DOMAIN), never negative.
int learners_for_tier(const Segment& seg, int k);

// Of those learners, how many are exactly at tier k-1 today and so can start
// at once; the rest first take the tier k-1 programme (tier order). The plan
// prefers people already one step below, as an L&D lead would.
int ready_learners_for_tier(const Segment& seg, int k);

// The share of (segment s, tier k) learners each plan row gives its model.
// Rows with segment -1 apply to every segment. Returns the sum of shares of
// the rows that apply; the remainder (1 - sum) goes to the tier's default model.
double assigned_share(const Scenario& sc, int s, int k);

// Readiness multiplier on the application rate: 0.5 + 0.25 x (mean - 1),
// 0.5 at the worst, 1.5 at the best (DOMAIN: best vs worst = 3x).
double readiness_multiplier(const Readiness& r);

}  // namespace planner
