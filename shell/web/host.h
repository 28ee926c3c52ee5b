// host.h — what the browser host's small parts share: the one App the page
// runs, and the way any event wakes the (otherwise paused) main loop.
//
// The web host is split by job (canvas, clipboard, keyboard, wheel, files,
// storage, URL, test hook); JavaScript callbacks arrive as exported C
// functions and reach the app through these two entry points.
#pragma once

#include <vector>

namespace planner::ui {
class App;
class Session;
}  // namespace planner::ui

namespace planner::web {

// The running app, or nullptr before it is created.
ui::App* current_app();

// Something happened (input, resize, a file arrived): render the next few
// frames. Safe to call at any time, from any JavaScript callback.
void wake();

// The session policy (ui/session.h: link, autosave, URL), or nullptr before the app is created.
ui::Session* current_session();

// Frames drawn since the page started (the test hook's frames()).
unsigned long frames_drawn();

// Draws one frame right now, outside the pacing (timing measurements only).
void draw_frame_now();

// Where the last frame's time went: ImGui (NewFrame, App::draw, Render) and
// the GL submission of its draw lists.
struct FrameTiming {
  double ui_ms = 0;
  double gl_ms = 0;
  int vertices = 0;     // in all draw lists
  double start_ms = 0;  // emscripten_get_now() when the frame began
  double work_ms = 0;   // of ui_ms: the Monte Carlo / frontier time slice
};
FrameTiming last_frame_timing();

// A log of every frame the main loop draws, for tests that time frames
// while work runs: turning it on clears it. Off (and empty) by default.
void set_frame_log(bool on);
const std::vector<FrameTiming>& frame_log();

}  // namespace planner::web
