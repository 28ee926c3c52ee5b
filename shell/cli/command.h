// command.h — what every planner-cli command shares: the argument list, exit
// codes, and loading the scenario a command is pointed at.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/scenario.h"

namespace planner::cli {

using Args = std::vector<std::string>;  // the arguments after the command name

enum Exit : int {
  kOk = 0,
  kInvalidInput = 1,  // a scenario, file or link that cannot be used
  kUsage = 2,         // the command line itself is wrong
};

// Takes `--flag VALUE` out of args. Returns false if absent; sets `missing`
// when the flag is present without a value.
bool take_option(Args& args, const std::string& flag, std::string& value, bool& missing);
// Takes a bare `--flag` out of args.
bool take_flag(Args& args, const std::string& flag);

// Where a scenario comes from: `--preset NAME`, `--link URL` or `FILE.json`.
// Takes those arguments out of `args`. Returns kOk with the scenario loaded,
// kUsage (with a message on stderr) when none or several are given, or
// kInvalidInput when it cannot be loaded: every problem goes to `problems`,
// one per line ("FILE: segments[2].headcount: must be >= 0, got -5").
// Take a command's own options first: any bare word left is a file name.
int take_scenario(Args& args, Scenario& out, std::string& label, std::ostream& problems);

// The usage error: "planner-cli CMD: MESSAGE" and a hint, on stderr.
int usage_error(const std::string& command, const std::string& message);
// Any argument left over is a usage error.
int reject_leftovers(const std::string& command, const Args& args);

// Reads a whole file ("-" = standard input); false with a message if it cannot.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace planner::cli
