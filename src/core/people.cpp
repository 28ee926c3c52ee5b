// people.cpp — savings and capability counted per person.
//
// The rules (DOMAIN, "Rules made precise"; docs/schema.md, "Benefits"):
//   - One saving per person at any time: the uplift of the highest tier they
//     apply, measured against today (people already at a tier save its uplift
//     today: that is the baseline, not a benefit of the plan).
//   - A higher tier's saving replaces the lower one exactly when it begins:
//     the person then saves its increment over the highest tier they applied
//     before (a person who skipped applying a middle tier still gives up the
//     lower saving). A tier's saving never begins before the same person's
//     saving of the tier below, so savings begin in tier order.
//   - Each increment decays with the half-life of the programme that produced
//     it unless that programme reinforces; the saving below keeps its own decay.
//   - Capable at tier >= k: distinct people applying a tier >= k (trained: who
//     finished a tier >= k). A person applying tier 3 counts at 1, 2 and 3.
//
// How: a segment's learners are followed through the groups they take. Tier-k
// learners fill places 0..n-1 (groups.cpp): first those already one tier below
// today, then those who come through the plan's tier k-1, in the order their
// tier k-1 groups end (the scheduler starts a tier-k group once that many have
// ended). A "track" is a run of people who take the same groups; each
// person's completion and application in each programme are independent
// draws, so for a track we carry the distribution of the highest tier applied
// (and of the highest finished), tier by tier.
// Expected savings, people applying and people trained then follow exactly,
// with no averaging across people and nothing that depends on later months.
//
// Contents: [SECTION] end order, [SECTION] one track, [SECTION] walking tracks.
#include <algorithm>
#include <climits>

#include "core/calendar.h"
#include "core/engine.h"

namespace planner {
namespace {

// [SECTION] end order ---------------------------------------------------------

// For each (segment, tier): how many of its learners had ended before each
// group's learners, groups taken in the order they end (then group order);
// groups that never start come last.
void rank_by_end(EngineScratch& w, int runs) {
  std::vector<Group>& groups = w.groups;
  for (int key = 0; key < runs; ++key) {
    int* first = w.by_position.data() + w.by_position_first[key];
    int* last = w.by_position.data() + w.by_position_first[key + 1];
    // A copy of the run, sorted by end.
    w.end_order.assign(first, last);
    std::sort(w.end_order.begin(), w.end_order.end(), [&](int a, int b) {
      const int ea = groups[a].start < 0 ? INT_MAX : groups[a].end;
      const int eb = groups[b].start < 0 ? INT_MAX : groups[b].end;
      return ea != eb ? ea < eb : a < b;
    });
    int ended = 0;
    for (int i : w.end_order) {
      groups[i].end_rank = ended;
      ended += groups[i].learners;
    }
  }
}

// [SECTION] one track ---------------------------------------------------------

struct Walk {
  EngineScratch& w;
  Result& out;
  int segment = 0, K = 0, W = 0, M = 0, S = 0;
  double hours_factor = 0;  // addressable hours x attribution x confidence
  double hourly_cost = 0;
  int first_tier = 0;  // the track's first programme; its people are at first_tier - 1 today
};

double uplift_of(const EngineScratch& w, int h) { return h < 0 ? 0.0 : w.tiers[h].uplift; }

// `people` who took path[first_tier..last_tier] (stopping at the first group
// that never started): what they save, when they count as trained and
// applying.
void finish_track(Walk& t, int last_tier, double people) {
  EngineScratch& w = t.w;
  const int base = t.first_tier - 1;  // highest tier today (-1: none)
  const int first_group = w.path[t.first_tier];
  if (first_group < 0 || w.groups[first_group].start < 0 || !(people > 0)) return;
  w.distinct_learners += people;
  int last = t.first_tier;
  while (last < last_tier && w.path[last + 1] >= 0 && w.groups[w.path[last + 1]].start >= 0) ++last;

  // Trained: programmes end in tier order, so their finish events already are
  // in time order. held[h + 1] = chance the highest tier finished is h.
  std::vector<double>& held = w.held;
  reset(held, static_cast<size_t>(t.K) + 1, 0.0);
  held[base + 1] = 1;
  for (int k = t.first_tier; k <= last; ++k) {
    const Group& g = w.groups[w.path[k]];
    const double p = w.models[g.model].completion;
    if (g.end - 1 >= t.W) break;
    const int month = month_of_week(g.end - 1);
    double below = 0;  // chance the highest finished is below k' (every k' <= k): all mass sits below k
    for (int kk = base + 1; kk <= k; ++kk) {
      below += held[kk];  // held[kk] is tier kk - 1: adding it makes `below` the chance of < kk
      w.finished[kk * t.M + month] += people * p * below;
      t.out.newly_trained_by_segment[(static_cast<size_t>(month) * t.S + t.segment) * t.K + kk] +=
          people * p * below;
    }
    for (int h = base; h < k; ++h) held[h + 1] *= 1 - p;
    held[k + 1] += p * below;
  }

  // Applying and saving, tier by tier. A tier's saving begins after its
  // programme's end plus ramp-up, and never before the same person's saving
  // of the tier below (their foundation): so savings begin in tier order, and
  // what each adds never depends on when it begins.
  reset(held, static_cast<size_t>(t.K) + 1, 0.0);  // now: chance the highest tier applied is h
  held[base + 1] = 1;
  int begins = 0;
  for (int k = t.first_tier; k <= last; ++k) {
    const Group& g = w.groups[w.path[k]];
    const ModelAt& m = w.models[g.model];
    begins = std::max(begins, g.end + w.tiers[k].ramp_weeks);
    if (begins >= t.W) break;
    const double p = m.completion * m.applying;
    const int month = month_of_week(begins);
    // Those applying below k move up to k: their saving rises by the
    // difference (an increment over what they had, which keeps its own decay).
    double below = 0, increment = 0;
    for (int h = base; h < k; ++h) {
      below += held[h + 1];
      increment += held[h + 1] * (w.tiers[k].uplift - uplift_of(w, h));
      w.applying[(h + 1) * t.M + month] += people * p * below;  // newly applying a tier >= h + 1
      t.out.newly_applying_by_segment[(static_cast<size_t>(month) * t.S + t.segment) * t.K + h + 1] +=
          people * p * below;
    }
    for (int h = base; h < k; ++h) held[h + 1] *= 1 - p;
    held[k + 1] += p;  // all of the mass was below k
    const double hours = people * p * increment * t.hours_factor;
    const size_t at = static_cast<size_t>(g.model) * t.W + begins;
    w.new_hours[at] += hours;
    w.new_value[at] += hours * t.hourly_cost;
    w.first_benefit_week[g.model] = std::min(w.first_benefit_week[g.model], begins);
    t.out.capable_by_model[g.model] += people * p;
  }
}

// [SECTION] walking tracks ----------------------------------------------------

// People in places [a, b) of tier k: split by the groups they are in, then
// followed to tier k + 1 (in the order their groups end) or finished.
void descend(Walk& t, int k, int a, int b) {
  EngineScratch& w = t.w;
  const int key = t.segment * t.K + k;
  const int* first = w.by_position.data() + w.by_position_first[key];
  const int* last = w.by_position.data() + w.by_position_first[key + 1];
  // The first group whose places reach past a (places are increasing).
  const int* it = std::upper_bound(
      first, last, a, [&](int place, int i) { return place < w.groups[i].position + w.groups[i].learners; });
  int covered = 0;
  for (; it != last && w.groups[*it].position < b; ++it) {
    const Group& g = w.groups[*it];
    const int lo = std::max(a, g.position), hi = std::min(b, g.position + g.learners);
    if (hi <= lo) continue;
    covered += hi - lo;
    w.path[k] = *it;
    int onward = 0;
    if (k + 1 < t.K && g.start >= 0) {
      const int next = key + 1;
      const int ready = w.ready_today[next], wanted = w.tier_learners[next];
      const int from = ready + g.end_rank + (lo - g.position);
      const int to = std::min(wanted, from + (hi - lo));
      if (to > from) {
        onward = to - from;
        descend(t, k + 1, from, to);
      }
    }
    if (hi - lo > onward) finish_track(t, k, hi - lo - onward);
    w.path[k] = -1;
  }
  // Places no group holds (a tier with no model for them): they stop below k.
  if (b - a > covered && k > t.first_tier) finish_track(t, k - 1, b - a - covered);
}

}  // namespace

void add_people_effects(const Scenario& s, EngineScratch& w, Result& out) {
  const int K = out.tiers, S = out.segments;
  rank_by_end(w, S * K);
  reset(w.path, static_cast<size_t>(K), -1);
  w.distinct_learners = 0;
  Walk t{w, out};
  t.K = K;
  t.W = w.weeks;
  t.M = out.months;
  t.S = S;
  for (int sg = 0; sg < S; ++sg) {
    const Segment& seg = s.segments[sg];
    t.segment = sg;
    t.hours_factor = seg.addressable_hours_week * s.adjustments.attribution * s.adjustments.confidence;
    t.hourly_cost = seg.hourly_cost;
    // Tracks begin where people join the plan: everyone at tier 0, and at
    // tier k those already one tier below today.
    for (int k = 0; k < K; ++k) {
      const int ready = w.ready_today[sg * K + k];
      if (ready <= 0) continue;
      t.first_tier = k;
      descend(t, k, 0, ready);
    }
  }
}

}  // namespace planner
