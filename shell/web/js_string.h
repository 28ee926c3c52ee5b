// js_string.h — taking ownership of a string JavaScript allocated with _malloc.
#pragma once

#include <cstdlib>
#include <string>

namespace planner::web {

// Copies and frees a UTF-8 string returned by an EM_JS function (nullptr = empty).
inline std::string take_js_string(char* text) {
  if (!text) return {};
  std::string out(text);
  std::free(text);
  return out;
}

}  // namespace planner::web
