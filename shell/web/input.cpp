// input.cpp — browser shortcuts, macOS behaviours and wheel normalisation (see input.h).
#include "input.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <vector>

#include "host.h"

namespace {

// GLFW only blocks Backspace and Tab; these would save the page, open a file
// dialog, or go through the browser's history instead of reaching the app.
EM_JS(void, pw_block_browser_shortcuts, (), {
  window.addEventListener(
      "keydown",
      function(event) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
        var key = (event.key || "").toLowerCase();
        if (key == "s" || key == "o" || key == "z" || key == "y" || key == "a") event.preventDefault();
      },
      true);
});

// The browser's Tab moves focus into the app: GLFW blocks Tab's default on
// window (for ImGui's own Tab, and its listener runs first), so the focus
// would never reach the canvas. With nothing focused on the page, Tab
// focuses the canvas here instead.
EM_JS(void, pw_let_tab_reach_canvas, (), {
  window.addEventListener(
      "keydown",
      function(event) {
        var active = document.activeElement;
        if (event.key == "Tab" && (!active || active == document.body)) Module["canvas"].focus();
      },
      true);
});

EM_JS(int, pw_is_mac, (), {
  var platform = navigator.platform || navigator.userAgent || "";
  return platform.indexOf("Mac") >= 0 || platform.indexOf("iPhone") >= 0 || platform.indexOf("iPad") >= 0 ? 1
                                                                                                          : 0;
});

struct HeldRelease {
  int key, scancode, mods;
};
std::vector<int> pressed_since_frame;  // keys that went down since the last NewFrame
std::vector<HeldRelease> held_releases;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  planner::web::wake();
  auto held = [key](const HeldRelease& r) { return r.key == key; };
  if (action == GLFW_PRESS) {
    held_releases.erase(std::remove_if(held_releases.begin(), held_releases.end(), held),
                        held_releases.end());
    pressed_since_frame.push_back(key);
  } else if (action == GLFW_RELEASE && std::find(pressed_since_frame.begin(), pressed_since_frame.end(),
                                                 key) != pressed_since_frame.end()) {
    held_releases.push_back({key, scancode, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
  float per_step = 0.0f;
  switch (event->deltaMode) {
    case DOM_DELTA_PIXEL:
      per_step = 1.0f / 100.0f;
      break;  // 100 pixels make a step
    case DOM_DELTA_LINE:
      per_step = 1.0f / 3.0f;
      break;  // 3 lines make a step
    case DOM_DELTA_PAGE:
      per_step = 80.0f;
      break;  // a page makes 80 steps
    default:
      break;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH += static_cast<float>(-event->deltaX) * per_step;
  io.MouseWheel += static_cast<float>(-event->deltaY) * per_step;
  planner::web::wake();
  return EM_TRUE;  // the page itself must not scroll
}

}  // namespace

namespace planner::web {

void install_input_fixes(GLFWwindow* window) {
  pw_block_browser_shortcuts();
  pw_let_tab_reach_canvas();
  ImGui::GetIO().ConfigMacOSXBehaviors = pw_is_mac() != 0;
  glfwSetScrollCallback(window, nullptr);  // raw browser deltas; replaced by on_wheel
  glfwSetKeyCallback(window, on_key);
  emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel);
}

void after_imgui_new_frame() { pressed_since_frame.clear(); }

void after_imgui_frame(GLFWwindow* window) {
  // No browser event runs during a frame: every release held here arrived
  // before this frame's NewFrame, which saw its key down.
  for (const HeldRelease& r : held_releases)
    ImGui_ImplGlfw_KeyCallback(window, r.key, r.scancode, GLFW_RELEASE, r.mods);
  held_releases.clear();
}

}  // namespace planner::web
