// summary_text.cpp — see summary_text.h.
#include "io/summary_text.h"

#include <map>

#include "core/constraints.h"
#include "core/figures.h"
#include "core/names.h"
#include "io/format.h"
#include "io/model_costs.h"
#include "io/result_json.h"
#include "io/source_claims.h"
#include "io/text_out.h"

namespace planner::io {
namespace {

void row(TextOut& out, const std::string& label, const std::string& value, const std::string& note = "") {
  out << "  " << label << std::string(label.size() < 28 ? 28 - label.size() : 1, ' ') << value;
  // Notes line up after the value column (values are at most ~14 wide).
  if (!note.empty()) out << std::string(value.size() < 14 ? 16 - value.size() : 2, ' ') << note;
  out << "\n";
}

std::string month_text(const Scenario& s, int month) {
  if (month < 0) return "not within " + std::to_string(s.org.horizon_months) + " months";
  return "month " + std::to_string(month) + " (" +
         io::format_plan_month(month, s.org.start_year, s.org.start_month) + ")";
}

// A figure of the table (core/figures.h) read from Totals and formatted by unit.
std::string figure_value(const Scenario& s, const Totals& t, const char* key) {
  const FigureSpec& f = figure(key);
  return io::figure_text_explained(f, f.read(t), s.org.currency_symbol);
}

// A row labelled and valued by the figures table.
void figure_row(TextOut& out, const Scenario& s, const Totals& t, const char* key,
                const std::string& note = "") {
  row(out, figure(key).label, figure_value(s, t, key), note);
}

// What a capability costs through each model [JAIN]: one row per model used.
void model_table(TextOut& out, const Scenario& s, const Result& r) {
  const auto rows = io::model_cost_rows(s, r);
  if (rows.empty()) return;
  out << "\nCost by delivery model\n";
  const auto pad = [](std::string v, std::size_t w) {
    return v.size() < w ? std::string(w - v.size(), ' ') + v : " " + v;
  };
  out << "  " << std::string(28, ' ') << pad("learners", 10) << pad("per learner", 13) << pad("applying", 10)
      << pad("per capable", 13) << "\n";
  const std::string& cur = s.org.currency_symbol;
  for (const auto& m : rows) {
    std::string name = m.name.size() > 27 ? m.name.substr(0, 27) : m.name;
    out << "  " << name << std::string(28 - name.size(), ' ') << pad(io::format_number(m.learners), 10)
        << pad(io::format_money(m.cost_per_learner, cur), 13)
        << pad(io::format_share(m.applying_per_learner), 10)
        << pad(m.capable > 0 ? io::format_money(m.cost_per_capable, cur) : "n/a", 13) << "\n";
  }
  out << "  (applying = people applying their tier at horizon end per learner)\n";
}

}  // namespace

std::string summary_text(const Scenario& s, Case c, const Result& r) {
  using namespace io;
  const Totals& t = r.totals;
  TextOut out;
  out << s.title << " - " << case_name(c) << " case, " << s.org.horizon_months << " months, "
      << s.org.currency_code << "\n";

  out << "\nCost\n";
  const auto fig = [&](const char* key) { return figure_value(s, t, key); };
  figure_row(out, s, t, "cash_cost", "incl. sunk seats, overhead, contingency");
  figure_row(out, s, t, "incremental_cost", "new money: cash minus sunk seats");
  figure_row(out, s, t, "economic_cost", "adds learner and manager time");
  figure_row(out, s, t, "learners", format_number(t.learner_hours) + " learner hours");
  figure_row(out, s, t, "enrolments", "a person in two tiers takes two places");
  figure_row(out, s, t, "cost_per_learner", "incremental / people");
  figure_row(out, s, t, "cost_per_capable_employee");

  out << "\nReturn\n";
  const std::string end = "at horizon end (month " + std::to_string(s.org.horizon_months) + ")";
  row(out, "Hours saved per week", fig("hours_saved_per_week_month12"), "at month 12");
  row(out, "", fig("hours_saved_per_week"), end);
  row(out, "FTE returned", fig("fte_returned_month12"), "at month 12");
  row(out, "", fig("fte_returned"), end);
  figure_row(out, s, t, "benefits", "after attribution x confidence");
  // Two views of the same benefits: against new money (cash) and against new
  // money plus learner and manager time at the loaded rate (economic).
  out << "  " << std::string(28, ' ') << "cash view       economic view\n";
  const auto pair = [&](const std::string& label, const std::string& cash, const std::string& economic) {
    row(out, label, cash, economic);
  };
  pair("Cost", fig("incremental_cost"), fig("economic_cost"));
  pair(figure("roi_pct").label, fig("roi_pct"), fig("economic_roi_pct"));
  pair(figure("bcr").label, fig("bcr"), fig("economic_bcr"));
  pair("Payback", fig("payback_month"), fig("economic_payback_month"));
  pair("NPV at " + format_share(s.org.discount_rate_annual, 1) + " a year", fig("npv"), fig("economic_npv"));

  out << "\nCapability\n";
  const std::string tier = tier_name(s, s.target.tier);
  row(out, "Target",
      format_share(s.target.share) + " at " + tier + " or above by month " +
          std::to_string(s.target.by_month) + (s.target.count_applying ? " (applying)" : " (trained)"));
  row(out, "Target met", month_text(s, t.months_to_target));
  figure_row(out, s, t, "capable_employees", "applying at the target tier, horizon end");

  out << "\nSchedule\n";
  const Schedule& sch = r.schedule;
  row(out, "Groups", format_number(static_cast<double>(sch.groups.size())),
      "peak " + std::to_string(sch.peak_concurrent) + " at once; last ends week " +
          std::to_string(sch.last_end_week));
  // Binding: relaxing it alone moves the target month, the last end week or
  // the unscheduled learners; each with the smallest relaxation that buys it.
  const auto binding = binding_constraints(s, c);
  if (binding.empty()) row(out, "Binding constraints", "none (relaxing any one alone changes nothing)");
  for (size_t i = 0; i < binding.size(); ++i)
    row(out, i == 0 ? "Binding constraints" : "", binding_text(binding[i], s.org.currency_symbol));
  // Groups per (tier, model), in tier order.
  std::map<std::pair<int, int>, std::pair<int, int>> per;    // -> (groups, learners)
  std::map<std::pair<int, int>, std::pair<int, int>> weeks;  // -> (first start, last end)
  for (const auto& g : sch.groups) {
    const auto key = std::make_pair(g.tier, g.model);
    auto& p = per[key];
    auto w = weeks.emplace(key, std::make_pair(g.start_week, g.end_week)).first;
    w->second.first = std::min(w->second.first, g.start_week);
    w->second.second = std::max(w->second.second, g.end_week);
    p.first += 1;
    p.second += g.learners;
  }
  for (const auto& [key, p] : per) {
    const std::string model = model_name(s, key.second);
    const auto& w = weeks[key];
    row(out, "  " + tier_name(s, key.first),
        model + ": " + std::to_string(p.first) + (p.first == 1 ? " group, " : " groups, ") +
            format_number(p.second) + " learners, weeks " + std::to_string(w.first) + "-" +
            std::to_string(w.second));
  }
  model_table(out, s, r);
  const auto claims = io::source_claims_for(s);
  if (!claims.empty()) {
    out << "\nWhat the sources claim\n";
    for (const auto& claim : claims) out << "  - " << io::claim_text(claim, s) << "\n";
  }
  return out.str();
}

}  // namespace planner::io
