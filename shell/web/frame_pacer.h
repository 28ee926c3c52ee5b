// frame_pacer.h — decides whether the main loop draws, so an idle tab uses no CPU.
//
// Every event (input, resize, a file, a paste) calls wake(), which grants a
// few frames: ImGui needs more than one frame to settle after an event
// (hover state, a popup opening, a button's release). While the app reports
// busy() the pacer keeps drawing. When the countdown reaches zero and nothing
// is pending the host pauses Emscripten's main loop entirely (no
// requestAnimationFrame at all) and wake() resumes it.
#pragma once

namespace planner::web {

class FramePacer {
 public:
  // Frames drawn after the last event: enough for a click (press frame,
  // release frame) plus ImGui's own follow-up frames.
  static constexpr int kFramesAfterEvent = 6;

  void wake() { countdown_ = kFramesAfterEvent; }
  // Consumes one frame of the countdown; true if this tick should draw.
  bool take_frame(bool app_busy) {
    if (app_busy) countdown_ = kFramesAfterEvent;
    if (countdown_ <= 0) return false;
    --countdown_;
    return true;
  }
  bool idle() const { return countdown_ <= 0; }

 private:
  int countdown_ = kFramesAfterEvent;
};

// Pauses and resumes Emscripten's main loop; both are idempotent.
void pause_main_loop();
void resume_main_loop();

}  // namespace planner::web
