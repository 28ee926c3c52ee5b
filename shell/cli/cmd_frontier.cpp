// planner-cli frontier: the budget-capability frontier over the decisions a
// planner controls (target shares per segment and tier, the delivery model per
// tier, groups in parallel). Each point is the most capability found for its
// cost; --json prints the frontier document with every point's plan.
#include <iostream>
#include <sstream>

#include "command.h"
#include "core/uncertainty/optimiser.h"
#include "io/format.h"
#include "io/uncertainty_json.h"

namespace planner::cli {

int cmd_frontier(Args& args) {
  std::string text;
  bool missing = false;
  mc::OptimiserOptions o;
  if (take_option(args, "--measure", text, missing) && !mc::parse_capability(text.c_str(), o.measure))
    return usage_error("frontier", "--measure must be people or benefits, not '" + text + "'");
  if (missing) return usage_error("frontier", "--measure needs people or benefits");
  const bool json = take_flag(args, "--json");

  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("frontier", args)) return rc;

  const mc::FrontierReport f = mc::compute_frontier(s, o);
  if (json) {
    std::cout << io::frontier_to_json(s, f, true) << "\n";
    return kOk;
  }
  const std::string& cur = s.org.currency_symbol;
  const bool people = o.measure == mc::Capability::People;
  auto cap = [&](double v) { return people ? io::format_number(v) + " people" : io::format_money(v, cur); };
  std::ostringstream out;
  out << s.title << " - budget vs capability ("
      << (people ? "people " + std::string(s.target.count_applying ? "applying" : "trained at") + " tier " +
                       std::to_string(s.target.tier + 1) + "+ by month " + std::to_string(s.target.by_month)
                 : std::string("benefit value over the horizon"))
      << ")\n"
      << "  " << (f.exhaustive ? "every plan enumerated" : "heuristic search") << ", " << f.evaluations
      << " plans evaluated\n\n"
      << "  current plan: " << io::format_money(f.current.cost, cur) << " -> " << cap(f.current.capability)
      << "\n\n";
  // At most ~12 points in text, spread over the cost axis (--json has them all).
  const size_t n = f.points.size(), shown = n < 12 ? n : 12;
  for (size_t i = 0; i < shown; ++i) {
    const mc::Candidate& c = f.points[shown < 2 ? i : i * (n - 1) / (shown - 1)];
    out << "  " << io::format_money(c.score.cost, cur) << " -> " << cap(c.score.capability) << "\n      "
        << mc::describe_plan(s, f.space, c.plan) << "\n";
  }
  if (shown < n) out << "  (" << n << " points in all; --json lists every one with its plan)\n";
  std::cout << out.str();
  return kOk;
}

}  // namespace planner::cli
