// The headline strip: the six figures a CFO asks for first, always in view.
// Drawn straight into the draw list (no widgets), so the App can draw it last
// in the frame, after the edits of this frame were recomputed. Cards reflow
// into 6 / 3 / 2 / 1 columns and never cut a label or a figure
// (headline_layout.h); their text is also what a screen reader hears (announce.h).
#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>
#include <string>

#include "core/figures.h"
#include "core/names.h"
#include "io/format.h"
#include "ui/announce.h"
#include "ui/fonts.h"
#include "ui/headline_layout.h"
#include "ui/help_text.h"
#include "ui/number_text.h"
#include "ui/panels.h"
#include "ui/results_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace planner::ui {
namespace {

// The cards placed in [min.x, min.x + width]: columns by headline_columns,
// each card's text broken by layout_card_text, rows as tall as their tallest card.
struct PlacedCard {
  ImVec2 min, max;
  CardText text;
};
struct HeadlineLayout {
  std::vector<PlacedCard> cards;
  float height = 0;
};

struct CardMetrics {
  ImFont* small;
  ImFont* big;
  float em, big_px, detail_px;
};

CardMetrics card_metrics() {
  const Fonts& f = current_fonts();
  const float em = ImGui::GetFontSize();
  return {f.regular ? f.regular : ImGui::GetFont(), f.headline ? f.headline : ImGui::GetFont(), em,
          kHeadlineFontPx / kBodyFontPx * em, em * kDetailScale};
}

MeasureText measure_with(ImFont* font, float size) {
  return [font, size](std::string_view t) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, t.data(), t.data() + t.size()).x;
  };
}

HeadlineLayout layout_headline(ImVec2 min, float width, const std::vector<HeadlineCard>& cards) {
  const CardMetrics m = card_metrics();
  const CardFonts fonts{measure_with(m.small, m.em), measure_with(m.big, m.big_px),
                        measure_with(m.small, m.detail_px)};
  HeadlineLayout out;
  const int n = static_cast<int>(cards.size());
  const int columns = headline_columns(width, m.em, n);
  const float gap = kCardGapEm * m.em;
  const float w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float inner = w - 2 * kCardPadEm * m.em;
  float y = min.y;
  for (int row_start = 0; row_start < n; row_start += columns) {
    float row_h = 0;
    for (int i = row_start; i < std::min(n, row_start + columns); ++i) {
      PlacedCard c;
      c.text = layout_card_text(cards[i].label, cards[i].value, cards[i].detail, inner, fonts);
      const float h = card_height(c.text, m.em, m.big_px, m.detail_px, m.em);
      row_h = std::max(row_h, h);
      c.min = ImVec2(min.x + static_cast<float>(i - row_start) * (w + gap), y);
      out.cards.push_back(c);
    }
    for (int i = row_start; i < std::min(n, row_start + columns); ++i)
      out.cards[i].max = ImVec2(out.cards[i].min.x + w, y + row_h);
    y += row_h + gap;
  }
  out.height = n > 0 ? y - gap - min.y : 0;
  return out;
}

// Draws one line and records its rectangle (its real text width) for tests:
// "headline.2.value" must lie inside "headline.2.card".
void card_line(ImDrawList* dl, ImFont* font, float size, ImVec2 at, ImU32 color, const std::string& s,
               const std::string& rect_id) {
  dl->AddText(font, size, at, color, s.c_str());
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, s.c_str());
  record_rect(rect_id, ImVec4(at.x, at.y, extent.x, extent.y));
}

}  // namespace

float headline_height(float width, const Scenario& s, const Result& r, bool valid, int issue_count,
                      bool economic_leads, const std::string& not_updated) {
  return layout_headline(ImVec2(0, 0), width,
                         headline_cards(s, r, valid, issue_count, economic_leads, not_updated))
      .height;
}

std::vector<HeadlineCard> headline_cards(const Scenario& s, const Result& r, bool valid, int issue_count,
                                         bool economic_leads, const std::string& not_updated) {
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
    const char* labels[] = {figure("incremental_cost").label,
                            figure("cost_per_capable_employee").label,
                            figure("fte_returned_month12").label,
                            economic_leads ? "ROI (economic)" : "ROI (cash)",
                            economic_leads ? "Payback (economic)" : "Payback (cash)",
                            "Target reached"};
    const char* keys[] = {"result.incremental_cost", "result.cost_per_capable",
                          "result.fte_returned",     "result.roi",
                          "result.payback",          "result.months_to_target"};
    for (int i = 0; i < 6; ++i) cards.push_back({labels[i], dash, detail, Tone::Bad, keys[i]});
  } else {
    cards.push_back({figure("incremental_cost").label, text::money_compact(t.incremental_cost, cur),
                     "cash " + text::money_compact(t.cash_cost, cur) + ", economic " +
                         text::money_compact(t.economic_cost, cur),
                     text, "result.incremental_cost"});
    const FigureValue per_capable = figure("cost_per_capable_employee").read(t);
    cards.push_back({figure("cost_per_capable_employee").label,
                     per_capable.defined ? text::money(per_capable.value, cur) : dash,
                     // Short enough to read at the card's size: cost per learner is in the reports.
                     text::number(t.capable_employees) + " capable of " + text::number(t.learners) +
                         " people, " + text::number(t.enrolments) + " places",
                     text, "result.cost_per_capable"});
    cards.push_back({figure("fte_returned_month12").label, text::fte(t.fte_returned_month12),
                     io::format_hours_per_week(t.hours_saved_per_week_month12) + "; " +
                         text::fte(t.fte_returned) + " at month " + std::to_string(s.org.horizon_months),
                     text, "result.fte_returned"});
    // The leading view's ROI and payback, the other view's beside them: rows
    // of the figures table (core/figures.h), so "none" (ROI and BCR of a view
    // that costs nothing, payback not reached) reads as everywhere else.
    struct View {
      const char* name;
      const char* roi;
      const char* bcr;
      const char* npv;
      const char* payback;
    };
    const View cash{"cash", "roi_pct", "bcr", "npv", "payback_month"};
    const View economic{"economic", "economic_roi_pct", "economic_bcr", "economic_npv",
                        "economic_payback_month"};
    const View& lead = economic_leads ? economic : cash;
    const View& other = economic_leads ? cash : economic;
    const auto value = [&](const char* key) { return figure(key).read(t); };
    const auto fig = [&](const char* key) { return io::figure_text(figure(key).unit, value(key), cur); };
    const FigureValue lead_roi = value(lead.roi), lead_payback = value(lead.payback);
    cards.push_back({economic_leads ? "ROI (economic)" : "ROI (cash)", fig(lead.roi),
                     std::string(other.name) + " " + fig(other.roi) + "; BCR " + fig(lead.bcr) + "; NPV " +
                         text::money_compact(value(lead.npv).value, cur),
                     !lead_roi.defined     ? Tone::Plain
                     : lead_roi.value >= 0 ? Tone::Good
                                           : Tone::Bad,
                     economic_leads ? "result.roi_economic" : "result.roi"});
    cards.push_back({economic_leads ? "Payback (economic)" : "Payback (cash)",
                     lead_payback.defined ? fig(lead.payback) : dash,
                     (lead_payback.defined ? io::format_plan_month(static_cast<int>(lead_payback.value),
                                                                   s.org.start_year, s.org.start_month)
                                           : std::string("not within the horizon")) +
                         "; " + other.name + " " + fig(other.payback),
                     lead_payback.defined ? Tone::Good : Tone::Bad, "result.payback"});
    char goal[160];
    std::snprintf(goal, sizeof goal, "%s at %s+ by month %d", text::percent(s.target.share, 0).c_str(),
                  tier_name(s, s.target.tier).c_str(), s.target.by_month);
    cards.push_back({"Target reached", t.months_to_target > 0 ? text::month(t.months_to_target) : dash, goal,
                     t.target_met_by_deadline ? Tone::Good : Tone::Bad, "result.months_to_target"});
  }
  // The last valid plan's figures stay, muted, each card saying why they did not move.
  if (valid && !not_updated.empty()) {
    std::string note = not_updated;
    note[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(note[0])));
    for (HeadlineCard& c : cards) {
      c.detail = note;
      c.tone = Tone::NotUpdated;
    }
  }
  return cards;
}

void draw_headline(ImVec2 min, ImVec2 max, const Scenario& s, const Result& r, bool valid, int issue_count,
                   bool economic_leads, const std::string& not_updated) {
  const Palette& pal = palette();
  const std::vector<HeadlineCard> cards =
      headline_cards(s, r, valid, issue_count, economic_leads, not_updated);
  const auto color = [&](HeadlineCard::Tone tone) {
    return tone == HeadlineCard::Tone::Good         ? pal.good
           : tone == HeadlineCard::Tone::Bad        ? pal.bad
           : tone == HeadlineCard::Tone::NotUpdated ? pal.text_muted
                                                    : ImGui::GetColorU32(ImGuiCol_Text);
  };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const CardMetrics m = card_metrics();
  const HeadlineLayout layout = layout_headline(min, max.x - min.x, cards);
  Announcement& said = current_announcement();
  said.figures.clear();
  for (size_t i = 0; i < cards.size(); ++i) {
    const PlacedCard& c = layout.cards[i];
    const std::string id = "headline." + std::to_string(i);
    said.figures.push_back(figure_sentence(cards[i].label, cards[i].value, cards[i].detail));
    dl->AddRectFilled(c.min, c.max, pal.card_bg, 4.0f);
    dl->AddRect(c.min, c.max, pal.card_border, 4.0f);
    record_rect(id + ".card", ImVec4(c.min.x, c.min.y, c.max.x - c.min.x, c.max.y - c.min.y));
    const float x = c.min.x + kCardPadEm * m.em;
    float y = c.min.y + 0.3f * m.em;
    for (size_t k = 0; k < c.text.label_lines.size(); ++k, y += m.em)
      card_line(dl, m.small, m.em, ImVec2(x, y), pal.text_muted, c.text.label_lines[k],
                id + ".label." + std::to_string(k));
    // A figure that had to shrink sits on the baseline of the full-size line.
    const float value_px = m.big_px * c.text.value_scale;
    card_line(dl, m.big, value_px, ImVec2(x, y + (m.big_px - value_px) * 0.8f), color(cards[i].tone),
              c.text.value, id + ".value");
    y += m.big_px + 0.15f * m.em;
    for (size_t k = 0; k < c.text.detail_lines.size(); ++k, y += m.detail_px)
      card_line(dl, m.small, m.detail_px, ImVec2(x, y),
                cards[i].tone == HeadlineCard::Tone::NotUpdated ? pal.bad : pal.text_muted,
                c.text.detail_lines[k], id + ".detail." + std::to_string(k));
    if (ImGui::IsMouseHoveringRect(c.min, c.max) && ImGui::IsWindowHovered()) {
      ImGui::BeginTooltip();
      wrapped_text(help_text(cards[i].help_key), m.em * 26);
      ImGui::EndTooltip();
    }
  }
}

}  // namespace planner::ui
