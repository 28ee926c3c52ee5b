// panel_uncertainty.cpp — map
//   1. work         sampling and frontier search in time slices
//   2. tab, json    the three views in order (uncertainty_simulation.cpp,
//                   uncertainty_tornado.cpp, uncertainty_frontier.cpp), the test document
#include "ui/panel_uncertainty.h"

#include <algorithm>
#include <chrono>

#include "imgui.h"
#include "io/uncertainty_json.h"
#include "ui/uncertainty_sections.h"

namespace planner::ui {
namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// ---- 1. work ------------------------------------------------------------------------

void restart_sampling(UncertaintyUi& ui, const Scenario& s, unsigned long revision) {
  mc::SimulationOptions o;
  o.samples = ui.samples;
  o.forecast = ui.on_forecast;
  o.histogram_output = static_cast<mc::Output>(ui.chosen_output);
  ui.builder.reset();  // it reads the old runner
  ui.runner = std::make_unique<mc::MonteCarlo>(s, o);
  ui.summary = mc::SimulationSummary{};
  ui.sim_revision = revision;
  ui.sim_started = true;
  ui.sim_ms = 0;
  ui.histogram_samples = -1;
}

}  // namespace

bool uncertainty_work(UncertaintyUi& ui, const Scenario& s, bool scenario_valid, unsigned long revision,
                      double budget_ms) {
  if (!scenario_valid) {  // nothing to sample; keep the last numbers off screen
    ui.builder.reset();
    ui.runner.reset();
    ui.summary = mc::SimulationSummary{};
    ui.sim_started = false;
    ui.optimiser.reset();
    ui.frontier.clear();
    return false;
  }
  const Clock::time_point t0 = Clock::now();
  if (!ui.sim_started || ui.sim_revision != revision) restart_sampling(ui, s, revision);
  bool busy = false;
  const bool behind = ui.summary.samples_done < ui.runner->completed();
  if (!ui.runner->done() || ui.builder || behind) {
    // Sampling and summarising share the slice. A summary (P10/P50/P90 of
    // every output and month of the band) is built a piece at a time, each
    // piece O(samples), so even at 100,000 samples no frame waits for a whole
    // one. A partial summary starts a few times a second while sampling runs,
    // and the final one right after the last sample.
    // While a summary is being built, sampling leaves room for one piece
    // (timed on the previous one); pieces then go on while another fits.
    const double sample_until = ui.builder ? std::max(0.0, budget_ms - ui.piece_ms) : budget_ms;
    while (!ui.runner->done() && ms_since(t0) < sample_until) ui.runner->step(20);
    const bool refresh = ui.summary.samples_done == 0 || ms_since(ui.last_summary) > 250 || ui.runner->done();
    if (!ui.builder && refresh && ui.summary.samples_done < ui.runner->completed())
      ui.builder = std::make_unique<mc::SummaryBuilder>(*ui.runner);
    if (ui.builder) {
      do {  // at least one piece a frame, so the summary always moves on
        const Clock::time_point tp = Clock::now();
        const bool finished = ui.builder->step();
        ui.piece_ms = ms_since(tp);
        if (finished) {
          ui.summary = ui.builder->result();
          ui.builder.reset();
          ui.last_summary = Clock::now();
        }
      } while (ui.builder && ms_since(t0) + ui.piece_ms < budget_ms);
    }
    ui.sim_ms += ms_since(t0);
    busy = !ui.runner->done() || ui.builder || ui.summary.samples_done < ui.runner->completed();
  }
  if (ui.optimiser) {
    if (ui.frontier_revision != revision) uncertainty::restart_frontier(ui, s, revision);
    if (!ui.frontier_done) {
      while (ms_since(t0) < budget_ms && !ui.frontier_done) ui.frontier_done = ui.optimiser->explore_step(40);
      if (ui.frontier_done) {
        ui.frontier = ui.optimiser->frontier();
        ui.current = ui.optimiser->current();
      }
      busy |= !ui.frontier_done;
    }
  }
  return busy;
}

// ---- 2. tab, json -------------------------------------------------------------------

bool draw_uncertainty_tab(UncertaintyUi& ui, const Scenario& s, unsigned long revision, Scenario& adopt) {
  uncertainty::update_tornado(ui, s, revision);  // computed before anything is drawn
  ImGui::BeginChild("##uncertainty", ImVec2(0, 0), false);
  uncertainty::simulation_section(ui, s);
  ImGui::Spacing();
  uncertainty::tornado_section(ui, s);
  ImGui::Spacing();
  const bool picked = uncertainty::frontier_section(ui, s, revision, adopt);
  ImGui::EndChild();
  return picked;
}

std::string uncertainty_json(const UncertaintyUi& ui, const Scenario& s) {
  if (ui.summary.samples_done == 0) return "{}";
  return io::simulation_to_json(s, ui.summary);
}

}  // namespace planner::ui
