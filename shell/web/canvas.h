// canvas.h — the canvas fills the window in device pixels (crisp on HiDPI and
// under browser zoom), and the page-level messages around it.
#pragma once

namespace planner::web {

struct CanvasPixels {
  int width = 0;     // device pixels
  int height = 0;    // device pixels
  float dpr = 1.0f;  // window.devicePixelRatio
};

// The size the canvas's drawing buffer should have now: its CSS size x
// devicePixelRatio, never exactly the screen's size (this Emscripten's GLFW
// treats that size as a request for fullscreen).
CanvasPixels wanted_canvas_pixels();

// Window resize, devicePixelRatio changes (zoom, moving to another monitor)
// and a lost WebGL context: the first two wake the loop, the last one shows a
// message (the work is autosaved first).
void install_canvas_listeners();

// Page overlay (web/shell.html): hide the loading card after the first frame,
// or show a message the user can act on.
void hide_loading_overlay();
void show_page_message(const char* title, const char* text);

}  // namespace planner::web
