// reader.h — the plan as a page of real text (issue 12): the HTML reader in
// #reader (web/shell.html), filled with the fragment the C++ core writes
// (io/reader_html.h via ui::App::reader_html), so figures can be selected,
// copied, found with Ctrl+F, read by a screen reader and printed.
//
// Who lands where (web/reader_page.js, the one home of the rule): a link with
// view=summary, or a phone or tablet, gets the small reader module first
// (shell/reader/), which loads this editor on "Edit this plan"; desktop
// browsers load the editor. The View menu's summary view shows the reader
// from the editor too. The page's DOM wiring is reader_page.js's, shared
// with the reader module.
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

// After the editor's first frame: when the reader module handed over ("Edit
// this plan", web/loader.js), hides its page now that the editor shows.
void reader_after_first_frame();

// Once per main-loop tick: follows summary requests and results changes.
void reader_after_tick();

// Brings the reader's content up to date, then opens the browser's print dialog.
void print_reader();

}  // namespace planner::web
