// scenario_fields.h — the one list of the scenario's JSON fields.
//
// Each record lists its fields once, by their C++ names, and the reader, the
// writer and the default-omitting link writer all walk these lists. So a
// field added to core/scenario.h and listed here is loaded, saved, linked and
// round-trip tested with no other change; a field missing here is caught by
// the "every field round-trips" test (tests/io/scenario_json_test.cpp).
//
// Each list is walked over two objects at once, `a` (the one read or
// written) and `b` (its defaults), so the compact writer can drop a field
// equal to the value a reader would assume when it is missing.
#pragma once

#include "core/scenario.h"

namespace planner::io::fields {

#define PLANNER_FIELD(f) v(#f, a.f, b.f)

template <class V>
void visit(V& v, Organisation& a, const Organisation& b) {
  PLANNER_FIELD(name);
  PLANNER_FIELD(currency_code);
  PLANNER_FIELD(currency_symbol);
  PLANNER_FIELD(start_year);
  PLANNER_FIELD(start_month);
  PLANNER_FIELD(horizon_months);
  PLANNER_FIELD(discount_rate_annual);
  PLANNER_FIELD(hours_per_fte_year);
  PLANNER_FIELD(default_hourly_cost);
}

template <class V>
void visit(V& v, Tier& a, const Tier& b) {
  PLANNER_FIELD(name);
  PLANNER_FIELD(description);
  PLANNER_FIELD(learning_hours);
  PLANNER_FIELD(uplift);
  PLANNER_FIELD(ramp_weeks);
  PLANNER_FIELD(default_model);
  PLANNER_FIELD(source);
}

template <class V>
void visit(V& v, TierFramework& a, const TierFramework& b) {
  PLANNER_FIELD(name);
  PLANNER_FIELD(tiers);
}

template <class V>
void visit(V& v, DeliveryModel& a, const DeliveryModel& b) {
  PLANNER_FIELD(id);
  PLANNER_FIELD(name);
  PLANNER_FIELD(basis);
  PLANNER_FIELD(cost);
  PLANNER_FIELD(sunk);
  PLANNER_FIELD(duration_weeks);
  PLANNER_FIELD(group);
  PLANNER_FIELD(group_size);
  PLANNER_FIELD(needs_coach);
  PLANNER_FIELD(needs_manager);
  PLANNER_FIELD(manager_hours_per_week);
  PLANNER_FIELD(completion_rate);
  PLANNER_FIELD(application_rate);
  PLANNER_FIELD(reinforces);
  PLANNER_FIELD(decay_half_life_months);
  PLANNER_FIELD(stagger_weeks);
  PLANNER_FIELD(min_tier);
  PLANNER_FIELD(max_tier);
  PLANNER_FIELD(source);
}

template <class V>
void visit(V& v, Segment& a, const Segment& b) {
  PLANNER_FIELD(name);
  PLANNER_FIELD(headcount);
  PLANNER_FIELD(hourly_cost);
  PLANNER_FIELD(addressable_hours_week);
  PLANNER_FIELD(current_at_tier);
  PLANNER_FIELD(target_share);
  PLANNER_FIELD(wave);
  PLANNER_FIELD(managers);
  PLANNER_FIELD(role_plan);
}

template <class V>
void visit(V& v, RolePlan& a, const RolePlan& b) {
  PLANNER_FIELD(skills);
  PLANNER_FIELD(in_work);
  PLANNER_FIELD(built_by);
  PLANNER_FIELD(practised);
}

template <class V>
void visit(V& v, Assignment& a, const Assignment& b) {
  PLANNER_FIELD(segment);
  PLANNER_FIELD(tier);
  PLANNER_FIELD(model);
  PLANNER_FIELD(share);
}

template <class V>
void visit(V& v, Capacity& a, const Capacity& b) {
  PLANNER_FIELD(max_parallel_groups);
  PLANNER_FIELD(coaches);
  PLANNER_FIELD(first_wave_share);
  PLANNER_FIELD(monthly_spend_cap);
}

template <class V>
void visit(V& v, Readiness& a, const Readiness& b) {
  PLANNER_FIELD(learning_climate);
  PLANNER_FIELD(organisational_systems);
  PLANNER_FIELD(job_design);
  PLANNER_FIELD(manager_support);
  PLANNER_FIELD(incentives);
  PLANNER_FIELD(practice_hours_week);
  PLANNER_FIELD(productivity_dip);
}

template <class V>
void visit(V& v, Adjustments& a, const Adjustments& b) {
  PLANNER_FIELD(overhead);
  PLANNER_FIELD(contingency);
  PLANNER_FIELD(attribution);
  PLANNER_FIELD(confidence);
  PLANNER_FIELD(decay_half_life_months);
  PLANNER_FIELD(distribution);
}

template <class V>
void visit(V& v, Target& a, const Target& b) {
  PLANNER_FIELD(share);
  PLANNER_FIELD(tier);
  PLANNER_FIELD(by_month);
  PLANNER_FIELD(count_applying);
}

template <class V>
void visit(V& v, Scenario& a, const Scenario& b) {
  PLANNER_FIELD(version);
  PLANNER_FIELD(title);
  PLANNER_FIELD(description);
  PLANNER_FIELD(org);
  PLANNER_FIELD(framework);
  PLANNER_FIELD(models);
  PLANNER_FIELD(segments);
  PLANNER_FIELD(plan);
  PLANNER_FIELD(capacity);
  PLANNER_FIELD(readiness);
  PLANNER_FIELD(adjustments);
  PLANNER_FIELD(target);
  // Measurement and actuals (version 3).
  PLANNER_FIELD(measures);
  PLANNER_FIELD(actuals);
}

// ---- Measurement and actuals (version 3) ----
template <class V>
void visit(V& v, Metric& a, const Metric& b) {
  PLANNER_FIELD(tier);
  PLANNER_FIELD(name);
  PLANNER_FIELD(unit);
  PLANNER_FIELD(target);
  PLANNER_FIELD(higher_is_better);
  PLANNER_FIELD(collected);
}

template <class V>
void visit(V& v, MetricValue& a, const MetricValue& b) {
  PLANNER_FIELD(metric);
  PLANNER_FIELD(value);
}

template <class V>
void visit(V& v, SegmentActual& a, const SegmentActual& b) {
  PLANNER_FIELD(segment);
  PLANNER_FIELD(enrolled);
  PLANNER_FIELD(completed);
  PLANNER_FIELD(applying);
}

template <class V>
void visit(V& v, ActualMonth& a, const ActualMonth& b) {
  PLANNER_FIELD(month);
  PLANNER_FIELD(spend);
  PLANNER_FIELD(enrolled);
  PLANNER_FIELD(completed);
  PLANNER_FIELD(applying);
  PLANNER_FIELD(hours_saved_per_week);
  PLANNER_FIELD(metrics);
  PLANNER_FIELD(segments);
}

template <class V>
void visit(V& v, Actuals& a, const Actuals& b) {
  PLANNER_FIELD(as_of_month);
  PLANNER_FIELD(months);
}

#undef PLANNER_FIELD

// True for the types above (records read and written field by field).
template <class T>
struct is_record : std::false_type {};
template <>
struct is_record<Organisation> : std::true_type {};
template <>
struct is_record<Tier> : std::true_type {};
template <>
struct is_record<TierFramework> : std::true_type {};
template <>
struct is_record<DeliveryModel> : std::true_type {};
template <>
struct is_record<Segment> : std::true_type {};
template <>
struct is_record<RolePlan> : std::true_type {};
template <>
struct is_record<Assignment> : std::true_type {};
template <>
struct is_record<Capacity> : std::true_type {};
template <>
struct is_record<Readiness> : std::true_type {};
template <>
struct is_record<Adjustments> : std::true_type {};
template <>
struct is_record<Target> : std::true_type {};
template <>
struct is_record<Scenario> : std::true_type {};
template <>
struct is_record<Metric> : std::true_type {};
template <>
struct is_record<MetricValue> : std::true_type {};
template <>
struct is_record<ActualMonth> : std::true_type {};
template <>
struct is_record<Actuals> : std::true_type {};
template <>
struct is_record<SegmentActual> : std::true_type {};

}  // namespace planner::io::fields
