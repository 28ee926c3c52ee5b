// panel_compare.cpp — map
//   1. state        setting, clearing and re-evaluating the other plan
//   2. picker       preset menu, saved file, pasted link, copy link, clear
//   3. table        headline figures of both plans and the differences
//   4. charts       cumulative cost and benefit; people applying at tier >= k
//   5. tab, json
#include "ui/panel_compare.h"

#include <algorithm>
#include <string>

#include "core/actuals.h"
#include "core/reforecast.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "io/format.h"
#include "ui/basis_switch.h"
#include "ui/charts.h"
#include "ui/number_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {

// ---- 1. state ------------------------------------------------------------------------

void set_compare_other(CompareUi& ui, const Scenario& other, const std::string& source) {
  ui.active = true;
  ui.other = other;
  ui.source = source;
  ui.evaluated = false;
  ui.valid = false;
  ui.message.clear();
  ui.select_tab = true;
  ++ui.revision;
}

void clear_compare(CompareUi& ui) {
  ui.active = false;
  ui.other = Scenario{};
  ui.source.clear();
  ui.other_result = Result{};
  ui.other_charts = ChartData{};
  ui.evaluated = false;
  ui.valid = false;
  ui.comparison = io::Comparison{};
  ui.message.clear();
  ++ui.revision;
}

void update_comparison(CompareUi& ui, const Scenario& current, Case c, const Result& current_result,
                       bool current_valid) {
  ui.valid = false;
  if (!ui.active) return;
  if (!ui.evaluated || ui.evaluated_case != c) {
    // The other plan was validated when it was loaded (file, preset, link).
    evaluate(ui.other, c, ui.other_result);
    ui.other_charts = make_chart_data(ui.other, ui.other_result);
    ui.evaluated = true;
    ui.evaluated_case = c;
  }
  if (!current_valid) return;
  if (ui.on_forecast) {
    ui.comparison = io::compare_forecasts(current, current_result, ui.other, ui.other_result, c);
    if (ui.comparison.current_forecast_from > 0) {
      reforecast(current, c, current_result, ui.current_forecast);
      ui.current_forecast_charts = make_chart_data(current, ui.current_forecast);
    }
    if (ui.comparison.other_forecast_from > 0) {
      reforecast(ui.other, c, ui.other_result, ui.other_forecast);
      ui.other_forecast_charts = make_chart_data(ui.other, ui.other_forecast);
    }
  } else {
    ui.comparison = io::compare_plans(current, current_result, ui.other, ui.other_result);
  }
  ui.valid = true;
}

namespace {

// ---- 2. picker -------------------------------------------------------------------------

// A text field over a std::string of any length (a pasted link can be long):
// ImGui's own std::string overload (misc/cpp/imgui_stdlib).
bool input_string(const char* id, const char* hint, std::string& s, float width) {
  ImGui::SetNextItemWidth(width);
  return ImGui::InputTextWithHint(id, hint, &s, ImGuiInputTextFlags_EnterReturnsTrue);
}

void picker(CompareUi& ui, const std::vector<io::PresetInfo>& presets, const CompareHost& host,
            CompareRequests& out) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui.active ? "Compare with another plan:" : "Compare the current plan with:");
  ImGui::SameLine();
  if (ImGui::Button("A preset...")) ImGui::OpenPopup("##compare_presets");
  record_item_rect("compare.preset");
  if (ImGui::BeginPopup("##compare_presets")) {
    for (const io::PresetInfo& p : presets) {
      const std::string label = p.title.empty() ? p.name : p.title;
      if (ImGui::Selectable((label + "##" + p.name).c_str())) out.preset = p.name;
      record_item_rect("compare.preset." + p.name);
    }
    ImGui::EndPopup();
  }
  if (host.can_open_file) {
    ImGui::SameLine();
    if (ImGui::Button("A saved file...")) out.open_file = true;
    record_item_rect("compare.open_file");
  }
  const float button_w = ImGui::CalcTextSize("Compare link").x + 2 * style.FramePadding.x;
  if (input_string("##compare_link", "or paste a planner link here", ui.link_input,
                   ImGui::GetContentRegionAvail().x - button_w - style.ItemSpacing.x))
    out.open_link = true;
  record_item_rect("compare.link_input");
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.link_input.empty());
  if (ImGui::Button("Compare link")) out.open_link = true;
  record_item_rect("compare.open_link");
  ImGui::EndDisabled();
  if (!ui.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    wrapped_text(ui.message);
    ImGui::PopStyleColor();
  }
}

// The two names, each with the stroke its lines use on the charts, and the actions.
void names_bar(CompareUi& ui, const Scenario& current, const CompareHost& host, CompareRequests& out) {
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const std::string current_name = "Current: " + current.title;
  const std::string other_name = "Other: " + ui.other.title + " (" + ui.source + ")";
  const charts::LineSeries named[] = {{current_name.c_str(), nullptr, 0, text, false},
                                      {other_name.c_str(), nullptr, 0, text, true}};
  charts::line_legend(named, 2);
  if (host.can_copy_link) {
    if (ImGui::SmallButton("Copy comparison link")) out.copy_link = true;
    record_item_rect("compare.copy_link");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "Copies a link that opens the current plan with this comparison (nothing is sent to a server)");
    ImGui::SameLine();
  }
  if (ImGui::SmallButton("Clear comparison")) out.clear = true;
  record_item_rect("compare.clear");
  if (ImGui::GetTime() - ui.link_copied_at < 2.0) {
    ImGui::SameLine();
    ImGui::TextDisabled("Copied");
  }
}

// ---- 3. table -------------------------------------------------------------------------------

void figures_table(const io::Comparison& cmp) {
  const Palette& pal = palette();
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##compare_table", 4, flags)) return;
  // The figure names never clip: their column is as wide as the longest one.
  float names_w = 0;
  for (const io::ComparedFigure& f : cmp.figures) names_w = std::max(names_w, ImGui::CalcTextSize(f.label).x);
  ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthFixed, names_w);
  ImGui::TableSetupColumn("Current", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Other", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Current - other", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ImGui::TableHeadersRow();
  auto right_aligned = [](const std::string& s) {
    const float w = ImGui::CalcTextSize(s.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
    ImGui::TextUnformatted(s.c_str());
  };
  for (const io::ComparedFigure& f : cmp.figures) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(f.label);
    ImGui::TableSetColumnIndex(1);
    right_aligned(io::figure_text(f.unit, f.current, cmp.current_symbol));
    ImGui::TableSetColumnIndex(2);
    right_aligned(io::figure_text(f.unit, f.other, cmp.other_symbol));
    ImGui::TableSetColumnIndex(3);
    // Green or red only where better is unambiguous; costs stay neutral.
    const bool coloured = f.favours == io::Favours::Current || f.favours == io::Favours::Other;
    if (coloured)
      ImGui::PushStyleColor(ImGuiCol_Text, f.favours == io::Favours::Current ? pal.good : pal.bad);
    right_aligned(io::difference_text(f.unit, f.difference, cmp.current_symbol));
    if (coloured) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      const char* why = !f.difference.defined ? (cmp.same_currency || f.unit != FigureUnit::Money
                                                     ? "n/a: at least one plan has no value for this figure"
                                                     : "n/a: the plans use different currencies")
                        : f.favours == io::Favours::Current ? "the current plan does better here"
                        : f.favours == io::Favours::Other   ? "the other plan does better here"
                        : f.better == Better::Neither
                            ? "neither better nor worse in itself: a cheaper plan may simply do less"
                            : "the same for both plans";
      ImGui::SetTooltip("%s", why);
    }
  }
  ImGui::EndTable();
}

// How to read the table: under it where there is room, after the charts otherwise.
void reading_note() {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped_textf(
      "Differences are current minus other, at the case chosen in the toolbar. Green: the current plan does "
      "better, red: the other one does; costs stay uncoloured (a cheaper plan may simply do less). n/a: a "
      "plan "
      "has no value there (not reached within its horizon, no cost, nobody capable).");
  ImGui::PopStyleColor();
}

// ---- 4. charts --------------------------------------------------------------------------------

// Plain month numbers: the two plans may start in different months.
charts::Axes month_axes(charts::Formatter y_label, charts::Formatter y_tooltip) {
  charts::Axes a;
  a.x_label = [](double i) { return std::to_string(static_cast<int>(i) + 1); };
  a.x_tooltip = [](double i) { return "Month " + std::to_string(static_cast<int>(i) + 1); };
  a.x_title = "month of the plan";
  a.y_label = std::move(y_label);
  a.y_tooltip = std::move(y_tooltip);
  return a;
}

// Applying at tier >= k, month by month, from the engine's result.
std::vector<double> applying_at_least(const Result& r, int k) {
  std::vector<double> out(static_cast<std::size_t>(std::max(0, r.months)), 0.0);
  if (k < 0 || k >= r.tiers) return out;
  for (int m = 0; m < r.months; ++m) {
    const std::size_t at = static_cast<std::size_t>(m) * static_cast<std::size_t>(r.tiers) + k;
    if (at < r.applying_at_tier.size()) out[m] = r.applying_at_tier[at];
  }
  return out;
}

// What the charts show of the other plan: its forecast when compared on it.
const ChartData& other_charts(const CompareUi& ui) {
  return ui.comparison.other_forecast_from > 0 ? ui.other_forecast_charts : ui.other_charts;
}
const Result& other_result(const CompareUi& ui) {
  return ui.comparison.other_forecast_from > 0 ? ui.other_forecast : ui.other_result;
}

void cost_benefit_chart(const CompareUi& ui, const Scenario& current, const ChartData& cur, float height) {
  const Palette& pal = palette();
  const ChartData& oth = other_charts(ui);
  const ImU32 cost_light = (pal.cost & 0x00FFFFFFu) | 0xB0000000u,
              benefit_light = (pal.benefit & 0x00FFFFFFu) | 0xB0000000u;
  const charts::LineSeries series[] = {
      {"Current: cost", cur.cumulative_cost.data(), cur.months, pal.cost, false},
      {"Current: benefit", cur.cumulative_benefit.data(), cur.months, pal.benefit, false},
      {"Other: cost", oth.cumulative_cost.data(), oth.months, cost_light, true},
      {"Other: benefit", oth.cumulative_benefit.data(), oth.months, benefit_light, true}};
  ImGui::TextUnformatted("Cumulative incremental cost and benefit");
  const std::string cur_symbol = current.org.currency_symbol;
  const charts::Axes axes = month_axes([cur_symbol](double v) { return text::money_compact(v, cur_symbol); },
                                       [cur_symbol](double v) { return text::money(v, cur_symbol); });
  charts::overlay_lines("##compare_cost_benefit", ImVec2(ImGui::GetContentRegionAvail().x, height), series, 4,
                        std::max(cur.months, oth.months), axes);
  record_item_rect("compare.chart.cost_benefit");
  charts::line_legend(series, 4);
}

void capability_chart(CompareUi& ui, const Scenario& current, const Result& cur, float height) {
  const Palette& pal = palette();
  const int tiers = static_cast<int>(current.framework.tiers.size());
  if (tiers == 0) return;
  if (ui.tier < 0 || ui.tier >= tiers) ui.tier = std::clamp(current.target.tier, 0, tiers - 1);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("People applying at tier");
  ImGui::SameLine();
  const std::string shown =
      std::to_string(ui.tier + 1) + " " + current.framework.tiers[ui.tier].name + " or above";
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x,
                                   ImGui::CalcTextSize(shown.c_str()).x + 3 * ImGui::GetFrameHeight()));
  if (ImGui::BeginCombo("##compare_tier", shown.c_str())) {
    for (int k = 0; k < tiers; ++k) {
      const std::string item = std::to_string(k + 1) + " " + current.framework.tiers[k].name + " or above";
      if (ImGui::Selectable(item.c_str(), k == ui.tier)) ui.tier = k;
    }
    ImGui::EndCombo();
  }
  record_item_rect("compare.tier");
  const std::vector<double> a = applying_at_least(cur, ui.tier);
  const Result& other = other_result(ui);
  const bool other_has = ui.tier < other.tiers;
  const std::vector<double> b = applying_at_least(other, ui.tier);
  const charts::LineSeries series[] = {
      {"Current", a.data(), static_cast<int>(a.size()), pal.series[0], false},
      {"Other", b.data(), other_has ? static_cast<int>(b.size()) : 0,
       (pal.series[0] & 0x00FFFFFFu) | 0xB0000000u, true}};
  const charts::Axes axes = month_axes([](double v) { return text::number(v); },
                                       [](double v) { return text::number(v, v < 100 ? 1 : 0); });
  charts::overlay_lines("##compare_capability", ImVec2(ImGui::GetContentRegionAvail().x, height), series, 2,
                        std::max(cur.months, other.months), axes);
  record_item_rect("compare.chart.capability");
  charts::line_legend(series, 2);
  if (!other_has) {
    ImGui::SameLine();
    ImGui::TextDisabled("(the other plan has only %d tiers)", ui.other_result.tiers);
  } else if (ui.tier < static_cast<int>(ui.other.framework.tiers.size()) &&
             ui.other.framework.tiers[ui.tier].name != current.framework.tiers[ui.tier].name) {
    ImGui::SameLine();
    ImGui::TextDisabled("(the other plan's tier %d is %s)", ui.tier + 1,
                        ui.other.framework.tiers[ui.tier].name.c_str());
  }
}

}  // namespace

// ---- 5. tab, json -------------------------------------------------------------------------------

void draw_compare_tab(CompareUi& ui, const Scenario& current, const Result& current_result,
                      const ChartData& current_charts, const std::vector<io::PresetInfo>& presets,
                      const CompareHost& host, CompareRequests& out) {
  picker(ui, presets, host, out);
  if (!ui.active) {
    ImGui::Spacing();
    hint(
        "Pick another plan to see it next to the current one: the headline figures of both with their "
        "differences, and their cost, benefit and capability on the same charts. Both are computed at the "
        "case chosen in the toolbar. \"Copy comparison link\" then shares both plans in one link.");
    return;
  }
  ImGui::Separator();
  names_bar(ui, current, host, out);
  // The switch shows when either plan has actuals to re-forecast from.
  const int as_of =
      current.actuals.as_of_month > 0 ? current.actuals.as_of_month : ui.other.actuals.as_of_month;
  if (as_of > 0) {
    const Organisation& org = current.actuals.as_of_month > 0 ? current.org : ui.other.org;
    out.basis = basis_switch("compare.basis", "Forecast from " + plan_month_name(org, as_of),
                             "A plan with actuals is compared as its forecast from its as-of month; a plan "
                             "without, as planned.",
                             ui.on_forecast);
  }
  if (!ui.valid) return;
  const io::Comparison& cmp = ui.comparison;
  if (ui.on_forecast) {
    auto basis = [](const std::string& label) {
      return label.empty() ? "as planned" : "forecast from " + label;
    };
    hint(("Current: " + basis(cmp.current_forecast_label) + "; other: " + basis(cmp.other_forecast_label) +
          ".")
             .c_str());
  }
  // The charts follow the table: the forecast of a plan compared on it.
  const bool cur_f = cmp.current_forecast_from > 0;
  const ChartData& cur_charts = cur_f ? ui.current_forecast_charts : current_charts;
  const Result& cur_result = cur_f ? ui.current_forecast : current_result;
  if (!cmp.same_currency)
    ImGui::TextDisabled("The plans use different currencies (%s, %s): money differences are n/a.",
                        cmp.current_currency.c_str(), cmp.other_currency.c_str());
  if (cmp.current_horizon != cmp.other_horizon)
    ImGui::TextDisabled("Horizons differ: %d vs %d months; totals cover each plan's own horizon.",
                        cmp.current_horizon, cmp.other_horizon);

  // Wide (the summary view): table left, charts right. Narrow: one column, scrolling.
  const float em = ImGui::GetFontSize();
  const bool wide = ImGui::GetContentRegionAvail().x > 62 * em;
  if (wide && ImGui::BeginTable("##compare_layout", 2, ImGuiTableFlags_BordersInnerV,
                                ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupColumn("figures", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableSetupColumn("charts", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    figures_table(cmp);
    reading_note();
    ImGui::TableSetColumnIndex(1);
    const float line = ImGui::GetFrameHeightWithSpacing();
    const float h = std::max(9 * em, (ImGui::GetContentRegionAvail().y - 4.4f * line) * 0.5f);
    cost_benefit_chart(ui, current, cur_charts, h);
    capability_chart(ui, current, cur_result, h);
    ImGui::EndTable();
    return;
  }
  ImGui::BeginChild("##compare_scroll", ImVec2(0, 0), false);
  figures_table(cmp);
  ImGui::Spacing();
  const float h = std::max(11 * em, ImGui::GetContentRegionAvail().y * 0.5f);
  cost_benefit_chart(ui, current, cur_charts, h);
  ImGui::Spacing();
  capability_chart(ui, current, cur_result, h);
  ImGui::Spacing();
  reading_note();
  ImGui::EndChild();
}

std::string comparison_json(const CompareUi& ui, Case c) {
  if (!ui.active || !ui.valid) return "null";
  return io::comparison_to_json(c, ui.comparison);
}

}  // namespace planner::ui
