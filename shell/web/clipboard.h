// clipboard.h — copy and paste between ImGui and the system clipboard.
//
// This Emscripten's GLFW clipboard functions are empty stubs, so ImGui gets a
// local string instead: copies go to it and out through
// navigator.clipboard.writeText; the document's `paste` event (Ctrl+V)
// brings system text in before ImGui reads it on the next frame.
#pragma once

#include <string>

namespace planner::web {

// Installs ImGui's clipboard callbacks and the document's paste listener.
void install_clipboard();

// Puts text on the system clipboard (and ImGui's local one).
void copy_text_to_clipboard(const std::string& text);

// The text last copied by the app, for the test hook.
const std::string& last_copied_text();

}  // namespace planner::web
