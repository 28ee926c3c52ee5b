// touch.cpp — touches as mouse input and the on-screen keyboard (see touch.h).
#include "touch.h"

#include <emscripten.h>
#include <imgui.h>

#include "host.h"

namespace {

// Listens on window in the capture phase, which runs before GLFW's own
// listeners on the canvas; stopping the touch there keeps GLFW from pressing
// at a stale position, and preventDefault stops the browser's own emulated
// mouse events (and scrolling or zooming the page).
EM_JS(void, pw_install_touch, (), {
  var canvas = Module["canvas"];
  function send(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      bubbles : true,
      cancelable : true,
      clientX : touch.clientX,
      clientY : touch.clientY,
      screenX : touch.screenX,
      screenY : touch.screenY,
      button : 0,
      buttons : type == "mouseup" ? 0 : 1
    }));
  }
  function handle(event) {
    if (event.target != canvas) return;
    if (event.type == "touchcancel") {
      // The system took the gesture (a scroll, a call): release away from
      // every widget, so the cancelled touch presses nothing.
      event.stopPropagation();
      event.preventDefault();
      var away = {clientX : -100000, clientY : -100000, screenX : -100000, screenY : -100000};
      send("mousemove", away);
      send("mouseup", away);
      return;
    }
    var touch = event.changedTouches[0];
    if (!touch) return;
    event.stopPropagation();
    event.preventDefault();
    if (event.type == "touchstart") {
      send("mousemove", touch);
      send("mousedown", touch);
    } else if (event.type == "touchmove") {
      send("mousemove", touch);
    } else {
      send("mouseup", touch);
    }
  }
  [ "touchstart", "touchmove", "touchend", "touchcancel" ].forEach(
      function(type) { window.addEventListener(type, handle, {capture : true, passive : false}); });

  // The off-screen input the on-screen keyboard types into. Keys that GLFW
  // sees on window (Backspace, Enter, arrows) still arrive as key events;
  // typed text arrives here as `input` and is handed to ImGui.
  var input = document.createElement("input");
  input.type = "text";
  input.id = "planner-touch-input";
  input.setAttribute("autocomplete", "off");
  input.setAttribute("autocapitalize", "off");
  input.setAttribute("aria-hidden", "true");
  input.style.cssText = "position:fixed;left:-1000px;top:0;width:10px;height:10px;opacity:0";
  document.body.appendChild(input);
  input.addEventListener(
      "input", function(event) {
        var text = input.value;
        input.value = "";
        if (!text) return;
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        Module["_planner_on_text_input"](ptr);
        _free(ptr);
      });
  Module["plannerTouchInput"] = input;
});

EM_JS(int, pw_is_touch_device, (), { return navigator.maxTouchPoints > 0 ? 1 : 0; });

EM_JS(void, pw_focus_touch_input, (int focus), {
  var input = Module["plannerTouchInput"];
  if (!input) return;
  if (focus)
    input.focus({preventScroll : true});
  else
    input.blur();
});

bool touch_device = false;
bool keyboard_up = false;

}  // namespace

// Text typed on an on-screen keyboard.
extern "C" EMSCRIPTEN_KEEPALIVE void planner_on_text_input(const char* text) {
  if (text) ImGui::GetIO().AddInputCharactersUTF8(text);
  planner::web::wake();
}

namespace planner::web {

void install_touch_support() {
  touch_device = pw_is_touch_device() != 0;
  pw_install_touch();
}

void sync_on_screen_keyboard(bool imgui_wants_text) {
  if (!touch_device || imgui_wants_text == keyboard_up) return;
  keyboard_up = imgui_wants_text;
  pw_focus_touch_input(keyboard_up ? 1 : 0);
}

}  // namespace planner::web
