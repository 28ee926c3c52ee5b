// reader.cpp — the HTML reader's host side (see reader.h).
//
// Sections: 1. the page (EM_JS: toolbar wiring, showing, filling, timers),
// 2. state and drawing, 3. what JavaScript calls, 4. reader.h.
//
// The only HTML that reaches the page is the fragment the C++ core wrote,
// with every user string escaped (io/reader_html.h); the error message of a
// broken link goes in as text (textContent), never as HTML.
#include "reader.h"

#include <emscripten.h>

#include <string>

#include "canvas.h"
#include "clipboard.h"
#include "core/names.h"
#include "host.h"
#include "io/reader_html.h"
#include "ui/app.h"
#include "url_fragment.h"

namespace {

// ---- 1. the page ------------------------------------------------------------------

// The DOM side is web/reader_page.js, shared with the reader module
// (shell/reader/): these only call it. Buttons call the exported functions
// below; the case buttons take their labels from the C++ names (core/names.h).
EM_JS(void, pw_reader_setup, (const char* css, const char* low, const char* likely, const char* high), {
  plannerReaderPage.setup(UTF8ToString(css), [UTF8ToString(low), UTF8ToString(likely), UTF8ToString(high)], {
    onCase:
      function(index) { Module["_planner_reader_set_case"](index); }
      , onEdit : function() { Module["_planner_reader_edit"](); }
      , onPrint : function() { Module["_planner_reader_print"](); }
      , onCopy : function() { Module["_planner_reader_copy_link"](); }
      , onRefresh : function() { Module["_planner_reader_refresh"](); }
  });
});

// Who lands where: one rule, in the page (reader_page.js).
EM_JS(int, pw_reader_first, (), { return plannerReaderPage.readerFirst() ? 1 : 0; });

// The reader module showed the plan and the user chose "Edit this plan"
// (web/loader.js): the editor opens in the reader's case and takes over at
// its first frame. -1 when the editor was opened directly.
EM_JS(int, pw_handoff_case, (), { return window.plannerHandoff ? plannerReaderPage.caseIndex : -1; });

EM_JS(void, pw_reader_show, (int on), { plannerReaderPage.show(!!on); });

// The fragment (escaped by the C++ that wrote it), the case, the message as text.
EM_JS(void, pw_reader_fill, (const char* html, int case_index, const char* message),
      { plannerReaderPage.fill(UTF8ToString(html), case_index, UTF8ToString(message)); });

EM_JS(void, pw_reader_status, (const char* text), { plannerReaderPage.status(UTF8ToString(text)); });

EM_JS(void, pw_reader_refresh_soon, (), { plannerReaderPage.refreshSoon(); });

EM_JS(void, pw_print, (), { plannerReaderPage.print(); });

// ---- 2. state and drawing -------------------------------------------------------------

struct Reader {
  bool installed = false;
  bool showing = false;
  unsigned long drawn_revision = 0;  // App::results_revision of the content on the page
  std::string drawn_message;
  bool drawn = false;
  unsigned long timed_revision = 0;  // the revision a hidden refresh is timed for
  bool handoff = false;              // the reader module's page stays until the editor's first frame
};

Reader& reader() {
  static Reader r;
  return r;
}

bool up_to_date(const planner::ui::App& app) {
  const Reader& r = reader();
  return r.drawn && r.drawn_revision == app.results_revision() && r.drawn_message == app.last_error();
}

void draw(bool force = false) {
  planner::ui::App* app = planner::web::current_app();
  Reader& r = reader();
  if (!app || !r.installed || (!force && up_to_date(*app))) return;
  r.drawn_revision = app->results_revision();
  r.drawn_message = app->last_error();
  r.drawn = true;
  pw_reader_fill(app->reader_html().c_str(), static_cast<int>(app->view_case()), r.drawn_message.c_str());
}

void show(bool on) {
  Reader& r = reader();
  r.showing = on;
  if (on) draw();
  pw_reader_show(on ? 1 : 0);
  // The reader is readable at once: the loading card need not wait for the
  // editor's first frame, which comes behind it.
  if (on) planner::web::hide_loading_overlay();
  planner::web::wake();  // the editor draws again (or once more, hidden)
}

}  // namespace

// ---- 3. what JavaScript calls ---------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_reader_set_case(int index) {
  planner::ui::App* app = planner::web::current_app();
  if (!app || index < 0 || index > 2) return;
  app->set_view_case(static_cast<planner::Case>(index));
  draw();
  planner::web::wake();
}

EMSCRIPTEN_KEEPALIVE void planner_reader_edit() { show(false); }

EMSCRIPTEN_KEEPALIVE void planner_reader_refresh() { draw(); }

EMSCRIPTEN_KEEPALIVE void planner_reader_print() { planner::web::print_reader(); }

// The reader's link opens the reader again (view=summary).
EMSCRIPTEN_KEEPALIVE void planner_reader_copy_link() {
  planner::ui::App* app = planner::web::current_app();
  if (!app) return;
  planner::web::copy_text_to_clipboard(
      planner::web::link_for_fragment(app->link_fragment() + "&view=summary"));
  pw_reader_status("Link copied: it opens this summary.");
}

}  // extern "C"

// ---- 4. reader.h -------------------------------------------------------------------------

namespace planner::web {

void install_reader() {
  Reader& r = reader();
  ui::App* app = current_app();
  if (r.installed || !app) return;
  pw_reader_setup(io::reader_css(), enum_label(Case::Low), enum_label(Case::Likely), enum_label(Case::High));
  r.installed = true;
  const bool asked = app->take_summary_request();  // a link with view=summary
  const int handoff_case = pw_handoff_case();
  if (handoff_case >= 0 && handoff_case <= 2) {
    // "Edit this plan" in the reader module: the same plan, in the case the
    // reader showed; the reader stays until the editor has drawn.
    app->set_view_case(static_cast<Case>(handoff_case));
    r.handoff = true;
    draw(true);
    return;
  }
  draw(true);
  show(asked || pw_reader_first() != 0);
}

void reader_after_first_frame() {
  Reader& r = reader();
  if (!r.handoff) return;
  r.handoff = false;
  show(false);
}

void reader_after_tick() {
  ui::App* app = current_app();
  if (!app || !reader().installed) return;
  if (app->take_summary_request()) show(true);  // a reader link pasted in, or View > Summary
  if (up_to_date(*app)) return;
  Reader& r = reader();
  if (r.showing) {
    draw();
  } else if (r.timed_revision != app->results_revision() + 1) {  // once per change, not per tick
    r.timed_revision = app->results_revision() + 1;
    pw_reader_refresh_soon();
  }
}

void print_reader() {
  draw();
  pw_print();
}

}  // namespace planner::web
