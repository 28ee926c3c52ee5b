// planner-cli export: the scenario as JSON, as a share link, a CSV table, or
// the printable HTML report, on standard output; the formats are io/exports.h's
// registry, the same the File menu offers.
#include <unistd.h>

#include <iostream>

#include "command.h"
#include "core/evaluate.h"
#include "io/exports.h"
#include "io/format.h"
#include "io/link_codec.h"
#include "io/result_json.h"

namespace planner::cli {

int cmd_export(Args& args) {
  std::string as, case_text = "likely", base;
  bool missing = false;
  if (!take_option(args, "--as", as, missing))
    return usage_error("export", "--as is required: " + io::export_format_list());
  take_option(args, "--case", case_text, missing);
  take_option(args, "--base", base, missing);  // link: the page address to put before '#'
  if (missing) return usage_error("export", "an option is missing its value");
  Case c;
  if (!io::parse_case(case_text, c)) return usage_error("export", "--case must be low, likely or high");
  const io::ExportFormat* format = io::find_export_format(as);
  if (!format) return usage_error("export", "unknown --as '" + as + "'");
  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("export", args)) return rc;

  const bool workbook = format->menu == io::ExportMenu::Workbook;
  if (workbook && !io::workbook_available()) {
    std::cerr
        << "export: this build of planner-cli has no workbook writer (libxlsxwriter); use --as csv-monthly\n";
    return kInvalidInput;
  }
  // (Under node, Emscripten reports every standard stream as a terminal.)
#ifndef __EMSCRIPTEN__
  if (workbook && isatty(STDOUT_FILENO)) {
    std::cerr << "export: the workbook is a binary file: send it to a file, e.g. > plan.xlsx\n";
    return kUsage;
  }
#endif
  const Result r = format->needs_result ? evaluate(s, c) : Result{};
  if (as == "link") {
    const std::string link = base + (base.empty() || base.back() != '#' ? "#" : "") + format->write(s, c, r);
    std::cout << link << "\n";
    // The same limit and test as the app's Copy link (io/link_codec.h); a
    // note, not an error: the link is still right where nothing cuts it.
    if (io::share_link_too_long(link))
      std::cerr << "note: this link is " << io::format_number(static_cast<double>(link.size()))
                << " characters long; some mail and chat tools (Outlook, Teams) cut links over "
                << io::format_number(static_cast<double>(io::kMaxShareLinkChars))
                << " characters, and a cut link does not open. To share this plan safely, send the file "
                   "(export --as json) or the summary as text (report).\n";
    return kOk;
  }
  const std::string document = format->write(s, c, r);
  if (workbook && document.empty()) {
    std::cerr << "export: cannot write the workbook (no room for a temporary file?)\n";
    return kInvalidInput;
  }
  std::cout << document << (format->one_line ? "\n" : "");
  return kOk;
}

}  // namespace planner::cli
