#include "core/uncertainty/decisions.h"

#include <algorithm>
#include <cmath>

namespace planner::mc {
namespace {

int nearest_index(const std::vector<double>& levels, double v) {
  int best = 0;
  for (int i = 1; i < static_cast<int>(levels.size()); ++i)
    if (std::fabs(levels[i] - v) < std::fabs(levels[best] - v)) best = i;
  return best;
}

// Model index the scenario mostly uses for tier k (by share of assignment
// rows), else the tier's default model; -1 if neither names a model.
int majority_model(const Scenario& s, int k) {
  std::vector<double> weight(s.models.size(), 0.0);
  for (const Assignment& a : s.plan) {
    if (a.tier != k) continue;
    const int j = find_model(s, a.model);
    if (j >= 0) weight[j] += a.share * (a.segment < 0 ? static_cast<double>(s.segments.size()) : 1.0);
  }
  int best = -1;
  for (int j = 0; j < static_cast<int>(weight.size()); ++j)
    if (weight[j] > 0 && (best < 0 || weight[j] > weight[best])) best = j;
  if (best < 0 && k < static_cast<int>(s.framework.tiers.size()))
    best = find_model(s, s.framework.tiers[k].default_model);
  return best;
}

// Next non-increasing sequence of digits in [0, levels) for one segment;
// false (and all zeros) after the last.
bool next_sequence(uint8_t* seq, int tiers, int levels) {
  for (int k = tiers - 1; k >= 0; --k) {
    const int cap = k == 0 ? levels - 1 : seq[k - 1];
    if (seq[k] < cap) {
      ++seq[k];
      for (int j = k + 1; j < tiers; ++j) seq[j] = 0;
      return true;
    }
  }
  std::fill(seq, seq + tiers, 0);
  return false;
}

double binomial(int n, int k) {
  double r = 1;
  for (int i = 1; i <= k; ++i) r = r * (n - k + i) / i;
  return r;
}

}  // namespace

double DecisionSpace::size() const {
  const int levels = static_cast<int>(share_levels.size());
  double n = std::pow(binomial(levels + tiers - 1, tiers), segments);
  for (const auto& m : tier_models) n *= std::max<size_t>(1, m.size());
  return n * std::max<size_t>(1, parallel_levels.size());
}

DecisionSpace make_space(const Scenario& s, const SpaceOptions& o) {
  DecisionSpace d;
  d.segments = static_cast<int>(s.segments.size());
  d.tiers = static_cast<int>(s.framework.tiers.size());
  d.share_levels = o.share_levels;
  std::sort(d.share_levels.begin(), d.share_levels.end());
  d.share_levels.erase(std::unique(d.share_levels.begin(), d.share_levels.end()), d.share_levels.end());
  if (d.share_levels.empty()) d.share_levels = {0.0};
  d.tier_models.assign(d.tiers, {});
  if (o.vary_models) {
    for (int k = 0; k < d.tiers; ++k) {
      for (int j = 0; j < static_cast<int>(s.models.size()); ++j)
        if (s.models[j].min_tier <= k && k <= s.models[j].max_tier) d.tier_models[k].push_back(j);
      // The model the scenario uses today is always a candidate.
      const int current = majority_model(s, k);
      if (current >= 0 &&
          std::find(d.tier_models[k].begin(), d.tier_models[k].end(), current) == d.tier_models[k].end())
        d.tier_models[k].push_back(current);
    }
  }
  d.parallel_levels = {std::max(1, s.capacity.max_parallel_groups)};
  if (o.vary_parallel)
    for (int v : o.parallel_levels)
      if (v >= 1) d.parallel_levels.push_back(v);
  std::sort(d.parallel_levels.begin(), d.parallel_levels.end());
  d.parallel_levels.erase(std::unique(d.parallel_levels.begin(), d.parallel_levels.end()),
                          d.parallel_levels.end());
  return d;
}

std::string Plan::key() const {
  std::string k(share.begin(), share.end());
  k.push_back('|');
  k.append(model.begin(), model.end());
  k.push_back(static_cast<char>(parallel));
  return k;
}

Plan plan_from_scenario(const Scenario& s, const DecisionSpace& d) {
  Plan p;
  p.share.assign(static_cast<size_t>(d.segments) * d.tiers, 0);
  for (int seg = 0; seg < d.segments; ++seg) {
    const std::vector<double>& target = s.segments[seg].target_share;
    for (int k = 0; k < d.tiers; ++k) {
      int level = nearest_index(d.share_levels, k < static_cast<int>(target.size()) ? target[k] : 0.0);
      if (k > 0) level = std::min<int>(level, p.share[seg * d.tiers + k - 1]);
      p.share[seg * d.tiers + k] = static_cast<uint8_t>(level);
    }
  }
  p.model.assign(d.tiers, 0);
  for (int k = 0; k < d.tiers; ++k) {
    const auto& c = d.tier_models[k];
    const auto it = std::find(c.begin(), c.end(), majority_model(s, k));
    if (it != c.end()) p.model[k] = static_cast<uint8_t>(it - c.begin());
  }
  std::vector<double> par(d.parallel_levels.begin(), d.parallel_levels.end());
  p.parallel = static_cast<uint8_t>(nearest_index(par, s.capacity.max_parallel_groups));
  return p;
}

Plan empty_plan(const DecisionSpace& d, const Plan& models_from) {
  Plan p = models_from;
  std::fill(p.share.begin(), p.share.end(), 0);
  p.parallel = static_cast<uint8_t>(d.parallel_levels.size() - 1);
  return p;
}

Plan full_plan(const DecisionSpace& d, const Plan& models_from) {
  Plan p = models_from;
  std::fill(p.share.begin(), p.share.end(), static_cast<uint8_t>(d.share_levels.size() - 1));
  p.parallel = static_cast<uint8_t>(d.parallel_levels.size() - 1);
  return p;
}

void apply_plan_into(const Scenario& base, const DecisionSpace& d, const Plan& p, Scenario& out) {
  out = base;
  for (int seg = 0; seg < d.segments; ++seg) {
    std::vector<double>& target = out.segments[seg].target_share;
    target.resize(d.tiers, 0.0);
    for (int k = 0; k < d.tiers; ++k) target[k] = d.share_levels[p.share[seg * d.tiers + k]];
  }
  // Tiers with candidates get one row: that model for every segment.
  auto decided = [&](int tier) { return tier >= 0 && tier < d.tiers && !d.tier_models[tier].empty(); };
  out.plan.erase(
      std::remove_if(out.plan.begin(), out.plan.end(), [&](const Assignment& a) { return decided(a.tier); }),
      out.plan.end());
  for (int k = 0; k < d.tiers; ++k)
    if (decided(k)) out.plan.push_back({-1, k, base.models[d.tier_models[k][p.model[k]]].id, 1.0});
  out.capacity.max_parallel_groups = d.parallel_levels[p.parallel];
}

Scenario apply_plan(const Scenario& base, const DecisionSpace& d, const Plan& p) {
  Scenario out;
  apply_plan_into(base, d, p, out);
  return out;
}

std::vector<Plan> neighbours(const DecisionSpace& d, const Plan& p) {
  std::vector<Plan> out;
  const int levels = static_cast<int>(d.share_levels.size());
  for (int seg = 0; seg < d.segments; ++seg) {
    for (int k = 0; k < d.tiers; ++k) {
      const int cur = p.share[seg * d.tiers + k];
      for (int v = 0; v < levels; ++v) {
        if (v == cur) continue;
        Plan q = p;
        uint8_t* seq = &q.share[seg * d.tiers];
        seq[k] = static_cast<uint8_t>(v);
        for (int j = 0; j < k; ++j) seq[j] = std::max<uint8_t>(seq[j], seq[k]);
        for (int j = k + 1; j < d.tiers; ++j) seq[j] = std::min<uint8_t>(seq[j], seq[k]);
        out.push_back(std::move(q));
      }
    }
  }
  for (int k = 0; k < d.tiers; ++k) {
    for (int c = 0; c < static_cast<int>(d.tier_models[k].size()); ++c) {
      if (c == p.model[k]) continue;
      Plan q = p;
      q.model[k] = static_cast<uint8_t>(c);
      out.push_back(std::move(q));
    }
  }
  if (p.parallel > 0) {
    out.push_back(p);
    out.back().parallel--;
  }
  if (p.parallel + 1 < static_cast<int>(d.parallel_levels.size())) {
    out.push_back(p);
    out.back().parallel++;
  }
  return out;
}

namespace detail {

Plan first_plan(const DecisionSpace& d) {
  Plan p;
  p.share.assign(static_cast<size_t>(d.segments) * d.tiers, 0);
  p.model.assign(d.tiers, 0);
  return p;
}

bool next_plan(const DecisionSpace& d, Plan& p) {
  const int levels = static_cast<int>(d.share_levels.size());
  for (int seg = 0; seg < d.segments; ++seg)
    if (d.tiers > 0 && next_sequence(&p.share[seg * d.tiers], d.tiers, levels)) return true;
  for (int k = 0; k < d.tiers; ++k) {
    if (p.model[k] + 1 < static_cast<int>(d.tier_models[k].size())) {
      ++p.model[k];
      return true;
    }
    p.model[k] = 0;
  }
  if (p.parallel + 1 < static_cast<int>(d.parallel_levels.size())) {
    ++p.parallel;
    return true;
  }
  p.parallel = 0;
  return false;
}

}  // namespace detail
}  // namespace planner::mc
