// planner-cli seek: goal seek. Without --budget: the cheapest plan that meets
// the target (the scenario's, or --share/--tier/--by-month); with --budget:
// the most capability that budget buys. Says which constraint binds when the
// target is out of reach. --write OUT.json saves the scenario with that plan.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "command.h"
#include "core/evaluate.h"
#include "core/uncertainty/optimiser.h"
#include "io/format.h"
#include "io/scenario_json.h"
#include "io/uncertainty_json.h"

namespace planner::cli {
namespace {

bool parse_double(std::string text, double& out, bool allow_percent) {
  bool percent = false;
  if (allow_percent && !text.empty() && text.back() == '%') {
    percent = true;
    text.pop_back();
  }
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') return false;
  if (percent) out /= 100.0;
  return true;
}

}  // namespace

int cmd_seek(Args& args) {
  std::string text, write_path;
  bool missing = false;
  double share = -1, budget = -1, tier = -1, by_month = -1;
  if (take_option(args, "--share", text, missing) &&
      (!parse_double(text, share, true) || share < 0 || share > 1))
    return usage_error("seek", "--share must be a share like 0.8 or 80%, not '" + text + "'");
  if (missing) return usage_error("seek", "--share needs a value like 80%");
  if (take_option(args, "--tier", text, missing) &&
      (!parse_double(text, tier, false) || tier < 1 || tier != static_cast<int>(tier)))
    return usage_error("seek", "--tier must be a tier number (1 = the first tier), not '" + text + "'");
  if (missing) return usage_error("seek", "--tier needs a tier number");
  if (take_option(args, "--by-month", text, missing) &&
      (!parse_double(text, by_month, false) || by_month < 1 || by_month != static_cast<int>(by_month)))
    return usage_error("seek", "--by-month must be a month number >= 1, not '" + text + "'");
  if (missing) return usage_error("seek", "--by-month needs a month number");
  if (take_option(args, "--budget", text, missing) && (!parse_double(text, budget, false) || budget < 0))
    return usage_error("seek", "--budget must be an amount >= 0, not '" + text + "'");
  if (missing) return usage_error("seek", "--budget needs an amount");
  take_option(args, "--write", write_path, missing);
  if (missing) return usage_error("seek", "--write needs an output file name");
  mc::OptimiserOptions o;
  if (take_option(args, "--measure", text, missing) && !mc::parse_capability(text.c_str(), o.measure))
    return usage_error("seek", "--measure must be people or benefits, not '" + text + "'");
  if (missing) return usage_error("seek", "--measure needs people or benefits");
  const bool json = take_flag(args, "--json");

  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("seek", args)) return rc;
  if (share >= 0) s.target.share = share;
  if (tier >= 1) s.target.tier = static_cast<int>(tier) - 1;
  if (by_month >= 1) s.target.by_month = static_cast<int>(by_month);
  const std::vector<Issue> issues = validate(s);
  if (!issues.empty()) {
    for (const Issue& i : issues) std::cerr << label << ": " << i.text() << "\n";
    return kInvalidInput;
  }

  const mc::SeekReport r = budget >= 0 ? mc::seek_budget(s, budget, o) : mc::seek_target(s, o);
  if (!write_path.empty()) {
    if (!r.feasible) {
      std::cerr << "nothing written: " << r.message << "\n";
      return kInvalidInput;
    }
    std::ofstream out(write_path, std::ios::binary);
    out << io::scenario_to_json(mc::apply_plan(s, r.space, r.best.plan), true) << "\n";
    if (!out) {
      std::cerr << "cannot write " << write_path << "\n";
      return kInvalidInput;
    }
  }
  if (json) {
    std::cout << io::seek_to_json(s, r, true) << "\n";
  } else {
    const std::string& cur = s.org.currency_symbol;
    std::cout << s.title << "\n  " << r.message << "\n";
    if (!r.best.plan.share.empty()) {
      std::cout << "  " << (r.feasible ? "plan" : "closest plan") << ": "
                << mc::describe_plan(s, r.space, r.best.plan) << "\n  cost "
                << io::format_money(r.best.score.cost, cur) << ", " << io::format_number(r.best.score.people)
                << " people at tier " << s.target.tier + 1 << "+ by month " << s.target.by_month
                << " (current plan: " << io::format_money(r.current.cost, cur) << ", "
                << io::format_number(r.current.people) << " people)\n";
    }
    if (!write_path.empty()) std::cout << "  wrote " << write_path << "\n";
  }
  return kOk;  // "infeasible" is an answer, not an error: the message says why
}

}  // namespace planner::cli
