// clipboard.cpp — local clipboard for ImGui, system clipboard out and in (see clipboard.h).
#include "clipboard.h"

#include <emscripten.h>
#include <imgui.h>

#include "host.h"

namespace {

std::string local_clipboard;  // what ImGui pastes
std::string last_copied;      // what the app last copied out

// writeText needs a focused page; a refusal is not an error worth showing,
// the text is still on ImGui's clipboard.
EM_JS(void, pw_write_system_clipboard, (const char* text), {
  var value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText)
    navigator.clipboard.writeText(value).catch(function(){});
});

EM_JS(void, pw_listen_for_paste, (), {
  document.addEventListener(
      "paste", function(event) {
        var text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        Module["_planner_on_paste"](ptr);
        _free(ptr);
      });
});

const char* get_clipboard_text(void*) { return local_clipboard.c_str(); }

void set_clipboard_text(void*, const char* text) { planner::web::copy_text_to_clipboard(text ? text : ""); }

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void planner_on_paste(const char* text) {
  local_clipboard = text ? text : "";
  planner::web::wake();
}

namespace planner::web {

void install_clipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = get_clipboard_text;
  io.SetClipboardTextFn = set_clipboard_text;
  io.ClipboardUserData = nullptr;
  pw_listen_for_paste();
}

void copy_text_to_clipboard(const std::string& text) {
  local_clipboard = text;
  last_copied = text;
  pw_write_system_clipboard(text.c_str());
}

const std::string& last_copied_text() { return last_copied; }

}  // namespace planner::web
