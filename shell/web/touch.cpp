// touch.cpp — touch gestures as ImGui mouse input, and the on-screen keyboard
// (see touch.h). Map: 1. the page side (listeners, the off-screen input);
// 2. the gesture state; 3. each frame's mouse state; 4. the keyboard.
#include "touch.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // the window under the finger and its scroll, the active text field

#include <cfloat>
#include <cmath>
#include <deque>

#include "host.h"
#include "ui/widgets.h"

// ---- 1. the page side -------------------------------------------------------------

namespace {

// Listens on window in the capture phase, before GLFW's own listeners on the
// canvas: the touch is stopped there (GLFW would press at a stale position)
// and preventDefault stops the browser's emulated mouse events and its own
// scrolling or zooming. Positions go to C++ in canvas pixels.
EM_JS(void, pw_install_touch, (), {
  var canvas = Module["canvas"];
  function handle(event) {
    if (event.target != canvas) return;
    event.stopPropagation();
    event.preventDefault();
    // Quoted: looked up by event.type (Closure renames unquoted keys).
    var kinds = {"touchstart" : 0, "touchmove" : 1, "touchend" : 2, "touchcancel" : 3};
    var touch = event.changedTouches[0];
    var box = canvas.getBoundingClientRect();
    var x = touch ? (touch.clientX - box.left) * canvas.width / box.width : 0;
    var y = touch ? (touch.clientY - box.top) * canvas.height / box.height : 0;
    // The event's own time (performance.now()'s clock): when the finger moved,
    // not when a busy page got round to the event.
    Module["_planner_on_touch"](kinds[event.type], x, y, event.timeStamp);
  }
  [ "touchstart", "touchmove", "touchend", "touchcancel" ].forEach(
      function(type) { window.addEventListener(type, handle, {capture : true, passive : false}); });
  // Without touch the browser sends no mouse events (preventDefault above):
  // any mouse movement is a real mouse.
  window.addEventListener(
      "mousemove", function() { Module["_planner_on_real_mouse"](); }, true);

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

// inputmode "decimal" raises the number pad; a mode change while the
// keyboard is up takes a blur and focus to reach it.
EM_JS(void, pw_focus_touch_input, (int focus, int numeric), {
  var input = Module["plannerTouchInput"];
  if (!input) return;
  var mode = numeric ? "decimal" : "text";
  // Quoted: Closure's browser externs (2022) lack both names and would rename them.
  if (focus && input["inputMode"] != mode && document.activeElement == input) input.blur();
  input["inputMode"] = mode;
  if (focus)
    input.focus({"preventScroll" : true});
  else
    input.blur();
});

// ---- 2. the gesture state -----------------------------------------------------------

enum class Mode { None, Pending, Tap, Drag, Scroll, Inertia, LongPress, TooltipShown };

// A hold is a long-press after 0.5 s and a few drawn frames: a slow frame
// (a busy phone) must not turn a quick tap into a hold.
constexpr double kLongPressMs = 500;
constexpr int kLongPressFrames = 8;
constexpr float kMoveThresholdCss = 10;  // CSS pixels before a touch is a swipe or a drag
constexpr double kInertiaTimeMs = 325;   // velocity halves every ~225 ms, as on phones
constexpr float kInertiaStop = 0.02f;    // device pixels per ms
constexpr float kMaxFlingCss = 4.0f;     // CSS pixels per ms: a flick, not a teleport

struct Point {
  float x = 0, y = 0;
  double t = 0;
};

struct Touch {
  bool device = false;        // the browser reports a touch screen
  bool owns_pointer = false;  // touch drives ImGui's mouse (until a real mouse moves)
  Mode mode = Mode::None;
  Point start, now, applied;  // applied: where the finger was at the last scroll step
  std::deque<Point> recent;   // the last ~100 ms, for the fling's velocity
  bool lifted = false, cancelled = false;
  bool pressed = false;                // a drag's press has been given to ImGui
  int hovered_frames = 0;              // frames drawn with the pointer on the start point
  std::deque<bool> tap_steps;          // press state of each remaining tap frame (at the start point)
  ImGuiID scroll_x = 0, scroll_y = 0;  // the windows a swipe scrolls
  float vx = 0, vy = 0;
  double inertia_t = 0;
  const char* gesture = "";
  bool keyboard_up = false;
  bool keyboard_numeric = false;
};

Touch& touch() {
  static Touch t;
  return t;
}

float distance(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The windows a swipe at the start point scrolls, as the wheel picks them:
// the hovered window, or its nearest parent that can scroll on that axis.
void pick_scroll_windows(Touch& t) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  t.scroll_x = t.scroll_y = 0;
  for (ImGuiWindow* w = g.HoveredWindow; w; w = w->ParentWindow) {
    if (!t.scroll_y && w->ScrollMax.y > 0 && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse))
      t.scroll_y = w->ID;
    if (!t.scroll_x && w->ScrollMax.x > 0 && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse))
      t.scroll_x = w->ID;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
}

// Scrolls by a finger movement (content follows the finger).
void scroll_by(const Touch& t, float dx, float dy) {
  if (ImGuiWindow* w = t.scroll_y ? ImGui::FindWindowByID(t.scroll_y) : nullptr)
    ImGui::SetScrollY(w, ImClamp(w->Scroll.y - dy, 0.0f, w->ScrollMax.y));
  if (ImGuiWindow* w = t.scroll_x ? ImGui::FindWindowByID(t.scroll_x) : nullptr)
    ImGui::SetScrollX(w, ImClamp(w->Scroll.x - dx, 0.0f, w->ScrollMax.x));
}

// The finger's velocity over its last ~100 ms, device pixels per ms.
void fling_velocity(Touch& t) {
  t.vx = t.vy = 0;
  if (t.recent.size() < 2) return;
  const Point& a = t.recent.front();
  const Point& b = t.recent.back();
  const double dt = b.t - a.t;
  if (dt <= 0 || t.now.t - b.t > 100) return;  // held still before lifting: no fling
  const float most = kMaxFlingCss * static_cast<float>(emscripten_get_device_pixel_ratio());
  t.vx = ImClamp(static_cast<float>((b.x - a.x) / dt), -most, most);
  t.vy = ImClamp(static_cast<float>((b.y - a.y) / dt), -most, most);
}

}  // namespace

extern "C" {

// kind: 0 start, 1 move, 2 end, 3 cancel; x, y in canvas pixels; ms on performance.now()'s clock.
EMSCRIPTEN_KEEPALIVE void planner_on_touch(int kind, float x, float y, double time_ms) {
  Touch& t = touch();
  const Point p{x, y, time_ms > 0 ? time_ms : emscripten_get_now()};
  if (kind == 0) {
    t.owns_pointer = true;
    t.mode = Mode::Pending;  // a touch also stops a running fling
    t.start = t.now = t.applied = p;
    t.recent.assign(1, p);
    t.lifted = t.cancelled = t.pressed = false;
    t.hovered_frames = 0;
    t.gesture = "";
  } else if (kind == 1) {
    t.now = p;
    t.recent.push_back(p);
    while (t.recent.size() > 2 && p.t - t.recent.front().t > 100) t.recent.pop_front();
  } else {
    t.now.t = p.t;
    t.lifted = true;
    t.cancelled = kind == 3;
  }
  planner::web::wake();
}

EMSCRIPTEN_KEEPALIVE void planner_on_real_mouse() {
  Touch& t = touch();
  if (t.owns_pointer && t.mode != Mode::Pending && t.mode != Mode::Drag) {
    t.owns_pointer = false;
    t.mode = Mode::None;
  }
}

// Text typed on an on-screen keyboard.
EMSCRIPTEN_KEEPALIVE void planner_on_text_input(const char* text) {
  if (text) ImGui::GetIO().AddInputCharactersUTF8(text);
  planner::web::wake();
}

}  // extern "C"

// ---- 3. each frame's mouse state ------------------------------------------------------

namespace planner::web {

namespace {

void set_mouse(ImVec2 pos, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = pos;
  for (bool& b : io.MouseDown) b = false;
  io.MouseDown[0] = down;
}

const ImVec2 kNoMouse(-FLT_MAX, -FLT_MAX);

void start_tap(Touch& t) {
  t.mode = Mode::Tap;
  t.gesture = "tap";
  t.tap_steps.clear();
  if (t.hovered_frames == 0) t.tap_steps.push_back(false);  // a hovered frame before the press
  t.tap_steps.push_back(true);
  t.tap_steps.push_back(false);  // the release, still over the widget
}

// A touch that moved past the threshold: a drag on a number field (mostly
// sideways, starting on one), else a swipe.
void start_move(Touch& t) {
  const bool sideways = std::fabs(t.now.x - t.start.x) > std::fabs(t.now.y - t.start.y);
  if (sideways && ui::drag_field_hovered()) {
    t.mode = Mode::Drag;
    t.gesture = "drag";
    return;
  }
  t.mode = Mode::Scroll;
  t.gesture = "scroll";
  pick_scroll_windows(t);
}

}  // namespace

void touch_before_frame() {
  Touch& t = touch();
  if (!t.owns_pointer) return;
  const float threshold = kMoveThresholdCss * static_cast<float>(emscripten_get_device_pixel_ratio());
  if (t.mode == Mode::Pending) {
    if (t.cancelled) {
      t.mode = Mode::None;
    } else if (t.hovered_frames > 0 && distance(t.now, t.start) > threshold) {
      start_move(t);
    } else if (t.lifted) {
      start_tap(t);
    } else if (t.hovered_frames >= kLongPressFrames && emscripten_get_now() - t.start.t > kLongPressMs) {
      t.mode = Mode::LongPress;
      t.gesture = "long-press";
    }
  } else if (t.mode == Mode::LongPress && !t.lifted && distance(t.now, t.start) > threshold) {
    start_move(t);  // held, then moved: the hold only showed the tooltip
  }
  switch (t.mode) {
    case Mode::Pending:
    case Mode::LongPress:
      set_mouse(ImVec2(t.start.x, t.start.y), false);
      ++t.hovered_frames;
      if (t.mode == Mode::LongPress && t.lifted) t.mode = t.cancelled ? Mode::None : Mode::TooltipShown;
      break;
    case Mode::TooltipShown:  // until the next touch
      set_mouse(ImVec2(t.start.x, t.start.y), false);
      break;
    case Mode::Tap:
      if (t.tap_steps.empty() || t.cancelled) {
        t.mode = Mode::None;
        set_mouse(kNoMouse, false);
      } else {
        set_mouse(ImVec2(t.start.x, t.start.y), t.tap_steps.front());
        t.tap_steps.pop_front();
      }
      break;
    case Mode::Drag:
      if (t.cancelled) {  // release away from every widget
        t.mode = Mode::None;
        set_mouse(kNoMouse, false);
      } else if (t.lifted) {
        set_mouse(ImVec2(t.now.x, t.now.y), false);
        t.mode = Mode::Tap;  // then, with no steps left, the pointer leaves
        t.tap_steps.clear();
      } else {
        // The press lands where the finger first touched: ImGui drags from there.
        set_mouse(t.pressed ? ImVec2(t.now.x, t.now.y) : ImVec2(t.start.x, t.start.y), true);
        t.pressed = true;
      }
      break;
    case Mode::Scroll:
      set_mouse(kNoMouse, false);
      scroll_by(t, t.now.x - t.applied.x, t.now.y - t.applied.y);
      t.applied = t.now;
      if (t.lifted) {
        fling_velocity(t);
        t.mode = (std::fabs(t.vx) > kInertiaStop || std::fabs(t.vy) > kInertiaStop) && !t.cancelled
                     ? Mode::Inertia
                     : Mode::None;
        t.inertia_t = emscripten_get_now();
      }
      break;
    case Mode::Inertia: {
      set_mouse(kNoMouse, false);
      const double now = emscripten_get_now();
      const float dt = static_cast<float>(now - t.inertia_t);
      t.inertia_t = now;
      const float decay = static_cast<float>(std::exp(-dt / kInertiaTimeMs));
      scroll_by(t, t.vx * dt, t.vy * dt);
      t.vx *= decay;
      t.vy *= decay;
      if (std::fabs(t.vx) < kInertiaStop && std::fabs(t.vy) < kInertiaStop) t.mode = Mode::None;
      break;
    }
    case Mode::None:
      set_mouse(kNoMouse, false);
      break;
  }
}

bool touch_busy() {
  const Mode m = touch().mode;
  return m != Mode::None && m != Mode::TooltipShown;
}

const char* last_touch_gesture() { return touch().gesture; }

void install_touch_support() {
  touch().device = pw_is_touch_device() != 0;
  pw_install_touch();
}

// ---- 4. the keyboard ----------------------------------------------------------------

void sync_on_screen_keyboard(bool imgui_wants_text) {
  Touch& t = touch();
  if (!t.device) return;
  const bool numeric = imgui_wants_text && ui::number_field_typing();
  if (imgui_wants_text == t.keyboard_up && numeric == t.keyboard_numeric) return;
  t.keyboard_up = imgui_wants_text;
  t.keyboard_numeric = numeric;
  pw_focus_touch_input(t.keyboard_up ? 1 : 0, numeric ? 1 : 0);
}

}  // namespace planner::web
