// report_html.cpp — see report_html.h.
//
// Sections: helpers, headline, chart (inline SVG), monthly table, cost by
// delivery model and the sources' claims, schedule, assumptions, document.
#include "io/report_html.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <tuple>

#include "io/format.h"
#include "io/model_costs.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "io/source_claims.h"

namespace planner::io {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

double series_at(const std::vector<double>& v, int m) {
  return m >= 0 && static_cast<std::size_t>(m) < v.size() ? v[m] : 0.0;
}

std::string range_text(const Range& r, const std::string& unit_prefix, int decimals = 0) {
  auto f = [&](double v) { return unit_prefix + format_number(v, decimals); };
  if (r.low == r.high) return f(r.likely);
  return f(r.low) + " / " + f(r.likely) + " / " + f(r.high);
}

std::string month_text(const Scenario& s, int month) {
  if (month < 0) return "not within " + std::to_string(s.org.horizon_months) + " months";
  return "month " + std::to_string(month) + " (" +
         format_plan_month(month, s.org.start_year, s.org.start_month) + ")";
}

// --- headline --------------------------------------------------------------
void headline(std::ostringstream& o, const Scenario& s, const Result& r) {
  const Totals& t = r.totals;
  const std::string& cur = s.org.currency_symbol;
  auto card = [&](const std::string& label, const std::string& value, const std::string& note) {
    o << "<div class=card><div class=label>" << html_escape(label) << "</div><div class=value>"
      << html_escape(value) << "</div><div class=note>" << html_escape(note) << "</div></div>\n";
  };
  o << "<section class=cards>\n";
  card("Incremental cost", format_money(t.incremental_cost, cur), "cash " + format_money(t.cash_cost, cur));
  card("Economic cost", format_money(t.economic_cost, cur), "with learner and manager time");
  card("Benefits", format_money(t.benefits, cur), "over " + std::to_string(s.org.horizon_months) + " months");
  // Both views, cash first: the same benefits against new money, and against
  // new money plus learner and manager time at the loaded rate.
  const auto view = [&](const std::string& label, bool defined, double roi, double bcr, int payback,
                        double npv) {
    card(label, defined ? format_percent(roi) : "n/a",
         "BCR " + (defined ? format_number(bcr, 2) : std::string("n/a")) + "; payback " +
             (payback < 0 ? std::string("none") : "month " + std::to_string(payback)) + "; NPV " +
             format_money(npv, cur));
  };
  view("ROI, cash view", t.roi_defined, t.roi_pct, t.bcr, t.payback_month, t.npv);
  view("ROI, economic view", t.economic_roi_defined, t.economic_roi_pct, t.economic_bcr,
       t.economic_payback_month, t.economic_npv);
  card("Hours saved at month 12", format_hours_per_week(t.hours_saved_per_week_month12),
       format_fte(t.fte_returned_month12) + " returned");
  card("Hours saved at horizon end (month " + std::to_string(s.org.horizon_months) + ")",
       format_hours_per_week(t.hours_saved_per_week), format_fte(t.fte_returned) + " returned");
  card("Learners (people)", format_number(t.learners),
       format_number(t.enrolments) + " enrolments (places); " + format_money(t.cost_per_learner, cur) +
           " per learner");
  card("Cost per capable employee",
       t.capable_employees > 0 ? format_money(t.cost_per_capable_employee, cur) : "n/a",
       format_number(t.capable_employees, 0) + " capable");
  card("Target", t.months_to_target < 0 ? "not met" : "month " + std::to_string(t.months_to_target),
       format_share(s.target.share) + " by month " + std::to_string(s.target.by_month));
  o << "</section>\n";
}

// --- chart -----------------------------------------------------------------
// Bars: incremental cost per month; line: cumulative net. One shared y axis.
void chart(std::ostringstream& o, const Scenario& s, const Result& r) {
  const int n = r.months;
  if (n <= 0) return;
  const double W = 680, H = 180, left = 56, right = 8, top = 10, bottom = 22;
  double lo = 0, hi = 0;
  for (int m = 0; m < n; ++m) {
    hi = std::max({hi, series_at(r.incremental_cost, m), series_at(r.cumulative_net, m)});
    lo = std::min(lo, series_at(r.cumulative_net, m));
  }
  if (hi - lo <= 0) hi = lo + 1;
  const double pw = W - left - right, ph = H - top - bottom;
  auto y = [&](double v) { return top + (hi - v) / (hi - lo) * ph; };
  auto num = [](double v) {
    std::ostringstream t;
    t.precision(1);
    t << std::fixed << v;
    return t.str();
  };
  o << "<svg class=chart viewBox=\"0 0 " << W << " " << H
    << "\" role=img aria-label=\"Monthly cost and cumulative net\">\n";
  o << "<line x1=" << left << " x2=" << W - right << " y1=" << num(y(0)) << " y2=" << num(y(0))
    << " class=axis />\n";
  o << "<text x=" << left - 4 << " y=" << num(y(hi) + 8) << " class=tick text-anchor=end>"
    << html_escape(format_money_short(hi, s.org.currency_symbol)) << "</text>\n";
  if (lo < 0)
    o << "<text x=" << left - 4 << " y=" << num(y(lo)) << " class=tick text-anchor=end>"
      << html_escape(format_money_short(lo, s.org.currency_symbol)) << "</text>\n";
  o << "<text x=" << left - 4 << " y=" << num(y(0) + 4) << " class=tick text-anchor=end>0</text>\n";
  const double bw = pw / n;
  for (int m = 0; m < n; ++m) {
    const double v = series_at(r.incremental_cost, m);
    if (v > 0)
      o << "<rect x=" << num(left + m * bw + bw * 0.15) << " y=" << num(y(v)) << " width=" << num(bw * 0.7)
        << " height=" << num(y(0) - y(v)) << " class=bar />\n";
    if ((m + 1) % 6 == 0 || m == 0)
      o << "<text x=" << num(left + (m + 0.5) * bw) << " y=" << H - 6 << " class=tick text-anchor=middle>"
        << m + 1 << "</text>\n";
  }
  o << "<polyline class=net points=\"";
  for (int m = 0; m < n; ++m)
    o << num(left + (m + 0.5) * bw) << "," << num(y(series_at(r.cumulative_net, m))) << " ";
  o << "\" />\n</svg>\n<p class=legend><span class=swatch-bar></span> incremental cost per month "
       "<span class=swatch-net></span> cumulative net (benefits - cost) &middot; months along the "
       "bottom</p>\n";
}

// --- monthly table (by quarter, to stay on one page) ------------------------
void monthly_table(std::ostringstream& o, const Scenario& s, const Result& r) {
  const std::string& cur = s.org.currency_symbol;
  o << "<table class=monthly><thead><tr><th>Months</th><th>Cash "
       "cost</th><th>Incremental</th><th>Economic</th>"
       "<th>Value</th><th>Cumulative net</th><th>Hours saved/week</th></tr></thead><tbody>\n";
  for (int q = 0; q * 3 < r.months; ++q) {
    const int a = q * 3, b = std::min(r.months, a + 3);
    double cash = 0, inc = 0, eco = 0, val = 0;
    for (int m = a; m < b; ++m) {
      cash += series_at(r.cash_cost, m);
      inc += series_at(r.incremental_cost, m);
      eco += series_at(r.economic_cost, m);
      val += series_at(r.value, m);
    }
    o << "<tr><td>" << a + 1 << "-" << b << "</td><td>" << format_money(cash, cur) << "</td><td>"
      << format_money(inc, cur) << "</td><td>" << format_money(eco, cur) << "</td><td>"
      << format_money(val, cur) << "</td><td>" << format_money(series_at(r.cumulative_net, b - 1), cur)
      << "</td><td>" << format_number(series_at(r.hours_saved_per_week, b - 1), 0) << "</td></tr>\n";
  }
  o << "</tbody></table>\n";
}

// --- schedule ---------------------------------------------------------------
void schedule(std::ostringstream& o, const Scenario& s, const Result& r) {
  const Schedule& sch = r.schedule;
  o << "<p>" << sch.groups.size() << " groups; at most " << sch.peak_concurrent
    << " running at once; the last ends in week " << sch.last_end_week << ". Binding constraint: <b>"
    << html_escape(constraint_name(sch.binding)) << "</b>.";
  if (sch.unscheduled_groups > 0)
    o << " <b>" << sch.unscheduled_groups << " groups (" << sch.unscheduled_learners
      << " learners) do not start within the horizon.</b>";
  o << "</p>\n<table><thead><tr><th>Tier</th><th>Model</th><th>Groups</th><th>Learners</th><th>Weeks</th></"
       "tr></thead><tbody>\n";
  struct Row {
    int tier, model, groups = 0, learners = 0, first = 1 << 30, last = 0;
  };
  std::vector<Row> rows;
  for (const auto& g : sch.groups) {
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const Row& x) { return x.tier == g.tier && x.model == g.model; });
    if (it == rows.end()) it = rows.insert(rows.end(), Row{g.tier, g.model});
    it->groups += 1;
    it->learners += g.learners;
    it->first = std::min(it->first, g.start_week);
    it->last = std::max(it->last, g.end_week);
  }
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return std::tie(a.tier, a.model) < std::tie(b.tier, b.model); });
  for (const auto& x : rows) {
    const std::string tier = x.tier >= 0 && x.tier < static_cast<int>(s.framework.tiers.size())
                                 ? s.framework.tiers[x.tier].name
                                 : "";
    const std::string model =
        x.model >= 0 && x.model < static_cast<int>(s.models.size()) ? s.models[x.model].name : "";
    o << "<tr><td>" << html_escape(tier) << "</td><td>" << html_escape(model) << "</td><td>" << x.groups
      << "</td><td>" << x.learners << "</td><td>" << x.first << "-" << x.last << "</td></tr>\n";
  }
  o << "</tbody></table>\n";
}

// --- cost by delivery model and the sources' claims ------------------------------
// What a capability costs through each model [JAIN], then each claim of the
// preset's source beside what this plan gives (io/source_claims.h).
void model_costs(std::ostringstream& o, const Scenario& s, const Result& r) {
  const std::string& cur = s.org.currency_symbol;
  o << "<table><thead><tr><th>Delivery model</th><th>Learners</th><th>Cost per learner</th><th>Applying per "
       "learner</th><th>Cost per capable employee</th></tr></thead><tbody>\n";
  for (const ModelCostRow& m : model_cost_rows(s, r))
    o << "<tr><td>" << html_escape(m.name) << "</td><td>" << format_number(m.learners) << "</td><td>"
      << html_escape(format_money(m.cost_per_learner, cur)) << "</td><td>"
      << format_share(m.applying_per_learner) << "</td><td>"
      << html_escape(m.capable > 0 ? format_money(m.cost_per_capable, cur) : "n/a") << "</td></tr>\n";
  o << "</tbody></table>\n";
  const auto claims = source_claims_for(s);
  if (claims.empty()) return;
  o << "<h2>What the sources claim</h2>\n<ul class=assumptions>\n";
  for (const SourceClaim& c : claims) o << "<li>" << html_escape(claim_text(c, s)) << "</li>\n";
  o << "</ul>\n";
}

// --- assumptions --------------------------------------------------------------
void assumptions(std::ostringstream& o, const Scenario& s) {
  const std::string& cur = s.org.currency_symbol;
  int people = 0;
  for (const auto& g : s.segments) people += g.headcount;
  o << "<ul class=assumptions>\n";
  o << "<li>" << people << " people in " << s.segments.size() << " segments; default loaded cost " << cur
    << format_number(s.org.default_hourly_cost, 2) << "/h (BLS ECEC, Dec 2024); "
    << format_number(s.org.hours_per_fte_year) << " h per FTE-year; discount rate "
    << format_share(s.org.discount_rate_annual, 1) << ".</li>\n";
  o << "<li>Overhead " << format_share(s.adjustments.overhead) << " and contingency "
    << format_share(s.adjustments.contingency) << " on cash costs; benefits x attribution "
    << format_share(s.adjustments.attribution) << " x confidence " << format_share(s.adjustments.confidence)
    << " (Phillips ROI Methodology); skill half-life without reinforcement "
    << range_text(s.adjustments.decay_half_life_months, "", 1) << " months (Arthur et al. 1998).</li>\n";
  const Readiness& rd = s.readiness;
  o << "<li>Readiness (1-5): learning climate " << rd.learning_climate << ", systems "
    << rd.organisational_systems << ", job design " << rd.job_design << ", manager support "
    << rd.manager_support << ", incentives " << rd.incentives << "; practice time "
    << format_number(rd.practice_hours_week, 1) << " h/week; productivity dip "
    << format_share(rd.productivity_dip) << " while habits form.</li>\n";
  o << "<li>Capacity: " << s.capacity.max_parallel_groups << " groups at once, " << s.capacity.coaches
    << " coaches, a new group at most every " << s.capacity.stagger_weeks << " weeks, first wave "
    << format_share(s.capacity.first_wave_share)
    << (s.capacity.monthly_spend_cap > 0
            ? ", spend cap " + format_money(s.capacity.monthly_spend_cap, cur) + "/month"
            : std::string())
    << ".</li>\n</ul>\n";
  o << "<table class=assume><thead><tr><th>Tier</th><th>Learning "
       "hours</th><th>Uplift</th><th>Source</th></tr></thead><tbody>\n";
  for (const auto& t : s.framework.tiers)
    o << "<tr><td>" << html_escape(t.name) << "</td><td>" << range_text(t.learning_hours, "") << "</td><td>"
      << html_escape(format_share(t.uplift.low) + " / " + format_share(t.uplift.likely) + " / " +
                     format_share(t.uplift.high))
      << "</td><td>" << html_escape(t.source) << "</td></tr>\n";
  o << "</tbody></table>\n";
  o << "<table class=assume><thead><tr><th>Delivery model</th><th>Cost (low / likely / "
       "high)</th><th>Applies</th><th>Source</th></tr></thead><tbody>\n";
  for (const auto& m : s.models)
    o << "<tr><td>" << html_escape(m.name) << (m.sunk ? " (sunk)" : "") << "</td><td>"
      << html_escape(range_text(m.cost, cur)) << " " << cost_basis_unit(m.basis) << "</td><td>"
      << html_escape(format_share(m.application_rate.likely)) << "</td><td>" << html_escape(m.source)
      << "</td></tr>\n";
  o << "</tbody></table>\n";
}

const char* kStyle = R"(<style>
@page { size: auto; margin: 12mm; }
body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 2pt; } h2 { font-size: 11pt; margin: 10pt 0 4pt; border-bottom: 1px solid #ccd; }
.sub { color: #555; margin: 0 0 6pt; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4pt; }
.card { border: 1px solid #dde; border-radius: 4pt; padding: 4pt 6pt; }
.label { font-size: 8pt; color: #555; } .value { font-size: 13pt; font-weight: 600; } .note { font-size: 7.5pt; color: #666; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 2pt 0 4pt; }
th, td { border-bottom: 1px solid #e3e3ea; padding: 1pt 4pt; text-align: left; vertical-align: top; }
table.monthly td:not(:first-child), table.monthly th:not(:first-child) { text-align: right; }
.chart { width: 100%; height: auto; } .axis { stroke: #888; stroke-width: 1; }
.bar { fill: #5b8def; } .net { fill: none; stroke: #e07b39; stroke-width: 2; } .tick { font-size: 9px; fill: #555; }
.legend { font-size: 8pt; color: #555; margin: 0; }
.swatch-bar, .swatch-net { display: inline-block; width: 10pt; height: 6pt; vertical-align: middle; }
.swatch-bar { background: #5b8def; } .swatch-net { background: #e07b39; height: 2pt; }
.assumptions { font-size: 8.5pt; padding-left: 14pt; margin: 2pt 0; }
footer { font-size: 7.5pt; color: #777; margin-top: 6pt; }
</style>
)";

}  // namespace

std::string report_html(const Scenario& s, Case c, const Result& r) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>" << html_escape(s.title)
    << " - AI upskilling plan</title>\n"
    << kStyle << "</head><body>\n";
  o << "<h1>" << html_escape(s.title) << "</h1>\n<p class=sub>" << html_escape(s.org.name) << " &middot; "
    << case_name(c) << " case &middot; " << s.org.horizon_months << " months from "
    << format_plan_month(1, s.org.start_year, s.org.start_month) << " &middot; "
    << html_escape(s.org.currency_code) << "</p>\n";
  if (!s.description.empty()) o << "<p>" << html_escape(s.description) << "</p>\n";
  headline(o, s, r);
  o << "<h2>Cost and return by month</h2>\n";
  chart(o, s, r);
  monthly_table(o, s, r);
  o << "<h2>Cost by delivery model</h2>\n";
  model_costs(o, s, r);
  o << "<h2>Schedule</h2>\n";
  schedule(o, s, r);
  o << "<h2>Assumptions and sources</h2>\n";
  assumptions(o, s);
  o << "<footer>Target met: " << html_escape(month_text(s, r.totals.months_to_target))
    << ". Low / likely / high are corner cases (every range at that end together), not percentiles. "
       "Made with the AI upskilling planner.</footer>\n</body></html>\n";
  return o.str();
}

}  // namespace planner::io
