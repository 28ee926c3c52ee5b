// scheduler.cpp — the cohort scheduler: a week-by-week list scheduler.
//
// Each week, pending groups are tried in priority order (groups.cpp) and a
// group starts as soon as every rule holds:
//   tier order   its learners' tier k-1 programmes have ended (same people)
//   wave order   no group of an earlier wave (same tier) is still waiting, the
//                first wave (pilot) counting as earliest; the rest of tier 0
//                waits until the pilot's tier-0 groups have ended
//   parallel     at most max_parallel_groups grouped programmes at once
//   managers     needs_manager groups of a segment <= its managers
//   coaches      needs_coach groups <= coaches
//   stagger      starts of one model's groups at least its stagger_weeks
//                apart (DeliveryModel::stagger_weeks; 0 = no limit)
//   spend cap    the group's cash, on top of what is booked, keeps every month
//                within monthly_spend_cap: groups wait, never overspend
// Self-paced batches (GroupKind::None) do not count as parallel groups and are
// not staggered; managers and coaches bind them only if their model says so.
// The spend cap bounds incremental cash (sunk seats are already paid for),
// including overhead and contingency. Its ledger runs past the horizon for as
// long as any group can, so a group straddling the horizon's end respects the
// cap in its later months too, and no start depends on the horizon after it.
// A group is dropped for the cap only if no start week fits it on an empty
// ledger; month lengths repeat every 52 weeks, so weeks 0-51 are all the
// starts there are to try. A group the cap holds is re-tried the next week
// (a later start inside the same month can shift its cash into other months).
//
// No overtaking for a shared capacity (what makes relaxing never hurt): a
// group competes in a capacity queue when it needs what the queue counts:
//   grouped   every grouped model (parallel groups, stagger)
//   coached   needs_coach
//   managed   needs_manager, one queue per segment
//   paid      not sunk, when a spend cap is set
// and it starts only when every group earlier in the priority order of each
// of its queues has started. Within a queue starts follow the order, so when
// a group is tried all its competitors ahead of it are running or done, no
// later one has overtaken it, and what holds it can only shrink as they end.
// Relax a capacity (more groups, coaches or managers, less stagger, a higher
// cap) and, by induction over the order, every group starts no later: its
// tier-order and wave conditions depend on earlier groups only, its queue
// competitors start and end no later, and the limit is looser. Removing the
// cap only removes the paid queue and the cap check, lifting conditions, so
// the same induction holds. Hence the last end week, the target month and
// the unscheduled learners never get worse (tests/core/properties_test.cpp).
// A group that can never start (dearer than the cap at every start week,
// or needing a coach or manager there are none of) keeps its place and
// blocks its queues: otherwise raising the cap would let it in and push the
// groups behind it out. Without the rule a ready lower-priority group takes
// the coach a higher-priority one needs a week later, and more capacity can
// make a plan finish later (list-scheduling anomalies).
// The spend cap needs one more step: a competitor that starts earlier inside
// the current month puts more of its weekly cash into that month. So while
// groups are tried in month M, a group started in M counts against M's cap
// with the most cash any start in M could put there (as if it started in M's
// first week): never less than it spends, so the cap still holds, and no
// longer dependent on where in M it started. Past months are settled; in
// later months an earlier start only ever moves cash out.
//
// Groups held by tier order or wave order are parked until what holds them
// is gone (their segment's tier k-1 has ended for enough people; the tier's
// earlier waves or the pilot have started or ended), so each visited week
// only re-tries groups that could start. Those two rules are checked first
// and, once passed, stay passed, so parking changes no start, reason or count.
//
// A group that fails a rule remembers it (GroupRun::delayed_by). Which
// constraints bind the plan as a whole is not decided here: constraints.cpp
// relaxes each one and re-evaluates. Groups that cannot start within the
// horizon are counted as unscheduled: their learners are not trained.
#include <algorithm>

#include "core/calendar.h"
#include "core/costs.h"
#include "core/engine.h"

namespace planner {
namespace {

constexpr double kCapSlack = 1e-9;  // relative: rounding must not turn "equal to the cap" into "over"

// True if the group's cash by month fits under the cap on top of `booked`
// (the cap ledger, long enough for every month a group started in the horizon
// can reach; `booked` null: an empty ledger).
// `extra` is added to the first month (see the header: the current month's
// cash counted as if every group started there had started at its beginning).
bool fits_cap(double cap, double markup, const double* by_month, int first, int n, const double* booked,
              double extra = 0) {
  for (int i = 0; i < n; ++i)
    if ((booked ? booked[first + i] : 0.0) + (i == 0 ? extra : 0.0) + by_month[i] * markup >
        cap * (1 + kCapSlack))
      return false;
  return true;
}

// Lowest set bit at or after `from`, or -1.
int next_active(const std::vector<unsigned long long>& bits, int from) {
  size_t word = static_cast<size_t>(from) >> 6;
  if (word >= bits.size()) return -1;
  unsigned long long b = bits[word] & (~0ULL << (from & 63));
  while (b == 0) {
    if (++word == bits.size()) return -1;
    b = bits[word];
  }
  return static_cast<int>(word * 64 + static_cast<size_t>(__builtin_ctzll(b)));
}

void set_active(std::vector<unsigned long long>& bits, int i, bool on) {
  const unsigned long long mask = 1ULL << (i & 63);
  if (on)
    bits[static_cast<size_t>(i) >> 6] |= mask;
  else
    bits[static_cast<size_t>(i) >> 6] &= ~mask;
}

}  // namespace

void schedule_groups(const Scenario& s, EngineScratch& w, Result& out) {
  const int W = w.weeks, K = out.tiers, S = out.segments, M = out.months, R = std::max(1, w.ranks);
  const Capacity& cap = s.capacity;
  const double markup = cash_markup(s);
  const bool capped = cap.monthly_spend_cap > 0;
  std::vector<Group>& groups = w.groups;
  const int G = static_cast<int>(groups.size());

  // Groups running now: only the current week is ever asked about, and weeks
  // are visited in order, so counters go up at a start and down at an end.
  int running_grouped = 0, running_coached = 0, peak = 0;
  reset(w.running_managed, static_cast<size_t>(S), 0);
  reset(w.first_ending, static_cast<size_t>(W), -1);
  reset(w.ended, static_cast<size_t>(S) * K, 0);
  reset(w.pending_by_rank, static_cast<size_t>(K) * R, 0);
  int longest = 1;
  for (const ModelAt& m : w.models) longest = std::max(longest, m.duration_weeks);
  reset(w.month_buf, static_cast<size_t>(longest / 4 + 3), 0.0);
  reset(w.month_buf2, static_cast<size_t>(longest / 4 + 3), 0.0);
  int cap_month = -1;    // the month of the week being visited
  double cap_extra = 0;  // its groups' cash at a month-start start, less their actual cash (x markup)
  if (capped) reset(w.cap_ledger, static_cast<size_t>(M + longest / 4 + 3), 0.0);
  reset(w.last_model_start, w.models.size(), -1);
  w.started.clear();
  w.started.reserve(groups.size());

  // Groups that can never start are never tried, but keep their place: they
  // hold later waves, the rest of tier 1 (a pilot group) and their capacity
  // queues (see the header).
  // The rest are pending: active (re-tried each visited week) or parked on a
  // list (linked through Group::next) that the event freeing them wakes.
  reset(w.active, (static_cast<size_t>(G) + 63) / 64, 0ULL);
  reset(w.parked_tier_order, static_cast<size_t>(S) * K, -1);  // [s * K + k]: waiting for tier k of s to end
  reset(w.parked_tier_order_last, static_cast<size_t>(S) * K, -1);
  reset(w.parked_wave, static_cast<size_t>(K) * R, -1);  // [k * R + r]: tier k, rank r, waiting for its wave
  int pilot_pending = 0, pending = 0;
  int fit_model = -1, fit_learners = -1;  // the last group tried against the cap alone, and whether it fits
  bool fits = false;
  for (int i = 0; i < G; ++i) {
    Group& g = groups[i];
    const ModelAt& m = w.models[g.model];
    g.start = g.end = -1;
    g.reason = Constraint::None;
    g.feasible = true;
    if (m.needs_manager && s.segments[g.segment].managers < 1) {
      g.feasible = false;
      g.reason = Constraint::Managers;
    } else if (m.needs_coach && cap.coaches < 1) {
      g.feasible = false;
      g.reason = Constraint::Coaches;
    } else if (capped && !m.sunk) {
      // Groups come in runs of one model and size: the same answer.
      if (g.model != fit_model || g.learners != fit_learners) {
        fit_model = g.model;
        fit_learners = g.learners;
        fits = false;
        for (int start = 0; start < 52 && !fits; ++start) {
          int first = 0;
          const int n = group_cash_by_month(m, g.learners, start, w.month_buf.data(), &first);
          fits = fits_cap(cap.monthly_spend_cap, markup, w.month_buf.data(), first, n, nullptr);
        }
      }
      g.feasible = fits;
      if (!g.feasible) g.reason = Constraint::SpendCap;
    }
    // A group that can never start still holds later waves and the rest of
    // tier 1 (as it holds its capacity queues): if the cap or a missing coach
    // set it aside, raising the cap or adding the coach would let it in ahead
    // of groups that had gone on without it, and push them out.
    ++w.pending_by_rank[g.tier * R + g.rank];
    if (g.pilot && g.tier == 0) ++pilot_pending;
    if (!g.feasible) continue;
    ++pending;
    set_active(w.active, i, true);
  }
  // Capacity queues (see the header): 0 grouped, 1 coached, 2 paid, 3 + s
  // managed in segment s. Linked backwards once.
  const int Q = 3 + S;
  reset(w.queue_head, static_cast<size_t>(Q), -1);
  auto queues_of = [&](const Group& g, int* q) {
    const ModelAt& m = w.models[g.model];
    int n = 0;
    if (m.grouped) q[n++] = 0;
    if (m.needs_coach) q[n++] = 1;
    if (capped && !m.sunk) q[n++] = 2;
    if (m.needs_manager) q[n++] = 3 + g.segment;
    return n;
  };
  for (int i = G - 1; i >= 0; --i) {
    Group& g = groups[i];
    int q[4];
    const int n = queues_of(g, q);  // a group that can never start keeps its place: it blocks its queues
    for (int k = 0; k < 4; ++k) g.next_in[k] = -1;
    for (int k = 0; k < n; ++k) {
      g.next_in[k] = w.queue_head[q[k]];
      w.queue_head[q[k]] = i;
    }
  }
  // Tier order: a list per (segment, tier below), kept in group order, which
  // within one list is the order of `needed`, so what an end frees is a
  // prefix. (Groups are parked there only on their first check, in group
  // order, so parking appends; the walk is a safeguard.)
  auto park = [&](int& first, int& last, int i) {
    set_active(w.active, i, false);
    if (first < 0 || last < i) {
      groups[i].next = -1;
      (first < 0 ? first : groups[last].next) = i;
      last = i;
      return;
    }
    int* link = &first;
    while (*link < i) link = &groups[*link].next;
    groups[i].next = *link;
    *link = i;
  };
  auto wake_while = [&](int& first, int& last, auto freed) {
    while (first >= 0 && freed(groups[first])) {
      set_active(w.active, first, true);
      first = groups[first].next;
    }
    if (first < 0) last = -1;
  };
  // Wave order: a list per (tier, rank); a rank's groups are freed together
  // (a rank is one tier, pilot or not, and wave).
  bool pilot_done = false;
  auto wave_freed = [&](const Group& g) {
    return g.rank <= w.min_rank[g.tier] && (g.tier != 0 || g.pilot || pilot_done);
  };
  auto park_wave = [&](int i) {
    set_active(w.active, i, false);
    int& head = w.parked_wave[groups[i].tier * R + groups[i].rank];
    groups[i].next = head;
    head = i;
  };
  auto wake_wave = [&](int k) {
    for (int r = 0; r <= std::min(w.min_rank[k], R - 1); ++r) {
      int& head = w.parked_wave[k * R + r];
      if (head < 0 || !wave_freed(groups[head])) continue;
      for (int i = head; i >= 0; i = groups[i].next) set_active(w.active, i, true);
      head = -1;
    }
  };

  reset(w.min_rank, static_cast<size_t>(K), 0);
  std::vector<int>& min_rank = w.min_rank;  // per tier: lowest rank with a group still waiting
  auto advance_rank = [&](int k) {
    const int was = min_rank[k];
    while (min_rank[k] < R && w.pending_by_rank[k * R + min_rank[k]] == 0) ++min_rank[k];
    if (min_rank[k] != was) wake_wave(k);
  };
  for (int k = 0; k < K; ++k) advance_rank(k);

  int pilot_end = 0;
  // Only weeks where something can change are visited: a group ends, or, for
  // groups the stagger or the cap holds, the gap runs out or a new month's
  // budget opens. In the
  // weeks between, every waiting group stays held by the same rule, which is
  // counted for all of them at once.
  int week = 0, next_end = 0;
  while (week < W && pending > 0) {
    for (int e = w.first_ending[week]; e >= 0; e = groups[e].next_ending) {
      const Group& done = groups[e];
      const ModelAt& dm = w.models[done.model];
      w.ended[done.segment * K + done.tier] += done.learners;
      const int key = done.segment * K + done.tier;
      wake_while(w.parked_tier_order[key], w.parked_tier_order_last[key],
                 [&](const Group& g) { return w.ended[key] >= g.needed; });
      running_grouped -= dm.grouped;
      running_coached -= dm.needs_coach;
      w.running_managed[done.segment] -= dm.needs_manager;
    }
    if (!pilot_done && pilot_pending == 0 && week >= pilot_end) {
      pilot_done = true;
      wake_wave(0);
    }
    if (month_of_week(week) != cap_month) {
      cap_month = month_of_week(week);
      cap_extra = 0;
    }
    int stagger_wake = W;  // earliest week a stagger gap that holds a group runs out
    bool cap_held = false;
    for (int i = next_active(w.active, 0); i >= 0; i = next_active(w.active, i + 1)) {
      Group& g = groups[i];
      const ModelAt& m = w.models[g.model];
      const Segment& seg = s.segments[g.segment];
      Constraint why = Constraint::None;
      int first = 0, n = 0;
      int q[4];
      const int nq = queues_of(g, q);
      int ahead = -1;  // a competitor earlier in the order that has not started
      for (int k = 0; k < nq && ahead < 0; ++k)
        if (w.queue_head[q[k]] != i) ahead = w.queue_head[q[k]];
      if (g.tier > 0 && w.ended[g.segment * K + g.tier - 1] < g.needed) {
        why = Constraint::TierOrder;
      } else if (g.rank > min_rank[g.tier] || (g.tier == 0 && !g.pilot && !pilot_done)) {
        why = Constraint::Wave;
      } else if (ahead >= 0) {
        // Held by what holds the group ahead of it in the queue (not parked:
        // it is re-tried whenever the group ahead could start).
        g.reason = groups[ahead].reason == Constraint::None ? Constraint::Wave : groups[ahead].reason;
        continue;
      } else if (m.grouped && running_grouped >= cap.max_parallel_groups) {
        why = Constraint::ParallelGroups;
      } else if (m.needs_manager && w.running_managed[g.segment] >= seg.managers) {
        why = Constraint::Managers;
      } else if (m.needs_coach && running_coached >= cap.coaches) {
        why = Constraint::Coaches;
      } else if (m.grouped && m.stagger_weeks > 0 && w.last_model_start[g.model] >= 0 &&
                 week < w.last_model_start[g.model] + m.stagger_weeks) {
        why = Constraint::Stagger;
        stagger_wake = std::min(stagger_wake, w.last_model_start[g.model] + m.stagger_weeks);
      } else if (capped && !m.sunk) {
        n = group_cash_by_month(m, g.learners, week, w.month_buf.data(), &first);
        if (!fits_cap(cap.monthly_spend_cap, markup, w.month_buf.data(), first, n, w.cap_ledger.data(),
                      cap_extra))
          why = Constraint::SpendCap;
      }
      if (why != Constraint::None) {
        g.reason = why;
        cap_held |= why == Constraint::SpendCap;
        if (why == Constraint::TierOrder) {
          const int key = g.segment * K + g.tier - 1;
          park(w.parked_tier_order[key], w.parked_tier_order_last[key], i);
        } else if (why == Constraint::Wave) {
          park_wave(i);
        }
        continue;
      }
      // Start it.
      g.start = week;
      g.end = week + m.duration_weeks;
      running_grouped += m.grouped;
      running_coached += m.needs_coach;
      w.running_managed[g.segment] += m.needs_manager;
      peak = std::max(peak, running_grouped);
      if (g.end < W) {  // file it under the week it ends, and make sure that week is visited
        g.next_ending = w.first_ending[g.end];
        w.first_ending[g.end] = i;
        next_end = std::min(next_end, g.end);
      }
      if (!capped || m.sunk) n = group_cash_by_month(m, g.learners, week, w.month_buf.data(), &first);
      book_group_cash(s, g, m, w.month_buf.data(), first, n, out);
      if (capped && !m.sunk) {
        for (int k = 0; k < n; ++k) w.cap_ledger[first + k] += w.month_buf[k] * markup;
        int first2 = 0;
        group_cash_by_month(m, g.learners, first_week_of_month(cap_month), w.month_buf2.data(), &first2);
        cap_extra += std::max(0.0, w.month_buf2[0] - w.month_buf[0]) * markup;
      }
      w.last_model_start[g.model] = week;
      if (g.pilot && g.tier == 0) {
        --pilot_pending;
        pilot_end = std::max(pilot_end, g.end);
      }
      --w.pending_by_rank[g.tier * R + g.rank];
      --pending;
      set_active(w.active, i, false);
      advance_rank(g.tier);
      for (int k = 0; k < nq; ++k) w.queue_head[q[k]] = g.next_in[k];
      w.started.push_back(i);
    }
    // The next week anything can change.
    int upcoming = W;
    if (next_end <= week) next_end = week + 1;
    while (next_end < W && w.first_ending[next_end] < 0)
      ++next_end;  // ends filed later come in via the min above
    upcoming = std::min(upcoming, next_end);
    upcoming = std::min(upcoming, stagger_wake);
    if (cap_held) upcoming = std::min(upcoming, week + 1);
    week = upcoming;
  }

  // The schedule as reported: started groups in start order.
  Schedule& sch = out.schedule;
  sch.groups.resize(w.started.size());
  sch.last_end_week = 0;
  for (size_t i = 0; i < w.started.size(); ++i) {
    const Group& g = groups[w.started[i]];
    GroupRun& r = sch.groups[i];
    r.segment = g.segment;
    r.tier = g.tier;
    r.model = g.model;
    r.learners = g.learners;
    r.start_week = g.start;
    r.end_week = g.end;
    r.wave = g.wave;
    r.delayed_by = g.reason;
    sch.last_end_week = std::max(sch.last_end_week, g.end);
  }
  sch.unscheduled_groups = 0;
  sch.unscheduled_learners = 0;
  for (const Group& g : groups)
    if (g.start < 0) {
      ++sch.unscheduled_groups;
      sch.unscheduled_learners += g.learners;
    }
  sch.peak_concurrent = peak;
}

}  // namespace planner
