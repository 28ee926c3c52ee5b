// input.h — keyboard and mouse-wheel fixes this Emscripten's GLFW lacks.
#pragma once

struct GLFWwindow;

namespace planner::web {

// Stops the browser from acting on the shortcuts the app uses (Ctrl/Cmd + S,
// O, Z, Y, Shift+Z, A), sets macOS behaviours on Macs, and turns wheel
// events on the canvas into ImGui wheel steps (pixels / 100, lines / 3,
// pages x 80, sign flipped), as later ImGui web backends do.
// Also keeps quick key taps: ImGui 1.86 reads key state once per frame, so
// a key pressed and released between two frames (a tap during a slow frame)
// would be lost; such a release is held back until a frame has seen the key
// down (what ImGui 1.87's input queue does).
// Call after ImGui_ImplGlfw_InitForOpenGL (it replaces GLFW's raw wheel and
// ImGui's key callbacks).
void install_input_fixes(GLFWwindow* window);

// Call right after ImGui::NewFrame(): keys pressed from now on belong to the next frame.
void after_imgui_new_frame();
// Call after the frame's UI code ran (after ImGui::Render()): applies the
// held-back key releases. Not earlier: ImGui 1.86's GLFW backend updates
// io.KeyCtrl inside the key callback, so releasing a tapped Ctrl+Z before the
// app's code ran would show it Z pressed with Ctrl already up.
void after_imgui_frame(GLFWwindow* window);

}  // namespace planner::web
