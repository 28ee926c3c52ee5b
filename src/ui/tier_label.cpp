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

std::string short_tier_name(const Scenario& s, int tier) {
  std::string name = tier_name(s, tier);
  // "AI Literacy" -> "Literacy": in a column title the prefix only costs width.
  if (name.size() > 3 && name.compare(0, 3, "AI ") == 0) name.erase(0, 3);
  return name;
}

}  // namespace planner::ui
