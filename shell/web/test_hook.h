// test_hook.h — window.planner, the page's JSON hook for tests (see test_hook.cpp).
#pragma once

namespace planner::web {

// Defines window.planner; call once the app exists.
void install_test_hook();
// Sets planner.ready after the first frame is on screen.
void mark_test_hook_ready();

}  // namespace planner::web
