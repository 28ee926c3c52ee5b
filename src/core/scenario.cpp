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

namespace planner {

// Leland's metrics per tier (DOMAIN, "Measuring outcomes"): tier-2 and tier-3
// change has its own metrics, never tier-1 completion.
std::vector<Metric> measurement_plan(const Scenario& s) {
  if (!s.measures.empty() || s.framework.tiers.size() != 3) return s.measures;
  // A table of plain text, turned into Metrics on demand (smaller in the wasm
  // than nine constructed at once).
  struct Row {
    int tier;
    const char *name, *unit;
    double target;
    const char* collected;
  };
  static const Row kLeland[] = {
      {0, "Completion", "%", 85, "LMS completion report"},
      {0, "Assessment pass rate", "%", 80, "end-of-course assessment"},
      {0, "Policy acknowledgement", "%", 100, "signed AI-use policy (HR system)"},
      {1, "AI-assisted workflows adopted per team", "workflows", 2,
       "team lead survey; counted if still in use 30 days later"},
      {1, "Hours saved per workflow", "hours/week", 2, "time study before/after, per workflow"},
      {1, "Confidence", "score 1-10", 7, "learner survey before and after"},
      {2, "Cycle-time reduction", "%", 20, "process system timestamps against the baseline"},
      {2, "Output per head", "% change", 10, "business metric of the team against the baseline"},
      {2, "Share of workflows with AI", "%", 50, "workflow inventory, quarterly"},
  };
  std::vector<Metric> out;
  for (const Row& r : kLeland) out.push_back({r.tier, r.name, r.unit, r.target, true, r.collected});
  return out;
}

}  // namespace planner
