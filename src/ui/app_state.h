// app_state.h — the App's private state, shared by app.cpp and menu_bar.cpp.
//
// Undo model: `committed` is the scenario as of the last closed undo step.
// Widgets edit `scenario` in place; each edit recomputes at once (same frame)
// and leaves the step open. At the end of a frame in which no widget is still
// active (the drag ended, the text field lost focus) the step closes: the old
// `committed` goes on the undo stack. So a drag or a typed number is one undo
// step however many frames it took.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"
#include "io/presets.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/panel_compare.h"
#include "ui/panel_uncertainty.h"
#include "ui/panels.h"
#include "ui/results_view.h"
#include "ui/undo_history.h"
#include "ui/widgets.h"

namespace planner::ui {

struct AppState {
  HostServices host;

  Scenario scenario;   // what the user sees and edits
  Scenario committed;  // as of the last closed undo step
  bool step_open = false;
  UndoHistory history;

  Case view_case = Case::Likely;
  Result result;
  std::vector<Issue> issues;  // non-empty: show these instead of results
  ChartData charts;
  double recompute_ms = 0;  // last validate + evaluate time

  std::string error;   // the banner; empty = none
  std::string notice;  // a neutral note from the host; empty = none
  unsigned long revision = 0;
  bool unedited_link = false;

  bool dark = false;
  bool pending_theme = false;  // a theme change asked for mid-frame, applied next frame
  float scale = 1.0f;
  Fonts fonts;
  bool summary_view = false;
  double link_copied_at = -100;  // ImGui time of the last "Copy link", for the note beside it

  CompareUi compare;              // the plan side by side with this one (panel_compare.h)
  UncertaintyUi uncertainty;      // Monte Carlo, tornado, frontier (panel_uncertainty.h)
  bool uncertainty_busy = false;  // sampling or exploring: keep frames coming
  double uncertainty_ms = 0;      // what this frame's sampling / frontier slice took

  PanelSelection selection;
  ResultsUi results_ui;
  std::vector<io::PresetInfo> presets;
  std::string preset_name;  // the preset last loaded, for the menu's check mark
  RectMap rects;

  // Validates and evaluates the current scenario for the chosen case.
  void recompute();
  // A widget changed `scenario` this frame.
  void note_edit();
  // Closes the open undo step when no widget is active any more.
  void close_step_if_idle(bool any_item_active);
  // Loads a whole new scenario (file, preset, link) as one undoable step.
  void replace(const Scenario& s);
  void undo();
  void redo();
  void set_case(Case c);
  // Loads JSON text; on failure sets `error` (prefixed by `what`) and returns false.
  bool load_json(const std::string& text, const std::string& what);
  std::string file_stem() const;  // a file name from the title: "leland-200-plan"
  // Asks the host for a file; `for_compare` routes it to the comparison.
  void request_open_file(bool for_compare);
};

// Menu bar and toolbar (menu_bar.cpp).
void draw_menu_bar(AppState& st, App& app);
// The error banner under the menu (menu_bar.cpp); returns nothing, closes on click.
void draw_error_banner(AppState& st);

}  // namespace planner::ui
