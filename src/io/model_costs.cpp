// model_costs.cpp — see model_costs.h.
#include "io/model_costs.h"

namespace planner::io {
namespace {

double entry(const std::vector<double>& v, int j) {
  return j >= 0 && static_cast<std::size_t>(j) < v.size() ? v[static_cast<std::size_t>(j)] : 0.0;
}

}  // namespace

std::vector<ModelCostRow> model_cost_rows(const Scenario& s, const Result& r) {
  std::vector<ModelCostRow> rows;
  for (int j = 0; j < r.models && j < static_cast<int>(s.models.size()); ++j) {
    ModelCostRow row;
    row.model = j;
    row.name = s.models[static_cast<std::size_t>(j)].name;
    row.learners = entry(r.learners_by_model, j);
    if (row.learners <= 0) continue;
    row.incremental_cost = entry(r.incremental_cost_by_model, j);
    row.capable = entry(r.capable_by_model, j);
    row.cost_per_learner = row.incremental_cost / row.learners;
    row.applying_per_learner = row.capable / row.learners;
    row.cost_per_capable = entry(r.cost_per_capable_by_model, j);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace planner::io
