// uncertainty_frontier.cpp — "Budget vs capability": the best plan found for
// each budget as a staircase of points through the plot API (click one to
// adopt it), the current plan as a diamond, and goal seek over the same search.
#include <cmath>

#include "core/uncertainty/decisions.h"
#include "imgui.h"
#include "ui/number_text.h"
#include "ui/plot.h"
#include "ui/theme.h"
#include "ui/uncertainty_sections.h"
#include "ui/widgets.h"

namespace planner::ui::uncertainty {

void restart_frontier(UncertaintyUi& ui, const Scenario& s, unsigned long revision) {
  mc::OptimiserOptions o;
  o.measure = ui.measure == 0 ? mc::Capability::People : mc::Capability::Benefits;
  ui.optimiser = std::make_unique<mc::Optimiser>(s, o);
  ui.frontier.clear();
  ui.frontier_done = false;
  ui.frontier_revision = revision;
  ui.seek_message.clear();
}

namespace {

bool frontier_chart(UncertaintyUi& ui, const Scenario& s, bool fresh, Scenario& adopt) {
  const std::vector<mc::Candidate>& pts = ui.frontier;
  if (pts.empty()) return false;
  const bool people = ui.measure == 0;
  const std::string cur = s.org.currency_symbol;
  auto cap_text = [&](double v) { return people ? text::number(v) + " people" : text::money(v, cur); };
  // Plain arrays: cost and capability of each point, and the staircase between
  // them (capability holds until the next budget buys more).
  std::vector<double> cost, cap, stair_x, stair_y;
  for (size_t i = 0; i < pts.size(); ++i) {
    cost.push_back(pts[i].score.cost);
    cap.push_back(pts[i].score.capability);
    if (i > 0) {
      stair_x.push_back(pts[i].score.cost);
      stair_y.push_back(pts[i - 1].score.capability);
    }
    stair_x.push_back(pts[i].score.cost);
    stair_y.push_back(pts[i].score.capability);
  }
  plot::Axis x;
  x.lo = 0;
  x.hi = std::max(pts.back().score.cost, ui.current.cost);
  x.label = [cur](double v) { return text::money_compact(v, cur); };
  x.title = "incremental cost";
  plot::Axis y;
  y.lo = std::min(pts.front().score.capability, ui.current.capability);
  y.hi = std::max(pts.back().score.capability, ui.current.capability);
  y.include_zero = people;  // people from none; benefit value from where the cheapest plan starts
  y.label = [people, cur](double v) { return people ? text::number(v) : text::money_compact(v, cur); };
  const float fs = ImGui::GetFontSize();
  plot::begin_plot("##frontier", ImVec2(ImGui::GetContentRegionAvail().x, 15 * fs), x, y);
  const ImVec2 after = ImGui::GetCursorScreenPos();
  const Palette& pal = palette();
  const float r = 0.3f * fs;
  plot::line(stair_x.data(), stair_y.data(), static_cast<int>(stair_x.size()), pal.series[0]);
  plot::scatter(cost.data(), cap.data(), static_cast<int>(pts.size()), pal.series[0], r);
  // Each point's box is recorded as uncertainty.frontier.N (what tests click).
  // Boxes overlap where budgets are close: the point nearest the mouse wins,
  // so a click on a point's centre always picks that point.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  int nearest = -1;
  float nearest_d2 = 0;
  for (size_t i = 0; i < pts.size(); ++i) {
    const ImVec2 p = plot::to_px(cost[i], cap[i]);
    ImGui::SetCursorScreenPos(ImVec2(p.x - r * 1.5f, p.y - r * 1.5f));
    ImGui::Dummy(ImVec2(r * 3, r * 3));
    record_item_rect("uncertainty.frontier." + std::to_string(i));
    const float dx = mouse.x - p.x, dy = mouse.y - p.y;
    if (!plot::hovered() || std::abs(dx) > r * 1.5f || std::abs(dy) > r * 1.5f) continue;
    if (nearest < 0 || dx * dx + dy * dy < nearest_d2)
      nearest = static_cast<int>(i), nearest_d2 = dx * dx + dy * dy;
  }
  bool picked = false;
  if (nearest >= 0) {
    const mc::Candidate& c = pts[static_cast<size_t>(nearest)];
    plot::marker(c.score.cost, c.score.capability, plot::Marker::Ring, pal.axis, r * 2);
    ImGui::SetTooltip(
        "%s for %s\n%s\n%s", cap_text(c.score.capability).c_str(), text::money(c.score.cost, cur).c_str(),
        mc::describe_plan(s, ui.optimiser->space(), c.plan).c_str(),
        fresh ? "Click to adopt this plan (undo restores yours)." : "Recomputing for your changes...");
    if (fresh && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      adopt = mc::apply_plan(s, ui.optimiser->space(), c.plan);
      picked = true;
    }
  }
  plot::marker(ui.current.cost, ui.current.capability, plot::Marker::Diamond, pal.series[1], r * 2);
  plot::end_plot();
  ImGui::SetCursorScreenPos(after);
  hint(("dots: best plan found per budget (incremental cost); diamond: your plan at " +
        text::money_compact(ui.current.cost, cur) + " -> " + cap_text(ui.current.capability))
           .c_str());
  return picked;
}

}  // namespace

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
  if (!ui.seek_message.empty()) wrapped_text(ui.seek_message);
  return picked;
}

}  // namespace planner::ui::uncertainty
