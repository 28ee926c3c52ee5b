// guide_panel.h — the first visit's welcome, the guide through the seven
// steps, and JAIN's checklist, drawn from guide_checks.h (which marks each
// from the plan). None of them blocks editing: the welcome and the guide are
// strips above the inputs, the checklist a results tab.
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"
#include "io/presets.h"

namespace planner::ui {

struct GuideUi {
  bool welcome = false;  // the welcome strip shows (first visit, or Help > Welcome)
  bool shown = false;    // the guide strip shows (a blank plan, or Help > Guide)
  int step = -1;         // the step in view; -1 follows the first one not done
  // Set by a "take me there" button; the app selects the tab on the next
  // frame and the field with this rectangle id is outlined until the guide moves on.
  std::string go_tab;
  int go_segment = -1;  // select this segment first (-1: leave the selection)
  std::string target;
  int scroll_frames = 0;  // frames left to scroll the target into view
};

// What the user chose on the welcome strip.
struct WelcomeChoice {
  std::string preset;  // open this preset
  bool blank = false;  // start a blank plan (and follow the guide)
};

// The welcome: two sentences on what the planner does and the ways to start.
void draw_welcome(GuideUi& ui, const std::vector<io::PresetInfo>& presets, WelcomeChoice& choice);
// The guide strip: the seven steps' marks, the step in view with its advice,
// source and what its check found, and a button to its input.
void draw_guide(GuideUi& ui, const Scenario& s);
// JAIN's checklist, for a results tab.
void draw_checklist(GuideUi& ui, const Scenario& s);

// The guide's target field, outlined where panels record its rectangle
// (widgets.cpp record_item_rect calls this for every id).
void set_guide_target(GuideUi* ui);
void guide_target_drawn(const std::string& id);

}  // namespace planner::ui
