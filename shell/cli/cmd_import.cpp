// planner-cli import: an HRIS export (CSV or XLSX) and optionally a skills
// survey into a plan. The scenario JSON goes to stdout, a short summary to
// stderr; any problem in the files exits 1 with a message naming row, column
// and value, and nothing on stdout. With --actuals the file is months of
// actuals instead (import/actuals_import.h): the plan's actuals change, nothing else.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "command.h"
#include "import/actuals_import.h"
#include "import/headcount.h"
#include "import/read_table.h"
#include "import/survey.h"
#include "io/scenario_json.h"

namespace planner::cli {
namespace {

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, ',');)
    if (!part.empty()) out.push_back(part);
  return out;
}

// Reads FILE into a table; false with every problem on stderr.
bool load_table(const std::string& path, const std::string& sheet, import::Table& table) {
  std::string bytes, error;
  if (!read_file(path, bytes, error)) {
    std::cerr << "planner-cli import: " << error << "\n";
    return false;
  }
  import::Problems problems;
  if (import::read_table(bytes, path, sheet, table, problems)) return true;
  std::cerr << "planner-cli import: " << path << ":\n" << problems.text();
  return false;
}

}  // namespace

int cmd_import(Args& args) {
  std::string group_by, survey, sheet, into;
  bool m1 = false, m2 = false, m3 = false, m4 = false;
  const bool has_group = take_option(args, "--group-by", group_by, m1);
  const bool has_survey = take_option(args, "--survey", survey, m2);
  take_option(args, "--sheet", sheet, m3);
  const bool has_into = take_option(args, "--into", into, m4);
  if (m1 || m2 || m3 || m4)
    return usage_error("import", "--group-by, --survey, --sheet and --into need a value");
  if (has_group && split_commas(group_by).empty())
    return usage_error("import", "--group-by needs column names");
  import::HeadcountOptions options;
  options.group_by = split_commas(group_by);
  if (take_flag(args, "--merge")) options.mode = import::ImportMode::Merge;
  import::SurveyOptions survey_options;
  survey_options.respondents_only = take_flag(args, "--respondents-only");
  const bool actuals = take_flag(args, "--actuals");
  if (actuals && (has_group || has_survey || options.mode == import::ImportMode::Merge ||
                  survey_options.respondents_only))
    return usage_error("import",
                       "--actuals reads months of actuals: --group-by, --survey, --merge and "
                       "--respondents-only are for headcount files");

  // The data file: the first bare word. The plan: --into FILE, or what
  // take_scenario reads (--preset NAME, --link URL), default preset "default".
  std::string data;
  for (auto it = args.begin(); it != args.end(); ++it) {
    if ((*it == "--preset" || *it == "--link") && it + 1 != args.end()) {
      ++it;  // that option's value, not the file
    } else if (it->empty() || (*it)[0] != '-' || *it == "-") {
      data = *it;
      args.erase(it);
      break;
    }
  }
  if (data.empty()) return usage_error("import", "name the file to import (FILE.csv or FILE.xlsx)");
  if (has_into && (std::find(args.begin(), args.end(), "--preset") != args.end()))
    return usage_error("import", "give --into or --preset, not both");
  const bool no_plan = !has_into && std::find(args.begin(), args.end(), "--preset") == args.end() &&
                       std::find(args.begin(), args.end(), "--link") == args.end();
  if (has_into)
    args.push_back(into);
  else if (no_plan)
    args.insert(args.end(), {"--preset", "default"});
  Scenario base;
  std::string label;
  if (int rc = take_scenario(args, base, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("import", args)) return rc;

  import::Table table;
  if (!load_table(data, sheet, table)) return kInvalidInput;
  if (actuals) {
    const import::ActualsImport got = import::import_actuals(base, table);
    // Segment names are the plan's: without one named, they are the default preset's.
    const char* no_plan_note =
        "  note: the file's Segment column names the plan's segments, and no plan was given (--into "
        "PLAN.json): these are the default preset's.\n";
    if (!got.ok) {
      std::cerr << "planner-cli import: " << data << ":\n" << got.problems.text();
      if (no_plan && got.segment_column) std::cerr << no_plan_note;
      return kInvalidInput;
    }
    std::cerr << got.text();
    if (no_plan && got.segment_column) std::cerr << no_plan_note;
    std::cout << io::scenario_to_json(got.scenario) << "\n";
    return kOk;
  }
  import::ImportOutcome imported = import::import_headcount(base, table, options);
  if (!imported.ok) {
    std::cerr << "planner-cli import: " << data << ":\n" << imported.problems.text();
    for (const std::string& note : table.notes)
      std::cerr << "  note: " << note << "\n";  // which sheet was read
    return kInvalidInput;
  }
  std::cerr << imported.summary.text();
  Scenario result = imported.scenario;
  if (has_survey) {
    import::Table answers;
    if (!load_table(survey, "", answers)) return kInvalidInput;
    import::SurveyOutcome s = import::import_survey(result, answers, survey_options);
    if (!s.ok) {
      std::cerr << "planner-cli import: " << survey << ":\n" << s.problems.text();
      return kInvalidInput;
    }
    std::cerr << s.text();
    result = s.scenario;
  }
  std::cout << io::scenario_to_json(result) << "\n";
  return kOk;
}

}  // namespace planner::cli
