// scenario_builder.h — the one way tests build a Scenario in code.
//
// A test says what its scenario holds, one line a record, and nothing else:
//
//   Scenario s = ScenarioBuilder()
//                    .tier("T1", 10, 0.1, 0, "m")
//                    .model(ModelSpec("m", CostBasis::PerLearner, 100).weeks(4).group(GroupKind::Cohort, 10))
//                    .segment(SegmentSpec("S", 10).pay(50, 10))
//                    .target(1.0, 0, 12);
//
// Whatever a line does not name keeps the default in core/scenario.h, so
// this file holds no second copy of a default; the one thing it fills in is
// a segment's people today and targets, up to the number of tiers (tier()).
// Start from ScenarioBuilder() (the struct defaults, no records) or from any
// scenario (a preset, a fixture such as test::tiny()). ModelSpec and
// SegmentSpec also stand alone: `s.models.push_back(ModelSpec(s.models[0])
// .id("b").cost(400))` adds a copy of a model that differs in what it names.
// Random generators: draw into locals first; the arguments of one call are
// evaluated in no fixed order, so native and wasm could draw differently.
//
// Sections
//   1. RangeArg: a number or a low / likely / high triple
//   2. ModelSpec, SegmentSpec: one record in one chained expression
//   3. ScenarioBuilder
//   4. Records several fixtures share
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/scenario.h"

namespace planner::test {

// ---- 1. RangeArg ------------------------------------------------------------------

// Lets a setter take 4 (fixed) or {2, 3, 4} (low, likely, high) or a Range.
struct RangeArg {
  Range r;
  RangeArg(double v) : r(Range::fixed(v)) {}                                  // NOLINT: implicit on purpose
  RangeArg(double low, double likely, double high) : r{low, likely, high} {}  // NOLINT
  RangeArg(Range v) : r(v) {}                                                 // NOLINT
};

// ---- 2. ModelSpec, SegmentSpec ----------------------------------------------------

// What every builder here shares: the record it builds, a setter that
// returns the builder for the next link, and use wherever the record is wanted.
template <class Self, class Record>
class Chain {
 public:
  operator Record() const { return r_; }  // NOLINT: `Scenario s = ScenarioBuilder()...;` and the like

 protected:
  Chain() = default;
  explicit Chain(Record from) : r_(std::move(from)) {}
  template <class T, class V>
  Self& set(T& field, V&& v) {
    field = std::forward<V>(v);
    return static_cast<Self&>(*this);
  }
  Record r_;
};

class ModelSpec : public Chain<ModelSpec, DeliveryModel> {
 public:
  ModelSpec(std::string id, CostBasis basis, RangeArg cost) {
    r_.id = std::move(id);
    r_.basis = basis;
    r_.cost = cost.r;
  }
  explicit ModelSpec(DeliveryModel from) : Chain(std::move(from)) {}  // a copy to change

  ModelSpec& id(std::string v) { return set(r_.id, std::move(v)); }
  ModelSpec& name(std::string v) { return set(r_.name, std::move(v)); }
  ModelSpec& basis(CostBasis v) { return set(r_.basis, v); }
  ModelSpec& cost(RangeArg v) { return set(r_.cost, v.r); }
  ModelSpec& sunk(bool v = true) { return set(r_.sunk, v); }
  ModelSpec& weeks(RangeArg v) { return set(r_.duration_weeks, v.r); }
  ModelSpec& group(GroupKind kind) { return set(r_.group, kind); }
  ModelSpec& group(GroupKind kind, int size) { return group(kind).set(r_.group_size, size); }
  ModelSpec& coach(bool v = true) { return set(r_.needs_coach, v); }
  ModelSpec& manager(bool needs) { return set(r_.needs_manager, needs); }
  ModelSpec& manager(bool needs, double hours_per_week) {
    return manager(needs).set(r_.manager_hours_per_week, hours_per_week);
  }
  ModelSpec& completion(RangeArg v) { return set(r_.completion_rate, v.r); }
  ModelSpec& application(RangeArg v) { return set(r_.application_rate, v.r); }
  ModelSpec& reinforces(bool v = true) { return set(r_.reinforces, v); }
  ModelSpec& decay(double half_life_months) { return set(r_.decay_half_life_months, half_life_months); }
  ModelSpec& stagger(int weeks) { return set(r_.stagger_weeks, weeks); }
  ModelSpec& tiers(int min, int max) { return set(r_.min_tier, min).set(r_.max_tier, max); }
  ModelSpec& source(std::string v) { return set(r_.source, std::move(v)); }
};

// A segment; `current` and `targets` may be left short: ScenarioBuilder
// fills them to the number of tiers (see ScenarioBuilder::segment).
class SegmentSpec : public Chain<SegmentSpec, Segment> {
 public:
  SegmentSpec(std::string name, int headcount, std::vector<int> current = {},
              std::vector<double> targets = {}) {
    r_.name = std::move(name);
    r_.headcount = headcount;
    r_.current_at_tier = std::move(current);
    r_.target_share = std::move(targets);
  }
  explicit SegmentSpec(Segment from) : Chain(std::move(from)) {}  // a copy to change

  SegmentSpec& name(std::string v) { return set(r_.name, std::move(v)); }
  SegmentSpec& headcount(int v) { return set(r_.headcount, v); }
  SegmentSpec& pay(double hourly, double addressable_hours_week) {
    return hourly_cost(hourly).set(r_.addressable_hours_week, addressable_hours_week);
  }
  SegmentSpec& hourly_cost(double v) { return set(r_.hourly_cost, v); }
  SegmentSpec& current(std::vector<int> v) { return set(r_.current_at_tier, std::move(v)); }
  SegmentSpec& targets(std::vector<double> v) { return set(r_.target_share, std::move(v)); }
  SegmentSpec& managers(int v) { return set(r_.managers, v); }
  SegmentSpec& wave(int v) { return set(r_.wave, v); }
};

// ---- 3. ScenarioBuilder -----------------------------------------------------------

class ScenarioBuilder : public Chain<ScenarioBuilder, Scenario> {
 public:
  ScenarioBuilder() = default;                                         // struct defaults, no records
  explicit ScenarioBuilder(Scenario from) : Chain(std::move(from)) {}  // a preset or fixture to extend

  ScenarioBuilder& title(std::string title, std::string description = {}) {
    return set(r_.title, std::move(title)).set(r_.description, std::move(description));
  }
  ScenarioBuilder& org(Organisation o) { return set(r_.org, std::move(o)); }
  ScenarioBuilder& horizon(int months) { return set(r_.org.horizon_months, months); }
  ScenarioBuilder& discount(double annual) { return set(r_.org.discount_rate_annual, annual); }
  ScenarioBuilder& framework(std::string name) { return set(r_.framework.name, std::move(name)); }

  // A tier on top. Segments already there get nobody at it today and the
  // target of the tier below (cumulative targets never rise with the tier).
  ScenarioBuilder& tier(std::string name, RangeArg learning_hours, RangeArg uplift, int ramp_weeks,
                        std::string default_model) {
    Tier t;
    t.name = std::move(name);
    t.learning_hours = learning_hours.r;
    t.uplift = uplift.r;
    t.ramp_weeks = ramp_weeks;
    t.default_model = std::move(default_model);
    return tier(std::move(t));
  }
  ScenarioBuilder& tier(Tier t) {
    r_.framework.tiers.push_back(std::move(t));
    for (Segment& g : r_.segments) fill_to_tiers(g);
    return *this;
  }
  ScenarioBuilder& model(DeliveryModel m) {
    r_.models.push_back(std::move(m));
    return *this;
  }
  // A segment; people today and targets left short are filled as tier() does.
  ScenarioBuilder& segment(Segment g) {
    fill_to_tiers(g);
    r_.segments.push_back(std::move(g));
    return *this;
  }
  // A plan row: `share` of `segment`'s learners of `tier` (0-based; segment -1 = all) on `model`.
  ScenarioBuilder& row(int segment, int tier, std::string model, double share = 1.0) {
    r_.plan.push_back({segment, tier, std::move(model), share});
    return *this;
  }
  ScenarioBuilder& capacity(int parallel_groups, int coaches,
                            double first_wave_share = Capacity{}.first_wave_share,
                            double monthly_spend_cap = Capacity{}.monthly_spend_cap) {
    return set(r_.capacity, Capacity{parallel_groups, coaches, first_wave_share, monthly_spend_cap});
  }
  ScenarioBuilder& readiness(Readiness r) { return set(r_.readiness, r); }
  ScenarioBuilder& adjustments(Adjustments a) { return set(r_.adjustments, a); }
  // Switches off what blurs hand arithmetic: overhead, contingency, practice
  // time and the dip 0; attribution and confidence 1.
  ScenarioBuilder& plain_arithmetic() {
    r_.readiness.practice_hours_week = 0;
    r_.readiness.productivity_dip = 0;
    r_.adjustments.overhead = 0;
    r_.adjustments.contingency = 0;
    r_.adjustments.attribution = 1;
    r_.adjustments.confidence = 1;
    return *this;
  }
  ScenarioBuilder& target(double share, int tier, int by_month,
                          bool count_applying = Target{}.count_applying) {
    return set(r_.target, Target{share, tier, by_month, count_applying});
  }

 private:
  void fill_to_tiers(Segment& g) const {
    const std::size_t k = r_.framework.tiers.size();
    if (g.current_at_tier.size() < k) g.current_at_tier.resize(k, 0);
    while (g.target_share.size() < k)
      g.target_share.push_back(g.target_share.empty() ? 1.0 : g.target_share.back());
  }
};

// ---- 4. Records several fixtures share ---------------------------------------------

// Leland's self-paced platform: $20-50 a seat a month, 2-4 weeks, no groups,
// no manager time, tier 0 only. Completion and application are the caller's.
inline ModelSpec self_paced_platform() {
  return ModelSpec("platform", CostBasis::PerSeatMonth, {20, 35, 50})
      .name("Self-paced platform")
      .weeks({2, 3, 4})
      .group(GroupKind::None, 50)
      .manager(false, 0)
      .tiers(0, 0);
}

// Leland's team-embedded coaching: $200-500 a learner a week for 6-8 weeks,
// teams of 10, a coach each, reinforced; tier 1. Rates are the caller's.
inline ModelSpec team_coaching() {
  return ModelSpec("coaching", CostBasis::PerLearnerWeek, {200, 350, 500})
      .name("Team-embedded coaching")
      .weeks({6, 7, 8})
      .group(GroupKind::Team, 10)
      .coach()
      .reinforces()
      .tiers(1, 1);
}

}  // namespace planner::test
