#include "io/csv.h"

#include <cmath>

#include "core/names.h"
#include "io/json_text.h"
#include "io/result_json.h"

namespace planner::io {
namespace {

class CsvWriter {
 public:
  void cell(const std::string& text) { sep().append(csv_cell(text)); }
  void number(double v) { sep().append(csv_number(v)); }
  void money(double v) { sep().append(csv_money(v)); }
  void integer(long long v) { sep().append(std::to_string(v)); }
  void end_row() {
    out_ += "\r\n";
    first_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string& sep() {
    if (!first_) out_ += ',';
    first_ = false;
    return out_;
  }
  std::string out_;
  bool first_ = true;
};

// Models go by id in CSV (the scenario's key); a missing one reads "model 2".
std::string model_id(const Scenario& s, int j) {
  return row_name(j >= 0 && j < static_cast<int>(s.models.size()) ? s.models[j].id : "", "model", j);
}

double flat(const std::vector<double>& v, int m, int width, int k) {
  const std::size_t i =
      static_cast<std::size_t>(m) * static_cast<std::size_t>(width) + static_cast<std::size_t>(k);
  return i < v.size() ? v[i] : 0.0;
}

std::string calendar_month(const Scenario& s, int month) {  // "2027-07"
  const int index = s.org.start_month - 1 + month - 1;
  const int year = s.org.start_year + index / 12;
  const int m = index % 12 + 1;
  return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

}  // namespace

std::string csv_cell(const std::string& text) {
  std::string t = text;
  if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@')) t = "'" + t;
  if (t.find_first_of(",\"\r\n") == std::string::npos) return t;
  std::string q = "\"";
  for (char c : t) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string csv_number(double value) {
  if (!std::isfinite(value)) return "";
  std::string s = dump_json(Json(value), false);  // shortest exact form: "84000.0", "0.1"
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string csv_money(double value) {
  if (!std::isfinite(value)) return "";
  // The nearest double to a whole number of cents prints as at most two
  // decimals ("49392.5"); + 0.0 turns a rounded -0 into 0.
  return csv_number(std::round(value * 100.0) / 100.0 + 0.0);
}

std::string monthly_csv(const Scenario& s, const Result& r) {
  CsvWriter w;
  for (const char* h : {"month", "calendar_month", "cash_cost", "incremental_cost", "economic_cost",
                        "hours_saved_per_week", "value", "cumulative_net"})
    w.cell(h);
  for (int j = 0; j < r.models; ++j) w.cell("cost_by_model:" + model_id(s, j));
  for (int k = 0; k < r.tiers; ++k) w.cell("cost_by_tier:" + tier_name(s, k));
  for (int g = 0; g < r.segments; ++g) w.cell("cost_by_segment:" + segment_name(s, g));
  for (int k = 0; k < r.tiers; ++k) w.cell("trained_at_tier:" + tier_name(s, k));
  for (int k = 0; k < r.tiers; ++k) w.cell("applying_at_tier:" + tier_name(s, k));
  w.end_row();
  for (int m = 0; m < r.months; ++m) {
    w.integer(m + 1);
    w.cell(calendar_month(s, m + 1));
    for (const auto* series : {&r.cash_cost, &r.incremental_cost, &r.economic_cost})
      w.money(flat(*series, m, 1, 0));
    w.number(flat(r.hours_saved_per_week, m, 1, 0));
    for (const auto* series : {&r.value, &r.cumulative_net}) w.money(flat(*series, m, 1, 0));
    for (int j = 0; j < r.models; ++j) w.money(flat(r.cost_by_model, m, r.models, j));
    for (int k = 0; k < r.tiers; ++k) w.money(flat(r.cost_by_tier, m, r.tiers, k));
    for (int g = 0; g < r.segments; ++g) w.money(flat(r.cost_by_segment, m, r.segments, g));
    for (int k = 0; k < r.tiers; ++k) w.number(flat(r.trained_at_tier, m, r.tiers, k));
    for (int k = 0; k < r.tiers; ++k) w.number(flat(r.applying_at_tier, m, r.tiers, k));
    w.end_row();
  }
  return w.take();
}

std::string schedule_csv(const Scenario& s, const Result& r) {
  CsvWriter w;
  for (const char* h :
       {"segment", "tier", "model", "learners", "start_week", "end_week", "wave", "delayed_by"})
    w.cell(h);
  w.end_row();
  for (const auto& g : r.schedule.groups) {
    w.cell(segment_name(s, g.segment));
    w.cell(tier_name(s, g.tier));
    w.cell(model_id(s, g.model));
    w.integer(g.learners);
    w.integer(g.start_week);
    w.integer(g.end_week);
    w.integer(g.wave);
    w.cell(constraint_name(g.delayed_by));
    w.end_row();
  }
  return w.take();
}

std::string segments_csv(const Scenario& s) {
  CsvWriter w;
  for (const char* h : {"name", "headcount", "hourly_cost", "addressable_hours_week", "wave", "managers"})
    w.cell(h);
  for (std::size_t k = 0; k < s.framework.tiers.size(); ++k) w.cell("current_at_tier:" + tier_name(s, k));
  for (std::size_t k = 0; k < s.framework.tiers.size(); ++k) w.cell("target_share:" + tier_name(s, k));
  w.end_row();
  for (const auto& g : s.segments) {
    w.cell(g.name);
    w.integer(g.headcount);
    w.money(g.hourly_cost);
    w.number(g.addressable_hours_week);
    w.integer(g.wave);
    w.integer(g.managers);
    for (std::size_t k = 0; k < s.framework.tiers.size(); ++k)
      w.integer(k < g.current_at_tier.size() ? g.current_at_tier[k] : 0);
    for (std::size_t k = 0; k < s.framework.tiers.size(); ++k)
      w.number(k < g.target_share.size() ? g.target_share[k] : 0.0);
    w.end_row();
  }
  return w.take();
}

}  // namespace planner::io
