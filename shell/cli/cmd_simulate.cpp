// planner-cli simulate: Monte Carlo over every range of a scenario. Prints
// P10/P50/P90 of the headline outputs, the chance ROI > 0 and the chance the
// target is met by its deadline; --json prints the simulation document
// (io/uncertainty_json.h), the same the UI shows. --forecast runs it on the
// forecast from the plan's actuals (core/uncertainty/monte_carlo.h).
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "command.h"
#include "core/actuals.h"
#include "core/evaluate.h"
#include "core/names.h"
#include "core/reforecast.h"
#include "core/uncertainty/monte_carlo.h"
#include "io/format.h"
#include "io/uncertainty_json.h"

namespace planner::cli {
namespace {

bool parse_int(const std::string& text, long long& out) {
  char* end = nullptr;
  out = std::strtoll(text.c_str(), &end, 10);
  return !text.empty() && end && *end == '\0';
}

std::string output_text(const Scenario& s, mc::Output o, double v) {
  return io::output_text(o, v, s.org.horizon_months, s.org.currency_symbol);
}

void pad(std::ostringstream& out, const std::string& text, size_t width) {
  out << text << std::string(text.size() < width ? width - text.size() : 1, ' ');
}

}  // namespace

int cmd_simulate(Args& args) {
  mc::SimulationOptions o;
  std::string text;
  bool missing = false;
  long long n = 0;
  if (take_option(args, "--samples", text, missing) && (!parse_int(text, n) || n < 1 || n > mc::kMaxSamples))
    return usage_error("simulate", "--samples must be a whole number from 1 to 100000, not '" + text + "'");
  if (missing) return usage_error("simulate", "--samples needs a number");
  if (n > 0) o.samples = static_cast<int>(n);
  if (take_option(args, "--seed", text, missing)) {
    if (!parse_int(text, n) || n < 0)
      return usage_error("simulate", "--seed must be a whole number >= 0, not '" + text + "'");
    o.seed = static_cast<uint64_t>(n);
  }
  if (missing) return usage_error("simulate", "--seed needs a number");
  bool has_dist = false;
  Distribution dist = Distribution::Pert;
  if (take_option(args, "--distribution", text, missing)) {
    has_dist = true;
    if (!parse_enum(text, dist))
      return usage_error("simulate", "--distribution must be pert or triangular, not '" + text + "'");
  }
  if (missing) return usage_error("simulate", "--distribution needs pert or triangular");
  if (take_option(args, "--histogram", text, missing) && !mc::parse_output(text.c_str(), o.histogram_output))
    return usage_error(
        "simulate",
        "--histogram must name an output (npv, roi_pct, incremental_cost, ...), not '" + text + "'");
  if (missing) return usage_error("simulate", "--histogram needs an output name");
  const bool json = take_flag(args, "--json");
  o.forecast = take_flag(args, "--forecast");

  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("simulate", args)) return rc;
  if (has_dist) s.adjustments.distribution = dist;
  if (o.forecast && !runs_on_forecast(s, true)) {
    std::cerr << label << ": --forecast needs a plan with actuals (an as-of month; see the Actuals tab)\n";
    return kInvalidInput;
  }

  const mc::SimulationSummary sim = mc::simulate(s, o);
  if (json) {
    std::cout << io::simulation_to_json(s, sim, true) << "\n";
    return kOk;
  }
  std::ostringstream out;
  out << s.title;
  if (sim.forecast_from_month > 0)
    out << " - forecast from " << plan_month_name(s.org, sim.forecast_from_month);
  out << " - " << sim.samples_done << " samples (" << io::distribution_name(sim.distribution) << ", seed "
      << sim.seed << "), " << sim.uncertain_inputs << " uncertain inputs\n\n";
  pad(out, "", 22);
  pad(out, "P10", 16);
  pad(out, "P50", 16);
  out << "P90\n";
  for (int i = 0; i < mc::kOutputCount; ++i) {
    const auto oi = static_cast<mc::Output>(i);
    const mc::Spread& sp = sim.outputs[i];
    pad(out, std::string("  ") + mc::output_label(oi), 22);
    pad(out, output_text(s, oi, sp.p10), 16);
    pad(out, output_text(s, oi, sp.p50), 16);
    out << output_text(s, oi, sp.p90) << "\n";
  }
  out << "\n  Chance ROI > 0               " << io::format_share(sim.chance_roi_positive, 1) << "\n"
      << "  Chance target met by month " << s.target.by_month << "  "
      << io::format_share(sim.chance_target_met, 1) << "\n"
      << "  Never pays back (horizon)    " << io::format_share(sim.share_never_pays_back, 1) << "\n";
  std::cout << out.str();
  return kOk;
}

}  // namespace planner::cli
