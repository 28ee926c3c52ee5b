// The organisation and the capability target: who is planning, in which
// currency, over how long, and what "capable" means for this plan.
#include <cfloat>
#include <cstdio>

#include "ui/panels.h"
#include "ui/widgets.h"

namespace planner::ui {

bool draw_organisation_panel(Scenario& s) {
  bool changed = false;
  Organisation& o = s.org;
  heading("Plan");
  if (form_begin("plan_form")) {
    form_row("Title", "title");
    changed |= edit_text("##title", &s.title, "title");
    record_item_rect("title");
    form_row("Purpose", "description");
    changed |= edit_text("##description", &s.description, "description");
    record_item_rect("org.description");
    form_row("Organisation", "org.name");
    changed |= edit_text("##org_name", &o.name, "org.name");
    form_row("Currency code", "org.currency_code");
    changed |= edit_text("##currency_code", &o.currency_code, "org.currency_code");
    form_row("Currency symbol", "org.currency_symbol");
    changed |= edit_text("##currency_symbol", &o.currency_symbol, "org.currency_symbol");
    form_row("Start (month, year)", "org.start");
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemInnerSpacing.x) / 2;
    ImGui::SetNextItemWidth(half);
    changed |= edit_int("##start_month", &o.start_month, 1, 12, "org.start", 0.05f, "month %d");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(-FLT_MIN);
    changed |= edit_int("##start_year", &o.start_year, 2000, 2100, "org.start", 0.05f, "%d");
    form_row("Horizon", "org.horizon_months");
    changed |= edit_int("##horizon", &o.horizon_months, 1, 120, "org.horizon_months", 0.1f, "%d months");
    form_row("Discount rate (annual)", "org.discount_rate_annual");
    changed |= edit_percent("##discount", &o.discount_rate_annual, "org.discount_rate_annual");
    form_row("Hours in a full-time year", "org.hours_per_fte_year");
    changed |=
        edit_double("##fte_hours", &o.hours_per_fte_year, 1, 8760, "org.hours_per_fte_year", 1, "%.0f h");
    form_row("Default loaded hourly cost", "org.default_hourly_cost");
    changed |= edit_money("##default_rate", &o.default_hourly_cost, o.currency_symbol,
                          "org.default_hourly_cost", "/h");
    form_end();
  }

  ImGui::Spacing();
  heading("Capability target");
  Target& t = s.target;
  if (form_begin("target_form")) {
    form_row("Share of headcount", "target.share");
    changed |= edit_percent("##target_share", &t.share, "target.share");
    record_item_rect("target.share");
    form_row("At least tier", "target.tier");
    const int tiers = static_cast<int>(s.framework.tiers.size());
    if (ImGui::BeginCombo("##target_tier", tier_label(s, t.tier))) {
      for (int k = 0; k < tiers; ++k)
        if (ImGui::Selectable(tier_label(s, k), k == t.tier) && t.tier != k) {
          t.tier = k;
          changed = true;
        }
      ImGui::EndCombo();
    }
    item_help("target.tier");
    form_row("By month", "target.by_month");
    changed |= edit_int("##target_month", &t.by_month, 1, 600, "target.by_month", 0.1f, "month %d");
    record_item_rect("target.by_month");
    form_row("Count", "target.count_applying");
    int mode = t.count_applying ? 0 : 1;
    if (ImGui::RadioButton("people applying", &mode, 0) && !t.count_applying) {
      t.count_applying = true;
      changed = true;
    }
    item_help("target.count_applying");
    record_item_rect("target.count_applying");
    ImGui::SameLine();
    if (ImGui::RadioButton("everyone trained", &mode, 1) && t.count_applying) {
      t.count_applying = false;
      changed = true;
    }
    item_help("target.count_applying");
    form_end();
  }
  return changed;
}

}  // namespace planner::ui
