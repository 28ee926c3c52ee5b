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
#include "ui/actuals_edits.h"
#include "ui/charts.h"
#include "ui/panel_measures.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

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
  const int columns = 4 + 3 * K;
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
  ImGui::TableSetupColumn("By segment", ImGuiTableColumnFlags_WidthFixed, 5 * em);
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
        s.actuals.months.insert(at, prefilled_month(s, *plan, month));
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
    ImGui::TableSetColumnIndex(3);
    bool by_segment = !a.segments.empty();
    if (edit_bool("##by_segment", &by_segment, "actuals.by_segment")) {
      if (by_segment && plan)
        report_by_segment(s, *plan, month);
      else if (!by_segment)
        report_totals_only(s, month);
      changed = true;
      record_item_rect(id + ".by_segment");
      ImGui::PopID();
      break;  // `a` may have moved: draw the rest next frame
    }
    record_item_rect(id + ".by_segment");
    for (auto* v : {&a.enrolled, &a.completed, &a.applying})
      if (static_cast<int>(v->size()) != K) v->assign(K, 0.0);
    for (int k = 0; k < K; ++k) {
      const std::string t = ".t" + std::to_string(k + 1);
      int column = 4 + 3 * k;
      for (auto [v, what] :
           {std::pair{&a.enrolled, "enrolled"}, {&a.completed, "completed"}, {&a.applying, "applying"}}) {
        ImGui::TableSetColumnIndex(column++);
        const std::string cell = id + t + "." + what;
        if (by_segment) {  // the sum of the segment rows below: read-only
          ImGui::TextUnformatted(io::format_number((*v)[k]).c_str());
          record_item_rect(cell);
        } else {
          changed |= people_cell(cell, *v, k, (std::string("actuals.") + what).c_str());
        }
      }
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

// Month `a`'s segment rows x (enrolled / completed / applying per tier); a
// typed value re-sums the month's totals. The validator's words for this
// month follow the table.
bool segment_table(Scenario& s, ActualMonth& a, int index) {
  bool changed = false;
  const int K = static_cast<int>(s.framework.tiers.size());
  const float em = ImGui::GetFontSize();
  const std::string title = plan_month_name(s.org, a.month) + " by segment";
  heading(title.c_str());
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  const float height = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(a.segments.size() + 1.5f);
  const std::string table_id = "segments_m" + std::to_string(a.month);
  if (ImGui::BeginTable(table_id.c_str(), 1 + 3 * K, flags, ImVec2(0, std::min(height, 14 * em)))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthFixed, 8 * em);
    std::vector<std::string> names;
    for (int k = 0; k < K; ++k)
      for (const char* what : {"enrolled", "completed", "applying"})
        names.push_back(s.framework.tiers[k].name + " " + what);
    for (const std::string& n : names)  // wide enough for the tier's name
      ImGui::TableSetupColumn(n.c_str(), ImGuiTableColumnFlags_WidthFixed,
                              std::max(5 * em, ImGui::CalcTextSize(n.c_str()).x + em));
    ImGui::TableHeadersRow();
    for (SegmentActual& row : a.segments) {
      if (row.segment < 0 || row.segment >= static_cast<int>(s.segments.size())) continue;
      ImGui::TableNextRow();
      ImGui::PushID(row.segment);
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(s.segments[row.segment].name.c_str());
      const std::string id = "actuals.m" + std::to_string(a.month) + ".s" + std::to_string(row.segment + 1);
      int column = 1;
      for (int k = 0; k < K; ++k)
        for (auto [v, what] : {std::pair{&row.enrolled, "enrolled"},
                               {&row.completed, "completed"},
                               {&row.applying, "applying"}}) {
          ImGui::TableSetColumnIndex(column++);
          if (v->empty()) continue;  // not measured this month
          changed |= people_cell(id + ".t" + std::to_string(k + 1) + "." + what, *v, k,
                                 (std::string("actuals.") + what).c_str());
        }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (changed) sum_segments(a, K);
  const std::string path = "actuals.months[" + std::to_string(index) + "]";
  for (const Issue& i : validate_actuals(s))
    if (i.path.compare(0, path.size() + 1, path + ".") == 0) {
      ImGui::PushStyleColor(ImGuiCol_Text, rag_colour(Rag::Red));
      wrapped_text(i.message);
      ImGui::PopStyleColor();
      record_item_rect("actuals.m" + std::to_string(a.month) + ".problem");
    }
  return changed;
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
  for (size_t i = 0; i < s.actuals.months.size(); ++i)
    if (!s.actuals.months[i].segments.empty())
      changed |= segment_table(s, s.actuals.months[i], static_cast<int>(i));
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
