#include "command.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "io/link_codec.h"
#include "io/presets.h"
#include "io/scenario_json.h"

namespace planner::cli {

bool take_option(Args& args, const std::string& flag, std::string& value, bool& missing) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == flag) {
      if (i + 1 >= args.size()) {
        missing = true;
        args.erase(args.begin() + static_cast<long>(i));
        return false;
      }
      value = args[i + 1];
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      return true;
    }
    if (args[i].rfind(flag + "=", 0) == 0) {  // --case=low
      value = args[i].substr(flag.size() + 1);
      args.erase(args.begin() + static_cast<long>(i));
      return true;
    }
  }
  return false;
}

bool take_flag(Args& args, const std::string& flag) {
  auto it = std::find(args.begin(), args.end(), flag);
  if (it == args.end()) return false;
  args.erase(it);
  return true;
}

int usage_error(const std::string& command, const std::string& message) {
  std::cerr << "planner-cli" << (command.empty() ? "" : " " + command) << ": " << message << "\n"
            << "Run 'planner-cli --help' for usage.\n";
  return kUsage;
}

int reject_leftovers(const std::string& command, const Args& args) {
  if (args.empty()) return kOk;
  const std::string& a = args.front();
  return usage_error(command,
                     (a.size() > 1 && a[0] == '-' ? "unknown option '" : "unexpected argument '") + a + "'");
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path;
    return false;
  }
  out = ss.str();
  return true;
}

namespace {

int report_issues(std::ostream& problems, const std::string& source, const std::vector<Issue>& issues) {
  for (const auto& i : issues) problems << source << ": " << i.text() << "\n";
  return kInvalidInput;
}

}  // namespace

int take_scenario(Args& args, Scenario& out, std::string& label, std::ostream& problems) {
  std::string preset, link;
  bool missing_preset = false, missing_link = false;
  const bool has_preset = take_option(args, "--preset", preset, missing_preset);
  const bool has_link = take_option(args, "--link", link, missing_link);
  if (missing_preset) return usage_error("", "--preset needs a name (see 'planner-cli presets')");
  if (missing_link) return usage_error("", "--link needs a URL");
  std::vector<std::string> files;
  for (auto it = args.begin(); it != args.end();) {
    if (it->size() > 1 && (*it)[0] == '-') {  // an option (or "-", standard input, below)
      ++it;
    } else {
      files.push_back(*it);
      it = args.erase(it);
    }
  }
  const int sources = (has_preset ? 1 : 0) + (has_link ? 1 : 0) + static_cast<int>(files.size());
  if (sources == 0) return usage_error("", "name a scenario: --preset NAME, --link URL or FILE.json");
  if (sources > 1) return usage_error("", "name one scenario only (--preset, --link or one FILE.json)");

  std::vector<Issue> issues;
  if (has_preset) {
    if (!io::load_preset(preset, out)) {
      std::string names;
      for (const auto& p : io::list_presets()) names += (names.empty() ? "" : ", ") + p.name;
      problems << "unknown preset '" << preset << "' (presets: " << names << ")\n";
      return kInvalidInput;
    }
    label = "preset " + preset;
    return kOk;
  }
  if (has_link) {
    std::string message;
    if (!io::decode_link(link, out, message, &issues)) {
      if (issues.empty()) problems << "link: " << message << "\n";
      return report_issues(problems, "link", issues);
    }
    label = "link";
    return kOk;
  }
  std::string text, error;
  if (!read_file(files[0], text, error)) {
    problems << error << "\n";
    return kInvalidInput;
  }
  if (!io::scenario_from_json(text, out, issues)) return report_issues(problems, files[0], issues);
  label = files[0];
  return kOk;
}

}  // namespace planner::cli
