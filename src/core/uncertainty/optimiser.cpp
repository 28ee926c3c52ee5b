// optimiser.cpp — map
//   scoring        Score of a Result; the Optimiser's cache and pool
//   exploration    enumeration, greedy ascent/descent, local search
//   queries        frontier, best within budget, cheapest meeting target
//   entry points   compute_frontier, seek_target, seek_budget, describe_plan
#include "core/uncertainty/optimiser.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "core/constraints.h"
#include "core/evaluate.h"
#include "core/names.h"

namespace planner::mc {
namespace {

constexpr double kEps = 1e-9;

int deadline_index(const Scenario& s, const Result& r) {
  return std::clamp(s.target.by_month, 1, std::max(1, r.months)) - 1;
}

double people_at_target(const Scenario& s, const Result& r, int month_index) {
  const auto& series = s.target.count_applying ? r.applying_at_tier : r.trained_at_tier;
  const size_t i = static_cast<size_t>(month_index) * r.tiers + s.target.tier;
  return i < series.size() ? series[i] : 0.0;
}

Score score_of(const Scenario& s, const Result& r, Capability measure) {
  Score sc;
  sc.cost = r.totals.incremental_cost;
  sc.people = r.months > 0 ? people_at_target(s, r, deadline_index(s, r)) : 0.0;
  sc.people_at_end = r.months > 0 ? people_at_target(s, r, r.months - 1) : 0.0;
  sc.benefits = r.totals.benefits;
  sc.capability = measure == Capability::People ? sc.people : sc.benefits;
  sc.months_to_target = r.totals.months_to_target;
  sc.meets_target = r.totals.target_met_by_deadline;
  return sc;
}

// a dominates-or-equals b for "best within budget": more capability, then cheaper.
bool better_capability(const Score& a, const Score& b) {
  if (a.capability > b.capability + kEps) return true;
  if (a.capability < b.capability - kEps) return false;
  return a.cost < b.cost - kEps;
}

std::string format_number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace

const char* capability_id(Capability c) { return c == Capability::People ? "people" : "benefits"; }

bool parse_capability(const char* id, Capability& out) {
  if (std::strcmp(id, "people") == 0) return out = Capability::People, true;
  if (std::strcmp(id, "benefits") == 0) return out = Capability::Benefits, true;
  return false;
}

// ---- scoring -------------------------------------------------------------------

Optimiser::Optimiser(const Scenario& base, const OptimiserOptions& options)
    : base_(base), scratch_(base), options_(options), space_(make_space(base, options.space)) {}

const Score& Optimiser::score(const Plan& p) {
  const std::string key = p.key();
  const auto it = index_.find(key);
  if (it != index_.end()) return pool_[it->second].score;
  apply_plan_into(base_, space_, p, scratch_);
  Score sc;
  if (validate(scratch_).empty()) {
    evaluate(scratch_, Case::Likely, result_);
    sc = score_of(scratch_, result_, options_.measure);
  } else {
    // Never chosen: every query skips invalid plans.
    sc.valid = false;
    sc.cost = std::numeric_limits<double>::max();
    sc.capability = -std::numeric_limits<double>::max();
  }
  ++evaluations_;
  index_.emplace(key, pool_.size());
  pool_.push_back({p, sc});
  return pool_.back().score;
}

Score Optimiser::current() const {
  Result r;
  evaluate(base_, Case::Likely, r);
  return score_of(base_, r, options_.measure);
}

// ---- exploration ---------------------------------------------------------------

void Optimiser::explore() {
  while (!explore_step(1 << 30)) {
  }
}

bool Optimiser::explore_step(int evaluations) {
  const int stop = evaluations_ + std::max(1, evaluations);
  while (phase_ != Phase::Done && evaluations_ < stop) {
    // The evaluation cap bounds the heuristic search; enumeration is exact by design.
    if (out_of_evaluations() && phase_ != Phase::Enumerate)
      phase_ = Phase::Done;
    else
      advance();
  }
  return phase_ == Phase::Done;
}

void Optimiser::begin_walk(const Plan& from) {
  walk_ = from;
  walk_score_ = score(from);
  walking_ = true;
  walk_moves_ = 0;
}

// The phases: enumerate a small space; otherwise a greedy ascent from "train
// nobody", a greedy descent from "train everyone", an ascent from the plan
// as it is, a local search under each budget of a ladder spanning the costs
// seen, and a final polish under each Pareto point's own cost.
void Optimiser::advance() {
  switch (phase_) {
    case Phase::Start:
      start_ = plan_from_scenario(base_, space_);
      if (space_.size() <= options_.enumerate_limit) {
        exhaustive_ = true;
        enum_plan_ = detail::first_plan(space_);
        phase_ = Phase::Enumerate;
      } else {
        score(start_);
        begin_walk(empty_plan(space_, start_));
        phase_ = Phase::Ascent;
      }
      return;
    case Phase::Enumerate:
      score(enum_plan_);
      if (!detail::next_plan(space_, enum_plan_)) phase_ = Phase::Done;
      return;
    case Phase::Ascent:
      if (!ascent_move()) {
        begin_walk(full_plan(space_, start_));
        phase_ = Phase::Descent;
      }
      return;
    case Phase::Descent:
      if (!descent_move()) {
        begin_walk(start_);
        phase_ = Phase::AscentFromCurrent;
      }
      return;
    case Phase::AscentFromCurrent:
      if (!ascent_move()) {
        double lo = std::numeric_limits<double>::max(), hi = 0;
        for (const Candidate& c : pool_)
          if (c.score.valid) lo = std::min(lo, c.score.cost), hi = std::max(hi, c.score.cost);
        budgets_.clear();
        const int n = std::max(2, options_.budget_points);
        if (lo <= hi)
          for (int i = 0; i < n; ++i) budgets_.push_back(lo + (hi - lo) * i / (n - 1));
        budget_index_ = 0;
        walking_ = false;
        phase_ = Phase::Ladder;
      }
      return;
    case Phase::Ladder:
    case Phase::Polish:
      if (walking_) {
        if (!improve_move()) walking_ = false;
        return;
      }
      if (budget_index_ < budgets_.size()) {
        begin_improve(budgets_[budget_index_++]);
        return;
      }
      if (phase_ == Phase::Polish) {
        phase_ = Phase::Done;
        return;
      }
      budgets_.clear();
      for (const Candidate& c : frontier_of_pool()) budgets_.push_back(c.score.cost);
      budget_index_ = 0;
      phase_ = Phase::Polish;
      return;
    case Phase::Done:
      return;
  }
}

bool Optimiser::ascent_move() {
  int best = -1;
  double best_ratio = 0, best_gain = 0;
  const std::vector<Plan> nb = neighbours(space_, walk_);
  for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
    const Score& s = score(nb[i]);
    const double gain = s.capability - walk_score_.capability, extra = s.cost - walk_score_.cost;
    if (!s.valid || gain <= kEps) continue;
    const double ratio = extra <= kEps ? std::numeric_limits<double>::infinity() : gain / extra;
    if (best < 0 || ratio > best_ratio || (ratio == best_ratio && gain > best_gain))
      best = i, best_ratio = ratio, best_gain = gain;
  }
  if (best < 0) return false;
  walk_ = nb[best];
  walk_score_ = score(walk_);
  return true;
}

bool Optimiser::descent_move() {
  int best = -1;
  double best_ratio = 0, best_saving = 0;
  const std::vector<Plan> nb = neighbours(space_, walk_);
  for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
    const Score& s = score(nb[i]);
    const double saving = walk_score_.cost - s.cost, loss = walk_score_.capability - s.capability;
    if (!s.valid || saving <= kEps) continue;
    const double ratio = loss / saving;  // capability given up per unit saved; negative = free
    if (best < 0 || ratio < best_ratio || (ratio == best_ratio && saving > best_saving))
      best = i, best_ratio = ratio, best_saving = saving;
  }
  if (best < 0) return false;
  walk_ = nb[best];
  walk_score_ = score(walk_);
  return true;
}

bool Optimiser::begin_improve(double budget) {
  Candidate from;
  if (!best_in_pool(budget, from)) return false;
  walk_ = from.plan;
  walk_score_ = from.score;
  walk_budget_ = budget;
  walking_ = true;
  walk_moves_ = 0;
  return true;
}

bool Optimiser::improve_move() {
  if (++walk_moves_ > 100) return false;
  int best = -1;
  Score best_score = walk_score_;
  const std::vector<Plan> nb = neighbours(space_, walk_);
  for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
    const Score& s = score(nb[i]);
    if (s.valid && s.cost <= walk_budget_ + kEps && better_capability(s, best_score))
      best = i, best_score = s;
  }
  if (best < 0) return false;
  walk_ = nb[best];
  walk_score_ = best_score;
  return true;
}

void Optimiser::descend_feasible(Plan cur) {
  Score now = score(cur);
  for (int iter = 0; iter < 200 && !out_of_evaluations(); ++iter) {
    int best = -1;
    double best_cost = now.cost - kEps;
    const std::vector<Plan> nb = neighbours(space_, cur);
    for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
      const Score& s = score(nb[i]);
      if (s.valid && s.meets_target && s.cost < best_cost) best = i, best_cost = s.cost;
    }
    if (best < 0) return;
    cur = nb[best];
    now = score(cur);
  }
}

// ---- queries -------------------------------------------------------------------

std::vector<Candidate> Optimiser::frontier() {
  explore();
  return frontier_of_pool();
}

std::vector<Candidate> Optimiser::frontier_of_pool() const {
  std::vector<const Candidate*> order;
  order.reserve(pool_.size());
  for (const Candidate& c : pool_)
    if (c.score.valid) order.push_back(&c);
  // Cost ascending; at equal cost the most capable first.
  std::sort(order.begin(), order.end(), [](const Candidate* a, const Candidate* b) {
    if (a->score.cost != b->score.cost) return a->score.cost < b->score.cost;
    return a->score.capability > b->score.capability;
  });
  std::vector<Candidate> out;
  for (const Candidate* c : order)
    if (out.empty() || c->score.capability > out.back().score.capability + kEps) out.push_back(*c);
  return out;
}

bool Optimiser::best_within_budget(double budget, Candidate& out) {
  explore();
  return best_in_pool(budget, out);
}

bool Optimiser::best_in_pool(double budget, Candidate& out) const {
  const Candidate* best = nullptr;
  for (const Candidate& c : pool_)
    if (c.score.valid && c.score.cost <= budget + kEps && (!best || better_capability(c.score, best->score)))
      best = &c;
  if (!best) return false;
  out = *best;
  return true;
}

bool Optimiser::cheapest_meeting_target(Candidate& out) {
  explore();
  auto cheapest_feasible = [&](std::vector<Plan>* starts) {
    std::vector<const Candidate*> ok;
    for (const Candidate& c : pool_)
      if (c.score.valid && c.score.meets_target) ok.push_back(&c);
    std::sort(ok.begin(), ok.end(), [](const Candidate* a, const Candidate* b) {
      if (a->score.cost != b->score.cost) return a->score.cost < b->score.cost;
      return a->score.capability > b->score.capability;
    });
    if (starts)
      for (size_t i = 0; i < ok.size() && i < 3; ++i) starts->push_back(ok[i]->plan);
    return ok.empty() ? nullptr : ok.front();
  };
  if (!exhaustive_) {
    std::vector<Plan> starts;
    cheapest_feasible(&starts);
    for (const Plan& p : starts) descend_feasible(p);
  }
  const Candidate* best = cheapest_feasible(nullptr);
  if (!best) return false;
  out = *best;
  return true;
}

double Optimiser::most_people_at_end() {
  explore();
  double best = 0;
  for (const Candidate& c : pool_)
    if (c.score.valid) best = std::max(best, c.score.people_at_end);
  return best;
}

Candidate Optimiser::most_capable() {
  explore();
  const Candidate* best = nullptr;
  for (const Candidate& c : pool_) {
    if (!c.score.valid) continue;
    if (!best) {
      best = &c;
      continue;
    }
    const bool more = c.score.people > best->score.people + kEps;
    const bool same = std::fabs(c.score.people - best->score.people) <= kEps;
    const auto soon = [](int m) { return m < 0 ? std::numeric_limits<int>::max() : m; };
    if (more || (same && soon(c.score.months_to_target) < soon(best->score.months_to_target))) best = &c;
  }
  return best ? *best : Candidate{plan_from_scenario(base_, space_), current()};
}

// ---- entry points --------------------------------------------------------------

FrontierReport compute_frontier(const Scenario& s, const OptimiserOptions& o) {
  Optimiser opt(s, o);
  FrontierReport r;
  r.measure = o.measure;
  r.points = opt.frontier();
  r.current = opt.current();
  r.exhaustive = opt.exhaustive();
  r.evaluations = opt.evaluations();
  r.space = opt.space();
  r.space_size = r.space.size();
  return r;
}

SeekReport seek_target(const Scenario& s, const OptimiserOptions& o) {
  Optimiser opt(s, o);
  return seek_target(opt);
}

SeekReport seek_target(Optimiser& opt) {
  const Scenario& s = opt.base();
  SeekReport r;
  r.space = opt.space();
  r.current = opt.current();
  const int total_headcount = [&] {
    int n = 0;
    for (const Segment& seg : s.segments) n += seg.headcount;
    return n;
  }();
  const double needed = s.target.share * total_headcount;
  const std::string who = s.target.count_applying ? "applying" : "trained at";
  const std::string goal =
      format_number(s.target.share * 100, 0) + " % of " + std::to_string(total_headcount) + " people " + who +
      " tier " + std::to_string(s.target.tier + 1) + "+ by month " + std::to_string(s.target.by_month);
  if (opt.cheapest_meeting_target(r.best)) {
    r.feasible = true;
    r.message = "The cheapest plan found meets " + goal + " in month " +
                std::to_string(r.best.score.months_to_target) + ".";
  } else if (s.target.by_month > s.org.horizon_months) {
    r.binding = "deadline beyond horizon";
    r.message = "Infeasible: the deadline (month " + std::to_string(s.target.by_month) +
                ") lies beyond the planning horizon (" + std::to_string(s.org.horizon_months) + " months).";
  } else {
    r.best = opt.most_capable();
    const double at_end = opt.most_people_at_end();
    const std::string needed_text = format_number(std::ceil(needed - kEps), 0);
    if (at_end + kEps < needed) {
      // Not even the end of the horizon gets there: rates, not the schedule, bind.
      r.binding = s.target.count_applying ? "application rate" : "completion rate";
      r.message = "Infeasible: even the most capable plan found gets only " + format_number(at_end, 0) +
                  " of the " + needed_text + " people needed to tier " + std::to_string(s.target.tier + 1) +
                  "+ within the horizon; the " + r.binding +
                  (s.target.count_applying ? " (x readiness)" : "") + " caps how many count.";
    } else {
      // The capacity constraints that bind the best plan (relaxing each alone
      // changes its schedule), or the plan's own shape when none does.
      r.binding.clear();
      for (const BindingConstraint& b :
           binding_constraints(apply_plan(s, r.space, r.best.plan), Case::Likely))
        r.binding += (r.binding.empty() ? "" : " and ") + std::string(constraint_name(b.constraint));
      if (r.binding.empty()) r.binding = "tier and wave order";
      const std::string when = r.best.score.months_to_target > 0
                                   ? "only in month " + std::to_string(r.best.score.months_to_target)
                                   : "only after month " + std::to_string(s.target.by_month);
      r.message = "Infeasible by month " + std::to_string(s.target.by_month) +
                  ": the most capable plan found reaches " + format_number(r.best.score.people, 0) +
                  " of the " + needed_text + " people by then (the target is met " + when +
                  "); the schedule is held back by " + r.binding + ".";
    }
  }
  r.evaluations = opt.evaluations();
  return r;
}

SeekReport seek_budget(const Scenario& s, double budget, const OptimiserOptions& o) {
  Optimiser opt(s, o);
  return seek_budget(opt, budget);
}

SeekReport seek_budget(Optimiser& opt, double budget) {
  SeekReport r;
  r.space = opt.space();
  r.current = opt.current();
  if (opt.best_within_budget(budget, r.best)) {
    r.feasible = true;
    r.message =
        "The most capable plan found within the budget costs " + format_number(r.best.score.cost, 0) + ".";
  } else {
    r.binding = "budget";
    r.message = "Infeasible: no plan fits a budget of " + format_number(budget, 0) + ".";
  }
  r.evaluations = opt.evaluations();
  return r;
}

std::string describe_plan(const Scenario& base, const DecisionSpace& d, const Plan& p) {
  // "AI Literacy by Self-paced platform: Sales 100 %, Ops 50 %; AI Fluency: nobody; up to 4 groups at once"
  std::string out;
  for (int k = 0; k < d.tiers; ++k) {
    if (!out.empty()) out += "; ";
    out += tier_name(base, k);
    std::string who;
    for (int seg = 0; seg < d.segments; ++seg) {
      const double share = d.share_levels[p.share[seg * d.tiers + k]];
      if (share <= 0) continue;
      if (!who.empty()) who += ", ";
      who += segment_name(base, seg) + " " + format_number(share * 100, 0) + " %";
    }
    if (who.empty()) {
      out += ": nobody";
      continue;
    }
    if (!d.tier_models[k].empty()) {
      const DeliveryModel& m = base.models[d.tier_models[k][p.model[k]]];
      out += " by " + (m.name.empty() ? m.id : m.name);
    }
    out += ": " + who;
  }
  out += "; up to " + std::to_string(d.parallel_levels[p.parallel]) + " groups at once";
  return out;
}

}  // namespace planner::mc
