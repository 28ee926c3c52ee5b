// groups.cpp — the plan turned into groups: for each segment and tier, the
// learners split across delivery models by the plan's shares, the first-wave
// pilot split off tier 0, and each part cut into groups of the model's size.
//
// Priority order (the scheduler fills capacity in this order):
//   by tier (broad foundations before advanced programmes, so a year-long
//   cohort never takes a slot a one-day class of the tier below could use),
//   then first wave before the rest, then by wave, segment, model. A group
//   lower in the order still starts whenever those above it are held back.
// Self-paced models (GroupKind::None) are cut into batches of group_size too,
// so that a spending cap can admit them a batch at a time.
#include <algorithm>

#include "core/engine.h"
#include "core/learners.h"

namespace planner {
namespace {

void emit(EngineScratch& w, int segment, int tier, int model, int wave, bool pilot, int learners) {
  if (learners <= 0) return;
  const int size = w.models[model].group_size;
  const int count = (learners + size - 1) / size;
  const int base = learners / count, extra = learners % count;  // balanced: sizes differ by at most 1
  for (int i = 0; i < count; ++i) {
    Group g;
    g.segment = segment;
    g.tier = tier;
    g.model = model;
    g.wave = wave;
    g.pilot = pilot;
    g.learners = base + (i < extra ? 1 : 0);
    g.next = static_cast<int>(w.groups.size());  // creation order, the final tie-break
    w.groups.push_back(g);
  }
}

// Splits one model's share of a (segment, tier) into the first wave and the
// rest. The first wave is first_wave_share of every tier's learners, so the
// pilot people go on to their next tier ahead of the others (their tier-k
// places come first in the learner order, and they finish tier k-1 first).
// Only tier 0 is gated: its rest starts once the pilot's tier-0 groups end.
void emit_part(const Scenario& s, EngineScratch& w, int segment, int tier, int model, int learners) {
  const int wave = s.segments[segment].wave;
  const double first = s.capacity.first_wave_share;
  const int pilot = first > 0 ? people_for_share(first, learners) : 0;
  emit(w, segment, tier, model, wave, true, pilot);
  emit(w, segment, tier, model, wave, false, learners - pilot);
}

bool before(const Group& a, const Group& b) {
  if (a.tier != b.tier) return a.tier < b.tier;
  if (a.pilot != b.pilot) return a.pilot;
  if (a.wave != b.wave) return a.wave < b.wave;
  if (a.segment != b.segment) return a.segment < b.segment;
  if (a.model != b.model) return a.model < b.model;
  return a.next < b.next;
}

}  // namespace

void build_groups(const Scenario& s, EngineScratch& w) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  const int segs = static_cast<int>(s.segments.size());
  w.groups.clear();
  reset(w.ready_today, static_cast<size_t>(segs * tiers), 0);
  for (int sg = 0; sg < segs; ++sg) {
    const Segment& seg = s.segments[sg];
    for (int k = 0; k < tiers; ++k) {
      const int n = learners_for_tier(seg, k);
      w.ready_today[sg * tiers + k] = ready_learners_for_tier(seg, k);
      if (n == 0) continue;
      // Plan rows in order; cumulative rounding keeps the parts adding up to n.
      double cumulative = 0;
      int given = 0;
      for (const Assignment& a : s.plan) {
        if ((a.segment != sg && a.segment != -1) || a.tier != k || !(a.share > 0)) continue;
        const int j = find_model(s, a.model);
        if (j < 0) continue;
        cumulative += a.share;
        const int upto = people_for_share(std::min(1.0, cumulative), n);
        emit_part(s, w, sg, k, j, upto - given);
        given = upto;
      }
      const int j = find_model(s, s.framework.tiers[k].default_model);
      if (given < n && j >= 0) emit_part(s, w, sg, k, j, n - given);
    }
  }
  std::sort(w.groups.begin(), w.groups.end(), before);

  // Ranks of (tier, pilot, wave), increasing within each tier, and, per (segment, tier), how many tier k-1
  // finishers each group waits for: learners fill groups in priority order,
  // those already one tier below first.
  reset(w.ended, static_cast<size_t>(segs * tiers), 0);  // used here as a running position
  int rank = -1;
  for (size_t i = 0; i < w.groups.size(); ++i) {
    Group& g = w.groups[i];
    if (i == 0 || g.tier != w.groups[i - 1].tier || g.pilot != w.groups[i - 1].pilot ||
        g.wave != w.groups[i - 1].wave)
      ++rank;
    g.rank = rank;
    int& position = w.ended[g.segment * tiers + g.tier];
    position += g.learners;
    g.needed = g.tier == 0 ? 0 : std::max(0, position - w.ready_today[g.segment * tiers + g.tier]);
    g.next = -1;
  }
  w.ranks = rank + 1;
}

}  // namespace planner
