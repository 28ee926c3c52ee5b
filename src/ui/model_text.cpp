#include "ui/model_text.h"

namespace planner::ui {

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
