#include "ui/scenario_edits.h"

#include <algorithm>
#include <utility>

#include "ui/actuals_edits.h"

namespace planner::ui {
namespace {

int tier_count(const Scenario& s) { return static_cast<int>(s.framework.tiers.size()); }

bool valid_segment(const Scenario& s, int i) { return i >= 0 && i < static_cast<int>(s.segments.size()); }

}  // namespace

void add_segment(Scenario& s) {
  Segment seg;
  seg.name = "Segment " + std::to_string(s.segments.size() + 1);
  seg.headcount = 10;
  seg.hourly_cost = s.org.default_hourly_cost;
  const int tiers = tier_count(s);
  seg.current_at_tier.assign(tiers, 0);
  seg.target_share.assign(tiers, 0.0);  // no silent goals: they are the user's to type
  s.segments.push_back(seg);
}

Scenario blank_plan(const Scenario& base) {
  Scenario s = base;
  s.title = "New plan";
  s.description.clear();
  s.org.name = "My organisation";
  s.segments.clear();
  s.plan.clear();
  return s;
}

void duplicate_segment(Scenario& s, int index) {
  if (!valid_segment(s, index)) return;
  Segment copy = s.segments[index];
  copy.name += " (copy)";
  s.segments.insert(s.segments.begin() + index + 1, copy);
  std::vector<Assignment> extra;
  for (Assignment& a : s.plan) {
    if (a.segment > index) ++a.segment;
    if (a.segment == index) {
      Assignment b = a;
      b.segment = index + 1;
      extra.push_back(b);
    }
  }
  s.plan.insert(s.plan.end(), extra.begin(), extra.end());
  actuals_segment_duplicated(s, index);
}

void remove_segment(Scenario& s, int index) {
  if (!valid_segment(s, index)) return;
  s.segments.erase(s.segments.begin() + index);
  s.plan.erase(
      std::remove_if(s.plan.begin(), s.plan.end(), [&](const Assignment& a) { return a.segment == index; }),
      s.plan.end());
  for (Assignment& a : s.plan)
    if (a.segment > index) --a.segment;
  actuals_segment_removed(s, index);
}

void move_segment(Scenario& s, int index, int delta) {
  const int other = index + delta;
  if (!valid_segment(s, index) || !valid_segment(s, other)) return;
  std::swap(s.segments[index], s.segments[other]);
  for (Assignment& a : s.plan) {
    if (a.segment == index)
      a.segment = other;
    else if (a.segment == other)
      a.segment = index;
  }
  actuals_segments_swapped(s, index, other);
}

void fit_segments_to_tiers(Scenario& s) {
  const int tiers = tier_count(s);
  for (Segment& seg : s.segments) {
    seg.current_at_tier.resize(tiers, 0);
    seg.target_share.resize(tiers, 0.0);
  }
  // Months of actuals follow too: nobody was at a new tier; a removed tier's counts go.
  const auto fit = [&](std::vector<double>& v) {
    if (!v.empty()) v.resize(static_cast<size_t>(tiers), 0.0);
  };
  for (ActualMonth& m : s.actuals.months) {
    for (auto* v : {&m.enrolled, &m.completed, &m.applying}) fit(*v);
    for (SegmentActual& row : m.segments)
      for (auto* v : {&row.enrolled, &row.completed, &row.applying}) fit(*v);
  }
  s.target.tier = std::clamp(s.target.tier, 0, std::max(0, tiers - 1));
  s.plan.erase(
      std::remove_if(s.plan.begin(), s.plan.end(), [&](const Assignment& a) { return a.tier >= tiers; }),
      s.plan.end());
}

void add_tier(Scenario& s) {
  Tier t;
  t.name = "Tier " + std::to_string(s.framework.tiers.size() + 1);
  if (!s.framework.tiers.empty()) {
    const Tier& last = s.framework.tiers.back();
    t.learning_hours = last.learning_hours;
    t.uplift = last.uplift;
    t.ramp_weeks = last.ramp_weeks;
    t.default_model = last.default_model;
  } else if (!s.models.empty()) {
    t.default_model = s.models[0].id;
  }
  s.framework.tiers.push_back(t);
  fit_segments_to_tiers(s);
}

void remove_last_tier(Scenario& s) {
  if (s.framework.tiers.size() <= 1) return;
  s.framework.tiers.pop_back();
  fit_segments_to_tiers(s);
}

std::string unique_model_id(const Scenario& s, const std::string& base) {
  std::string id = base;
  for (int n = 2; find_model(s, id) >= 0; ++n) id = base + "-" + std::to_string(n);
  return id;
}

void add_model(Scenario& s) {
  DeliveryModel m;
  m.id = unique_model_id(s, "model");
  m.name = "New delivery model";
  m.basis = CostBasis::PerLearner;
  m.cost = {100, 200, 300};
  m.duration_weeks = {4, 6, 8};
  m.group = GroupKind::Cohort;
  m.completion_rate = {0.7, 0.8, 0.9};
  m.application_rate = {0.4, 0.5, 0.6};
  m.max_tier = std::max(0, tier_count(s) - 1);
  s.models.push_back(m);
}

void duplicate_model(Scenario& s, int index) {
  if (index < 0 || index >= static_cast<int>(s.models.size())) return;
  DeliveryModel copy = s.models[index];
  copy.id = unique_model_id(s, copy.id);
  copy.name += " (copy)";
  s.models.insert(s.models.begin() + index + 1, copy);
}

void remove_model(Scenario& s, int index) {
  if (index < 0 || index >= static_cast<int>(s.models.size()) || s.models.size() <= 1) return;
  const std::string id = s.models[index].id;
  s.models.erase(s.models.begin() + index);
  s.plan.erase(
      std::remove_if(s.plan.begin(), s.plan.end(), [&](const Assignment& a) { return a.model == id; }),
      s.plan.end());
  for (int k = 0; k < tier_count(s); ++k) {
    Tier& t = s.framework.tiers[k];
    if (t.default_model != id) continue;
    t.default_model = s.models[0].id;
    for (const DeliveryModel& m : s.models)
      if (k >= m.min_tier && k <= m.max_tier) {
        t.default_model = m.id;
        break;
      }
  }
}

void rename_model_id(Scenario& s, const std::string& from, const std::string& to) {
  for (DeliveryModel& m : s.models)
    if (m.id == from) m.id = to;
  for (Tier& t : s.framework.tiers)
    if (t.default_model == from) t.default_model = to;
  for (Assignment& a : s.plan)
    if (a.model == from) a.model = to;
}

}  // namespace planner::ui
