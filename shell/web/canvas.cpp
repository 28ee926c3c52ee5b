// canvas.cpp — canvas size and devicePixelRatio, resize/zoom listeners,
// lost WebGL context (see canvas.h).
#include "canvas.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

#include "host.h"

namespace {

// Wakes the loop when devicePixelRatio changes without a resize event (a
// window dragged to another monitor): a media query on the current ratio
// fires once, then is re-armed for the new ratio.
EM_JS(void, pw_watch_device_pixel_ratio, (), {
  function arm() {
    var query = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
    query.addEventListener("change",
                           function() {
                             Module["_planner_wake"]();
                             arm();
                           },
                           {once : true});
  }
  arm();
});

// A lost context cannot be recovered by this ImGui backend: save the work and
// ask for a reload. preventDefault lets the browser try to restore it.
EM_JS(void, pw_watch_context_loss, (), {
  Module["canvas"].addEventListener(
      "webglcontextlost", function(event) {
        event.preventDefault();
        Module["_planner_flush_autosave"]();
        if (window.plannerPage)
          window.plannerPage.showMessage(
              "The graphics context was lost",
              "The browser reset WebGL (a driver update or too many open tabs). " +
                  "Your plan is saved in this browser: reload the page to continue.",
              true);
      });
});

EM_JS(void, pw_hide_loading_overlay, (), {
  if (window.plannerPage) window.plannerPage.hideOverlay();
});

EM_JS(void, pw_show_page_message, (const char* title, const char* text), {
  if (window.plannerPage) window.plannerPage.showMessage(UTF8ToString(title), UTF8ToString(text), true);
});

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  planner::web::wake();
  return EM_FALSE;
}

}  // namespace

namespace planner::web {

CanvasPixels wanted_canvas_pixels() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  CanvasPixels px;
  px.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (!(px.dpr > 0)) px.dpr = 1.0f;
  px.width = std::max(1, static_cast<int>(std::lround(css_w * px.dpr)));
  px.height = std::max(1, static_cast<int>(std::lround(css_h * px.dpr)));
  return px;
}

void resize_canvas(const CanvasPixels& px) {
  emscripten_set_canvas_element_size("#canvas", px.width, px.height);
}

void install_canvas_listeners() {
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  pw_watch_device_pixel_ratio();
  pw_watch_context_loss();
}

void hide_loading_overlay() { pw_hide_loading_overlay(); }

void show_page_message(const char* title, const char* text) { pw_show_page_message(title, text); }

}  // namespace planner::web
