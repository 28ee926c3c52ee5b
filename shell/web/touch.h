// touch.h — touch screens: taps, swipes, long-presses and drags as ImGui
// mouse input, and the on-screen keyboard for text and number fields.
#pragma once

namespace planner::web {

// Touches on the canvas never reach GLFW (it would press wherever the mouse
// last was); they are read here and turned into ImGui mouse state frame by
// frame, as newer ImGui backends queue them (io.AddMouseSourceEvent with
// ImGuiMouseSource_TouchScreen, 1.89+):
//   - tap: hover, press, release, each in its own frame (ImGui 1.86 needs a
//     hovered frame before a press), then the pointer leaves: one tap acts;
//   - swipe: scrolls the panel or table under the finger, with inertia after
//     the finger lifts; no pointer meanwhile, so no tooltip stays;
//   - a swipe that starts on a number field and moves mostly sideways drags
//     the number instead (up and down still scrolls);
//   - long-press (still for 0.5 s): hovers, so the tooltip shows, and it
//     stays until the next touch.
// A real mouse moving hands the pointer back to GLFW.
// A canvas cannot raise the on-screen keyboard: while ImGui wants text, an
// off-screen <input> takes focus (inputmode "decimal" for number fields).
void install_touch_support();

// Call each frame after the GLFW backend's NewFrame, before ImGui::NewFrame:
// sets io.MousePos / io.MouseDown while touch drives the pointer.
void touch_before_frame();
// True while a gesture needs frames (a finger down, a tap in progress, inertia).
bool touch_busy();

// Call once per frame: focuses or blurs the off-screen input to match
// ImGui's io.WantTextInput (on touch devices only).
void sync_on_screen_keyboard(bool imgui_wants_text);

// Test hook: the gesture the last touch became ("tap", "drag", "scroll", "long-press", "").
const char* last_touch_gesture();

}  // namespace planner::web
