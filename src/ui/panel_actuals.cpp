// panel_actuals.cpp — see panel_actuals.h.
#include "ui/panel_actuals.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/actuals.h"
#include "core/figures.h"
#include "core/reforecast.h"
#include "core/variance.h"
#include "imgui.h"
#include "io/format.h"
#include "ui/charts.h"
#include "ui/panel_measures.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

// Whole people, for prefilling a month from the plan's expected figures.
std::vector<double> whole(const std::vector<double>& v) {
  std::vector<double> out(v.size());
  for (size_t i = 0; i < v.size(); ++i) out[i] = std::round(v[i]);
  return out;
}

// The plan's figures for `month`, as a user would type them (whole people and
// whole currency units), kept possible (applying <= completed <= enrolled).
ActualMonth prefilled(const Scenario& s, const Result& plan, int month) {
  ActualMonth a = plan_figures(s, plan, month);
  a.spend = std::round(a.spend);
  a.hours_saved_per_week = std::round(a.hours_saved_per_week * 10) / 10;
  a.enrolled = whole(a.enrolled);
  a.completed = whole(a.completed);
  a.applying = whole(a.applying);
  for (size_t k = 0; k < a.enrolled.size(); ++k) {
    a.completed[k] = std::min(a.completed[k], a.enrolled[k]);
    a.applying[k] = std::min(a.applying[k], a.completed[k]);
  }
  return a;
}

bool people_cell(const std::string& id, std::vector<double>& v, int k, const char* help) {
  if (static_cast<int>(v.size()) <= k) return false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool changed = edit_double(("##" + id).c_str(), &v[k], 0, 1e7, help, 0.5f, "%.0f");
  record_item_rect(id);
  return changed;
}

bool month_table(Scenario& s, const Result* plan) {
  bool changed = false;
  const int K = static_cast<int>(s.framework.tiers.size());
  const int columns = 3 + 3 * K;
  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  const float height = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(s.actuals.as_of_month + 2);
  std::string key = "Counts so far, through the plan (completed and applying: at the tier or above):";
  for (int k = 0; k < K; ++k)
    key += (k ? ", T" : " T") + std::to_string(k + 1) + " = " + s.framework.tiers[k].name;
  hint(key.c_str());
  if (!ImGui::BeginTable("actuals", columns, flags, ImVec2(0, std::min(height, 18 * em)))) return false;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("Month", ImGuiTableColumnFlags_WidthFixed, 6.5f * em);
  ImGui::TableSetupColumn("Spend", ImGuiTableColumnFlags_WidthFixed, 6 * em);
  ImGui::TableSetupColumn("Hours/wk", ImGuiTableColumnFlags_WidthFixed, 4.5f * em);
  std::vector<std::string> names;
  for (int k = 0; k < K; ++k)
    for (const char* what : {"enrolled", "completed", "applying"})
      names.push_back("T" + std::to_string(k + 1) + " " + what);  // tier names in the key above
  for (const std::string& n : names)
    ImGui::TableSetupColumn(n.c_str(), ImGuiTableColumnFlags_WidthFixed, 5 * em);
  ImGui::TableHeadersRow();
  for (int month = 1; month <= s.actuals.as_of_month; ++month) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushID(month);
    ImGui::TextUnformatted(io::format_plan_month(month, s.org.start_year, s.org.start_month).c_str());
    auto it = std::find_if(s.actuals.months.begin(), s.actuals.months.end(),
                           [&](const ActualMonth& a) { return a.month == month; });
    const std::string id = "actuals.m" + std::to_string(month);
    if (it == s.actuals.months.end()) {
      ImGui::TableSetColumnIndex(1);
      if (plan && ImGui::SmallButton("Type actuals")) {
        // Kept in month order: before the first later month.
        auto at = s.actuals.months.begin();
        while (at != s.actuals.months.end() && at->month < month) ++at;
        s.actuals.months.insert(at, prefilled(s, *plan, month));
        changed = true;
      }
      record_item_rect(id + ".add");
      ImGui::PopID();
      continue;
    }
    ActualMonth& a = *it;
    ImGui::TableSetColumnIndex(1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_money("##spend", &a.spend, s.org.currency_symbol, "actuals.spend");
    record_item_rect(id + ".spend");
    ImGui::TableSetColumnIndex(2);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_double("##hours", &a.hours_saved_per_week, 0, 1e7, "actuals.hours", 0.5f, "%.1f");
    record_item_rect(id + ".hours");
    for (auto* v : {&a.enrolled, &a.completed, &a.applying})
      if (static_cast<int>(v->size()) != K) v->assign(K, 0.0);
    for (int k = 0; k < K; ++k) {
      const std::string t = ".t" + std::to_string(k + 1);
      ImGui::TableSetColumnIndex(3 + 3 * k);
      changed |= people_cell(id + t + ".enrolled", a.enrolled, k, "actuals.enrolled");
      ImGui::TableSetColumnIndex(4 + 3 * k);
      changed |= people_cell(id + t + ".completed", a.completed, k, "actuals.completed");
      ImGui::TableSetColumnIndex(5 + 3 * k);
      changed |= people_cell(id + t + ".applying", a.applying, k, "actuals.applying");
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  return changed;
}

ImU32 rag_colour(Rag r) {
  return r == Rag::Green   ? IM_COL32(46, 133, 64, 255)
         : r == Rag::Amber ? IM_COL32(217, 154, 0, 255)
                           : IM_COL32(199, 54, 43, 255);
}

void variance_table(const Scenario& s, const Result& plan) {
  const std::vector<VarianceLine> lines = variance(s, plan);
  const std::vector<Metric> metrics = measurement_plan(s);
  if (lines.empty()) {
    hint("No actuals typed yet: press \"Type actuals\" on a month to start from the plan's figures.");
    return;
  }
  const float em = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("variance", 5, flags, ImVec2(0, 16 * em))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Month");
  ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Plan");
  ImGui::TableSetupColumn("Actual");
  ImGui::TableSetupColumn("Status");
  ImGui::TableHeadersRow();
  for (const VarianceLine& v : lines) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(io::format_plan_month(v.month, s.org.start_year, s.org.start_month).c_str());
    ImGui::TableSetColumnIndex(1);
    const std::string what = variance_label(s, v, metrics);
    ImGui::TextUnformatted(what.c_str());
    const bool money = v.key == "spend" || v.key == "cumulative_spend";
    auto show = [&](double x) {
      return money ? io::format_money(x, s.org.currency_symbol) : io::format_number(x, 1);
    };
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(show(v.plan).c_str());
    ImGui::TableSetColumnIndex(3);
    ImGui::TextUnformatted(show(v.actual).c_str());
    ImGui::TableSetColumnIndex(4);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(rag_colour(v.status)), "%s", rag_id(v.status));
  }
  ImGui::EndTable();
}

void figures_table(const Scenario& s, const Result& plan, const Result& forecast) {
  static const char* const kKeys[] = {
      "incremental_cost",     "benefits",         "roi_pct", "npv", "payback_month", "months_to_target",
      "hours_saved_per_week", "capable_employees"};
  if (!ImGui::BeginTable("forecast_figures", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Plan");
  ImGui::TableSetupColumn("Forecast");
  ImGui::TableHeadersRow();
  for (const char* key : kKeys) {
    const FigureSpec& f = figure(key);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(f.label);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(io::figure_text(f.unit, f.read(plan.totals), s.org.currency_symbol).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(io::figure_text(f.unit, f.read(forecast.totals), s.org.currency_symbol).c_str());
    record_item_rect(std::string("forecast.") + key);
  }
  ImGui::EndTable();
}

void charts_of(const Scenario& s, const Result& plan, const Result& forecast) {
  const int M = plan.months, K = plan.tiers;
  std::vector<double> cost_plan(M), cost_forecast(M), applying_plan(M), applying_forecast(M);
  double a = 0, b = 0;
  const int tk = std::min(std::max(s.target.tier, 0), K - 1);
  for (int m = 0; m < M; ++m) {
    cost_plan[m] = a += plan.incremental_cost[m];
    cost_forecast[m] = b += forecast.incremental_cost[m];
    applying_plan[m] = plan.applying_at_tier[static_cast<size_t>(m) * K + tk];
    applying_forecast[m] = forecast.applying_at_tier[static_cast<size_t>(m) * K + tk];
  }
  const Palette& pal = palette();
  const float em = ImGui::GetFontSize();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 11 * em);
  charts::Axes axes;
  axes.x_label = [](double i) { return "M" + std::to_string(static_cast<int>(i) + 1); };
  axes.x_title = "month of the plan";
  // One formatter type for the three charts (each lambda type costs wasm).
  const std::string sym = s.org.currency_symbol;
  auto y_as = [&axes, sym](int kind) {
    axes.y_label = [kind, sym](double v) {
      return kind == 0   ? io::format_money_short(v, sym)
             : kind == 1 ? io::format_number(v, 0)
                         : io::format_hours_per_week(v);
    };
  };
  const charts::SeriesView cost[] = {{"Plan", cost_plan.data(), pal.series[0]},
                                     {"Forecast", cost_forecast.data(), pal.series[1]}};
  heading("Cumulative cost: plan and forecast");
  charts::legend(cost, 2);
  y_as(0);
  charts::line_chart("##actuals_cost", size, cost, 2, M, axes);
  const std::string applying_title = "People applying " + s.framework.tiers[tk].name + " or above";
  heading(applying_title.c_str());
  y_as(1);
  const charts::SeriesView people[] = {{"Plan", applying_plan.data(), pal.series[0]},
                                       {"Forecast", applying_forecast.data(), pal.series[1]}};
  charts::line_chart("##actuals_applying", size, people, 2, M, axes);
  heading("Hours saved per week");
  y_as(2);
  const charts::SeriesView hours[] = {{"Plan", plan.hours_saved_per_week.data(), pal.series[0]},
                                      {"Forecast", forecast.hours_saved_per_week.data(), pal.series[1]}};
  charts::line_chart("##actuals_hours", size, hours, 2, M, axes);
}

}  // namespace

bool draw_actuals_panel(Scenario& s, const Result* plan, Case c) {
  bool changed = false;
  heading("Actuals against the plan");
  hint(
      "Type what happened month by month. Months up to the as-of month are actual where typed; the forecast "
      "runs the rest of the plan from there. Completion is shown apart from application: completion is not "
      "capability.");
  if (form_begin("actuals_form")) {
    form_row("As of month", "actuals.as_of");
    const std::string shown = s.actuals.as_of_month >= 1
                                  ? "%d (" + plan_month_name(s.org, s.actuals.as_of_month) + ")"
                                  : std::string("%d (no actuals)");
    // Never below the last month typed: those actuals would lie after it.
    int last_typed = 0;
    for (const ActualMonth& a : s.actuals.months) last_typed = std::max(last_typed, a.month);
    changed |= edit_int("##as_of", &s.actuals.as_of_month, std::min(last_typed, s.org.horizon_months),
                        s.org.horizon_months, "actuals.as_of", 0.1f, shown.c_str());
    record_item_rect("actuals.as_of");
    form_end();
  }
  changed |= draw_measurement_plan(s);  // issue 15 part 1: the plan's metrics, editable
  if (s.actuals.as_of_month < 1) return changed;
  changed |= month_table(s, plan);
  if (!plan) {
    hint("The plan has problems to fix first (see the results); the forecast and the variance wait.");
    return changed;
  }
  const Result forecast = reforecast(s, c, *plan);
  heading("Plan and forecast");
  figures_table(s, *plan, forecast);
  heading("Variance (green within 5 % of plan, amber within 15 %, red beyond)");
  variance_table(s, *plan);
  charts_of(s, *plan, forecast);
  return changed;
}

}  // namespace planner::ui
