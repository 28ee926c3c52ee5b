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
// devicePixelRatio.
CanvasPixels wanted_canvas_pixels();

// Sets the drawing buffer's size directly on the canvas element. Not through
// glfwSetWindowSize: this Emscripten's GLFW takes a size equal to the
// screen's as a request for fullscreen (and a headless browser's screen is
// its viewport), and it would also strip the canvas's CSS size. GLFW's own
// idea of the window size goes stale; the host gives ImGui the real size.
void resize_canvas(const CanvasPixels& px);

// Window resize, devicePixelRatio changes (zoom, moving to another monitor)
// and a lost WebGL context: the first two wake the loop, the last one shows a
// message (the work is autosaved first).
void install_canvas_listeners();

// Page overlay (web/shell.html): hide the loading card after the first frame,
// or show a message the user can act on.
void hide_loading_overlay();
void show_page_message(const char* title, const char* text);

}  // namespace planner::web
