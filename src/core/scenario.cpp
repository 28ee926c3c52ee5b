#include "core/scenario.h"

#include "core/names.h"
#include "core/result.h"

namespace planner {

int find_model(const Scenario& s, const std::string& id) {
  for (size_t j = 0; j < s.models.size(); ++j)
    if (s.models[j].id == id) return static_cast<int>(j);
  return -1;
}

const char* constraint_name(Constraint c) { return enum_id(c); }

}  // namespace planner
