// panel_uncertainty.cpp — map
//   1. work         sampling and frontier search in time slices
//   2. formatting   an output's value as people read it
//   3. simulation   P10/P50/P90 table, chances, histogram, band chart
//   4. tornado      bars swung low -> high around the likely value
//   5. frontier     budget vs capability scatter, current plan, click to adopt; goal seek
//   6. tab, json
#include "ui/panel_uncertainty.h"

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "core/uncertainty/decisions.h"
#include "imgui.h"
#include "imgui_internal.h"  // RenderTextEllipsis: tornado names cut with "..."
#include "io/format.h"
#include "io/uncertainty_json.h"
#include "ui/charts.h"
#include "ui/number_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

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
  o.histogram_output = static_cast<mc::Output>(ui.chosen_output);
  ui.builder.reset();  // it reads the old runner
  ui.runner = std::make_unique<mc::MonteCarlo>(s, o);
  ui.summary = mc::SimulationSummary{};
  ui.sim_revision = revision;
  ui.sim_started = true;
  ui.sim_ms = 0;
  ui.histogram_samples = -1;
}

void restart_frontier(UncertaintyUi& ui, const Scenario& s, unsigned long revision) {
  mc::OptimiserOptions o;
  o.measure = ui.measure == 0 ? mc::Capability::People : mc::Capability::Benefits;
  ui.optimiser = std::make_unique<mc::Optimiser>(s, o);
  ui.frontier.clear();
  ui.frontier_done = false;
  ui.frontier_revision = revision;
  ui.seek_message.clear();
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
    if (ui.frontier_revision != revision) restart_frontier(ui, s, revision);
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

namespace {

// ---- 2. formatting ------------------------------------------------------------------

// Through the one figure formatter (io/format.h), by the output's unit.
std::string value_text(const Scenario& s, mc::Output o, double v) {
  return io::output_text(o, v, s.org.horizon_months, s.org.currency_symbol);
}

std::string value_compact(const Scenario& s, mc::Output o, double v) {
  if (mc::output_figure(o).unit == FigureUnit::Money) return text::money_compact(v, s.org.currency_symbol);
  return value_text(s, o, v);
}

// "Histogram of [NPV]": the words first, as the app's forms read.
bool output_combo(const char* words, const char* id, int* chosen) {
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(words);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(14 * ImGui::GetFontSize());
  if (ImGui::BeginCombo(id, mc::output_label(static_cast<mc::Output>(*chosen)))) {
    for (int i = 0; i < mc::kOutputCount; ++i)
      if (ImGui::Selectable(mc::output_label(static_cast<mc::Output>(i)), i == *chosen)) {
        *chosen = i;
        changed = true;
      }
    ImGui::EndCombo();
  }
  return changed;
}

// ---- 3. simulation ------------------------------------------------------------------

void simulation_section(UncertaintyUi& ui, const Scenario& s) {
  const mc::SimulationSummary& sim = ui.summary;
  heading("Monte Carlo");
  ImGui::SetNextItemWidth(8 * ImGui::GetFontSize());
  int samples = ui.samples;
  if (ImGui::InputInt("samples", &samples, 1000, 10000, ImGuiInputTextFlags_EnterReturnsTrue)) {
    ui.samples = std::clamp(samples, 100, mc::kMaxSamples);
    ui.sim_started = false;  // restart with the new count next frame
  }
  record_item_rect("uncertainty.samples");
  ImGui::SameLine();
  char status[200];
  std::snprintf(status, sizeof status, "%d of %d done, %s, seed %llu, %d uncertain inputs (%.0f ms)",
                sim.samples_done, sim.samples_requested, io::distribution_name(s.adjustments.distribution),
                static_cast<unsigned long long>(sim.seed), sim.uncertain_inputs, ui.sim_ms);
  hint(status);  // wraps in a narrow column instead of running off the edge
  if (sim.samples_done == 0) return;

  if (ImGui::BeginTable("##mc_table", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("output");
    ImGui::TableSetupColumn("P10");
    ImGui::TableSetupColumn("P50");
    ImGui::TableSetupColumn("P90");
    ImGui::TableHeadersRow();
    for (int i = 0; i < mc::kOutputCount; ++i) {
      const auto o = static_cast<mc::Output>(i);
      const mc::Spread& sp = sim.outputs[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(mc::output_label(o));
      for (double v : {sp.p10, sp.p50, sp.p90}) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value_text(s, o, v).c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::Text("Chance ROI > 0: %s    Chance the target is met by month %d: %s",
              text::percent(sim.chance_roi_positive).c_str(), s.target.by_month,
              text::percent(sim.chance_target_met).c_str());
  if (sim.share_never_pays_back > 0)
    hint(("In " + text::percent(sim.share_never_pays_back) +
          " of samples the plan does not pay back within the horizon (counted as \"never\" above).")
             .c_str());

  // Histogram of the chosen output over the samples so far.
  output_combo("Histogram of", "##histogram_of", &ui.chosen_output);
  const auto chosen = static_cast<mc::Output>(ui.chosen_output);
  if (ui.runner && (ui.histogram_output != ui.chosen_output || ui.histogram_samples != sim.samples_done)) {
    // Over the samples the summary covers: binning 100,000 values every frame would cost a millisecond.
    const std::vector<double>& all = ui.runner->values(chosen);
    const size_t n = std::min(all.size(), static_cast<size_t>(sim.samples_done));
    ui.histogram = mc::histogram(std::vector<double>(all.begin(), all.begin() + n), 30);
    ui.histogram_output = ui.chosen_output;
    ui.histogram_samples = sim.samples_done;
  }
  const mc::Histogram& h = ui.histogram;
  std::vector<float> counts(h.counts.begin(), h.counts.end());
  if (!counts.empty()) {
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PlotHistogram("##hist", counts.data(), static_cast<int>(counts.size()), 0, nullptr, 0.0f, FLT_MAX,
                         ImVec2(w, 6 * ImGui::GetFontSize()));
    ImGui::TextDisabled("%s", value_compact(s, chosen, h.lo).c_str());
    const std::string hi = value_compact(s, chosen, h.hi);
    ImGui::SameLine(std::max(0.0f, w - ImGui::CalcTextSize(hi.c_str()).x));
    ImGui::TextDisabled("%s", hi.c_str());
  }

  // The band: P10 / P50 / P90 of cumulative net by month.
  ImGui::TextUnformatted("Cumulative net (benefit minus cost), P10 / P50 / P90 by month");
  const Palette& pal = palette();
  // Opaque colours: the translucent net fills are too faint as lines.
  const charts::SeriesView series[3] = {{"P10", sim.band_p10.data(), pal.series[3]},
                                        {"P50", sim.band_p50.data(), pal.series[0]},
                                        {"P90", sim.band_p90.data(), pal.series[2]}};
  charts::Axes axes;
  axes.x_label = [](double i) { return std::to_string(static_cast<int>(i) + 1); };
  const std::string cur = s.org.currency_symbol;
  axes.y_label = [cur](double v) { return text::money_compact(v, cur); };
  axes.y_tooltip = [cur](double v) { return text::money(v, cur); };
  axes.x_title = "month of the plan";
  charts::line_chart("##mc_band", ImVec2(ImGui::GetContentRegionAvail().x, 12 * ImGui::GetFontSize()), series,
                     3, static_cast<int>(sim.band_p50.size()), axes);
  charts::legend(series, 3);
}

// ---- 4. tornado ---------------------------------------------------------------------

void tornado_section(UncertaintyUi& ui, const Scenario& s, unsigned long revision) {
  heading("What moves the result most");
  output_combo("Tornado of", "##tornado_of", &ui.chosen_output);
  if (ui.tornado_revision != revision || ui.tornado_output != ui.chosen_output) {
    ui.tornado =
        mc::tornado(s, static_cast<mc::Output>(ui.chosen_output));  // 1 + 2 x inputs evaluations: a few ms
    ui.tornado_revision = revision;
    ui.tornado_output = ui.chosen_output;
  }
  const mc::Tornado& t = ui.tornado;
  if (t.bars.empty()) {
    hint("No input has a range (low equals high everywhere).");
    return;
  }
  const size_t rows = std::min<size_t>(t.bars.size(), 10);
  double lo = t.base, hi = t.base;
  for (size_t i = 0; i < rows; ++i)
    lo = std::min({lo, t.bars[i].output_at_low, t.bars[i].output_at_high}),
    hi = std::max({hi, t.bars[i].output_at_low, t.bars[i].output_at_high});
  if (!(hi > lo)) hi = lo + 1;
  const float row_h = ImGui::GetFrameHeight();
  const float width = ImGui::GetContentRegionAvail().x;
  const float label_w = width * 0.42f, bar_w = width - label_w - ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  auto x_of = [&](double v) { return origin.x + label_w + static_cast<float>((v - lo) / (hi - lo)) * bar_w; };
  const mc::Output out = static_cast<mc::Output>(ui.chosen_output);
  for (size_t i = 0; i < rows; ++i) {
    const mc::TornadoBar& b = t.bars[i];
    const float y = origin.y + i * row_h;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::InvisibleButton(("##tb" + std::to_string(i)).c_str(), ImVec2(width, row_h));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s\ninput %s .. %s\n%s: %s at low, %s at high", b.input.name.c_str(),
                        text::number(b.input_low, 2).c_str(), text::number(b.input_high, 2).c_str(),
                        mc::output_label(out), value_text(s, out, b.output_at_low).c_str(),
                        value_text(s, out, b.output_at_high).c_str());
    // A name too long for its column ends in "..." (the tooltip has it whole).
    const float text_y = y + (row_h - ImGui::GetFontSize()) * 0.5f;
    ImGui::RenderTextEllipsis(dl, ImVec2(origin.x, text_y), ImVec2(origin.x + label_w - 4, y + row_h),
                              origin.x + label_w - 4, origin.x + label_w - 4, b.input.name.c_str(), nullptr,
                              nullptr);
    const float pad = row_h * 0.2f;
    // The low-input half (blue) and the high-input half (orange), meeting at the likely value.
    dl->AddRectFilled(ImVec2(std::min(x_of(b.output_at_low), x_of(t.base)), y + pad),
                      ImVec2(std::max(x_of(b.output_at_low), x_of(t.base)), y + row_h - pad), pal.series[0]);
    dl->AddRectFilled(ImVec2(std::min(x_of(b.output_at_high), x_of(t.base)), y + pad),
                      ImVec2(std::max(x_of(b.output_at_high), x_of(t.base)), y + row_h - pad), pal.series[1]);
  }
  const float bottom = origin.y + rows * row_h;
  dl->AddLine(ImVec2(x_of(t.base), origin.y), ImVec2(x_of(t.base), bottom), pal.axis);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom + 2));
  ImGui::TextDisabled("likely %s; blue = input at low, orange = input at high; hover a bar for values",
                      value_compact(s, out, t.base).c_str());
  record_item_rect("uncertainty.tornado_end");
}

// ---- 5. frontier --------------------------------------------------------------------

bool frontier_chart(UncertaintyUi& ui, const Scenario& s, bool fresh, Scenario& adopt) {
  const std::vector<mc::Candidate>& pts = ui.frontier;
  if (pts.empty()) return false;
  const bool people = ui.measure == 0;
  const std::string cur = s.org.currency_symbol;
  auto cap_text = [&](double v) { return people ? text::number(v) + " people" : text::money(v, cur); };
  double x_hi = std::max(pts.back().score.cost, ui.current.cost),
         y_hi = std::max(pts.back().score.capability, ui.current.capability);
  double y_lo = std::min(pts.front().score.capability, ui.current.capability);
  if (!(x_hi > 0)) x_hi = 1;
  if (!(y_hi > y_lo)) y_hi = y_lo + 1;
  x_hi *= 1.05;  // room for the dearest point's marker inside the plot
  y_hi += 0.05 * (y_hi - y_lo);
  const float fs = ImGui::GetFontSize();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 14 * fs);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 plot_min(o.x + 5 * fs, o.y + 0.5f * fs), plot_max(o.x + size.x - fs, o.y + size.y - 2 * fs);
  auto to_screen = [&](double x, double y) {
    return ImVec2(plot_min.x + static_cast<float>(x / x_hi) * (plot_max.x - plot_min.x),
                  plot_max.y - static_cast<float>((y - y_lo) / (y_hi - y_lo)) * (plot_max.y - plot_min.y));
  };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  dl->AddRect(plot_min, plot_max, pal.grid);
  for (double t : charts::nice_ticks(y_lo, y_hi, 4)) {
    if (t > y_hi) continue;
    const ImVec2 p = to_screen(0, t);
    dl->AddLine(ImVec2(plot_min.x, p.y), ImVec2(plot_max.x, p.y), pal.grid);
    const std::string l = people ? text::number(t) : text::money_compact(t, cur);
    dl->AddText(ImVec2(o.x, p.y - fs * 0.5f), pal.text_muted, l.c_str());
  }
  for (double t : charts::nice_ticks(0, x_hi, 5)) {
    if (t > x_hi) continue;  // a rounded-up last tick would fall outside the plot
    const ImVec2 p = to_screen(t, y_lo);
    dl->AddText(ImVec2(p.x - fs, plot_max.y + 0.3f * fs), pal.text_muted,
                text::money_compact(t, cur).c_str());
  }
  // The frontier as a staircase: capability holds until the next budget buys more.
  for (size_t i = 1; i < pts.size(); ++i) {
    const ImVec2 a = to_screen(pts[i - 1].score.cost, pts[i - 1].score.capability);
    const ImVec2 b = to_screen(pts[i].score.cost, pts[i].score.capability);
    dl->AddLine(a, ImVec2(b.x, a.y), pal.series[0], 1.5f);
    dl->AddLine(ImVec2(b.x, a.y), b, pal.series[0], 1.5f);
  }
  bool picked = false;
  const float r = 0.3f * fs;
  for (size_t i = 0; i < pts.size(); ++i) {
    const ImVec2 p = to_screen(pts[i].score.cost, pts[i].score.capability);
    dl->AddCircleFilled(p, r, pal.series[0]);
    ImGui::SetCursorScreenPos(ImVec2(p.x - r * 1.5f, p.y - r * 1.5f));
    ImGui::InvisibleButton(("##fp" + std::to_string(i)).c_str(), ImVec2(r * 3, r * 3));
    record_item_rect("uncertainty.frontier." + std::to_string(i));
    if (ImGui::IsItemHovered()) {
      dl->AddCircle(p, r * 2, pal.axis, 0, 2.0f);
      ImGui::SetTooltip(
          "%s for %s\n%s\n%s", cap_text(pts[i].score.capability).c_str(),
          text::money(pts[i].score.cost, cur).c_str(),
          mc::describe_plan(s, ui.optimiser->space(), pts[i].plan).c_str(),
          fresh ? "Click to adopt this plan (undo restores yours)." : "Recomputing for your changes...");
    }
    if (fresh && ImGui::IsItemClicked()) {
      adopt = mc::apply_plan(s, ui.optimiser->space(), pts[i].plan);
      picked = true;
    }
  }
  const ImVec2 c = to_screen(ui.current.cost, ui.current.capability);
  dl->AddQuadFilled(ImVec2(c.x, c.y - r * 2), ImVec2(c.x + r * 2, c.y), ImVec2(c.x, c.y + r * 2),
                    ImVec2(c.x - r * 2, c.y), pal.series[1]);
  ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + size.y));
  hint(("dots: best plan found per budget (incremental cost); diamond: your plan at " +
        text::money_compact(ui.current.cost, cur) + " -> " + cap_text(ui.current.capability))
           .c_str());
  return picked;
}

bool frontier_section(UncertaintyUi& ui, const Scenario& s, unsigned long revision, Scenario& adopt) {
  heading("Budget vs capability");
  hint(("Capability: " + std::string(ui.measure == 0 ? "people " : "") +
        (ui.measure == 0
             ? std::string(s.target.count_applying ? "applying" : "trained at") + " tier " +
                   std::to_string(s.target.tier + 1) + "+ by month " + std::to_string(s.target.by_month)
             : std::string("benefit value over the horizon")) +
        ". The search varies target shares per segment and tier, the delivery model per tier and groups in "
        "parallel.")
           .c_str());
  int measure = ui.measure;
  ImGui::RadioButton("people", &measure, 0);
  ImGui::SameLine();
  ImGui::RadioButton("benefit value", &measure, 1);
  ImGui::SameLine();
  if (measure != ui.measure && ui.optimiser) {
    ui.measure = measure;
    restart_frontier(ui, s, revision);
  }
  ui.measure = measure;
  if (!ui.optimiser) {
    if (ImGui::Button("Find the frontier")) restart_frontier(ui, s, revision);
    record_item_rect("uncertainty.find_frontier");
    return false;
  }
  const bool fresh = ui.frontier_done && ui.frontier_revision == revision;
  if (!ui.frontier_done) {
    ImGui::Text("searching... %d plans evaluated", ui.optimiser->evaluations());
    return false;
  }
  ImGui::TextDisabled("%d plans evaluated%s", ui.optimiser->evaluations(),
                      ui.optimiser->exhaustive() ? " (every plan)" : "");
  bool picked = frontier_chart(ui, s, fresh, adopt);

  // Goal seek over the same search.
  if (ImGui::Button("Cheapest plan meeting the target")) {
    const mc::SeekReport r = mc::seek_target(*ui.optimiser);
    ui.seek_message = r.message;
    if (r.feasible && fresh) {
      adopt = mc::apply_plan(s, r.space, r.best.plan);
      picked = true;
    }
  }
  record_item_rect("uncertainty.seek_target");
  // The budget starts at what the current plan costs, in the plan's currency.
  if (!(ui.budget > 0) && ui.current.cost > 0) ui.budget = std::round(ui.current.cost);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(("budget " + s.org.currency_symbol).c_str());
  ImGui::SameLine(0, 2);
  ImGui::SetNextItemWidth(7 * ImGui::GetFontSize());
  ImGui::InputDouble("##budget", &ui.budget, 0, 0, "%.0f");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Incremental cost the plan may reach: \"Most capability for this budget\" searches within it.");
  ImGui::SameLine();
  if (ImGui::Button("Most capability for this budget")) {
    const mc::SeekReport r = mc::seek_budget(*ui.optimiser, ui.budget);
    ui.seek_message = r.feasible ? r.message + " " + mc::describe_plan(s, r.space, r.best.plan) : r.message;
    if (r.feasible && fresh) {
      adopt = mc::apply_plan(s, r.space, r.best.plan);
      picked = true;
    }
  }
  record_item_rect("uncertainty.seek_budget");
  if (!ui.seek_message.empty()) ImGui::TextWrapped("%s", ui.seek_message.c_str());
  return picked;
}

}  // namespace

// ---- 6. tab, json -------------------------------------------------------------------

bool draw_uncertainty_tab(UncertaintyUi& ui, const Scenario& s, unsigned long revision, Scenario& adopt) {
  ImGui::BeginChild("##uncertainty", ImVec2(0, 0), false);
  simulation_section(ui, s);
  ImGui::Spacing();
  tornado_section(ui, s, revision);
  ImGui::Spacing();
  const bool picked = frontier_section(ui, s, revision, adopt);
  ImGui::EndChild();
  return picked;
}

std::string uncertainty_json(const UncertaintyUi& ui, const Scenario& s) {
  if (ui.summary.samples_done == 0) return "{}";
  return io::simulation_to_json(s, ui.summary);
}

}  // namespace planner::ui
