// results_view.cpp — map
//   1. axis formatters (money ticks, month labels in the plan's calendar)
//   2. the tabs: cost vs benefit, cost breakdown, capability, schedule
//   3. the problem list shown above the last valid results when the inputs are invalid
#include "ui/results_view.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/names.h"
#include "io/format.h"
#include "io/model_costs.h"
#include "ui/charts.h"
#include "ui/help_text.h"
#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/results_heat_map.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

// ---- 1. formatters ----------------------------------------------------------

charts::Axes month_axes(const Scenario& s, charts::Formatter y_label, charts::Formatter y_tooltip) {
  charts::Axes a;
  a.x_label = [](double i) { return std::to_string(static_cast<int>(i) + 1); };
  const int year = s.org.start_year, month = s.org.start_month;
  a.x_tooltip = [year, month](double i) {
    const int m = static_cast<int>(i) + 1;
    return "Month " + std::to_string(m) + " (" + io::format_plan_month(m, year, month) + ")";
  };
  a.x_title = "month of the plan";
  a.y_label = std::move(y_label);
  a.y_tooltip = std::move(y_tooltip);
  return a;
}

charts::Axes money_axes(const Scenario& s) {
  const std::string cur = s.org.currency_symbol;
  return month_axes(
      s, [cur](double v) { return text::money_compact(v, cur); },
      [cur](double v) { return text::money(v, cur); });
}

charts::Axes people_axes(const Scenario& s) {
  return month_axes(
      s, [](double v) { return text::number(v); }, [](double v) { return text::number(v, v < 100 ? 1 : 0); });
}

// Space left for a chart once a legend line (or two) is drawn under it.
ImVec2 chart_size(float legend_lines) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  return ImVec2(avail.x, std::max(8.0f * ImGui::GetFontSize(),
                                  avail.y - legend_lines * ImGui::GetFrameHeightWithSpacing()));
}

std::vector<charts::SeriesView> views(const std::vector<std::vector<double>>& series,
                                      const std::vector<std::string>& names) {
  const Palette& pal = palette();
  std::vector<charts::SeriesView> out;
  for (size_t j = 0; j < series.size(); ++j)
    out.push_back({names[j].c_str(), series[j].data(), pal.series[j % 8]});
  return out;
}

// ---- 2. tabs ---------------------------------------------------------------------

void cost_vs_benefit(const Scenario& s, const Result& r, const ChartData& d) {
  const Palette& pal = palette();
  const charts::SeriesView series[] = {{"Cumulative incremental cost", d.cumulative_cost.data(), pal.cost},
                                       {"Cumulative benefit", d.cumulative_benefit.data(), pal.benefit},
                                       {"Cumulative net", d.cumulative_net.data(), pal.axis}};
  const Totals& t = r.totals;
  const std::string& cur = s.org.currency_symbol;
  wrapped_textf("Over %d months: benefits %s against %s of incremental cost; payback %s.", d.months,
                text::money(t.benefits, cur).c_str(), text::money(t.incremental_cost, cur).c_str(),
                t.payback_month > 0 ? text::month(t.payback_month).c_str() : "not within the horizon");
  charts::line_chart("##cost_benefit", chart_size(0.3f + static_cast<float>(charts::legend_lines(series, 3))),
                     series, 3, d.months, money_axes(s));
  charts::legend(series, 3);
}

// What a capability costs through each model [JAIN]: the rows the reports
// also print (io/model_costs.h).
void model_cost_table(const Scenario& s, const std::vector<io::ModelCostRow>& rows) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (rows.empty() || !ImGui::BeginTable("##model_costs", 5, flags)) return;
  ImGui::TableSetupColumn("Delivery model", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Learners");
  ImGui::TableSetupColumn("Per learner");
  ImGui::TableSetupColumn("Applying per learner");
  ImGui::TableSetupColumn("Per capable employee");
  ImGui::TableHeadersRow();
  const std::string& cur = s.org.currency_symbol;
  for (const io::ModelCostRow& m : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(io::format_number(m.learners).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(io::format_money(m.cost_per_learner, cur).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(io::format_share(m.applying_per_learner).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.capable > 0 ? io::format_money(m.cost_per_capable, cur).c_str() : "n/a");
  }
  ImGui::EndTable();
  hint(help_text("result.model_costs"));
}

void cost_breakdown(const Scenario& s, const Result& r, const ChartData& d, ResultsUi& ui) {
  ImGui::TextUnformatted("Incremental cost per month by");
  ImGui::SameLine();
  ImGui::RadioButton("delivery model", &ui.breakdown, 0);
  ImGui::SameLine();
  ImGui::RadioButton("tier", &ui.breakdown, 1);
  ImGui::SameLine();
  ImGui::RadioButton("segment", &ui.breakdown, 2);
  const auto& series = ui.breakdown == 0 ? d.by_model : ui.breakdown == 1 ? d.by_tier : d.by_segment;
  const auto& names = ui.breakdown == 0 ? d.model_names : ui.breakdown == 1 ? d.tier_names : d.segment_names;
  const std::vector<charts::SeriesView> v = views(series, names);
  const std::vector<io::ModelCostRow> rows = io::model_cost_rows(s, r);
  // Room below the chart for the legend and the per-model table (header, rows, help line).
  const float legend_lines =
      0.3f + static_cast<float>(charts::legend_lines(v.data(), static_cast<int>(v.size())));
  const float table_lines = rows.empty() ? 0.0f : 2.5f + static_cast<float>(rows.size()) * 0.8f;
  charts::stacked_bars("##cost_breakdown", chart_size(legend_lines + table_lines), v.data(),
                       static_cast<int>(v.size()), d.months, money_axes(s));
  charts::legend(v.data(), static_cast<int>(v.size()));
  model_cost_table(s, rows);
}

void capability(const Scenario& s, const Result& r, const ChartData& d, ResultsUi& ui) {
  ImGui::TextUnformatted("People at each tier:");
  ImGui::SameLine();
  int mode = ui.capability_applying ? 0 : 1;
  if (ImGui::RadioButton("applying it", &mode, 0)) ui.capability_applying = true;
  ImGui::SameLine();
  if (ImGui::RadioButton("trained", &mode, 1)) ui.capability_applying = false;
  const auto& bands = ui.capability_applying ? d.at_tier_applying : d.at_tier_trained;
  std::vector<std::string> names;
  for (size_t k = 0; k < d.tier_names.size(); ++k)
    names.push_back("Tier " + std::to_string(k + 1) + " " + d.tier_names[k]);
  names.push_back(ui.capability_applying ? "Not applying a tier" : "No tier yet");
  std::vector<charts::SeriesView> v = views(bands, names);
  if (!v.empty()) v.back().color = palette().grid;
  const Totals& t = r.totals;
  const std::string tier = tier_name(s, s.target.tier);
  wrapped_textf("Target: %s of staff at %s or above by month %d; %s. %s capable people at the horizon.",
                text::percent(s.target.share, 0).c_str(), tier.c_str(), s.target.by_month,
                t.months_to_target > 0 ? ("met in " + text::month(t.months_to_target)).c_str()
                                       : "not met within the horizon",
                text::number(t.capable_employees).c_str());
  charts::stacked_area(
      "##capability",
      chart_size(0.3f + static_cast<float>(charts::legend_lines(v.data(), static_cast<int>(v.size())))),
      v.data(), static_cast<int>(v.size()), d.months, people_axes(s));
  charts::legend(v.data(), static_cast<int>(v.size()));
}

void schedule(const Scenario& s, const Result& r, const ChartData& d) {
  const Schedule& sc = r.schedule;
  const int weeks = std::max(sc.last_end_week, 1);
  wrapped_textf("%d groups; at most %d running at once; the last ends in week %d (month %d).",
                static_cast<int>(sc.groups.size()), sc.peak_concurrent, sc.last_end_week,
                static_cast<int>(sc.last_end_week * 12 / 52) + 1);
  // Binding: relaxing it alone moves the target month, the last end week or
  // the unscheduled learners (core/constraints.h, computed when the plan changes).
  if (d.binding.empty()) {
    ImGui::Text("Binding constraints: ");
    ImGui::SameLine(0, 0);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
    ImGui::TextUnformatted("none (relaxing any one alone changes nothing)");
    ImGui::PopStyleColor();
    item_help("results.binding");
  } else {
    ImGui::TextUnformatted("Binding constraints (what relaxing each alone buys):");
    item_help("results.binding");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    for (const BindingConstraint& b : d.binding)
      ImGui::BulletText("%s", binding_text(b, s.org.currency_symbol).c_str());
    ImGui::PopStyleColor();
  }

  const Palette& pal = palette();
  std::vector<charts::GanttBar> bars;
  bars.reserve(sc.groups.size());
  for (const GroupRun& g : sc.groups) {
    charts::GanttBar b;
    const std::string seg = segment_name(s, g.segment);
    const std::string model = model_name(s, g.model);
    b.row_label = seg + " \xC2\xB7 T" + std::to_string(g.tier + 1);
    b.start = g.start_week;
    b.end = g.end_week;
    b.color = pal.series[std::max(0, g.tier) % 8];
    b.bar_text = std::to_string(g.learners);
    char tip[512];
    std::snprintf(tip, sizeof tip, "%s\n%s via %s\n%d learners, wave %d\nweeks %d-%d (month %d to %d)%s%s",
                  seg.c_str(), tier_label(s, g.tier), model.c_str(), g.learners, g.wave, g.start_week + 1,
                  g.end_week, g.start_week * 12 / 52 + 1, std::max(0, g.end_week - 1) * 12 / 52 + 1,
                  g.delayed_by == Constraint::None ? "" : "\nheld back by: ",
                  g.delayed_by == Constraint::None ? "" : constraint_name(g.delayed_by));
    b.tooltip = tip;
    bars.push_back(std::move(b));
  }
  std::vector<charts::SeriesView> tiers;
  std::vector<std::string> names;
  for (size_t k = 0; k < s.framework.tiers.size(); ++k) names.push_back(tier_label(s, static_cast<int>(k)));
  for (size_t k = 0; k < names.size(); ++k) tiers.push_back({names[k].c_str(), nullptr, pal.series[k % 8]});
  charts::legend(tiers.data(), static_cast<int>(tiers.size()));
  ImGui::BeginChild("##gantt_scroll", ImVec2(0, 0), false);
  charts::gantt(
      "##gantt", ImGui::GetContentRegionAvail().x, bars.data(), static_cast<int>(bars.size()), weeks,
      [](double w) { return "wk " + std::to_string(static_cast<int>(w)); }, 4);
  ImGui::EndChild();
}

// ---- 3. problems -------------------------------------------------------------------

// Each problem is already a sentence in the user's words (Document::issue_sentences).
// The list takes at most about a third of the area: the last valid results
// stay below it, so the rest of the screen keeps working.
void problems(const std::vector<std::string>& sentences) {
  const Palette& pal = palette();
  ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
  wrapped_textf("Results below are not updated until %d input problem%s %s fixed (the field is marked):",
                static_cast<int>(sentences.size()), sentences.size() == 1 ? "" : "s",
                sentences.size() == 1 ? "is" : "are");
  ImGui::PopStyleColor();
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().IndentSpacing;
  float wanted = ImGui::GetStyle().WindowPadding.y * 2;
  for (const std::string& text : sentences)
    wanted += wrapped_text_height(text, width) + ImGui::GetStyle().ItemSpacing.y;
  const float height =
      std::min(wanted, std::max(4.0f * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().y / 3));
  ImGui::BeginChild("##issues", ImVec2(0, height), true);
  for (const std::string& text : sentences) {
    ImGui::Bullet();
    wrapped_text(text);
  }
  ImGui::EndChild();
  record_item_rect("results.problems");
}

}  // namespace

void draw_results(const Scenario& s, const Result& r, const ChartData& d,
                  const std::vector<std::string>& issues, ResultsUi& ui,
                  const std::vector<ExtraTab>& extras) {
  if (!issues.empty()) {
    problems(issues);
    if (d.months == 0) return;  // no plan was ever valid: nothing to show below
  }
  // More tabs than fit beside the inputs at 1280-1440 px: they scroll, and
  // the list button at the bar's left names every tab, so none is out of reach.
  if (!ImGui::BeginTabBar("results_tabs",
                          ImGuiTabBarFlags_FittingPolicyScroll | ImGuiTabBarFlags_TabListPopupButton))
    return;
  // Each tab's rectangle is recorded ("results.Schedule") for tests to click.
  auto tab = [](const char* name, ImGuiTabItemFlags flags = 0) {
    const bool open = ImGui::BeginTabItem(name, nullptr, flags);
    record_item_rect(std::string("results.") + name);
    return open;
  };
  if (tab("Cost vs benefit")) {
    cost_vs_benefit(s, r, d);
    ImGui::EndTabItem();
  }
  if (tab("Cost breakdown")) {
    cost_breakdown(s, r, d, ui);
    ImGui::EndTabItem();
  }
  if (tab("Capability")) {
    capability(s, r, d, ui);
    ImGui::EndTabItem();
  }
  if (tab("Schedule")) {
    schedule(s, r, d);
    ImGui::EndTabItem();
  }
  for (const ExtraTab& extra : extras) {
    if (!extra.body || !tab(extra.name, extra.select ? ImGuiTabItemFlags_SetSelected : 0)) continue;
    extra.body();
    ImGui::EndTabItem();
  }
  // After the app's tabs, so theirs keep their places in a narrow window.
  if (tab("Heat map")) {  // results_heat_map.cpp
    heat_map_tab(s, r, ui);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace planner::ui
