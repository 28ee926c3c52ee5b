// long_link.h — when a copied link is too long to travel by mail or chat.
//
// Outlook and Teams cut links at 2,048 characters, and a cut link does not
// open. Copy link still copies a long link (it works pasted into a browser),
// but then says so in a sentence and offers the two ways that always travel:
// save the plan's file, or copy the summary as plain text (io/summary_text.h).
#pragma once

#include <cstddef>
#include <string>

namespace planner::ui {

struct AppState;

// After a link was copied: opens the note when `link` (the whole URL) is over
// io::kMaxShareLinkChars.
void note_copied_link(AppState& st, const std::string& link);
// The note, a modal with its two alternatives; draw once per frame.
void draw_long_link_note(AppState& st);
// The sentence the note shows for a link of `chars` characters.
std::string long_link_sentence(std::size_t chars, const char* save_key);
// Puts the plan's summary (the figures of the case on screen) on the clipboard.
void copy_summary_text(AppState& st);

}  // namespace planner::ui
