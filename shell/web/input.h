// input.h — keyboard and mouse-wheel fixes this Emscripten's GLFW lacks.
#pragma once

struct GLFWwindow;

namespace planner::web {

// Stops the browser from acting on the shortcuts the app uses (Ctrl/Cmd + S,
// O, Z, Y, Shift+Z, A), sets macOS behaviours on Macs, and turns wheel
// events on the canvas into ImGui wheel steps (pixels / 100, lines / 3,
// pages x 80, sign flipped), as later ImGui web backends do.
// Call after ImGui_ImplGlfw_InitForOpenGL (it removes GLFW's raw wheel callback).
void install_input_fixes(GLFWwindow* window);

}  // namespace planner::web
