// reader_html.cpp — see reader_html.h.
//
// Sections: escaping, the headline (cards, the two views, people and time),
// the chart (inline SVG), the fragment, the stylesheet. The tables are in
// reader_tables.cpp.
#include "io/reader_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

#include "core/figures.h"
#include "core/names.h"
#include "io/format.h"
#include "io/reader_sections.h"

namespace planner::io {

// ---- escaping ---------------------------------------------------------------

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

const char* const kHeadlineKeys[] = {"incremental_cost",
                                     "cash_cost",
                                     "economic_cost",
                                     "benefits",
                                     "months_to_target",
                                     "roi_pct",
                                     "bcr",
                                     "payback_month",
                                     "npv",
                                     "economic_roi_pct",
                                     "economic_bcr",
                                     "economic_payback_month",
                                     "economic_npv",
                                     "learners",
                                     "enrolments",
                                     "cost_per_learner",
                                     "capable_employees",
                                     "cost_per_capable_employee",
                                     "hours_saved_per_week_month12",
                                     "fte_returned_month12",
                                     "hours_saved_per_week",
                                     "fte_returned"};

double series_at(const std::vector<double>& v, int m) {
  return m >= 0 && static_cast<std::size_t>(m) < v.size() ? v[m] : 0.0;
}

// The unit in words, after a label: "in USD", "hours per week".
std::string unit_words(FigureUnit u, const Scenario& s) {
  switch (u) {
    case FigureUnit::Money:
      return "in " + s.org.currency_code;
    case FigureUnit::Percent:
      return "percent";
    case FigureUnit::Ratio:
      return "benefits per " + s.org.currency_symbol + "1 of cost";
    case FigureUnit::Month:
      return "month of the plan";
    case FigureUnit::Fte:
      return "full-time equivalents";
    case FigureUnit::Hours:
      return "hours";
    case FigureUnit::HoursPerWeek:  // the labels say "per week" and "people" already
    case FigureUnit::People:
    case FigureUnit::YesNo:
      break;
  }
  return "";
}

}  // namespace

const char* const* reader_headline_keys_begin() { return std::begin(kHeadlineKeys); }
const char* const* reader_headline_keys_end() { return std::end(kHeadlineKeys); }

namespace reader {

std::string month_text(const Scenario& s, int month) {
  if (month < 0) return "not within " + std::to_string(s.org.horizon_months) + " months";
  return "month " + std::to_string(month) + " (" +
         format_plan_month(month, s.org.start_year, s.org.start_month) + ")";
}

// ---- headline ---------------------------------------------------------------
// Every figure is picked by key from the table (core/figures.h) and formatted
// by unit (io/format.h); the span keeps it on one line and names its key.
void headline(TextOut& o, const Scenario& s, const Result& r) {
  const Totals& t = r.totals;
  const std::string& cur = s.org.currency_symbol;
  const auto fig = [&](const char* key) {
    const FigureSpec& f = figure(key);
    return "<span class=fig data-figure-key=\"" + std::string(f.key) + "\">" +
           html_escape(figure_text_explained(f, f.read(t), cur)) + "</span>";
  };
  const auto label = [&](const char* key, const std::string& text = "") {
    const FigureSpec& f = figure(key);
    const std::string unit = unit_words(f.unit, s);
    return html_escape(text.empty() ? f.label : text) +
           (unit.empty() ? "" : " <span class=unit>(" + html_escape(unit) + ")</span>");
  };
  const auto card = [&](const std::string& dt, const char* key, const std::string& note) {
    o << "<div class=card><dt>" << dt << "</dt><dd class=value>" << fig(key) << "</dd><dd class=note>" << note
      << "</dd></div>\n";
  };
  const auto row = [&](const std::string& dt, const char* key) {
    o << "<div><dt>" << dt << "</dt><dd>" << fig(key) << "</dd></div>\n";
  };
  o << "<section class=headline aria-labelledby=rd-headline>\n<h2 id=rd-headline>Headline figures</h2>\n"
       "<dl class=cards>\n";
  card(label("incremental_cost"), "incremental_cost", "new money; cash cost " + fig("cash_cost"));
  card(label("economic_cost"), "economic_cost", "cash plus learner and manager time at cost");
  card(label("benefits"), "benefits", "over " + std::to_string(s.org.horizon_months) + " months");
  card(label("months_to_target", "Target reached"), "months_to_target",
       html_escape(format_share(s.target.share)) + " capable by month " + std::to_string(s.target.by_month));
  o << "</dl>\n<div class=views>\n";
  // Both views, cash first: the same benefits against new money, and against
  // new money plus learner and manager time at the loaded rate.
  const auto view = [&](const char* id, const char* title, const char* note, const char* roi, const char* bcr,
                        const char* payback, const char* npv) {
    o << "<section class=view aria-labelledby=" << id << ">\n<h3 id=" << id << ">" << title
      << "</h3>\n<p class=note>" << note << "</p>\n<dl class=rows>\n";
    row(label(roi, "Return on investment"), roi);
    row(label(bcr, "Benefit-cost ratio"), bcr);
    row(label(payback, "Payback"), payback);
    row(label(npv, "Net present value"), npv);
    o << "</dl>\n</section>\n";
  };
  view("rd-cash", "Cash view", "Benefits against the new money the plan spends.", "roi_pct", "bcr",
       "payback_month", "npv");
  view("rd-economic", "Economic view",
       "Benefits against new money plus learner and manager time at the loaded hourly cost.",
       "economic_roi_pct", "economic_bcr", "economic_payback_month", "economic_npv");
  o << "<section class=\"view people\" aria-labelledby=rd-people>\n<h3 id=rd-people>People and "
       "time</h3>\n<dl "
       "class=rows>\n";
  row(label("learners"), "learners");
  row(label("enrolments"), "enrolments");
  row(label("cost_per_learner"), "cost_per_learner");
  row(label("capable_employees"), "capable_employees");
  row(label("cost_per_capable_employee"), "cost_per_capable_employee");
  row(label("hours_saved_per_week_month12"), "hours_saved_per_week_month12");
  row(label("fte_returned_month12"), "fte_returned_month12");
  row(label("hours_saved_per_week"), "hours_saved_per_week");
  row(label("fte_returned"), "fte_returned");
  o << "</dl>\n</section>\n</div>\n</section>\n";
}

// ---- chart --------------------------------------------------------------------
// Bars: incremental cost per month; line: cumulative net. One shared y axis.
// The text alternative says what the picture shows, in figures.
void chart(TextOut& o, const Scenario& s, const Result& r) {
  const int n = r.months;
  if (n <= 0) return;
  const std::string& cur = s.org.currency_symbol;
  const double W = 680, H = 180, left = 56, right = 8, top = 10, bottom = 22;
  double lo = 0, hi = 0, peak = 0;
  int peak_month = 0;
  for (int m = 0; m < n; ++m) {
    const double cost = series_at(r.incremental_cost, m);
    hi = std::max({hi, cost, series_at(r.cumulative_net, m)});
    lo = std::min(lo, series_at(r.cumulative_net, m));
    if (cost > peak) peak = cost, peak_month = m + 1;
  }
  if (hi - lo <= 0) hi = lo + 1;
  const double pw = W - left - right, ph = H - top - bottom;
  auto y = [&](double v) { return top + (hi - v) / (hi - lo) * ph; };
  auto num = [](double v) {  // one decimal, as std::fixed with precision 1 printed it
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return std::string(buf);
  };
  const std::string alt = "Chart of incremental cost per month (bars) and cumulative net (line) over " +
                          std::to_string(n) + " months. The highest monthly cost is " +
                          format_money(peak, cur) + " in month " + std::to_string(peak_month) +
                          "; the cumulative net ends at " +
                          format_money(series_at(r.cumulative_net, n - 1), cur) + ".";
  o << "<figure class=chart-box>\n<svg class=chart viewBox=\"0 0 " << W << " " << H
    << "\" role=img aria-label=\"" << html_escape(alt) << "\">\n<title>" << html_escape(alt) << "</title>\n";
  o << "<line x1=" << left << " x2=" << W - right << " y1=" << num(y(0)) << " y2=" << num(y(0))
    << " class=axis />\n";
  o << "<text x=" << left - 4 << " y=" << num(y(hi) + 8) << " class=tick text-anchor=end>"
    << html_escape(format_money_short(hi, cur)) << "</text>\n";
  if (lo < 0)
    o << "<text x=" << left - 4 << " y=" << num(y(lo)) << " class=tick text-anchor=end>"
      << html_escape(format_money_short(lo, cur)) << "</text>\n";
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
  o << "\" />\n</svg>\n<figcaption class=legend><span class=swatch-bar></span> incremental cost per month "
       "<span class=swatch-net></span> cumulative net (benefits minus cost) &middot; months along the "
       "bottom</figcaption>\n</figure>\n";
}

}  // namespace reader

// ---- the fragment ----------------------------------------------------------------

std::string reader_html(const Scenario& s, Case c, const Result& r) {
  TextOut o;
  o << "<article class=plan aria-labelledby=rd-title>\n<header>\n<h1 id=rd-title>" << html_escape(s.title)
    << "</h1>\n<p class=sub>" << html_escape(s.org.name) << " &middot; " << enum_label(c) << " case &middot; "
    << s.org.horizon_months << " months from " << format_plan_month(1, s.org.start_year, s.org.start_month)
    << " &middot; amounts in " << html_escape(s.org.currency_code) << "</p>\n";
  o << "</header>\n";
  reader::headline(o, s, r);
  // The figures first: on a phone a long description would push them off the first screen.
  if (!s.description.empty())
    o << "<section aria-labelledby=rd-about>\n<h2 id=rd-about>About this plan</h2>\n<p class=description>"
      << html_escape(s.description) << "</p>\n</section>\n";
  reader::role_plan(o, s);
  reader::review(o, s, c, r);  // issue 15: only with actuals (an as-of month)
  o << "<section aria-labelledby=rd-monthly>\n<h2 id=rd-monthly>Cost and return by month</h2>\n";
  reader::chart(o, s, r);
  reader::monthly_table(o, s, r);
  o << "</section>\n<section aria-labelledby=rd-models>\n<h2 id=rd-models>Cost by delivery model</h2>\n";
  reader::model_costs(o, s, r);
  o << "</section>\n<section aria-labelledby=rd-schedule>\n<h2 id=rd-schedule>Schedule</h2>\n";
  reader::schedule(o, s, c, r);
  o << "</section>\n<section aria-labelledby=rd-heat-map>\n<h2 id=rd-heat-map>Capability heat map</h2>\n";
  reader::heat_map(o, s, r);
  o << "</section>\n<section aria-labelledby=rd-assumptions>\n<h2 id=rd-assumptions>Assumptions and "
       "sources</h2>\n";
  reader::assumptions(o, s);
  o << "</section>\n<footer>Target met: " << html_escape(reader::month_text(s, r.totals.months_to_target))
    << ". Low / likely / high are corner cases (every range at that end together), not percentiles. "
       "Made with the AI upskilling planner.</footer>\n</article>\n";
  return o.str();
}

// ---- the stylesheet ----------------------------------------------------------------
// Colours are variables so the dark scheme and print each set them once.
// Figures never break (.fig, numeric cells); wide tables scroll in their own box.
const char* reader_css() {
  return R"(.plan { --fg: #1b1f24; --muted: #566070; --line: #d9dee6; --card: #ffffff; --bar: #4f7fd9;
  --net: #d96a22; --bg: #f4f6f9; --shade: rgba(20, 30, 50, 0.22); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  max-width: 62rem; margin: 0 auto; padding: 0 16px 24px; }
@media (prefers-color-scheme: dark) {
  .plan { --fg: #e4e8ee; --muted: #a9b2bf; --line: #3a4452; --card: #1a212b; --bar: #6f9cf3; --net: #f0924f;
    --bg: #11161d; --shade: rgba(0, 0, 0, 0.7); } }
.plan h1 { font-size: 1.6em; line-height: 1.2; margin: 0.6em 0 0.2em; overflow-wrap: anywhere; }
.plan h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; padding-bottom: 2px; border-bottom: 1px solid var(--line); }
.plan h3 { font-size: 1em; margin: 0 0 0.2em; }
.plan .sub, .plan .note, .plan .unit, .plan .legend, .plan footer { color: var(--muted); }
.plan .sub { margin: 0 0 0.5em; }
.plan .unit { font-weight: normal; font-size: 0.85em; white-space: nowrap; }
.plan .fig { white-space: nowrap; font-variant-numeric: tabular-nums; }
.plan dl { margin: 0; } .plan dd { margin: 0; }
.plan .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 8px; }
.plan .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; min-width: 0; }
.plan .card dt { font-size: 0.85em; color: var(--muted); }
.plan .card .value { font-size: 1.45em; font-weight: 600; }
.plan .card .note { font-size: 0.8em; color: var(--muted); }
.plan .views { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 8px 20px; margin-top: 12px; }
/* People and time: the full width, its rows in as many columns as fit. */
.plan .people { grid-column: 1 / -1; }
.plan .people .rows { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); column-gap: 20px; }
.plan .view { min-width: 0; }
.plan .view .note { font-size: 0.85em; margin: 0 0 4px; }
.plan .rows > div { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 12px;
  border-bottom: 1px solid var(--line); padding: 3px 0; }
.plan .rows dd { font-weight: 600; margin-left: auto; }
.plan .chart-box { margin: 0; }
.plan .chart { width: 100%; height: auto; display: block; }
.plan .axis { stroke: var(--muted); stroke-width: 1; }
.plan .bar { fill: var(--bar); } .plan .net { fill: none; stroke: var(--net); stroke-width: 2; }
.plan .tick { font-size: 10px; fill: var(--muted); }
.plan .legend { font-size: 0.8em; margin: 2px 0 6px; }
.plan .swatch-bar, .plan .swatch-net { display: inline-block; width: 12px; height: 8px; vertical-align: middle; }
.plan .swatch-bar { background: var(--bar); } .plan .swatch-net { background: var(--net); height: 3px; }
/* Review against actuals (issue 15): status in words and a colour mark; dark text on light marks. */
.plan .rag { white-space: nowrap; } .plan .rag::before { content: ""; display: inline-block; width: 0.7em;
  height: 0.7em; border-radius: 50%; margin-right: 0.35em; vertical-align: -0.05em; }
.plan .rag.green::before { background: #2e8540; } .plan .rag.amber::before { background: #d99a00; }
.plan .rag.red::before { background: #c7362b; }
/* A table wider than the screen scrolls inside its box; a shadow at an edge says there is more. */
.plan .scroll { overflow-x: auto; max-width: 100%; margin: 0 0 8px;
  background: linear-gradient(to right, var(--bg) 30%, transparent), linear-gradient(to left, var(--bg) 30%, transparent) 100% 0,
    radial-gradient(farthest-side at 0 50%, var(--shade), transparent), radial-gradient(farthest-side at 100% 50%, var(--shade), transparent) 100% 0;
  background-repeat: no-repeat; background-size: 32px 100%, 32px 100%, 12px 100%, 12px 100%;
  background-attachment: local, local, scroll, scroll; }
.plan .table-title { font-size: 0.9em; color: var(--muted); margin: 4px 0 2px; }
.plan .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.plan table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
.plan th, .plan td { border-bottom: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top; }
.plan thead th { white-space: nowrap; }
.plan .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.plan ul { padding-left: 1.2em; margin: 4px 0; }
.plan .assumptions { font-size: 0.9em; }
.plan footer { font-size: 0.8em; margin-top: 12px; }
.plan .alert { border: 2px solid #b3261e; border-radius: 8px; padding: 8px 12px; margin: 12px 0; }
/* Capability heat map (reader_heat_map.cpp): Excel's Good / Neutral / Bad cells, the same in both schemes and print. */
.plan td.heat-green { background: #c6efce; color: #006100; } .plan td.heat-amber { background: #ffeb9c; color: #9c5700; }
.plan td.heat-red { background: #ffc7ce; color: #9c0006; } .plan td.heat-green, .plan td.heat-amber, .plan td.heat-red { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
@media print { .plan .heat td br { display: none; } .plan .heat td small::before { content: " \00b7  "; } }  /* one line a cell on paper */
@media (max-width: 480px) {
  .plan { padding: 0 12px 24px; } .plan table { font-size: 0.8em; }
  .plan .tick { font-size: 18px; }  /* the chart is drawn at half size on a phone */
}
@media print {
  @page { size: A4; margin: 11mm 12mm; }
  .plan { --fg: #000; --muted: #444; --line: #c8ccd4; --card: #fff; --bar: #4f7fd9; --net: #d96a22; --bg: #fff;
    font-size: 8.5pt; line-height: 1.3; max-width: none; padding: 0; }
  .plan h1 { font-size: 15pt; margin-top: 0; } .plan h2 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
  .plan .cards { grid-template-columns: repeat(4, 1fr); gap: 4pt; }
  .plan .card { padding: 3pt 6pt; } .plan .card .value { font-size: 12pt; }
  .plan .views { grid-template-columns: repeat(2, 1fr); gap: 0 12pt; margin-top: 4pt; }
  .plan .people .rows { grid-template-columns: repeat(3, 1fr); column-gap: 12pt; }
  .plan .rows > div { padding: 1pt 0; }
  .plan .chart { max-height: 46mm; }
  .plan .scroll { overflow: visible; background: none; }
  .plan table { font-size: 7.5pt; } .plan th, .plan td { padding: 0.5pt 3pt; }
  .plan tr, .plan .card, .plan .chart-box { break-inside: avoid; }
  .plan h3, .plan .table-title { break-after: avoid; }
}
)";
}

}  // namespace planner::io
