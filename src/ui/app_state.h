// app_state.h — the App's private view state, shared by app.cpp and menu_bar.cpp.
//
// The plan itself (scenario, undo history, revision, results for the chosen
// case, opening files and links) is the Document's (ui/document.h), which
// knows no ImGui. What stays here is how it is shown: theme, fonts, tabs,
// charts, the comparison, the uncertainty tab, banners and test rectangles.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"
#include "io/presets.h"
#include "ui/app.h"
#include "ui/document.h"
#include "ui/fonts.h"
#include "ui/guide_panel.h"
#include "ui/import_dialog.h"
#include "ui/panel_compare.h"
#include "ui/panel_uncertainty.h"
#include "ui/panels.h"
#include "ui/results_view.h"
#include "ui/widgets.h"

namespace planner::ui {

struct AppState final : ImportActions {
  HostServices host;

  Document doc;      // the plan and its history (document.h)
  ChartData charts;  // derived from the document's Result on every recompute

  std::string error;   // the banner; empty = none
  std::string notice;  // a neutral note from the host; empty = none

  bool dark = false;
  bool pending_theme = false;  // a theme change asked for mid-frame, applied next frame
  float scale = 1.0f;
  Fonts fonts;
  bool summary_view = false;
  // Grows on every refresh (App::results_revision).
  unsigned long results_revision = 0;
  double link_copied_at = -100;         // ImGui time of the last "Copy link", for the note beside it
  std::size_t long_link_chars = 0;      // the copied link's length when too long to travel (long_link.h)
  bool long_link_open_pending = false;  // open that note on the next frame

  CompareUi compare;              // the plan side by side with this one (panel_compare.h)
  UncertaintyUi uncertainty;      // Monte Carlo, tornado, frontier (panel_uncertainty.h)
  bool uncertainty_busy = false;  // sampling or exploring: keep frames coming
  double uncertainty_ms = 0;      // what this frame's sampling / frontier slice took

  GuideUi guide;    // welcome, guide strip, checklist (guide_panel.h)
  ImportUi import;  // File > Import (import_dialog.h)
  PanelSelection selection;
  ResultsUi results_ui;
  std::vector<io::PresetInfo> presets;
  RectMap rects;

  // Rebuilds what the view derives from the document (charts, the binding
  // constraints, the comparison); the document calls it after each recompute.
  void refresh(Document::Change why);
  // The plan compared with this one changed: recompute the comparison only.
  void compare_changed();
  // A whole new scenario from the view (a plan adopted from the frontier or
  // goal seek): one undo step, and the panels' selection starts over.
  void replace(const Scenario& s);
  // Opens JSON (a file, the test hook); on failure sets `error`.
  bool open_json(const std::string& text, const std::string& what);
  // Asks the host for a file; `for_compare` routes it to the comparison.
  void request_open_file(bool for_compare);
  // What the import dialog asks of the app (import_dialog.h).
  void ask_preview(const std::string& request) override;
  std::string plan_json() const override;
  bool apply(const std::string& plan_json, const std::string& summary) override;
};

// Menu bar and toolbar (menu_bar.cpp).
void draw_menu_bar(AppState& st, App& app);
// The error banner under the menu (menu_bar.cpp); returns nothing, closes on click.
void draw_error_banner(AppState& st);

}  // namespace planner::ui
