// workbook.cpp — the workbook, sheet by sheet (see workbook.h).
//
// Contents: [SECTION] summary, [SECTION] tables (monthly, schedule, segments),
// [SECTION] heat map, [SECTION] assumptions, [SECTION] entry points.
#include "workbook/workbook.h"

#include "core/figures.h"
#include "core/heat_map.h"
#include "core/names.h"
#include "io/exports.h"
#include "io/format.h"
#include "io/result_json.h"
#include "workbook/xlsx_book.h"

namespace planner::workbook {
namespace {

void widths(lxw_worksheet* ws, int first, int last, double width) {
  worksheet_set_column(ws, static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(last), width, nullptr);
}

std::string month_label(const Scenario& s, int month) {
  return io::format_plan_month(month, s.org.start_year, s.org.start_month);
}

// [SECTION] summary -------------------------------------------------------------

// The unit's cell: percent figures are stored as fractions under a % format.
void figure_cell(Rows& row, const FigureSpec& f, const FigureValue& v) {
  if (!v.defined) {
    row.text(f.unit == FigureUnit::Month ? "not reached"
             : f.why_none                ? std::string("n/a (") + f.why_none + ")"
                                         : "n/a");
    return;
  }
  switch (f.unit) {
    case FigureUnit::Money:
      row.number(v.value, Style::Money);
      break;
    case FigureUnit::Percent:
      row.number(v.value / 100.0, Style::Percent);
      break;
    case FigureUnit::Ratio:
      row.number(v.value, Style::Ratio);
      break;
    case FigureUnit::YesNo:
      row.text(v.value != 0 ? "yes" : "no");
      break;
    case FigureUnit::Month:
      row.number(v.value, Style::Whole);
      break;
    default:
      row.number(v.value, f.whole ? Style::Whole : Style::Decimal);
      break;
  }
}

void summary(Book& b, const Scenario& s, Case c, const Result& r) {
  lxw_worksheet* ws = b.sheet("Summary");
  Rows row(b, ws);
  row.text(s.title, Style::Title).next();
  row.text("Case").text(io::case_name(c)).next();
  row.text("Currency").text(s.org.currency_code + " (" + s.org.currency_symbol + ")").next();
  row.text("Plan start").text(month_label(s, 1) + ", " + std::to_string(r.months) + " months").next();
  row.next();
  row.text("Figure", Style::Header).text("Value", Style::Header).text("Key", Style::Header).next();
  worksheet_freeze_panes(ws, static_cast<lxw_row_t>(row.row()), 0);
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f) {
    row.text(f->label);
    figure_cell(row, *f, f->read(r.totals));
    row.text(f->key).next();
  }
  widths(ws, 0, 0, 34);
  widths(ws, 1, 1, 18);
  widths(ws, 2, 2, 30);
}

// [SECTION] tables ----------------------------------------------------------------

double flat(const std::vector<double>& v, int m, int width, int k) {
  const size_t i = static_cast<size_t>(m) * static_cast<size_t>(width) + static_cast<size_t>(k);
  return i < v.size() ? v[i] : 0.0;
}

void monthly(Book& b, const Scenario& s, const Result& r) {
  lxw_worksheet* ws = b.sheet("Monthly");
  Rows row(b, ws);
  for (const char* h : {"Month", "Calendar month", "Cash cost", "Incremental cost", "Economic cost",
                        "Hours saved a week", "Benefit value", "Cumulative net"})
    row.text(h, Style::Header);
  for (int j = 0; j < r.models; ++j) row.text("Cost: " + model_name(s, j), Style::Header);
  for (int k = 0; k < r.tiers; ++k) row.text("Cost: " + tier_name(s, k), Style::Header);
  for (int g = 0; g < r.segments; ++g) row.text("Cost: " + segment_name(s, g), Style::Header);
  for (int k = 0; k < r.tiers; ++k) row.text("Trained at " + tier_name(s, k) + " or above", Style::Header);
  for (int k = 0; k < r.tiers; ++k) row.text("Applying " + tier_name(s, k) + " or above", Style::Header);
  row.next();
  worksheet_freeze_panes(ws, 1, 2);
  for (int m = 0; m < r.months; ++m) {
    row.number(m + 1, Style::Whole).text(month_label(s, m + 1));
    for (const auto* v : {&r.cash_cost, &r.incremental_cost, &r.economic_cost})
      row.number(flat(*v, m, 1, 0), Style::Money);
    row.number(flat(r.hours_saved_per_week, m, 1, 0), Style::Decimal);
    for (const auto* v : {&r.value, &r.cumulative_net}) row.number(flat(*v, m, 1, 0), Style::Money);
    for (int j = 0; j < r.models; ++j) row.number(flat(r.cost_by_model, m, r.models, j), Style::Money);
    for (int k = 0; k < r.tiers; ++k) row.number(flat(r.cost_by_tier, m, r.tiers, k), Style::Money);
    for (int g = 0; g < r.segments; ++g) row.number(flat(r.cost_by_segment, m, r.segments, g), Style::Money);
    for (int k = 0; k < r.tiers; ++k) row.number(flat(r.trained_at_tier, m, r.tiers, k), Style::People);
    for (int k = 0; k < r.tiers; ++k) row.number(flat(r.applying_at_tier, m, r.tiers, k), Style::People);
    row.next();
  }
  widths(ws, 0, 0, 8);
  widths(ws, 1, 1, 14);
  widths(ws, 2, 7 + r.models + 3 * r.tiers + r.segments, 15);
}

void schedule(Book& b, const Scenario& s, const Result& r) {
  lxw_worksheet* ws = b.sheet("Schedule");
  Rows row(b, ws);
  for (const char* h : {"Segment", "Tier", "Delivery model", "Learners", "First week", "Last week",
                        "Start month", "Wave", "Delayed by"})
    row.text(h, Style::Header);
  row.next();
  worksheet_freeze_panes(ws, 1, 0);
  for (const GroupRun& g : r.schedule.groups) {
    row.text(segment_name(s, g.segment)).text(tier_name(s, g.tier)).text(model_name(s, g.model));
    row.number(g.learners, Style::Whole)
        .number(g.start_week + 1, Style::Whole)
        .number(g.end_week, Style::Whole);
    row.text(month_label(s, g.start_week * 12 / 52 + 1)).number(g.wave, Style::Whole);
    row.text(g.delayed_by == Constraint::None ? "" : constraint_name(g.delayed_by)).next();
  }
  widths(ws, 0, 2, 24);
  widths(ws, 3, 7, 11);
  widths(ws, 8, 8, 16);
}

void segments(Book& b, const Scenario& s) {
  lxw_worksheet* ws = b.sheet("Segments");
  Rows row(b, ws);
  const int K = static_cast<int>(s.framework.tiers.size());
  for (const char* h :
       {"Segment", "Headcount", "Loaded hourly cost", "Addressable hours a week", "Wave", "Managers"})
    row.text(h, Style::Header);
  for (int k = 0; k < K; ++k) row.text("Today at " + tier_name(s, k), Style::Header);
  for (int k = 0; k < K; ++k) row.text("Target: " + tier_name(s, k) + " or above", Style::Header);
  row.next();
  worksheet_freeze_panes(ws, 1, 1);
  for (const Segment& g : s.segments) {
    row.text(g.name).number(g.headcount, Style::Whole).number(g.hourly_cost, Style::Money);
    row.number(g.addressable_hours_week, Style::Decimal)
        .number(g.wave, Style::Whole)
        .number(g.managers, Style::Whole);
    for (int k = 0; k < K; ++k)
      row.number(k < static_cast<int>(g.current_at_tier.size()) ? g.current_at_tier[k] : 0, Style::Whole);
    for (int k = 0; k < K; ++k)
      row.number(k < static_cast<int>(g.target_share.size()) ? g.target_share[k] : 0.0, Style::Percent);
    row.next();
  }
  widths(ws, 0, 0, 26);
  widths(ws, 1, 5 + 2 * K, 13);
}

// [SECTION] heat map -----------------------------------------------------------

Style status_style(HeatStatus st) {
  return st == HeatStatus::Green ? Style::Green : st == HeatStatus::Amber ? Style::Amber : Style::Red;
}

void heat_map_sheet(Book& b, const Scenario& s, const Result& r) {
  lxw_worksheet* ws = b.sheet("Heat map");
  const HeatMap map = heat_map(s, r, heat_map_default_month(s, r));
  Rows row(b, ws);
  row.text(
         "Capability heat map at month " + std::to_string(map.month) + " (" + month_label(s, map.month) + ")",
         Style::Title)
      .next();
  row.text(std::string("Plan share: people ") + (map.count_applying ? "applying" : "trained at") +
               " the tier or above, as the target counts them. Green: the plan reaches the target; amber: "
               "short "
               "by at most " +
               io::format_number(map.amber_points * 100.0, 0) + " points; red: short by more. Sorted by gap.",
           Style::Note)
      .next();
  row.next();
  row.text("Segment", Style::Header).text("Status", Style::Header).text("Largest gap", Style::Header);
  for (int k = 0; k < r.tiers; ++k) {
    const std::string t = tier_name(s, k);
    for (const char* what : {": today", ": target", ": plan", ": gap", ": status"})
      row.text(t + what, Style::Header);
  }
  row.next();
  worksheet_freeze_panes(ws, static_cast<lxw_row_t>(row.row()), 1);
  for (const HeatRow& h : map.rows) {
    row.text(segment_name(s, h.segment)).text(heat_status_words(h.status, h.gap), status_style(h.status));
    row.number(h.gap, Style::Percent);
    for (const HeatCell& c : h.cells) {
      row.number(c.current, Style::Percent).number(c.target, Style::Percent).number(c.plan, Style::Percent);
      row.number(c.gap, Style::Percent).text(heat_status_words(c.status, c.gap), status_style(c.status));
    }
    row.next();
  }
  widths(ws, 0, 0, 26);
  widths(ws, 1, 1, 24);
  widths(ws, 2, 2 + 5 * r.tiers, 12);
}

// [SECTION] assumptions -----------------------------------------------------------

void assumptions(Book& b, const Scenario& s) {
  lxw_worksheet* ws = b.sheet("Assumptions & sources");
  Rows row(b, ws);
  for (const char* h : {"Section", "Input", "Low", "Likely", "High", "Unit", "Source"})
    row.text(h, Style::Header);
  row.next();
  worksheet_freeze_panes(ws, 1, 2);
  auto one = [&](const char* section, const std::string& input, double v, Style st, const std::string& unit,
                 const std::string& source) {
    row.text(section).text(input).skip().number(v, st).skip().text(unit).text(source).next();
  };
  auto range = [&](const char* section, const std::string& input, const Range& v, Style st,
                   const std::string& unit, const std::string& source) {
    row.text(section)
        .text(input)
        .number(v.low, st)
        .number(v.likely, st)
        .number(v.high, st)
        .text(unit)
        .text(source);
    row.next();
  };
  const Organisation& o = s.org;
  one("Organisation", "Default loaded hourly cost", o.default_hourly_cost, Style::Money, "per hour",
      "BLS ECEC, Dec 2024");
  one("Organisation", "Hours per FTE-year", o.hours_per_fte_year, Style::Decimal, "hours", "");
  one("Organisation", "Discount rate", o.discount_rate_annual, Style::Percent, "a year", "");
  one("Organisation", "Horizon", o.horizon_months, Style::Whole, "months", "");
  const Adjustments& a = s.adjustments;
  one("Adjustments", "Overhead", a.overhead, Style::Percent, "of cash costs", "");
  one("Adjustments", "Contingency", a.contingency, Style::Percent, "of cash costs", "");
  one("Adjustments", "Attribution", a.attribution, Style::Percent, "of the gain", "Phillips ROI Methodology");
  one("Adjustments", "Confidence", a.confidence, Style::Percent, "of the gain", "Phillips ROI Methodology");
  range("Adjustments", "Skill half-life without reinforcement", a.decay_half_life_months, Style::Decimal,
        "months", "Arthur et al. 1998");
  const Readiness& rd = s.readiness;
  const std::pair<const char*, int> scores[] = {{"Learning climate", rd.learning_climate},
                                                {"Organisational systems", rd.organisational_systems},
                                                {"Job design", rd.job_design},
                                                {"Manager support", rd.manager_support},
                                                {"Incentives", rd.incentives}};
  for (const auto& sc : scores) one("Readiness", sc.first, sc.second, Style::Whole, "score 1-5", "");
  one("Readiness", "Practice time", rd.practice_hours_week, Style::Decimal, "hours a week", "");
  one("Readiness", "Productivity dip", rd.productivity_dip, Style::Percent, "of addressable hours", "");
  const Capacity& cap = s.capacity;
  one("Capacity", "Groups at once", cap.max_parallel_groups, Style::Whole, "groups", "");
  one("Capacity", "Coaches", cap.coaches, Style::Whole, "coaches", "");
  one("Capacity", "First wave", cap.first_wave_share, Style::Percent, "of each tier's learners", "");
  one("Capacity", "Spend cap", cap.monthly_spend_cap, Style::Money, "a month (0: none)", "");
  one("Target", "Share at the target tier or above", s.target.share, Style::Percent,
      "of headcount, " + tier_name(s, s.target.tier) + ", by month " + std::to_string(s.target.by_month), "");
  for (const Tier& t : s.framework.tiers) {
    range("Tier", t.name + ": learning hours", t.learning_hours, Style::Decimal, "hours per learner",
          t.source);
    range("Tier", t.name + ": uplift", t.uplift, Style::Percent, "of addressable hours", t.source);
  }
  for (const DeliveryModel& m : s.models) {
    range("Delivery model", m.name + ": cost" + (m.sunk ? " (sunk)" : ""), m.cost, Style::Money,
          enum_label(m.basis), m.source);
    range("Delivery model", m.name + ": completion", m.completion_rate, Style::Percent, "of enrolled",
          m.source);
    range("Delivery model", m.name + ": application", m.application_rate, Style::Percent, "of finishers",
          m.source);
  }
  widths(ws, 0, 0, 16);
  widths(ws, 1, 1, 40);
  widths(ws, 2, 4, 12);
  widths(ws, 5, 5, 26);
  widths(ws, 6, 6, 60);
}

}  // namespace

// [SECTION] entry points ------------------------------------------------------------

std::string workbook_xlsx(const Scenario& s, Case c, const Result& r, std::string& error) {
  Book b(s.org.currency_symbol);
  if (b.ok()) {
    summary(b, s, c, r);
    monthly(b, s, r);
    schedule(b, s, r);
    segments(b, s);
    heat_map_sheet(b, s, r);
    assumptions(b, s);
  }
  return b.close(error);
}

void install_workbook_export() {
  io::set_workbook_writer([](const Scenario& s, Case c, const Result& r) {
    std::string error;
    return workbook_xlsx(s, c, r, error);
  });
}

}  // namespace planner::workbook
