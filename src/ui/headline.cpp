// The headline strip: the six figures a CFO asks for first, always in view.
// Drawn straight into the draw list (no widgets), so the App can draw it last
// in the frame, after the edits of this frame were recomputed.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "io/format.h"
#include "ui/fonts.h"
#include "ui/help_text.h"
#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/results_view.h"
#include "ui/theme.h"

namespace planner::ui {
namespace {

// Shrinks text that does not fit rather than clipping it.
void fitted_text(ImDrawList* dl, ImFont* font, float size, ImVec2 at, float max_w, ImU32 color,
                 const std::string& s) {
  float w = font->CalcTextSizeA(size, FLT_MAX, 0, s.c_str()).x;
  if (w > max_w && w > 0) size = std::max(size * 0.6f, size * max_w / w);
  dl->AddText(font, size, at, color, s.c_str());
}

}  // namespace

float headline_height() {
  const float em = ImGui::GetFontSize();
  return kHeadlineFontPx / kBodyFontPx * em + 2.0f * ImGui::GetTextLineHeight() + 0.9f * em;
}

std::vector<HeadlineCard> headline_cards(const Scenario& s, const Result& r, bool valid, int issue_count,
                                         bool economic_leads) {
  using Tone = HeadlineCard::Tone;
  const Totals& t = r.totals;
  const std::string& cur = s.org.currency_symbol;
  const Tone text = Tone::Plain;
  const std::string dash = "\xE2\x80\x94";
  std::vector<HeadlineCard> cards;
  if (!valid) {
    char detail[64];
    std::snprintf(detail, sizeof detail, "%d input problem%s to fix", issue_count,
                  issue_count == 1 ? "" : "s");
    const char* labels[] = {"Incremental cost",
                            "Cost per capable employee",
                            "FTE returned at month 12",
                            economic_leads ? "ROI (economic)" : "ROI (cash)",
                            economic_leads ? "Payback (economic)" : "Payback (cash)",
                            "Target reached"};
    const char* keys[] = {"result.incremental_cost", "result.cost_per_capable",
                          "result.fte_returned",     "result.roi",
                          "result.payback",          "result.months_to_target"};
    for (int i = 0; i < 6; ++i) cards.push_back({labels[i], dash, detail, Tone::Bad, keys[i]});
  } else {
    cards.push_back({"Incremental cost", text::money_compact(t.incremental_cost, cur),
                     "cash " + text::money_compact(t.cash_cost, cur) + ", economic " +
                         text::money_compact(t.economic_cost, cur),
                     text, "result.incremental_cost"});
    cards.push_back({"Cost per capable employee",
                     t.capable_employees > 0 ? text::money(t.cost_per_capable_employee, cur) : dash,
                     text::number(t.capable_employees) + " capable; " + text::money(t.cost_per_learner, cur) +
                         " per learner (" + text::number(t.learners) + " people, " +
                         text::number(t.enrolments) + " places)",
                     text, "result.cost_per_capable"});
    cards.push_back({"FTE returned at month 12", text::fte(t.fte_returned_month12),
                     io::format_hours_per_week(t.hours_saved_per_week_month12) + "; " +
                         text::fte(t.fte_returned) + " at horizon end (month " +
                         std::to_string(s.org.horizon_months) + ")",
                     text, "result.fte_returned"});
    // The leading view's ROI and payback, the other view's beside them. ROI
    // and BCR are n/a when that view's cost is zero.
    struct View {
      const char* name;
      bool defined;
      double roi, bcr, npv;
      int payback;
    };
    const View cash{"cash", t.roi_defined, t.roi_pct, t.bcr, t.npv, t.payback_month};
    const View economic{"economic",     t.economic_roi_defined, t.economic_roi_pct,
                        t.economic_bcr, t.economic_npv,         t.economic_payback_month};
    const View& lead = economic_leads ? economic : cash;
    const View& other = economic_leads ? cash : economic;
    const auto roi_text = [&](const View& v) {
      return v.defined ? io::format_percent(v.roi, 0) : std::string("n/a");
    };
    char bcr[48];
    if (lead.defined)
      std::snprintf(bcr, sizeof bcr, "BCR %.2fx; NPV ", lead.bcr);
    else
      std::snprintf(bcr, sizeof bcr, "BCR n/a; NPV ");
    cards.push_back(
        {economic_leads ? "ROI (economic)" : "ROI (cash)", roi_text(lead),
         std::string(other.name) + " " + roi_text(other) + "; " + bcr + text::money_compact(lead.npv, cur),
         !lead.defined   ? Tone::Plain
         : lead.roi >= 0 ? Tone::Good
                         : Tone::Bad,
         economic_leads ? "result.roi_economic" : "result.roi"});
    cards.push_back(
        {economic_leads ? "Payback (economic)" : "Payback (cash)",
         lead.payback > 0 ? text::month(lead.payback) : dash,
         (lead.payback > 0 ? io::format_plan_month(lead.payback, s.org.start_year, s.org.start_month)
                           : std::string("not within the horizon")) +
             "; " + other.name + " " + (other.payback > 0 ? text::month(other.payback) : std::string("none")),
         lead.payback > 0 ? Tone::Good : Tone::Bad, "result.payback"});
    char goal[160];
    std::snprintf(goal, sizeof goal, "%s at %s+ by month %d", text::percent(s.target.share, 0).c_str(),
                  s.target.tier < static_cast<int>(s.framework.tiers.size())
                      ? s.framework.tiers[s.target.tier].name.c_str()
                      : "?",
                  s.target.by_month);
    const bool met = t.months_to_target > 0 && t.months_to_target <= s.target.by_month;
    cards.push_back({"Target reached", t.months_to_target > 0 ? text::month(t.months_to_target) : dash, goal,
                     met ? Tone::Good : Tone::Bad, "result.months_to_target"});
  }
  return cards;
}

void draw_headline(ImVec2 min, ImVec2 max, const Scenario& s, const Result& r, bool valid, int issue_count,
                   bool economic_leads) {
  const Palette& pal = palette();
  const std::vector<HeadlineCard> cards = headline_cards(s, r, valid, issue_count, economic_leads);
  const auto color = [&](HeadlineCard::Tone tone) {
    return tone == HeadlineCard::Tone::Good  ? pal.good
           : tone == HeadlineCard::Tone::Bad ? pal.bad
                                             : ImGui::GetColorU32(ImGuiCol_Text);
  };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Fonts& f = current_fonts();
  ImFont* small = f.regular ? f.regular : ImGui::GetFont();
  ImFont* big = f.headline ? f.headline : ImGui::GetFont();
  const float em = ImGui::GetFontSize();
  const float gap = 0.5f * em;
  const int n = static_cast<int>(cards.size());
  const float w = (max.x - min.x - gap * (n - 1)) / n;
  const float big_px = kHeadlineFontPx / kBodyFontPx * em;
  for (int i = 0; i < n; ++i) {
    const ImVec2 a(min.x + i * (w + gap), min.y), b(a.x + w, max.y);
    dl->AddRectFilled(a, b, pal.card_bg, 4.0f);
    dl->AddRect(a, b, pal.card_border, 4.0f);
    const float pad = 0.5f * em, inner = w - 2 * pad;
    fitted_text(dl, small, em, ImVec2(a.x + pad, a.y + 0.3f * em), inner, pal.text_muted, cards[i].label);
    fitted_text(dl, big, big_px, ImVec2(a.x + pad, a.y + 0.3f * em + ImGui::GetTextLineHeight()), inner,
                color(cards[i].tone), cards[i].value);
    fitted_text(dl, small, em * 0.85f,
                ImVec2(a.x + pad, a.y + 0.45f * em + ImGui::GetTextLineHeight() + big_px), inner,
                pal.text_muted, cards[i].detail);
    if (ImGui::IsMouseHoveringRect(a, b) && ImGui::IsWindowHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(em * 26);
      ImGui::TextUnformatted(help_text(cards[i].help_key));
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
}

}  // namespace planner::ui
