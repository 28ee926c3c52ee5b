// validate.cpp — every problem in a scenario, named by its JSON field path.
//
// Sections
//   1. Message helpers (paths like "segments[2].headcount", numbers as %g)
//   2. Organisation, tiers, models
//   3. Segments (tier-sized vectors, cumulative shares)
//   4. Plan rows (known model, tier it serves, shares per segment and tier)
//   5. Capacity, readiness, adjustments, target
//   6. Cross-checks that would leave planned learners unschedulable
//
// Paths mirror the io schema: the snake_case C++ field names, 0-based
// indices. Nothing that fails here may reach evaluate().
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/learners.h"

namespace planner {
namespace {

// ---- 1. Message helpers --------------------------------------------------

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string idx(const char* array, size_t i) { return std::string(array) + "[" + std::to_string(i) + "]"; }

struct Checker {
  std::vector<Issue>& out;

  void add(const std::string& path, const std::string& message) {
    out.push_back(locate_issue(path, message));
  }

  bool finite(const std::string& path, double v) {
    if (std::isfinite(v)) return true;
    add(path, "must be a finite number");
    return false;
  }
  void at_least(const std::string& path, double v, double lo) {
    if (finite(path, v) && v < lo) add(path, "must be >= " + num(lo) + ", got " + num(v));
  }
  void above(const std::string& path, double v, double lo) {
    if (finite(path, v) && !(v > lo)) add(path, "must be > " + num(lo) + ", got " + num(v));
  }
  void at_most(const std::string& path, double v, double hi) {
    if (finite(path, v) && v > hi) add(path, "must be <= " + num(hi) + ", got " + num(v));
  }
  void between(const std::string& path, double v, double lo, double hi) {
    if (finite(path, v) && (v < lo || v > hi))
      add(path, "must be between " + num(lo) + " and " + num(hi) + ", got " + num(v));
  }
  // A Range: each corner checked against [lo, hi], and low <= likely <= high.
  void range(const std::string& path, const Range& r, double lo, double hi, bool strictly_positive = false) {
    const double v[3] = {r.low, r.likely, r.high};
    const char* names[3] = {"low", "likely", "high"};
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
      const std::string p = path + "." + names[i];
      if (!finite(p, v[i])) {
        ok = false;
      } else if (strictly_positive && !(v[i] > lo)) {
        add(p, "must be > " + num(lo) + ", got " + num(v[i]));
        ok = false;
      } else if (v[i] < lo || v[i] > hi) {
        add(p, hi >= 1e300 ? "must be >= " + num(lo) + ", got " + num(v[i])
                           : "must be between " + num(lo) + " and " + num(hi) + ", got " + num(v[i]));
        ok = false;
      }
    }
    if (ok && !(r.low <= r.likely && r.likely <= r.high))
      add(path,
          "must have low <= likely <= high, got " + num(r.low) + ", " + num(r.likely) + ", " + num(r.high));
  }
};

constexpr double kNoMax = 1e308;

// ---- 2. Organisation, tiers, models ---------------------------------------

void check_org(Checker& c, const Organisation& o) {
  c.between("org.horizon_months", o.horizon_months, 1, 600);
  c.between("org.start_month", o.start_month, 1, 12);
  c.between("org.discount_rate_annual", o.discount_rate_annual, 0, 1);
  c.above("org.hours_per_fte_year", o.hours_per_fte_year, 0);
  c.at_least("org.default_hourly_cost", o.default_hourly_cost, 0);
}

void check_tiers(Checker& c, const Scenario& s) {
  const auto& tiers = s.framework.tiers;
  if (tiers.empty()) c.add("framework.tiers", "must have at least one tier");
  if (tiers.size() > 8)
    c.add("framework.tiers", "must have at most 8 tiers, got " + std::to_string(tiers.size()));
  for (size_t k = 0; k < tiers.size(); ++k) {
    const std::string p = "framework." + idx("tiers", k);
    const Tier& t = tiers[k];
    if (t.name.empty()) c.add(p + ".name", "must not be empty");
    c.range(p + ".learning_hours", t.learning_hours, 0, kNoMax);
    c.range(p + ".uplift", t.uplift, 0, 1);
    c.between(p + ".ramp_weeks", t.ramp_weeks, 0, 520);
    if (!t.default_model.empty() && find_model(s, t.default_model) < 0)
      c.add(p + ".default_model", "unknown delivery model \"" + t.default_model + "\"");
    // Uplift belongs to the tier: a higher tier saves at least what a lower one does.
    if (k > 0 && std::isfinite(t.uplift.likely) && std::isfinite(tiers[k - 1].uplift.likely) &&
        t.uplift.likely < tiers[k - 1].uplift.likely)
      c.add(p + ".uplift.likely", "must be >= the previous tier's (" + num(tiers[k - 1].uplift.likely) +
                                      "), got " + num(t.uplift.likely));
  }
}

void check_models(Checker& c, const Scenario& s) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  for (size_t j = 0; j < s.models.size(); ++j) {
    const std::string p = idx("models", j);
    const DeliveryModel& m = s.models[j];
    if (m.id.empty()) c.add(p + ".id", "must not be empty");
    for (size_t i = 0; i < j; ++i)
      if (!m.id.empty() && s.models[i].id == m.id)
        c.add(p + ".id", "duplicate id \"" + m.id + "\" (also models[" + std::to_string(i) + "])");
    c.range(p + ".cost", m.cost, 0, kNoMax);
    c.range(p + ".duration_weeks", m.duration_weeks, 0, 520, true);
    c.between(p + ".group_size", m.group_size, 1, 100000);
    c.between(p + ".manager_hours_per_week", m.manager_hours_per_week, 0, 80);
    c.between(p + ".stagger_weeks", m.stagger_weeks, 0, 520);
    c.range(p + ".completion_rate", m.completion_rate, 0, 1);
    c.range(p + ".application_rate", m.application_rate, 0, 1);
    c.between(p + ".decay_half_life_months", m.decay_half_life_months, 0, 1200);
    if (m.min_tier < 0 || m.min_tier >= tiers)
      c.add(p + ".min_tier",
            "must be a tier index 0.." + std::to_string(tiers - 1) + ", got " + std::to_string(m.min_tier));
    if (m.max_tier < m.min_tier || m.max_tier >= tiers)
      c.add(p + ".max_tier", "must be between min_tier (" + std::to_string(m.min_tier) + ") and " +
                                 std::to_string(tiers - 1) + ", got " + std::to_string(m.max_tier));
  }
}

// ---- 3. Segments ----------------------------------------------------------

void check_segments(Checker& c, const Scenario& s) {
  const size_t tiers = s.framework.tiers.size();
  for (size_t i = 0; i < s.segments.size(); ++i) {
    const std::string p = idx("segments", i);
    const Segment& g = s.segments[i];
    if (g.name.empty()) c.add(p + ".name", "must not be empty");
    c.at_least(p + ".headcount", g.headcount, 0);
    c.at_most(p + ".headcount", g.headcount, 10000000);
    c.at_least(p + ".hourly_cost", g.hourly_cost, 0);
    c.between(p + ".addressable_hours_week", g.addressable_hours_week, 0, 168);
    c.at_least(p + ".wave", g.wave, 1);
    c.at_least(p + ".managers", g.managers, 0);
    if (g.current_at_tier.size() != tiers) {
      c.add(p + ".current_at_tier", "must have one entry per tier (" + std::to_string(tiers) + "), got " +
                                        std::to_string(g.current_at_tier.size()));
    } else {
      long long sum = 0;
      for (size_t k = 0; k < tiers; ++k) {
        c.at_least(p + ".current_at_tier[" + std::to_string(k) + "]", g.current_at_tier[k], 0);
        if (g.current_at_tier[k] > 0) sum += g.current_at_tier[k];
      }
      if (sum > g.headcount && g.headcount >= 0)
        c.add(p + ".current_at_tier", "must not add up to more than headcount (" +
                                          std::to_string(g.headcount) + "), got " + std::to_string(sum));
    }
    if (g.target_share.size() != tiers) {
      c.add(p + ".target_share", "must have one entry per tier (" + std::to_string(tiers) + "), got " +
                                     std::to_string(g.target_share.size()));
    } else {
      for (size_t k = 0; k < tiers; ++k) {
        const std::string pk = p + ".target_share[" + std::to_string(k) + "]";
        c.between(pk, g.target_share[k], 0, 1);
        if (k > 0 && std::isfinite(g.target_share[k]) && g.target_share[k] > g.target_share[k - 1])
          c.add(pk,
                "target shares are cumulative and must not rise with the tier: " + num(g.target_share[k]) +
                    " > tier " + std::to_string(k - 1) + "'s " + num(g.target_share[k - 1]));
      }
    }
  }
}

// ---- 4. Plan rows ---------------------------------------------------------

void check_plan(Checker& c, const Scenario& s) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  const int segs = static_cast<int>(s.segments.size());
  for (size_t i = 0; i < s.plan.size(); ++i) {
    const std::string p = idx("plan", i);
    const Assignment& a = s.plan[i];
    if (a.segment < -1 || a.segment >= segs)
      c.add(p + ".segment", "must be -1 (every segment) or a segment index 0.." + std::to_string(segs - 1) +
                                ", got " + std::to_string(a.segment));
    if (a.tier < 0 || a.tier >= tiers)
      c.add(p + ".tier",
            "must be a tier index 0.." + std::to_string(tiers - 1) + ", got " + std::to_string(a.tier));
    const int j = find_model(s, a.model);
    if (j < 0) {
      c.add(p + ".model", "unknown delivery model \"" + a.model + "\"");
    } else if (a.tier >= 0 && a.tier < tiers &&
               (a.tier < s.models[j].min_tier || a.tier > s.models[j].max_tier)) {
      c.add(p + ".model", "\"" + a.model + "\" delivers tiers " + std::to_string(s.models[j].min_tier) +
                              ".." + std::to_string(s.models[j].max_tier) + ", not tier " +
                              std::to_string(a.tier));
    }
    c.between(p + ".share", a.share, 0, 1);
  }
  // Shares for one (segment, tier) must not exceed 1 (rows for every segment count for each).
  if (segs == 0 || tiers == 0) return;
  for (int sg = 0; sg < segs; ++sg)
    for (int k = 0; k < tiers; ++k) {
      const double sum = assigned_share(s, sg, k);
      if (std::isfinite(sum) && sum > 1.0 + 1e-9) {
        size_t last = 0;
        for (size_t i = 0; i < s.plan.size(); ++i)
          if ((s.plan[i].segment == sg || s.plan[i].segment == -1) && s.plan[i].tier == k) last = i;
        c.add(idx("plan", last) + ".share", "shares for segments[" + std::to_string(sg) + "] tier " +
                                                std::to_string(k) + " add up to " + num(sum) +
                                                ", must be <= 1");
      }
    }
}

// ---- 5. Capacity, readiness, adjustments, target --------------------------

void check_rest(Checker& c, const Scenario& s) {
  const Capacity& cap = s.capacity;
  c.between("capacity.max_parallel_groups", cap.max_parallel_groups, 1, 100000);
  c.at_least("capacity.coaches", cap.coaches, 0);
  c.between("capacity.first_wave_share", cap.first_wave_share, 0, 1);
  c.at_least("capacity.monthly_spend_cap", cap.monthly_spend_cap, 0);

  const Readiness& r = s.readiness;
  c.between("readiness.learning_climate", r.learning_climate, 1, 5);
  c.between("readiness.organisational_systems", r.organisational_systems, 1, 5);
  c.between("readiness.job_design", r.job_design, 1, 5);
  c.between("readiness.manager_support", r.manager_support, 1, 5);
  c.between("readiness.incentives", r.incentives, 1, 5);
  c.between("readiness.practice_hours_week", r.practice_hours_week, 0, 40);
  c.between("readiness.productivity_dip", r.productivity_dip, 0, 1);

  const Adjustments& a = s.adjustments;
  c.between("adjustments.overhead", a.overhead, 0, 10);
  c.between("adjustments.contingency", a.contingency, 0, 10);
  c.between("adjustments.attribution", a.attribution, 0, 1);
  c.between("adjustments.confidence", a.confidence, 0, 1);
  c.range("adjustments.decay_half_life_months", a.decay_half_life_months, 0, 1200, true);

  const Target& t = s.target;
  c.between("target.share", t.share, 0, 1);
  const int tiers = static_cast<int>(s.framework.tiers.size());
  if (t.tier < 0 || t.tier >= tiers)
    c.add("target.tier",
          "must be a tier index 0.." + std::to_string(tiers - 1) + ", got " + std::to_string(t.tier));
  c.between("target.by_month", t.by_month, 1, 600);
}

// ---- 6. Cross-checks --------------------------------------------------------

// Learners the plan leaves without a model, and groups that could never start
// because their segment has no manager or the org no coach. Only run when the
// structure is sound (tier-sized vectors, known models).
void check_unschedulable(Checker& c, const Scenario& s) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  for (size_t sg = 0; sg < s.segments.size(); ++sg) {
    const Segment& g = s.segments[sg];
    for (int k = 0; k < tiers; ++k) {
      if (learners_for_tier(g, k) == 0) continue;
      bool uses_manager = false, uses_coach = false;
      for (const Assignment& a : s.plan)
        if ((a.segment == static_cast<int>(sg) || a.segment == -1) && a.tier == k && a.share > 0) {
          const int j = find_model(s, a.model);
          uses_manager |= s.models[j].needs_manager;
          uses_coach |= s.models[j].needs_coach;
        }
      const double rest = 1.0 - assigned_share(s, static_cast<int>(sg), k);
      if (rest > 1e-9) {
        const int j = find_model(s, s.framework.tiers[k].default_model);
        if (j < 0) {
          c.add("framework." + idx("tiers", k) + ".default_model",
                "required: segments[" + std::to_string(sg) + "] has tier " + std::to_string(k) +
                    " learners the plan gives no model");
        } else {
          uses_manager |= s.models[j].needs_manager;
          uses_coach |= s.models[j].needs_coach;
        }
      }
      if (uses_manager && g.managers < 1)
        c.add(idx("segments", sg) + ".managers", "must be >= 1: tier " + std::to_string(k) +
                                                     " is delivered by a model that needs a manager, got 0");
      if (uses_coach && s.capacity.coaches < 1)
        c.add("capacity.coaches", "must be >= 1: the plan uses a model that needs a coach, got 0");
    }
  }
}

// "name[12]" -> {"name", 12}; no index -> -1.
std::pair<std::string, int> split_index(const std::string& part) {
  const size_t open = part.find('[');
  if (open == std::string::npos) return {part, -1};
  return {part.substr(0, open), std::atoi(part.c_str() + open + 1)};
}

}  // namespace

Issue locate_issue(const std::string& path, const std::string& message) {
  Issue issue(path, message);
  std::string rest = path.rfind("framework.", 0) == 0 ? path.substr(10) : path;
  const size_t dot = rest.find('.');
  const auto [table, row] = split_index(rest.substr(0, dot));
  if (dot == std::string::npos) {  // "version", "framework.tiers"
    if (table != "version") issue.table = table;
    issue.row = row;
    return issue;
  }
  issue.table = table;
  issue.row = row;
  rest = rest.substr(dot + 1);
  const auto [field, entry] = split_index(rest.substr(0, rest.find('.')));
  issue.field = field;
  issue.entry = entry;
  return issue;
}

std::vector<Issue> validate(const Scenario& s) {
  std::vector<Issue> issues;
  Checker c{issues};
  if (s.version != 3) c.add("version", "must be 3, got " + std::to_string(s.version));
  check_org(c, s.org);
  check_tiers(c, s);
  check_models(c, s);
  check_segments(c, s);
  check_plan(c, s);
  check_rest(c, s);
  if (issues.empty()) check_unschedulable(c, s);
  // Measurement plan and actuals (issue 15): core/actuals.cpp.
  for (Issue& i : validate_actuals(s)) issues.push_back(std::move(i));
  // One message per problem: the same path and text reported twice (e.g. a
  // coach shortage found from several segments) is kept once.
  std::vector<Issue> unique;
  for (const Issue& i : issues) {
    bool seen = false;
    for (const Issue& u : unique) seen |= (u.path == i.path && u.message == i.message);
    if (!seen) unique.push_back(i);
  }
  return unique;
}

}  // namespace planner
