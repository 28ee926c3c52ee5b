// guide_checks.h — the guide's seven steps and JAIN's checklist, each marked
// from the plan's own inputs. Pure functions over a Scenario (no ImGui), so
// every check mark is unit-tested (tests/ui/guide_checks_test.cpp); the
// panels that show them are guide_panel.cpp.
//
// The steps follow the planning method the sources describe (shared/DOMAIN.md):
// align to business priorities, roles and levels, assess current skills,
// define the skills, a role-based plan, practice and adoption, measure.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/scenario.h"

namespace planner::ui {

// Where an input lives: the inputs tab and the rectangle id of its field
// (widgets.h record_item_rect), so a button can take the user there.
struct InputPlace {
  InputPlace() = default;
  InputPlace(std::string t, std::string f, int seg = -1)
      : tab(std::move(t)), field(std::move(f)), segment(seg) {}
  std::string tab;    // "Segments"
  std::string field;  // "segments.0.current_at_tier.0"
  int segment = -1;   // the segment to select first (forms that show the selected one), -1: none
};

struct GuideStep {
  GuideStep(const char* t, const char* a, const char* s, InputPlace p)
      : title(t), advice(a), source(s), place(std::move(p)) {}
  const char* title;   // "Assess current skills"
  const char* advice;  // one or two lines of the sources' advice
  const char* source;  // who says so: "Leland", "AIE Network", ...
  InputPlace place;    // the first input the step still needs (or its main input when done)
  bool done = false;
  std::string status;  // what the check found: "2 of 3 segments count people at a tier today"
};

// The seven steps, in order, with their check marks.
std::vector<GuideStep> guide_steps(const Scenario& s);

// One of JAIN's five traits of programmes that work.
struct ChecklistItem {
  explicit ChecklistItem(const char* t) : trait(t) {}
  const char* trait;  // "Cohort-based"
  bool met = false;
  std::string found;   // what the plan does: "Team-embedded coaching (team of 10)"
  std::string change;  // where one is missing, what to change where; "" when met
  InputPlace place;
};

// Cohort-based, tied to real work, 6+ months, manager-supported,
// outcome-measured; judged on the programmes beyond the first tier (JAIN
// writes about reskilling, not the literacy course everyone takes).
std::vector<ChecklistItem> jain_checklist(const Scenario& s);

// The delivery models the plan really uses for learners at tier >= min_tier
// (plan rows with a share, and the tier's default model for the rest), by
// index into s.models, without repeats, in model order.
std::vector<int> models_in_use(const Scenario& s, int min_tier);

}  // namespace planner::ui
