#include "core/scenario.h"

#include "core/result.h"

namespace planner {

int find_model(const Scenario& s, const std::string& id) {
  for (size_t j = 0; j < s.models.size(); ++j)
    if (s.models[j].id == id) return static_cast<int>(j);
  return -1;
}

const char* constraint_name(Constraint c) {
  switch (c) {
    case Constraint::None:
      return "none";
    case Constraint::ParallelGroups:
      return "parallel groups";
    case Constraint::Managers:
      return "managers";
    case Constraint::Coaches:
      return "coaches";
    case Constraint::SpendCap:
      return "spend cap";
    case Constraint::Stagger:
      return "stagger";
    case Constraint::TierOrder:
      return "tier order";
    case Constraint::Wave:
      return "wave order";
  }
  return "none";
}

}  // namespace planner
