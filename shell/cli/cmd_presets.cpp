// planner-cli presets: the built-in scenarios, one per line.
#include <iostream>

#include "command.h"
#include "io/presets.h"

namespace planner::cli {

int cmd_presets(Args& args) {
  if (int rc = reject_leftovers("presets", args)) return rc;
  std::size_t width = 0;
  const auto presets = io::list_presets();
  for (const auto& p : presets) width = std::max(width, p.name.size());
  for (const auto& p : presets)
    std::cout << p.name << std::string(width + 2 - p.name.size(), ' ') << p.title << "\n";
  return kOk;
}

}  // namespace planner::cli
