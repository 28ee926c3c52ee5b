// a11y.h — the editor for screen readers: what ui::current_announcement()
// holds (the headline figures, the focused field) mirrored as text into an
// off-screen part of the page (web/shell.html, #planner-a11y) whose lists
// are ARIA live regions, so a reader announces what changed.
#pragma once

namespace planner::web {

// Styles the off-screen region (visually hidden, still read).
void install_a11y_mirror();
// Call after each frame: copies the announcement into the page where it
// changed (the page waits for a short pause in changes before showing it, so
// dragging a number does not queue dozens of announcements).
void mirror_announcement();

}  // namespace planner::web
