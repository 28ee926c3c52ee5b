// planner-cli — the command-line planner. Each command lives in its own
// cmd_*.cpp and is listed once in the table below; main() only dispatches.
#include <iostream>
#include <string>

#include "command.h"
#ifdef PLANNER_HAVE_WORKBOOK
#include "workbook/workbook.h"
#endif

namespace planner::cli {

struct Command {
  const char* name;
  const char* usage;    // arguments, shown in --help
  const char* summary;  // one line, shown in --help
  int (*run)(Args& args);
};

// Declares the command's function where it is listed: one line per command.
#define PLANNER_CLI_RUN(fn) \
  [](Args& a) {             \
    int fn(Args&);          \
    return fn(a);           \
  }

// Outside an anonymous namespace on purpose: the declarations inside
// PLANNER_CLI_RUN must name planner::cli::cmd_*, defined in their own files.
extern const Command kCommands[];
const Command kCommands[] = {
    {"report",
     "(--preset NAME | --link URL | FILE.json) [--case low|likely|high] [--json | --csv | --figures | --html "
     "OUT.html] [--heat-map | --heat-map-month N] [--as-of YYYY-MM: the review against actuals, with --json "
     "or as text]",
     "costs, benefits and schedule of a plan (a readable summary by default)", PLANNER_CLI_RUN(cmd_report)},
    {"presets", "", "list the built-in scenarios", PLANNER_CLI_RUN(cmd_presets)},
    {"validate", "(FILE.json | --link URL | --preset NAME)",
     "check a scenario; prints every problem, one per line", PLANNER_CLI_RUN(cmd_validate)},
    {"export",
     "(--preset NAME | --link URL | FILE.json) --as "
     "json|json-minimal|json-packed|link|csv-monthly|csv-schedule|csv-segments|html|xlsx [--case C]",
     "write the scenario, its link, a CSV table, the printable report or the workbook (xlsx) to stdout",
     PLANNER_CLI_RUN(cmd_export)},
    {"simulate",
     "(--preset NAME | --link URL | FILE.json) [--samples N] [--seed S] [--distribution pert|triangular] "
     "[--histogram OUTPUT] [--forecast] [--json]",
     "Monte Carlo over every range: P10/P50/P90, chance ROI > 0, chance the target is met; --forecast: "
     "on the forecast from the plan's actuals (what happened to the as-of month fixed in every draw)",
     PLANNER_CLI_RUN(cmd_simulate)},
    {"tornado", "(--preset NAME | --link URL | FILE.json) [--output OUTPUT] [--top N] [--json]",
     "which range inputs move an output most (each swung low to high)", PLANNER_CLI_RUN(cmd_tornado)},
    {"frontier", "(--preset NAME | --link URL | FILE.json) [--measure people|benefits] [--json]",
     "budget vs capability: the best plan found for each budget", PLANNER_CLI_RUN(cmd_frontier)},
    {"seek",
     "(--preset NAME | --link URL | FILE.json) [--share 80%] [--tier K] [--by-month M] [--budget B] "
     "[--measure people|benefits] [--write OUT.json] [--json]",
     "goal seek: the cheapest plan meeting the target, or the most capability a budget buys",
     PLANNER_CLI_RUN(cmd_seek)},
    {"compare",
     "(--preset NAME | --link URL | FILE.json) [--with-preset NAME | --with-link URL | --with FILE.json] "
     "[--case low|likely|high] [--forecast] [--json]",
     "two plans side by side: headline figures and differences (current - other); without --with*, "
     "the --link must carry both plans (#s=2...&b=2...); --forecast: a plan with actuals as its forecast",
     PLANNER_CLI_RUN(cmd_compare)},
    {"import",
     "FILE.csv|FILE.xlsx [--group-by COL[,COL...]] [--survey SURVEY.csv|.xlsx] "
     "[--into PLAN.json | --preset NAME] [--sheet NAME] [--merge] [--respondents-only] | FILE --actuals "
     "[--into PLAN.json]",
     "segments from an HR export (and current tiers from a skills survey) into a plan, or with --actuals "
     "months of actuals (Month, [Segment,] Spend, Enrolled/Completed/Applying <tier>, ...); the scenario "
     "JSON "
     "on stdout",
     PLANNER_CLI_RUN(cmd_import)},
};

namespace {

void print_help(std::ostream& out) {
  out << "planner-cli: the AI upskilling planner on the command line\n\n"
         "usage: planner-cli COMMAND [ARGS]\n\n";
  for (const auto& c : kCommands) {
    out << "  " << c.name << (c.usage[0] ? " " : "") << c.usage << "\n      " << c.summary << "\n";
  }
  out << "\nA scenario is a JSON file (docs/schema.md), a built-in preset or a shared link.\n"
         "Exit status: 0 ok, 1 invalid input (scenario, file or link), 2 usage error.\n";
}

}  // namespace
}  // namespace planner::cli

int main(int argc, char** argv) {
  using namespace planner::cli;
#ifdef PLANNER_HAVE_WORKBOOK
  planner::workbook::install_workbook_export();  // export --as xlsx
#endif
  if (argc < 2) {
    print_help(std::cerr);
    return kUsage;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(std::cout);
    return kOk;
  }
  for (const auto& c : kCommands) {
    if (name != c.name) continue;
    Args args(argv + 2, argv + argc);
    for (const auto& a : args)
      if (a == "--help" || a == "-h") {
        std::cout << "usage: planner-cli " << c.name << " " << c.usage << "\n  " << c.summary << "\n";
        return kOk;
      }
    return c.run(args);
  }
  return usage_error(name,
                     "unknown command (commands: report, presets, validate, export, simulate, tornado, "
                     "frontier, seek, compare; see --help)");
}
