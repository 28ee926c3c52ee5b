// results_view.h — the outputs on screen: the headline strip that is always in
// view, and the chart tabs (cost vs benefit, cost breakdown, capability,
// schedule). It turns a Result into plain arrays once per recompute
// (ChartData) and hands those to the chart functions in charts.h.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/constraints.h"
#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"
#include "imgui.h"

namespace planner::ui {

// Per-series arrays, contiguous per series (the Result keeps them interleaved by month).
struct ChartData {
  int months = 0;
  std::vector<double> cumulative_cost, cumulative_benefit, cumulative_net;
  std::vector<std::vector<double>> by_model, by_tier, by_segment;      // [series][month]
  std::vector<std::vector<double>> at_tier_applying, at_tier_trained;  // exactly at tier k, [tier][month]
  std::vector<std::string> model_names, tier_names, segment_names;
  std::vector<BindingConstraint> binding;  // filled by the app when the plan changes (not by make_chart_data)
};
ChartData make_chart_data(const Scenario& s, const Result& r);

// What the results area remembers between frames.
struct ResultsUi {
  int breakdown = 0;  // 0 model, 1 tier, 2 segment
  bool capability_applying = true;
  // Which view of the return leads the headline: cash (new money) or economic
  // (adds learner and manager time). A way of reading the plan, not part of
  // it, so it stays out of the scenario and the link: whoever opens a link
  // sees the cash view first, with the economic one beside it.
  bool economic_leads = false;
  int heat_map_month = 0;  // the Heat map tab's month (1-based); 0: the target's month
};

// One figure of the headline strip, as text: drawn by draw_headline, read by tests.
struct HeadlineCard {
  enum class Tone { Plain, Good, Bad, NotUpdated };
  std::string label;
  std::string value;
  std::string detail;
  Tone tone = Tone::Plain;
  const char* help_key = "";
};
// The six cards for a result (see draw_headline). Needs no ImGui context.
// A non-empty `not_updated` ("not updated: fix segment 7, Legal") keeps the
// figures of `s` and `r` (the last valid plan) and says so on every card.
std::vector<HeadlineCard> headline_cards(const Scenario& s, const Result& r, bool valid, int issue_count,
                                         bool economic_leads, const std::string& not_updated = "");

// Draws the six headline figures into [min, max] (space the caller reserved
// with headline_height for the same width; the cards reflow to fit it).
// `valid` false shows dashes and the number of problems instead. ROI and
// payback show the economic view first when `economic_leads`, else the cash one.
void draw_headline(ImVec2 min, ImVec2 max, const Scenario& s, const Result& r, bool valid, int issue_count,
                   bool economic_leads = false, const std::string& not_updated = "");
float headline_height(float width, const Scenario& s, const Result& r, bool valid, int issue_count,
                      bool economic_leads, const std::string& not_updated = "");

// A tab the app adds after the chart tabs (Uncertainty, Compare).
struct ExtraTab {
  const char* name;
  std::function<void()> body;
  bool select = false;  // bring this tab to the front this frame
};

// The list of input problems when the scenario is invalid (above the last
// valid plan's charts, `s` and `r`), the chart tabs, then the `extras` tabs.
void draw_results(const Scenario& s, const Result& r, const ChartData& data,
                  const std::vector<std::string>& problems, ResultsUi& ui,
                  const std::vector<ExtraTab>& extras = {});

}  // namespace planner::ui
