// planner-cli compare: two plans side by side for one case — the headline
// figures of both and their differences (io/comparison.h). --json prints the
// document the page's window.planner.comparison() returns.
//
//   compare CURRENT [OTHER] [--case C] [--forecast] [--json]
//   CURRENT = --preset NAME | --link URL | FILE.json
//   OTHER   = --with-preset NAME | --with-link URL | --with FILE.json
// Without OTHER, CURRENT must be a link carrying both plans ("#s=2...&b=2...").
// --forecast compares each plan with actuals as its forecast (io::compare_forecasts).
#include <iostream>
#include <sstream>

#include "command.h"
#include "core/evaluate.h"
#include "io/comparison.h"
#include "io/format.h"
#include "io/link_codec.h"
#include "io/result_json.h"

namespace planner::cli {
namespace {

// The value of `--link URL` (or --link=URL) without taking it out of args.
std::string peek_link(const Args& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--link" && i + 1 < args.size()) return args[i + 1];
    if (args[i].rfind("--link=", 0) == 0) return args[i].substr(7);
  }
  return "";
}

std::string padded(const std::string& s, std::size_t width) {
  return s + std::string(s.size() < width ? width - s.size() : 1, ' ');
}

std::string comparison_text(Case c, const io::Comparison& cmp) {
  std::ostringstream out;
  auto basis = [](const std::string& label) { return label.empty() ? "" : ", forecast from " + label; };
  out << "Current: " << cmp.current_title << " (" << cmp.current_horizon << " months, "
      << cmp.current_currency << basis(cmp.current_forecast_label) << ")\nOther:   " << cmp.other_title
      << " (" << cmp.other_horizon << " months, " << cmp.other_currency << basis(cmp.other_forecast_label)
      << ")\n"
      << io::case_name(c) << " case; difference = current - other\n\n";
  out << "  " << padded("", 28) << padded("current", 16) << padded("other", 16) << "difference\n";
  for (const io::ComparedFigure& f : cmp.figures) {
    const char* mark = f.favours == io::Favours::Current ? "  (current better)"
                       : f.favours == io::Favours::Other ? "  (other better)"
                                                         : "";
    out << "  " << padded(f.label, 28) << padded(io::figure_text(f.unit, f.current, cmp.current_symbol), 16)
        << padded(io::figure_text(f.unit, f.other, cmp.other_symbol), 16)
        << io::difference_text(f.unit, f.difference, cmp.current_symbol) << mark << "\n";
  }
  if (!cmp.same_currency) out << "\nThe plans use different currencies: money differences are n/a.\n";
  return out.str();
}

}  // namespace

int cmd_compare(Args& args) {
  std::string case_text = "likely", with_preset, with_link, with_file;
  bool missing = false;
  take_option(args, "--case", case_text, missing);
  if (missing) return usage_error("compare", "--case needs low, likely or high");
  const bool json = take_flag(args, "--json");
  const bool forecast = take_flag(args, "--forecast");
  const bool has_preset = take_option(args, "--with-preset", with_preset, missing);
  if (missing) return usage_error("compare", "--with-preset needs a name (see 'planner-cli presets')");
  const bool has_link = take_option(args, "--with-link", with_link, missing);
  if (missing) return usage_error("compare", "--with-link needs a URL");
  const bool has_file = take_option(args, "--with", with_file, missing);
  if (missing) return usage_error("compare", "--with needs a FILE.json");
  if ((has_preset ? 1 : 0) + (has_link ? 1 : 0) + (has_file ? 1 : 0) > 1)
    return usage_error("compare", "name one plan to compare with (--with-preset, --with-link or --with)");
  Case c;
  if (!io::parse_case(case_text, c))
    return usage_error("compare", "--case must be low, likely or high, not '" + case_text + "'");

  const std::string link = peek_link(args);
  Scenario current, other;
  std::string label;
  if (int rc = take_scenario(args, current, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("compare", args)) return rc;

  if (has_preset || has_link || has_file) {
    Args with = has_preset ? Args{"--preset", with_preset}
                : has_link ? Args{"--link", with_link}
                           : Args{with_file};
    std::string other_label;
    if (int rc = take_scenario(with, other, other_label, std::cerr)) return rc;
  } else {
    io::DecodedLink info;
    if (link.empty())
      return usage_error(
          "compare",
          "name the plan to compare with: --with-preset NAME, --with-link URL or --with FILE.json "
          "(or give a --link that carries both plans)");
    if (!io::decode_comparison_link(link, other, info)) {
      if (!info.has_comparison)
        return usage_error(
            "compare",
            "the link carries one plan only: name the other with --with-preset, --with-link or --with");
      std::cerr << "link (plan to compare with): " << info.message << "\n";
      for (const Issue& i : info.issues) std::cerr << "link (plan to compare with): " << i.text() << "\n";
      return kInvalidInput;
    }
  }
  for (const Scenario* s : {&current, &other}) {
    const std::vector<Issue> issues = validate(*s);
    if (issues.empty()) continue;
    for (const Issue& i : issues) std::cerr << (s == &current ? "current: " : "other: ") << i.text() << "\n";
    return kInvalidInput;
  }

  const Result current_plan = evaluate(current, c), other_plan = evaluate(other, c);
  const io::Comparison cmp = forecast ? io::compare_forecasts(current, current_plan, other, other_plan, c)
                                      : io::compare_plans(current, current_plan, other, other_plan);
  if (json)
    std::cout << io::comparison_to_json(c, cmp, true) << "\n";
  else
    std::cout << comparison_text(c, cmp);
  return kOk;
}

}  // namespace planner::cli
