// groups.cpp — the plan turned into groups: for each segment and tier, the
// learners split across delivery models by the plan's shares, the first wave
// (pilot) split off, and each part cut into groups of the model's size.
//
// Priority order (the scheduler fills capacity in this order):
//   by tier (broad foundations before advanced programmes, so a year-long
//   cohort never takes a slot a one-day class of the tier below could use),
//   then first wave before the rest, then by wave, segment, plan row. A group
//   lower in the order still starts whenever those above it are held back.
// Self-paced models (GroupKind::None) are cut into batches of group_size too,
// so that a spending cap can admit them a batch at a time.
#include <algorithm>
#include <limits>

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
    w.groups.push_back(g);
  }
}

// Emits one (segment, tier)'s groups of one pass: the first wave (pilot) or
// the rest. The plan's rows split the learners across models in row order
// (cumulative rounding keeps the parts adding up), the remainder going to the
// tier's default model. The first wave is first_wave_share of every tier's
// learners, so the pilot people go on to their next tier ahead of the others
// (their tier-k places come first in the learner order, and they finish tier
// k-1 first). Only tier 0 is gated: its rest starts once the pilot's tier-0
// groups end.
void emit_segment_tier(const Scenario& s, EngineScratch& w, int sg, int k, int n, bool pilot) {
  const double first = s.capacity.first_wave_share;
  const int wave = s.segments[sg].wave;
  auto part = [&](int model, int count) {
    const int in_pilot = first > 0 ? people_for_share(first, count) : 0;
    emit(w, sg, k, model, wave, pilot, pilot ? in_pilot : count - in_pilot);
  };
  double cumulative = 0;
  int given = 0;
  for (size_t r = 0; r < s.plan.size(); ++r) {
    const Assignment& a = s.plan[r];
    const int j = w.row_model[r];
    if ((a.segment != sg && a.segment != -1) || a.tier != k || !(a.share > 0) || j < 0) continue;
    cumulative += a.share;
    const int upto = people_for_share(std::min(1.0, cumulative), n);
    part(j, upto - given);
    given = upto;
  }
  if (given < n && w.default_model[k] >= 0) part(w.default_model[k], n - given);
}

// The shape build_groups() depends on, into w.shape (row_model and
// default_model must be resolved first).
void read_shape(const Scenario& s, EngineScratch& w) {
  std::vector<int>& ints = w.shape.ints;
  std::vector<double>& reals = w.shape.reals;
  ints.clear();
  reals.clear();
  ints.push_back(static_cast<int>(s.framework.tiers.size()));
  ints.push_back(static_cast<int>(s.segments.size()));
  for (const Segment& seg : s.segments) {
    ints.push_back(seg.headcount);
    ints.push_back(seg.wave);
    ints.push_back(static_cast<int>(seg.current_at_tier.size()));
    ints.insert(ints.end(), seg.current_at_tier.begin(), seg.current_at_tier.end());
    ints.push_back(static_cast<int>(seg.target_share.size()));
    reals.insert(reals.end(), seg.target_share.begin(), seg.target_share.end());
  }
  ints.push_back(static_cast<int>(s.plan.size()));
  for (size_t r = 0; r < s.plan.size(); ++r) {
    ints.push_back(s.plan[r].segment);
    ints.push_back(s.plan[r].tier);
    ints.push_back(w.row_model[r]);
    reals.push_back(s.plan[r].share);
  }
  ints.push_back(static_cast<int>(w.models.size()));
  for (const ModelAt& m : w.models) ints.push_back(m.group_size);
  ints.insert(ints.end(), w.default_model.begin(), w.default_model.end());
  reals.push_back(s.capacity.first_wave_share);
}

}  // namespace

void build_groups(const Scenario& s, EngineScratch& w) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  const int segs = static_cast<int>(s.segments.size());
  reset(w.row_model, s.plan.size(), -1);
  for (size_t r = 0; r < s.plan.size(); ++r) w.row_model[r] = find_model(s, s.plan[r].model);
  reset(w.default_model, static_cast<size_t>(tiers), -1);
  for (int k = 0; k < tiers; ++k) w.default_model[k] = find_model(s, s.framework.tiers[k].default_model);
  // The same shape as last time gives the same groups: keep them.
  read_shape(s, w);
  if (w.groups_built && w.shape == w.groups_shape) return;
  w.groups_shape = w.shape;  // a copy: both keep their memory for the next call
  w.groups_built = true;

  w.groups.clear();
  reset(w.ready_today, static_cast<size_t>(segs * tiers), 0);
  for (int sg = 0; sg < segs; ++sg)
    for (int k = 0; k < tiers; ++k)
      w.ready_today[sg * tiers + k] = ready_learners_for_tier(s.segments[sg], k);

  // Generated directly in priority order: tier, first wave before the rest,
  // wave (ascending, whatever numbers the plan uses), segment, plan row.
  constexpr int kNoWave = std::numeric_limits<int>::max();
  int lowest_wave = kNoWave;
  for (const Segment& seg : s.segments) lowest_wave = std::min(lowest_wave, seg.wave);
  for (int k = 0; k < tiers; ++k)
    for (int pass = 0; pass < 2; ++pass) {
      const bool pilot = pass == 0;
      if (pilot && !(s.capacity.first_wave_share > 0)) continue;
      for (int wave = lowest_wave; wave != kNoWave;) {
        int next_wave = kNoWave;
        for (int sg = 0; sg < segs; ++sg) {
          const Segment& seg = s.segments[sg];
          if (seg.wave > wave) next_wave = std::min(next_wave, seg.wave);
          if (seg.wave != wave) continue;
          const int n = learners_for_tier(seg, k);
          if (n > 0) emit_segment_tier(s, w, sg, k, n, pilot);
        }
        wave = next_wave;
      }
    }

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
    g.position = position;
    position += g.learners;
    g.needed = g.tier == 0 ? 0 : std::max(0, position - w.ready_today[g.segment * tiers + g.tier]);
    g.next = -1;
  }
  w.ranks = rank + 1;

  // Each (segment, tier)'s groups in position order (= group order), for
  // following people from tier to tier (people.cpp).
  reset(w.tier_learners, static_cast<size_t>(segs * tiers), 0);
  for (int sg = 0; sg < segs; ++sg)
    for (int k = 0; k < tiers; ++k) w.tier_learners[sg * tiers + k] = learners_for_tier(s.segments[sg], k);
  reset(w.by_position_first, static_cast<size_t>(segs * tiers) + 1, 0);
  for (const Group& g : w.groups) ++w.by_position_first[g.segment * tiers + g.tier + 1];
  for (int key = 0; key < segs * tiers; ++key) w.by_position_first[key + 1] += w.by_position_first[key];
  reset(w.by_position, w.groups.size(), 0);
  reset(w.ended, static_cast<size_t>(segs * tiers), 0);  // next free slot per run
  for (size_t i = 0; i < w.groups.size(); ++i) {
    const int key = w.groups[i].segment * tiers + w.groups[i].tier;
    w.by_position[w.by_position_first[key] + w.ended[key]++] = static_cast<int>(i);
  }
}

}  // namespace planner
