// panel_uncertainty.h — "How sure are we?" and "what does more money buy?":
// the Monte Carlo table, histogram and band, the tornado, the budget-
// capability frontier and goal seek (issue 6), as one results tab. The three
// views live in uncertainty_simulation.cpp, uncertainty_tornado.cpp and
// uncertainty_frontier.cpp (uncertainty_sections.h).
//
// Work is spread across frames: uncertainty_work() samples (and explores the
// frontier) for at most `budget_ms` per call, so a frame is never blocked for
// long and partial percentiles show while sampling runs. The App owns an
// UncertaintyUi, calls uncertainty_work() once per frame, draws the tab with
// draw_uncertainty_tab(), and treats a returned plan as one undoable
// replacement of the scenario.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "core/uncertainty/monte_carlo.h"
#include "core/uncertainty/optimiser.h"
#include "core/uncertainty/tornado.h"

namespace planner::ui {

struct UncertaintyUi {
  // Monte Carlo: restarted whenever the scenario changes.
  int samples = mc::kDefaultSamples;
  bool on_forecast = false;  // sample the forecast from the actuals (when the plan has an as-of month)
  int chosen_output = static_cast<int>(mc::Output::Npv);  // histogram and tornado
  std::unique_ptr<mc::MonteCarlo> runner;
  std::unique_ptr<mc::SummaryBuilder> builder;  // a summary being built, a piece per frame (reads `runner`)
  double piece_ms = 0;                          // what the last summary piece took
  mc::SimulationSummary summary;
  unsigned long sim_revision = 0;
  bool sim_started = false;
  double sim_ms = 0;                                   // time spent sampling so far (all frames)
  std::chrono::steady_clock::time_point last_summary;  // partial percentiles refresh a few times a second
  // The histogram of the chosen output, redrawn from the samples when the summary refreshes.
  mc::Histogram histogram;
  int histogram_output = -1;
  int histogram_samples = -1;

  // Tornado: recomputed when the tab is open and the scenario or output changed,
  // before anything is drawn; the chart then draws these plain arrays.
  mc::Tornado tornado;
  unsigned long tornado_revision = 0;
  int tornado_output = -1;
  struct TornadoRows {
    std::vector<std::string> names, tooltips;   // the largest swings first
    std::vector<double> base, at_low, at_high;  // output values; `base` repeats the likely value
    double likely = 0;
  } tornado_rows;

  // Frontier: explored on request, a slice per frame; stale once the scenario changes.
  int measure = 0;  // 0 people, 1 benefits
  std::unique_ptr<mc::Optimiser> optimiser;
  unsigned long frontier_revision = 0;
  std::vector<mc::Candidate> frontier;
  mc::Score current;
  bool frontier_done = false;
  std::string seek_message;
  double budget = 0;  // for "most capability for this budget"
};

// Advances sampling / frontier search for up to `budget_ms`. Returns true
// while work remains (the host must keep drawing frames).
bool uncertainty_work(UncertaintyUi& ui, const Scenario& s, bool scenario_valid, unsigned long revision,
                      double budget_ms = 7.0);

// Draws the tab body. Returns true and fills `adopt` when the user picked a
// frontier point or a goal-seek plan (the caller applies it as an undoable step).
bool draw_uncertainty_tab(UncertaintyUi& ui, const Scenario& s, unsigned long revision, Scenario& adopt);

// The simulation document (io/uncertainty_json.h) for the current samples,
// "{}" before any: what tests read through the page's hook.
std::string uncertainty_json(const UncertaintyUi& ui, const Scenario& s);

}  // namespace planner::ui
