// planner-cli export: the scenario as JSON, as a share link, a CSV table, or
// the printable HTML report, on standard output.
#include <algorithm>
#include <iostream>

#include "command.h"
#include "core/evaluate.h"
#include "io/csv.h"
#include "io/link_codec.h"
#include "io/report_html.h"
#include "io/result_json.h"
#include "io/scenario_json.h"

namespace planner::cli {

int cmd_export(Args& args) {
  std::string as, case_text = "likely", base;
  bool missing = false;
  if (!take_option(args, "--as", as, missing))
    return usage_error(
        "export",
        "--as is required: json, json-minimal, link, csv-monthly, csv-schedule, csv-segments or html");
  take_option(args, "--case", case_text, missing);
  take_option(args, "--base", base, missing);  // link: the page address to put before '#'
  if (missing) return usage_error("export", "an option is missing its value");
  Case c;
  if (!io::parse_case(case_text, c)) return usage_error("export", "--case must be low, likely or high");
  const char* kinds[] = {"json",         "json-minimal", "link", "csv-monthly",
                         "csv-schedule", "csv-segments", "html"};
  if (std::find(std::begin(kinds), std::end(kinds), as) == std::end(kinds))
    return usage_error("export", "unknown --as '" + as + "'");
  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("export", args)) return rc;

  if (as == "json") {
    std::cout << io::scenario_to_json(s, true) << "\n";
  } else if (as == "json-minimal") {  // what a link carries, before compression
    std::cout << io::scenario_to_minimal_json(s) << "\n";
  } else if (as == "link") {
    std::cout << base
              << (base.empty()         ? "#"
                  : base.back() == '#' ? ""
                                       : "#")
              << io::encode_link_fragment(s) << "\n";
  } else if (as == "csv-segments") {
    std::cout << io::segments_csv(s);
  } else {
    const Result r = evaluate(s, c);
    if (as == "csv-monthly") std::cout << io::monthly_csv(s, r);
    if (as == "csv-schedule") std::cout << io::schedule_csv(s, r);
    if (as == "html") std::cout << io::report_html(s, c, r);
  }
  return kOk;
}

}  // namespace planner::cli
