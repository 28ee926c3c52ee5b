// model_costs.h — what a capability costs through each delivery model, the
// [JAIN] comparison as one table of rows. The Cost breakdown tab, the text
// report and the HTML report all draw these rows, so the figures have one home.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

struct ModelCostRow {
  int model = 0;                    // index into Scenario::models
  std::string name;                 // the model's display name
  double learners = 0;              // enrolments in scheduled groups (Result::learners_by_model)
  double incremental_cost = 0;      // incl. overhead and contingency
  double cost_per_learner = 0;      // incremental / learners
  double capable = 0;               // learners applying their tier by the horizon's end
  double applying_per_learner = 0;  // capable / learners: completion x application x readiness
  double cost_per_capable = 0;      // incremental / capable; 0 when no one applies
};

// One row per model with learners in this plan, in the scenario's order.
std::vector<ModelCostRow> model_cost_rows(const Scenario& s, const Result& r);

}  // namespace planner::io
