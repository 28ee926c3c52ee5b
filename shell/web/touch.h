// touch.h — touch screens: taps and drags as mouse input, and the on-screen
// keyboard for text fields.
#pragma once

namespace planner::web {

// This Emscripten's GLFW does not track the position of touches (it presses
// the button wherever the mouse last was), so touches on the canvas are
// turned into mouse events at the touch point. A canvas cannot raise the
// on-screen keyboard: while ImGui wants text, an off-screen <input> takes
// focus and its text is passed to ImGui.
void install_touch_support();

// Call once per frame: focuses or blurs the off-screen input to match
// ImGui's io.WantTextInput (on touch devices only).
void sync_on_screen_keyboard(bool imgui_wants_text);

}  // namespace planner::web
