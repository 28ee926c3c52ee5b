#include "ui/model_text.h"

namespace planner::ui {

const char* cost_basis_unit(CostBasis b) {
  switch (b) {
    case CostBasis::PerSeatMonth:
      return "per seat per month";
    case CostBasis::PerLearner:
      return "per learner";
    case CostBasis::PerLearnerWeek:
      return "per learner per week";
    case CostBasis::PerLearnerMonth:
      return "per learner per month";
    case CostBasis::PerEngagement:
      return "per engagement";
  }
  return "";
}

const char* group_kind_name(GroupKind g) {
  switch (g) {
    case GroupKind::None:
      return "none (self-paced)";
    case GroupKind::Class:
      return "class";
    case GroupKind::Team:
      return "team";
    case GroupKind::Cohort:
      return "cohort";
    case GroupKind::Department:
      return "department";
  }
  return "";
}

const char* case_label(Case c) { return c == Case::Low ? "Low" : c == Case::High ? "High" : "Likely"; }

}  // namespace planner::ui
