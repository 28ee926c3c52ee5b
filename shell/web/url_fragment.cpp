// url_fragment.cpp — reading and writing location.hash (see url_fragment.h).
#include "url_fragment.h"

#include <emscripten.h>

#include "js_string.h"

namespace {

EM_JS(char*, pw_read_fragment, (), {
  var text = window.location.hash.substring(1);
  try {
    text = decodeURIComponent(text);
  } catch (e) {
  }
  var size = lengthBytesUTF8(text) + 1;
  var ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(void, pw_replace_fragment, (const char* fragment), {
  var url = window.location.pathname + window.location.search + "#" + UTF8ToString(fragment);
  try {
    window.history.replaceState(window.history.state, "", url);
  } catch (e) {
  }
});

EM_JS(char*, pw_link_for, (const char* fragment), {
  var text = window.location.origin + window.location.pathname + "#" + UTF8ToString(fragment);
  var size = lengthBytesUTF8(text) + 1;
  var ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
});

EM_JS(void, pw_listen_for_hash_change, (), {
  window.addEventListener(
      "hashchange", function() {
        var text = window.location.hash.substring(1);
        try {
          text = decodeURIComponent(text);
        } catch (e) {
        }
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        Module["_planner_on_hash_change"](ptr);
        _free(ptr);
      });
});

}  // namespace

namespace planner::web {

std::string read_url_fragment() { return take_js_string(pw_read_fragment()); }

void replace_url_fragment(const std::string& fragment) { pw_replace_fragment(fragment.c_str()); }

std::string link_for_fragment(const std::string& fragment) {
  return take_js_string(pw_link_for(fragment.c_str()));
}

void install_hash_change_listener() { pw_listen_for_hash_change(); }

}  // namespace planner::web
