// frame_pacer.cpp — pausing the main loop when idle (see frame_pacer.h).
#include "frame_pacer.h"

#include <emscripten.h>

namespace planner::web {

namespace {
bool paused = false;
}

void pause_main_loop() {
  if (paused) return;
  paused = true;
  emscripten_pause_main_loop();
}

void resume_main_loop() {
  if (!paused) return;
  paused = false;
  emscripten_resume_main_loop();
}

}  // namespace planner::web
