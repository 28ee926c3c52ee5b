// help_text.h — the tooltip of every input: what it means, its unit, and the
// source of its default. One table (help_text.cpp) so the wording is reviewed
// in one place and matches the comments in core/scenario.h.
#pragma once

#include <set>
#include <string>

namespace planner::ui {

// The tooltip for a key such as "segment.headcount"; a visible placeholder
// ("(no help for ...)") for an unknown key so a missing entry is noticed.
const char* help_text(const char* key);
// True when the table has the key.
bool has_help_text(const char* key);

// The keyboard map shown under Help: every shortcut the app really has
// ("Ctrl" reads "Cmd" on a Mac: the menu swaps it). `keys` of the form
// "Ctrl+Z" name what app.cpp's shortcuts() or ImGui's keyboard navigation reads.
struct KeyboardShortcut {
  const char* keys;
  const char* action;
};
const KeyboardShortcut* keyboard_map_begin();
const KeyboardShortcut* keyboard_map_end();

// Audit for tests: while a set is given, every key a widget asks for that the
// table lacks is added to it (whether or not the widget is hovered).
void set_help_audit(std::set<std::string>* missing);
void audit_help_key(const char* key);

}  // namespace planner::ui
