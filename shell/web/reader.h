// reader.h — the plan as a page of real text (issue 12): the HTML reader in
// #reader (web/shell.html), filled with the fragment the C++ core writes
// (io/reader_html.h via ui::App::reader_html), so figures can be selected,
// copied, found with Ctrl+F, read by a screen reader and printed.
//
// Who lands where: a link with view=summary opens the reader; so does a plain
// link (or none) on a narrow (< 700 CSS px) or touch-first screen, unless the
// user chose "Edit this plan" earlier in this tab. Desktop browsers open the
// editor. The View menu's summary view shows the reader too.
//
// Kept current: shown, it is redrawn when the plan or the case changes (the
// app's results revision), never per frame; hidden behind the editor, a
// change is written shortly after editing stops and again just before
// printing, so Ctrl+P or File > Print in the editor prints the current plan.
#pragma once

namespace planner::web {

// After the app opened its first plan: builds the toolbar, decides whether
// the reader or the editor shows first, fills the reader.
void install_reader();

// Once per main-loop tick: follows summary requests and results changes.
void reader_after_tick();

// Brings the reader's content up to date, then opens the browser's print dialog.
void print_reader();

}  // namespace planner::web
