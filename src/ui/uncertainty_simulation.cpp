// uncertainty_simulation.cpp — the Monte Carlo view: samples and status, the
// P10/P50/P90 table, the chances, the histogram of one output and the band
// of cumulative net by month; and the formatting the three views share.
#include <algorithm>
#include <cstdio>

#include "core/actuals.h"
#include "imgui.h"
#include "io/format.h"
#include "io/uncertainty_json.h"
#include "ui/basis_switch.h"
#include "ui/charts.h"
#include "ui/number_text.h"
#include "ui/plot.h"
#include "ui/theme.h"
#include "ui/uncertainty_sections.h"
#include "ui/widgets.h"

namespace planner::ui::uncertainty {

// ---- formatting ----------------------------------------------------------------------

std::string value_text(const Scenario& s, mc::Output o, double v) {
  return io::output_text(o, v, s.org.horizon_months, s.org.currency_symbol);
}

std::string value_compact(const Scenario& s, mc::Output o, double v) {
  if (mc::output_figure(o).unit == FigureUnit::Money) return text::money_compact(v, s.org.currency_symbol);
  return value_text(s, o, v);
}

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

namespace {

// The histogram through the plot API: one bar per bin, the bins' values under them.
void histogram_chart(const mc::Histogram& h, const Scenario& s, mc::Output o) {
  const int bins = static_cast<int>(h.counts.size());
  std::vector<double> counts(h.counts.begin(), h.counts.end());
  const double width = h.bin_width();
  plot::Axis x;
  x.scale = plot::Scale::Slots;
  x.count = bins;
  x.label = [&](double i) { return value_compact(s, o, h.lo + (i + 0.5) * width); };
  plot::Axis y;
  y.hi = *std::max_element(counts.begin(), counts.end());
  y.label = [](double v) { return text::number(v); };
  plot::begin_plot("##hist", ImVec2(ImGui::GetContentRegionAvail().x, 8 * ImGui::GetFontSize()), x, y);
  const int hovered = plot::hovered_index();
  if (hovered >= 0) plot::shade(hovered, palette().grid);
  plot::bars(nullptr, counts.data(), bins, ImGui::GetColorU32(ImGuiCol_PlotHistogram), 0.9f);
  if (hovered >= 0)
    ImGui::SetTooltip("%s .. %s: %s samples", value_text(s, o, h.lo + hovered * width).c_str(),
                      value_text(s, o, h.lo + (hovered + 1) * width).c_str(),
                      text::number(counts[hovered]).c_str());
  plot::end_plot();
}

}  // namespace

// ---- the section -------------------------------------------------------------------------

void simulation_section(UncertaintyUi& ui, const Scenario& s) {
  const mc::SimulationSummary& sim = ui.summary;
  heading("Monte Carlo");
  if (s.actuals.as_of_month > 0 &&
      basis_switch(
          "uncertainty.basis", "Forecast from " + plan_month_name(s.org, s.actuals.as_of_month),
          "Each sample is re-forecast from the actuals: what happened to the as-of month is the same in "
          "every sample; the ranges move only the months after it.",
          ui.on_forecast))
    ui.sim_started = false;  // restart on the other basis next frame
  if (sim.forecast_from_month > 0)
    hint(("On the forecast from " + plan_month_name(s.org, sim.forecast_from_month) +
          ": the actuals to that month are the same in every sample; the ranges move the months after it.")
             .c_str());
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
  if (!ui.histogram.counts.empty()) histogram_chart(ui.histogram, s, chosen);

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

}  // namespace planner::ui::uncertainty
