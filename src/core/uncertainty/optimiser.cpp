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

#include "core/evaluate.h"

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
  sc.benefits = r.totals.benefits;
  sc.capability = measure == Capability::People ? sc.people : sc.benefits;
  sc.months_to_target = r.totals.months_to_target;
  sc.meets_target = sc.months_to_target >= 1 && sc.months_to_target <= s.target.by_month;
  sc.binding = r.schedule.binding;
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
  if (explored_) return;
  explored_ = true;
  if (space_.size() <= options_.enumerate_limit) {
    exhaustive_ = true;
    for_each_plan(space_, [&](const Plan& p) { score(p); });
    return;
  }
  const Plan start = plan_from_scenario(base_, space_);
  score(start);
  greedy_ascent(empty_plan(space_, start));
  greedy_descent(full_plan(space_, start));
  greedy_ascent(start);
  // A ladder of budgets between the cheapest and dearest plans seen so far.
  double lo = std::numeric_limits<double>::max(), hi = 0;
  for (const Candidate& c : pool_)
    if (c.score.valid) lo = std::min(lo, c.score.cost), hi = std::max(hi, c.score.cost);
  if (lo > hi) return;  // no valid plan at all
  const int n = std::max(2, options_.budget_points);
  for (int i = 0; i < n && !out_of_evaluations(); ++i) improve_within(lo + (hi - lo) * i / (n - 1));
  // Then polish the Pareto points themselves.
  for (const Candidate& c : frontier()) {
    if (out_of_evaluations()) break;
    improve_within(c.score.cost);
  }
}

void Optimiser::greedy_ascent(Plan cur) {
  Score now = score(cur);
  while (!out_of_evaluations()) {
    int best = -1;
    double best_ratio = 0, best_gain = 0;
    const std::vector<Plan> nb = neighbours(space_, cur);
    for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
      const Score& s = score(nb[i]);
      const double gain = s.capability - now.capability, extra = s.cost - now.cost;
      if (!s.valid || gain <= kEps) continue;
      const double ratio = extra <= kEps ? std::numeric_limits<double>::infinity() : gain / extra;
      if (best < 0 || ratio > best_ratio || (ratio == best_ratio && gain > best_gain))
        best = i, best_ratio = ratio, best_gain = gain;
    }
    if (best < 0) return;
    cur = nb[best];
    now = score(cur);
  }
}

void Optimiser::greedy_descent(Plan cur) {
  Score now = score(cur);
  while (!out_of_evaluations()) {
    int best = -1;
    double best_ratio = 0, best_saving = 0;
    const std::vector<Plan> nb = neighbours(space_, cur);
    for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
      const Score& s = score(nb[i]);
      const double saving = now.cost - s.cost, loss = now.capability - s.capability;
      if (!s.valid || saving <= kEps) continue;
      const double ratio = loss / saving;  // capability given up per unit saved; negative = free
      if (best < 0 || ratio < best_ratio || (ratio == best_ratio && saving > best_saving))
        best = i, best_ratio = ratio, best_saving = saving;
    }
    if (best < 0) return;
    cur = nb[best];
    now = score(cur);
  }
}

void Optimiser::improve_within(double budget) {
  Candidate start;
  if (!best_within_budget(budget, start)) return;
  Plan cur = start.plan;
  Score now = start.score;
  for (int iter = 0; iter < 100 && !out_of_evaluations(); ++iter) {
    int best = -1;
    Score best_score = now;
    const std::vector<Plan> nb = neighbours(space_, cur);
    for (int i = 0; i < static_cast<int>(nb.size()); ++i) {
      const Score& s = score(nb[i]);
      if (s.valid && s.cost <= budget + kEps && better_capability(s, best_score)) best = i, best_score = s;
    }
    if (best < 0) return;
    cur = nb[best];
    now = best_score;
  }
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
  const Candidate* best = nullptr;
  for (const Candidate& c : pool_)
    if (c.score.valid && c.score.cost <= budget + kEps && (!best || better_capability(c.score, best->score))) best = &c;
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
  const std::string goal = format_number(s.target.share * 100, 0) + " % of " + std::to_string(total_headcount) +
                           " people " + who + " tier " + std::to_string(s.target.tier + 1) + "+ by month " +
                           std::to_string(s.target.by_month);
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
    // Would the most capable plan reach the target at all, given time?
    Scenario scratch = apply_plan(s, opt.space(), r.best.plan);
    Result res;
    evaluate(scratch, Case::Likely, res);
    const double at_end = res.months > 0 ? people_at_target(s, res, res.months - 1) : 0.0;
    if (r.best.score.months_to_target > s.target.by_month) {
      r.binding = constraint_name(r.best.score.binding);
      r.message = "Infeasible by month " + std::to_string(s.target.by_month) + ": the most capable plan meets " +
                  goal.substr(0, goal.find(" by month")) + " only in month " +
                  std::to_string(r.best.score.months_to_target) + "; the schedule is held back by " + r.binding +
                  ".";
    } else if (at_end + kEps < needed) {
      r.binding = s.target.count_applying ? "application rate" : "completion rate";
      r.message = "Infeasible: even training everyone, only " + format_number(at_end, 0) + " of the " +
                  format_number(std::ceil(needed - kEps), 0) + " people needed reach tier " +
                  std::to_string(s.target.tier + 1) + "+ within the horizon; the " + r.binding +
                  (s.target.count_applying ? " (x readiness)" : "") + " caps how many count.";
    } else {
      r.binding = constraint_name(r.best.score.binding);
      r.message = "Infeasible by month " + std::to_string(s.target.by_month) + ": the most capable plan reaches " +
                  format_number(r.best.score.people, 0) + " of " + format_number(std::ceil(needed - kEps), 0) +
                  " people by then; the schedule is held back by " + r.binding + ".";
    }
  }
  r.evaluations = opt.evaluations();
  return r;
}

SeekReport seek_budget(const Scenario& s, double budget, const OptimiserOptions& o) {
  Optimiser opt(s, o);
  SeekReport r;
  r.space = opt.space();
  r.current = opt.current();
  if (opt.best_within_budget(budget, r.best)) {
    r.feasible = true;
    r.message = "The most capable plan found within the budget costs " + format_number(r.best.score.cost, 0) + ".";
  } else {
    r.binding = "budget";
    r.message = "Infeasible: no plan fits a budget of " + format_number(budget, 0) + ".";
  }
  r.evaluations = opt.evaluations();
  return r;
}

std::string describe_plan(const Scenario& base, const DecisionSpace& d, const Plan& p) {
  std::string out;
  for (int k = 0; k < d.tiers; ++k) {
    if (!out.empty()) out += "; ";
    out += base.framework.tiers[k].name.empty() ? "Tier " + std::to_string(k + 1) : base.framework.tiers[k].name;
    out += ": ";
    if (d.tier_models[k].empty()) {
      out += "as planned";
    } else {
      const DeliveryModel& m = base.models[d.tier_models[k][p.model[k]]];
      out += m.name.empty() ? m.id : m.name;
    }
    out += " (";
    for (int seg = 0; seg < d.segments; ++seg) {
      if (seg) out += ", ";
      out += format_number(d.share_levels[p.share[seg * d.tiers + k]] * 100, 0) + " %";
    }
    out += ")";
  }
  out += "; up to " + std::to_string(d.parallel_levels[p.parallel]) + " groups at once";
  return out;
}

}  // namespace planner::mc
