// reader_review.cpp — the reader's (and so the report's) quarterly review
// section (issue 15): plan against actual to the as-of month, the
// re-forecast beside the plan, the variance and the metrics per tier.
// Shown only when the plan has an as-of month.
#include <algorithm>

#include "core/actuals.h"
#include "core/figures.h"
#include "core/reforecast.h"
#include "core/variance.h"
#include "io/format.h"
#include "io/reader_html.h"
#include "io/reader_sections.h"

namespace planner::io::reader {
namespace {

// The figures a CFO asks about first, plan beside forecast.
const char* const kReviewFigures[] = {
    "incremental_cost",     "benefits",         "roi_pct", "npv", "payback_month", "months_to_target",
    "hours_saved_per_week", "capable_employees"};

std::string cell(const std::string& text, bool number) {
  return std::string(number ? "<td class=n>" : "<td>") + html_escape(text) + "</td>";
}

std::string status_cell(Rag r) {
  const char* word = r == Rag::Green ? "on plan" : r == Rag::Amber ? "watch" : "off plan";
  return std::string("<td class=\"rag ") + rag_id(r) + "\">" + rag_id(r) + " &middot; " + word + "</td>";
}

// The latest month reported by segment, each segment and tier: people
// applying against the segment's own plan with the status, completion apart.
// A row with nothing planned and no one reported is left out.
void by_segment(TextOut& o, const Scenario& s, const std::vector<VarianceLine>& lines) {
  int month = 0;
  for (const VarianceLine& v : lines)
    if (v.segment >= 0) month = std::max(month, v.month);
  if (month == 0) return;
  table_begin(o, "By segment, " + plan_month_name(s.org, month) +
                     ": people applying against each segment's own plan (completion apart)");
  o << "<thead><tr><th scope=col>Segment</th><th scope=col>Tier</th><th scope=col class=n>Applying "
       "plan</th><th scope=col class=n>Applying actual</th><th scope=col>Status</th><th scope=col "
       "class=n>Completed plan</th><th scope=col class=n>Completed actual</th></tr></thead><tbody>\n";
  for (const VarianceLine& v : lines) {
    if (v.month != month || v.segment < 0 || v.key != "applying") continue;
    const auto completed = std::find_if(lines.begin(), lines.end(), [&](const VarianceLine& c) {
      return c.month == month && c.segment == v.segment && c.tier == v.tier && c.key == "completed";
    });
    const bool has_completed = completed != lines.end();
    const bool nothing =
        v.plan == 0 && v.actual == 0 && (!has_completed || (completed->plan == 0 && completed->actual == 0));
    if (nothing) continue;  // nothing planned, no one reported: kept out to stay compact
    o << "<tr><th scope=row>" << html_escape(s.segments[v.segment].name) << "</th>"
      << cell(s.framework.tiers[v.tier].name, false) << cell(format_number(v.plan), true)
      << cell(format_number(v.actual), true) << status_cell(v.status)
      << cell(has_completed ? format_number(completed->plan) : "", true)
      << cell(has_completed ? format_number(completed->actual) : "", true) << "</tr>\n";
  }
  table_end(o);
}

}  // namespace

void review(TextOut& o, const Scenario& s, Case c, const Result& plan) {
  if (s.actuals.as_of_month < 1) return;
  const std::string& sym = s.org.currency_symbol;
  const Result forecast = reforecast(s, c, plan);
  const std::string as_of = plan_month_name(s.org, s.actuals.as_of_month);
  o << "<section aria-labelledby=rd-review>\n<h2 id=rd-review>Review as of " << html_escape(as_of)
    << "</h2>\n";
  o << "<p>Months to " << html_escape(as_of)
    << " are actual where typed; after, the rest of the plan runs from where things stand (late tiers run "
       "late, people who did not apply are not assumed to start later).</p>\n";

  table_begin(o, "Plan and forecast");
  o << "<thead><tr><th scope=col>Figure</th><th scope=col class=n>Plan</th><th scope=col "
       "class=n>Forecast</th></tr></thead><tbody>\n";
  for (const char* key : kReviewFigures) {
    const FigureSpec& f = figure(key);
    o << "<tr><th scope=row>" << f.label << "</th>"
      << cell(figure_text(f.unit, f.read(plan.totals), sym), true)
      << cell(figure_text(f.unit, f.read(forecast.totals), sym), true) << "</tr>\n";
  }
  table_end(o);

  const std::vector<Metric> metrics = measurement_plan(s);
  const std::vector<VarianceLine> lines = variance(s, plan);
  table_begin(o, "Plan against actual (green within 5 % of plan, amber within 15 %, red beyond)");
  o << "<thead><tr><th scope=col>Month</th><th scope=col>Measure</th><th scope=col class=n>Plan or "
       "target</th><th scope=col class=n>Actual</th><th scope=col>Status</th></tr></thead><tbody>\n";
  for (const VarianceLine& v : lines) {
    if (v.segment >= 0) continue;  // in the table by segment below
    const bool money = v.key == "spend" || v.key == "cumulative_spend";
    auto show = [&](double x) {
      return money ? format_money(x, sym) : format_number(x, v.metric >= 0 ? 1 : 0);
    };
    o << "<tr>" << cell(plan_month_name(s.org, v.month), false) << "<th scope=row>"
      << html_escape(variance_label(s, v, metrics) +
                     (v.metric >= 0 ? " (" + s.framework.tiers[v.tier].name + ")" : ""))
      << "</th>" << cell(show(v.plan), true) << cell(show(v.actual), true) << status_cell(v.status)
      << "</tr>\n";
  }
  if (lines.empty())
    o << "<tr><td colspan=5>No actuals typed up to " << html_escape(as_of) << ".</td></tr>\n";
  table_end(o);
  by_segment(o, s, lines);

  table_begin(o, "Measurement plan: completion is not capability, each tier has its own metrics");
  o << "<thead><tr><th scope=col>Tier</th><th scope=col>Metric</th><th scope=col class=n>Target</th><th "
       "scope=col>How it is collected</th></tr></thead><tbody>\n";
  for (const Metric& m : metrics)
    o << "<tr>" << cell(s.framework.tiers[m.tier].name, false) << "<th scope=row>" << html_escape(m.name)
      << "</th>" << cell(format_number(m.target, 1) + " " + m.unit, true) << cell(m.collected, false)
      << "</tr>\n";
  table_end(o);
  o << "</section>\n";
}

}  // namespace planner::io::reader
