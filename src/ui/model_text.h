// model_text.h — words for the model's enums, shared by panels, charts and tooltips.
#pragma once

#include "core/scenario.h"
#include "io/format.h"

namespace planner::ui {

using io::cost_basis_unit;                 // "per seat per month" (shared with the report)
const char* group_kind_name(GroupKind g);  // "cohort"
const char* case_label(Case c);            // "Low" | "Likely" | "High"

}  // namespace planner::ui
