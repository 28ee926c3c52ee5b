// model_text.h — words for the model's enums, shared by panels, charts and tooltips.
#pragma once

#include "core/scenario.h"

namespace planner::ui {

const char* cost_basis_unit(CostBasis b);  // "per seat per month"
const char* group_kind_name(GroupKind g);  // "cohort"
const char* case_label(Case c);            // "Low" | "Likely" | "High"

}  // namespace planner::ui
