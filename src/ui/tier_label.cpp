#include <cstdio>
#include <string>

#include "core/names.h"
#include "ui/panels.h"

namespace planner::ui {

const char* tier_label(const Scenario& s, int tier) {
  static char buf[8][96];  // a few labels may be alive in one expression
  static int next = 0;
  char* out = buf[next];
  next = (next + 1) % 8;
  std::snprintf(out, sizeof buf[0], "Tier %d \xC2\xB7 %s", tier + 1, tier_name(s, tier).c_str());
  return out;
}

}  // namespace planner::ui
