// names.cpp — the tables (see names.h).
#include "core/names.h"

#include <iterator>

namespace planner {
namespace {

const EnumWords<CostBasis> kCostBases[] = {
    {CostBasis::PerSeatMonth, "per_seat_month", "per seat per month", "seat-month"},
    {CostBasis::PerLearner, "per_learner", "per learner", "learner"},
    {CostBasis::PerLearnerWeek, "per_learner_week", "per learner per week", "learner-week"},
    {CostBasis::PerLearnerMonth, "per_learner_month", "per learner per month", "learner-month"},
    {CostBasis::PerEngagement, "per_engagement", "per engagement", "engagement"},
};
const EnumWords<GroupKind> kGroupKinds[] = {
    {GroupKind::None, "none", "none (self-paced)", ""},
    {GroupKind::Class, "class", "class", ""},
    {GroupKind::Team, "team", "team", ""},
    {GroupKind::Cohort, "cohort", "cohort", ""},
    {GroupKind::Department, "department", "department", ""},
};
const EnumWords<Distribution> kDistributions[] = {
    {Distribution::Triangular, "triangular", "Triangular", ""},
    {Distribution::Pert, "pert", "PERT", ""},
};
const EnumWords<Case> kCases[] = {
    {Case::Low, "low", "Low", ""},
    {Case::Likely, "likely", "Likely", ""},
    {Case::High, "high", "High", ""},
};
// The results document spells constraints as people read them.
const EnumWords<Constraint> kConstraints[] = {
    {Constraint::None, "none", "none", ""},
    {Constraint::ParallelGroups, "parallel groups", "parallel groups", ""},
    {Constraint::Managers, "managers", "managers", ""},
    {Constraint::Coaches, "coaches", "coaches", ""},
    {Constraint::SpendCap, "spend cap", "spend cap", ""},
    {Constraint::Stagger, "stagger", "stagger", ""},
    {Constraint::TierOrder, "tier order", "tier order", ""},
    {Constraint::Wave, "wave order", "wave order", ""},
};

template <class E, std::size_t N>
EnumRows<E> rows(const EnumWords<E> (&table)[N]) {
  return {std::begin(table), std::end(table)};
}

bool in_range(int i, std::size_t n) { return i >= 0 && static_cast<std::size_t>(i) < n; }

}  // namespace

EnumRows<CostBasis> enum_rows(CostBasis) { return rows(kCostBases); }
EnumRows<GroupKind> enum_rows(GroupKind) { return rows(kGroupKinds); }
EnumRows<Distribution> enum_rows(Distribution) { return rows(kDistributions); }
EnumRows<Case> enum_rows(Case) { return rows(kCases); }
EnumRows<Constraint> enum_rows(Constraint) { return rows(kConstraints); }

std::string row_name(const std::string& name, const char* noun, int index) {
  return name.empty() ? std::string(noun) + " " + std::to_string(index + 1) : name;
}

std::string tier_name(const Scenario& s, int k) {
  return row_name(in_range(k, s.framework.tiers.size()) ? s.framework.tiers[k].name : "", "tier", k);
}

std::string short_tier_name(const Scenario& s, int k) {
  std::string name = tier_name(s, k);
  // "AI Literacy" -> "Literacy": in a column title the prefix only costs width.
  if (name.size() > 3 && name.compare(0, 3, "AI ") == 0) name.erase(0, 3);
  return name;
}

std::string model_name(const Scenario& s, int j) {
  if (!in_range(j, s.models.size())) return row_name("", "model", j);
  const DeliveryModel& m = s.models[j];
  return row_name(m.name.empty() ? m.id : m.name, "model", j);
}

std::string segment_name(const Scenario& s, int g) {
  return row_name(in_range(g, s.segments.size()) ? s.segments[g].name : "", "segment", g);
}

}  // namespace planner
