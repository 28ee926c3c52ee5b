// storage.cpp — localStorage access (see storage.h).
#include "storage.h"

#include <emscripten.h>

#include "js_string.h"

namespace {

EM_JS(char*, pw_storage_get, (const char* key), {
  try {
    var value = window.localStorage.getItem(UTF8ToString(key));
    if (value == null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  } catch (e) {
    return 0;
  }
});

EM_JS(int, pw_storage_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 1;
  } catch (e) {
    return 0;
  }
});

}  // namespace

namespace planner::web {

std::string storage_get(const std::string& key) { return take_js_string(pw_storage_get(key.c_str())); }

bool storage_set(const std::string& key, const std::string& value) {
  return pw_storage_set(key.c_str(), value.c_str()) != 0;
}

}  // namespace planner::web
