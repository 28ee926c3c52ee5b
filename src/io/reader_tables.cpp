// reader_tables.cpp — the reader fragment's tables and lists (reader_sections.h):
// monthly table, cost by delivery model and the sources' claims, schedule,
// assumptions. Headers carry scope, each table a caption; every piece of
// scenario text is escaped.
#include <algorithm>
#include <tuple>

#include "core/constraints.h"
#include "core/names.h"
#include "io/format.h"
#include "io/model_costs.h"
#include "io/reader_html.h"
#include "io/reader_sections.h"
#include "io/source_claims.h"

namespace planner::io::reader {
namespace {

double series_at(const std::vector<double>& v, int m) {
  return m >= 0 && static_cast<std::size_t>(m) < v.size() ? v[m] : 0.0;
}

std::string range_text(const Range& r, const std::string& unit_prefix, int decimals = 0) {
  auto f = [&](double v) { return unit_prefix + format_number(v, decimals); };
  if (r.low == r.high) return f(r.likely);
  return f(r.low) + " / " + f(r.likely) + " / " + f(r.high);
}

// A header row: the first column names the rows, the rest are numbers unless
// listed in `text_cols` (by index).
void header(TextOut& o, std::initializer_list<const char*> cols, std::initializer_list<int> text_cols) {
  o << "<thead><tr>";
  int i = 0;
  for (const char* c : cols) {
    const bool text = i == 0 || std::find(text_cols.begin(), text_cols.end(), i) != text_cols.end();
    o << "<th scope=col" << (text ? "" : " class=n") << ">" << c << "</th>";
    ++i;
  }
  o << "</tr></thead><tbody>\n";
}

std::string num_cell(const std::string& text) { return "<td class=n>" + html_escape(text) + "</td>"; }
std::string row_head(const std::string& text) { return "<th scope=row>" + html_escape(text) + "</th>"; }

}  // namespace

void table_begin(TextOut& o, const std::string& caption, const char* css_class) {
  // The caption is shown above the box (a <caption> would scroll away with a
  // wide table) and kept in the table for screen readers.
  const std::string text = html_escape(caption);
  o << "<p class=table-title aria-hidden=true>" << text
    << "</p>\n<div class=scroll role=region tabindex=0 aria-label=\"" << text << "\"><table"
    << (css_class ? std::string(" class=") + css_class : std::string()) << "><caption class=sr-only>" << text
    << "</caption>";
}

void table_end(TextOut& o) { o << "</tbody></table></div>\n"; }

// ---- monthly table (by quarter, to stay short) --------------------------------
void monthly_table(TextOut& o, const Scenario& s, const Result& r) {
  const std::string& cur = s.org.currency_symbol;
  table_begin(o, "By quarter, in " + s.org.currency_code + " (hours saved per week at the quarter's end)",
              "monthly");
  header(o, {"Months", "Cash cost", "Incremental", "Economic", "Value", "Cumulative net", "Hours saved/week"},
         {});
  for (int q = 0; q * 3 < r.months; ++q) {
    const int a = q * 3, b = std::min(r.months, a + 3);
    double cash = 0, inc = 0, eco = 0, val = 0;
    for (int m = a; m < b; ++m) {
      cash += series_at(r.cash_cost, m);
      inc += series_at(r.incremental_cost, m);
      eco += series_at(r.economic_cost, m);
      val += series_at(r.value, m);
    }
    o << "<tr>" << row_head(std::to_string(a + 1) + "-" + std::to_string(b))
      << num_cell(format_money(cash, cur)) << num_cell(format_money(inc, cur))
      << num_cell(format_money(eco, cur)) << num_cell(format_money(val, cur))
      << num_cell(format_money(series_at(r.cumulative_net, b - 1), cur))
      << num_cell(format_number(series_at(r.hours_saved_per_week, b - 1), 0)) << "</tr>\n";
  }
  table_end(o);
}

// ---- cost by delivery model and the sources' claims ------------------------------
// What a capability costs through each model [JAIN], then each claim of the
// preset's source beside what this plan gives (io/source_claims.h).
void model_costs(TextOut& o, const Scenario& s, const Result& r) {
  const std::string& cur = s.org.currency_symbol;
  table_begin(o, "What a capable employee costs through each delivery model, in " + s.org.currency_code);
  header(
      o,
      {"Delivery model", "Learners", "Cost per learner", "Applying per learner", "Cost per capable employee"},
      {});
  for (const ModelCostRow& m : model_cost_rows(s, r))
    o << "<tr>" << row_head(m.name) << num_cell(format_number(m.learners))
      << num_cell(format_money(m.cost_per_learner, cur)) << num_cell(format_share(m.applying_per_learner))
      << num_cell(m.capable > 0 ? format_money(m.cost_per_capable, cur) : "n/a") << "</tr>\n";
  table_end(o);
  const auto claims = source_claims_for(s);
  if (claims.empty()) return;
  o << "<h3>What the sources claim</h3>\n<ul class=assumptions>\n";
  for (const SourceClaim& c : claims) o << "<li>" << html_escape(claim_text(c, s)) << "</li>\n";
  o << "</ul>\n";
}

// ---- schedule -----------------------------------------------------------------------
void schedule(TextOut& o, const Scenario& s, Case c, const Result& r) {
  const Schedule& sch = r.schedule;
  o << "<p>" << sch.groups.size() << " groups; at most " << sch.peak_concurrent
    << " running at once; the last ends in week " << sch.last_end_week << ".";
  // Binding: relaxing it alone moves the target month, the last end week or
  // the unscheduled learners (core/constraints.h).
  const auto binding = binding_constraints(s, c);
  if (binding.empty()) o << " No capacity constraint binds: relaxing any one alone changes nothing.";
  if (sch.unscheduled_groups > 0)
    o << " <b>" << sch.unscheduled_groups << " groups (" << sch.unscheduled_learners
      << " learners) do not start within the horizon.</b>";
  o << "</p>\n";
  if (!binding.empty()) {
    o << "<p>Binding constraints (what relaxing each alone buys):</p>\n<ul>\n";
    for (const BindingConstraint& b : binding)
      o << "<li>" << html_escape(binding_text(b, s.org.currency_symbol)) << "</li>\n";
    o << "</ul>\n";
  }
  table_begin(o, "Groups by tier and delivery model (weeks from the start)");
  header(o, {"Tier", "Model", "Groups", "Learners", "Weeks"}, {1});
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
  for (const auto& x : rows)
    o << "<tr>" << row_head(tier_name(s, x.tier)) << "<td>" << html_escape(model_name(s, x.model)) << "</td>"
      << num_cell(std::to_string(x.groups)) << num_cell(std::to_string(x.learners))
      << num_cell(std::to_string(x.first) + "-" + std::to_string(x.last)) << "</tr>\n";
  table_end(o);
}

// ---- assumptions ----------------------------------------------------------------------
void assumptions(TextOut& o, const Scenario& s) {
  const std::string& cur = s.org.currency_symbol;
  int people = 0;
  for (const auto& g : s.segments) people += g.headcount;
  o << "<ul class=assumptions>\n";
  o << "<li>" << people << " people in " << s.segments.size() << " segments; default loaded cost "
    << html_escape(cur) << format_number(s.org.default_hourly_cost, 2) << "/h (BLS ECEC, Dec 2024); "
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
  std::string stagger;  // per model (schema version 2)
  for (const DeliveryModel& m : s.models)
    if (m.group != GroupKind::None && m.stagger_weeks > 0)
      stagger +=
          (stagger.empty() ? "" : ", ") + m.name + " every " + std::to_string(m.stagger_weeks) + " weeks";
  o << "<li>Capacity: " << s.capacity.max_parallel_groups << " groups at once, " << s.capacity.coaches
    << " coaches, "
    << html_escape(stagger.empty() ? "no stagger between group starts" : "a new group of " + stagger)
    << ", first wave " << format_share(s.capacity.first_wave_share)
    << html_escape(s.capacity.monthly_spend_cap > 0
                       ? ", spend cap " + format_money(s.capacity.monthly_spend_cap, cur) + "/month"
                       : std::string())
    << ".</li>\n</ul>\n";
  table_begin(o, "Capability tiers (low / likely / high)", "assume");
  header(o, {"Tier", "Learning hours", "Uplift", "Source"}, {3});
  for (const auto& t : s.framework.tiers)
    o << "<tr>" << row_head(t.name) << num_cell(range_text(t.learning_hours, ""))
      << num_cell(format_share(t.uplift.low) + " / " + format_share(t.uplift.likely) + " / " +
                  format_share(t.uplift.high))
      << "<td>" << html_escape(t.source) << "</td></tr>\n";
  table_end(o);
  table_begin(o, "Delivery models (cost low / likely / high)", "assume");
  header(o, {"Delivery model", "Cost", "Applies", "Source"}, {3});
  for (const auto& m : s.models)
    o << "<tr>" << row_head(m.name + (m.sunk ? " (sunk)" : "")) << "<td class=n>"
      << html_escape(range_text(m.cost, cur)) << " " << html_escape(enum_label(m.basis)) << "</td>"
      << num_cell(format_share(m.application_rate.likely)) << "<td>" << html_escape(m.source)
      << "</td></tr>\n";
  table_end(o);
}

}  // namespace planner::io::reader
