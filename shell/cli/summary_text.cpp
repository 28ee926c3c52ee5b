#include "summary_text.h"

#include <map>
#include <sstream>

#include "io/format.h"
#include "io/model_costs.h"
#include "io/result_json.h"
#include "io/source_claims.h"

namespace planner::cli {
namespace {

void row(std::ostringstream& out, const std::string& label, const std::string& value,
         const std::string& note = "") {
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

std::string payback_text(int month) {
  return month < 0 ? "not in horizon" : "month " + std::to_string(month);
}

// What a capability costs through each model [JAIN]: one row per model used.
void model_table(std::ostringstream& out, const Scenario& s, const Result& r) {
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
  const std::string& cur = s.org.currency_symbol;
  const Totals& t = r.totals;
  std::ostringstream out;
  out << s.title << " - " << case_name(c) << " case, " << s.org.horizon_months << " months, "
      << s.org.currency_code << "\n";

  out << "\nCost\n";
  row(out, "Cash cost", format_money(t.cash_cost, cur), "incl. sunk seats, overhead, contingency");
  row(out, "Incremental cost", format_money(t.incremental_cost, cur), "new money: cash minus sunk seats");
  row(out, "Economic cost", format_money(t.economic_cost, cur), "adds learner and manager time");
  row(out, "Learners (people)", format_number(t.learners), format_number(t.learner_hours) + " learner hours");
  row(out, "Enrolments (places)", format_number(t.enrolments), "a person in two tiers takes two places");
  row(out, "Cost per learner", format_money(t.cost_per_learner, cur), "incremental / people");
  row(out, "Cost per capable employee",
      t.capable_employees > 0 ? format_money(t.cost_per_capable_employee, cur) : "n/a (no one capable)");

  out << "\nReturn\n";
  const std::string end = "at horizon end (month " + std::to_string(s.org.horizon_months) + ")";
  row(out, "Hours saved per week", format_hours_per_week(t.hours_saved_per_week_month12), "at month 12");
  row(out, "", format_hours_per_week(t.hours_saved_per_week), end);
  row(out, "FTE returned", format_fte(t.fte_returned_month12), "at month 12");
  row(out, "", format_fte(t.fte_returned), end);
  row(out, "Benefits", format_money(t.benefits, cur), "after attribution x confidence");
  // Two views of the same benefits: against new money (cash) and against new
  // money plus learner and manager time at the loaded rate (economic).
  out << "  " << std::string(28, ' ') << "cash view       economic view\n";
  const auto pair = [&](const std::string& label, const std::string& cash, const std::string& economic) {
    row(out, label, cash, economic);
  };
  pair("Cost", format_money(t.incremental_cost, cur), format_money(t.economic_cost, cur));
  pair("ROI", t.roi_defined ? format_percent(t.roi_pct) : "n/a (no cost)",
       t.economic_roi_defined ? format_percent(t.economic_roi_pct) : "n/a (no cost)");
  pair("Benefit-cost ratio", t.roi_defined ? format_number(t.bcr, 2) : "n/a (no cost)",
       t.economic_roi_defined ? format_number(t.economic_bcr, 2) : "n/a (no cost)");
  pair("Payback", payback_text(t.payback_month), payback_text(t.economic_payback_month));
  pair("NPV at " + format_share(s.org.discount_rate_annual, 1) + " a year", format_money(t.npv, cur),
       format_money(t.economic_npv, cur));

  out << "\nCapability\n";
  const std::string tier = s.target.tier >= 0 && s.target.tier < static_cast<int>(s.framework.tiers.size())
                               ? s.framework.tiers[s.target.tier].name
                               : "tier " + std::to_string(s.target.tier + 1);
  row(out, "Target",
      format_share(s.target.share) + " at " + tier + " or above by month " +
          std::to_string(s.target.by_month) + (s.target.count_applying ? " (applying)" : " (trained)"));
  row(out, "Target met", month_text(s, t.months_to_target));
  row(out, "Capable employees", format_number(t.capable_employees, 1),
      "applying at the target tier, horizon end");

  out << "\nSchedule\n";
  const Schedule& sch = r.schedule;
  row(out, "Groups", format_number(static_cast<double>(sch.groups.size())),
      "peak " + std::to_string(sch.peak_concurrent) + " at once; last ends week " +
          std::to_string(sch.last_end_week));
  row(out, "Binding constraint", constraint_name(sch.binding));
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
    const std::string tier_name = key.first >= 0 && key.first < static_cast<int>(s.framework.tiers.size())
                                      ? s.framework.tiers[key.first].name
                                      : "tier " + std::to_string(key.first + 1);
    const std::string model = key.second >= 0 && key.second < static_cast<int>(s.models.size())
                                  ? s.models[key.second].name
                                  : "model " + std::to_string(key.second);
    const auto& w = weeks[key];
    row(out, "  " + tier_name,
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

}  // namespace planner::cli
