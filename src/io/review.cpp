// review.cpp — see review.h.
#include "io/review.h"

#include <cstdio>

#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/figures.h"
#include "core/reforecast.h"
#include "core/variance.h"
#include "io/format.h"
#include "io/json_text.h"
#include "io/result_json.h"

namespace planner::io {
namespace {

Json tier_list(const std::vector<double>& v) {
  Json j = Json::array();
  for (double x : v) j.push_back(x);
  return j;
}

Json measures_json(const Scenario& s, const std::vector<Metric>& metrics) {
  Json list = Json::array();
  for (const Metric& m : metrics) {
    Json j = Json::object();
    j["tier"] = m.tier;
    j["tier_name"] = s.framework.tiers[m.tier].name;
    j["name"] = m.name;
    j["unit"] = m.unit;
    j["target"] = m.target;
    j["higher_is_better"] = m.higher_is_better;
    j["collected"] = m.collected;
    list.push_back(std::move(j));
  }
  return list;
}

// A month's rows by segment: index (0-based), name and the counts per tier.
Json segments_json(const Scenario& s, const ActualMonth& a) {
  Json list = Json::array();
  for (const SegmentActual& r : a.segments) {
    Json j = Json::object();
    j["segment"] = r.segment;
    j["name"] = s.segments[r.segment].name;
    j["enrolled"] = tier_list(r.enrolled);
    j["completed"] = tier_list(r.completed);
    j["applying"] = tier_list(r.applying);
    list.push_back(std::move(j));
  }
  return list;
}

// Months of actuals (or of the plan's own figures, `plan` given) up to the
// as-of month; actuals list only the months typed.
Json actuals_json(const Scenario& s, const std::vector<Metric>& metrics, const Result* plan = nullptr) {
  Json list = Json::array();
  for (int month = 1; month <= s.actuals.as_of_month; ++month) {
    ActualMonth planned;
    if (plan) planned = plan_figures(s, *plan, month);
    const ActualMonth* a = plan ? &planned : actual_for(s.actuals, month);
    if (!a) continue;
    Json j = Json::object();
    j["month"] = month;
    j["label"] = plan_month_name(s.org, month);
    j["spend"] = a->spend;
    j["enrolled"] = tier_list(a->enrolled);
    j["completed"] = tier_list(a->completed);
    j["applying"] = tier_list(a->applying);
    j["hours_saved_per_week"] = a->hours_saved_per_week;
    if (!a->segments.empty()) j["segments"] = segments_json(s, *a);
    Json values = Json::array();
    for (const MetricValue& v : a->metrics) {
      Json m = Json::object();
      m["metric"] = v.metric;
      m["name"] = metrics[v.metric].name;
      m["value"] = v.value;
      values.push_back(std::move(m));
    }
    j["metrics"] = std::move(values);
    list.push_back(std::move(j));
  }
  return list;
}

Json variance_json(const Scenario& s, const std::vector<VarianceLine>& lines,
                   const std::vector<Metric>& metrics) {
  Json list = Json::array();
  for (const VarianceLine& v : lines) {
    Json j = Json::object();
    j["month"] = v.month;
    j["label"] = plan_month_name(s.org, v.month);
    j["key"] = v.key;
    j["tier"] = v.tier >= 0 ? Json(s.framework.tiers[v.tier].name) : Json(nullptr);
    j["metric"] = v.metric >= 0 ? Json(metrics[v.metric].name) : Json(nullptr);
    if (v.segment >= 0) {  // a segment's own line (whole-organisation lines carry no segment)
      j["segment"] = s.segments[v.segment].name;
      j["segment_index"] = v.segment;
    }
    j["plan"] = v.plan;
    j["actual"] = v.actual;
    j["difference"] = v.actual - v.plan;
    j["status"] = rag_id(v.status);
    list.push_back(std::move(j));
  }
  return list;
}

Json forecast_json(const Result& plan, const Result& f) {
  Json figures = Json::array();
  for (const FigureSpec* spec = figures_begin(); spec != figures_end(); ++spec) {
    Json j = Json::object();
    j["key"] = spec->key;
    j["label"] = spec->label;
    j["plan"] = figure_json(*spec, spec->read(plan.totals));
    j["forecast"] = figure_json(*spec, spec->read(f.totals));
    figures.push_back(std::move(j));
  }
  Json monthly = Json::array();
  double cum_plan = 0, cum_forecast = 0;
  const int K = plan.tiers;
  for (int m = 0; m < plan.months; ++m) {
    cum_plan += plan.incremental_cost[m];
    cum_forecast += f.incremental_cost[m];
    Json j = Json::object();
    j["month"] = m + 1;
    j["cumulative_cost_plan"] = cum_plan;
    j["cumulative_cost_forecast"] = cum_forecast;
    j["hours_saved_per_week_plan"] = plan.hours_saved_per_week[m];
    j["hours_saved_per_week_forecast"] = f.hours_saved_per_week[m];
    Json ap = Json::array(), af = Json::array();
    for (int k = 0; k < K; ++k) {
      ap.push_back(plan.applying_at_tier[static_cast<size_t>(m) * K + k]);
      af.push_back(f.applying_at_tier[static_cast<size_t>(m) * K + k]);
    }
    j["applying_at_tier_plan"] = std::move(ap);
    j["applying_at_tier_forecast"] = std::move(af);
    monthly.push_back(std::move(j));
  }
  Json j = Json::object();
  j["figures"] = std::move(figures);
  j["monthly"] = std::move(monthly);
  return j;
}

}  // namespace

std::string review_to_json(const Scenario& s, Case c, const Result& plan, const Result& forecast,
                           bool pretty) {
  const std::vector<Metric> metrics = measurement_plan(s);
  Json doc = Json::object();
  doc["scenario"] = s.title;
  doc["case"] = case_name(c);
  doc["currency"] = s.org.currency_code;
  Json as_of = Json::object();
  as_of["month"] = s.actuals.as_of_month;
  as_of["label"] = plan_month_name(s.org, s.actuals.as_of_month);
  doc["as_of"] = std::move(as_of);
  Json tiers = Json::array();
  for (const Tier& t : s.framework.tiers) tiers.push_back(t.name);
  doc["tiers"] = std::move(tiers);
  doc["measures"] = measures_json(s, metrics);
  doc["actuals"] = actuals_json(s, metrics);
  doc["plan_to_date"] = actuals_json(s, metrics, &plan);
  doc["variance"] = variance_json(s, variance(s, plan), metrics);
  doc["forecast"] = forecast_json(plan, forecast);
  return dump_json(doc, pretty);
}

std::string review_json_of(const Scenario& s, Case c, bool pretty) {
  const Result plan = evaluate(s, c);
  return review_to_json(s, c, plan, reforecast(s, c, plan), pretty);
}

std::string review_text(const Scenario& s, Case c, const Result& plan, const Result& forecast) {
  const std::string& sym = s.org.currency_symbol;
  std::string out = s.title + ": review as of " + plan_month_name(s.org, s.actuals.as_of_month) + " (" +
                    case_name(c) + " case)\n\n";
  char line[512];
  std::snprintf(line, sizeof line, "%-40s %18s %18s\n", "Figure", "Plan", "Forecast");
  out += line;
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f) {
    std::snprintf(line, sizeof line, "%-40s %18s %18s\n", f->label,
                  figure_text(f->unit, f->read(plan.totals), sym).c_str(),
                  figure_text(f->unit, f->read(forecast.totals), sym).c_str());
    out += line;
  }
  const std::vector<Metric> metrics = measurement_plan(s);
  const std::vector<VarianceLine> lines = variance(s, plan);
  out += "\nVariance (green within 5 % of plan, amber within 15 %, red beyond)\n";
  if (lines.empty()) out += "  no actuals typed up to the as-of month\n";
  for (const VarianceLine& v : lines) {
    const std::string what = variance_label(s, v, metrics);
    const bool money = v.key == "spend" || v.key == "cumulative_spend";
    auto show = [&](double x) { return money ? format_money(x, sym) : format_number(x, 1); };
    std::snprintf(line, sizeof line, "  %-15s %-40s plan %14s  actual %14s  %s\n",
                  plan_month_name(s.org, v.month).c_str(), what.c_str(), show(v.plan).c_str(),
                  show(v.actual).c_str(), rag_id(v.status));
    out += line;
  }
  return out;
}

AsOf parse_as_of(const Scenario& s, const std::string& text, int& month, std::string& message) {
  int year = 0, cal = 0;
  char rest = 0;
  if (text.size() != 7 || std::sscanf(text.c_str(), "%4d-%2d%c", &year, &cal, &rest) != 2 || text[4] != '-' ||
      cal < 1 || cal > 12) {
    message = "--as-of must be a calendar month as YYYY-MM (e.g. 2027-03), not '" + text + "'";
    return AsOf::Malformed;
  }
  const int m = plan_month_of(s.org, year, cal);
  const int horizon = s.org.horizon_months;
  if (m < 1 || m > horizon) {
    message = "--as-of " + text + " is outside the plan (" + plan_month_name(s.org, 1) + " to " +
              plan_month_name(s.org, horizon) + ")";
    return AsOf::OutsidePlan;
  }
  month = m;
  return AsOf::Ok;
}

}  // namespace planner::io
