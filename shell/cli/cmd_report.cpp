// planner-cli report: evaluate a scenario for one case and print the readable
// summary, the results JSON (--json), the monthly CSV (--csv), or write the
// printable HTML report to a file (--html OUT.html). --json --heat-map adds
// the capability heat map at the target's month, --heat-map-month N at month
// N; without them the document stays the page's window.planner.results().
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "command.h"
#include "core/evaluate.h"
#include "io/csv.h"
#include "io/heat_map_json.h"
#include "io/report_html.h"
#include "io/result_json.h"
#include "io/summary_text.h"
#include "report_review.h"

namespace planner::cli {

int cmd_report(Args& args) {
  std::string case_text = "likely", html_path;
  bool missing = false;
  take_option(args, "--case", case_text, missing);
  if (missing) return usage_error("report", "--case needs low, likely or high");
  const bool has_html = take_option(args, "--html", html_path, missing);
  if (missing) return usage_error("report", "--html needs an output file name");
  // The capability heat map's month (1-based), checked against the horizon below.
  std::string heat_month_text;
  const bool has_heat_month = take_option(args, "--heat-map-month", heat_month_text, missing);
  if (missing) return usage_error("report", "--heat-map-month needs a month of the plan (1, 2, ...)");
  const bool with_heat_map = take_flag(args, "--heat-map") || has_heat_month;
  const bool json = take_flag(args, "--json");
  const bool csv = take_flag(args, "--csv");
  const bool figures = take_flag(args, "--figures");
  // The quarterly review (issue 15): report_review.cpp.
  std::string as_of;
  const bool has_as_of = take_option(args, "--as-of", as_of, missing);
  if (missing) return usage_error("report", "--as-of needs a calendar month as YYYY-MM");
  if (has_as_of && (csv || has_html || figures))
    return usage_error("report",
                       "--as-of goes with --json or the text summary, not --csv, --figures or --html");
  if ((json ? 1 : 0) + (csv ? 1 : 0) + (has_html ? 1 : 0) + (figures ? 1 : 0) > 1)
    return usage_error("report", "choose one of --json, --csv, --figures and --html");
  Case c;
  if (!io::parse_case(case_text, c))
    return usage_error("report", "--case must be low, likely or high, not '" + case_text + "'");

  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("report", args)) return rc;
  if (has_as_of) return report_review(s, label, c, as_of, json);

  const Result r = evaluate(s, c);
  int heat_month = 0;  // 0: the target's month
  if (has_heat_month) {
    char* end = nullptr;
    const long m = std::strtol(heat_month_text.c_str(), &end, 10);
    if (heat_month_text.empty() || *end != '\0' || m < 1 || m > r.months)
      return usage_error("report", "--heat-map-month must be a month from 1 to " + std::to_string(r.months) +
                                       " (the plan's horizon), not '" + heat_month_text + "'");
    heat_month = static_cast<int>(m);
  }
  if (json && with_heat_map) {
    std::cout << io::report_json(s, c, r, heat_month, true) << "\n";
  } else if (json) {
    std::cout << io::result_to_json(s, c, r, true) << "\n";
  } else if (figures) {
    std::cout << io::figures_text_json(s, c, r) << "\n";
  } else if (csv) {
    std::cout << io::monthly_csv(s, r);
  } else if (has_html) {
    std::ofstream out(html_path, std::ios::binary);
    out << io::report_html(s, c, r);
    if (!out) {
      std::cerr << "cannot write " << html_path << "\n";
      return kInvalidInput;
    }
    std::cout << "wrote " << html_path << "\n";
  } else {
    std::cout << io::summary_text(s, c, r);
  }
  return kOk;
}

}  // namespace planner::cli
