// panel_compare.h — scenarios side by side (issue 6): the current plan
// against another one (a preset, a saved file or a link), as one results tab.
//
// The other plan is evaluated by the engine at the same case as the current
// one and re-compared after every recompute; the tab shows both names, the
// headline figures with their differences (io/comparison.h) and overlaid
// charts (cumulative cost and benefit; people applying at tier >= k). The
// panel never loads anything itself: what the user asks for (a preset, a
// file, a pasted link, copying the two-plan link, clearing) comes back as
// CompareRequests, which the App carries out with its host services.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"
#include "io/comparison.h"
#include "io/presets.h"
#include "ui/results_view.h"

namespace planner::ui {

struct CompareUi {
  bool active = false;  // an other plan is set
  Scenario other;
  std::string source;  // where it came from: "preset aie-rollout", "file plan.json", "from the link"
  Result other_result;
  ChartData other_charts;
  bool evaluated = false;  // other_result is for `evaluated_case`
  Case evaluated_case = Case::Likely;
  bool valid = false;  // both plans evaluated: `comparison` holds their figures
  io::Comparison comparison;
  // On the forecast (issue 15): a plan with actuals is compared as its
  // forecast; these hold the forecasts the table and charts show.
  bool on_forecast = false;
  Result current_forecast, other_forecast;
  ChartData current_forecast_charts, other_forecast_charts;

  int tier = -1;            // capability chart: people applying at tier >= this index; -1 = target tier
  std::string link_input;   // the pasted link
  std::string message;      // why the last pick failed, shown in the tab; empty = none
  bool select_tab = false;  // bring the Compare tab to the front next frame
  bool open_file_pending = false;  // the next opened file is the plan to compare with
  double link_copied_at = -100;    // ImGui time of "Copy comparison link"
  unsigned long revision = 0;      // grows whenever the other plan is set or cleared
};

// Sets (or replaces) the plan to compare with; `source` says where it came from.
void set_compare_other(CompareUi& ui, const Scenario& other, const std::string& source);
void clear_compare(CompareUi& ui);
// Evaluates the other plan for case `c` (again only when the case or the plan
// changed) and compares it with the current plan. Call after every recompute.
void update_comparison(CompareUi& ui, const Scenario& current, Case c, const Result& current_result,
                       bool current_valid);

// What the user asked for in the tab this frame.
struct CompareRequests {
  std::string preset;      // compare with this built-in preset
  bool open_file = false;  // pick a saved file to compare with
  bool open_link = false;  // compare with the plan in ui.link_input
  bool copy_link = false;  // put the two-plan link on the clipboard
  bool clear = false;      // stop comparing
  bool basis = false;      // the user switched between plan and forecast: compare again
};

// What the host offers (HostServices members that are set).
struct CompareHost {
  bool can_open_file = false;
  bool can_copy_link = false;
};

void draw_compare_tab(CompareUi& ui, const Scenario& current, const Result& current_result,
                      const ChartData& current_charts, const std::vector<io::PresetInfo>& presets,
                      const CompareHost& host, CompareRequests& out);

// The comparison document (io::comparison_to_json) or "null" with no comparison.
std::string comparison_json(const CompareUi& ui, Case c);

}  // namespace planner::ui
