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

// Buttons call the exported functions below; the case buttons take their
// labels from the C++ names (core/names.h), not from a copy in the page.
EM_JS(void, pw_reader_setup, (const char* css, const char* low, const char* likely, const char* high), {
  var style = document.createElement("style");
  style.id = "reader-style";
  style.textContent = UTF8ToString(css);
  document.head.appendChild(style);
  var labels = [ UTF8ToString(low), UTF8ToString(likely), UTF8ToString(high) ];
  document.querySelectorAll("#reader [data-case]").forEach(function(button) {
    var index = Number(button.getAttribute("data-case"));
    button.textContent = labels[index];
    button.addEventListener(
        "click", function() { Module["_planner_reader_set_case"](index); });
  });
  document.getElementById("reader-edit")
      .addEventListener(
          "click", function() {
            try {
              sessionStorage.setItem("planner.view", "edit");
            } catch (e) {
            }
            Module["_planner_reader_edit"]();
          });
  document.getElementById("reader-print")
      .addEventListener(
          "click", function() { Module["_planner_reader_print"](); });
  document.getElementById("reader-copy")
      .addEventListener(
          "click", function() { Module["_planner_reader_copy_link"](); });
  // Ctrl+P, or the browser's menu: print the plan as it is now.
  window.addEventListener(
      "beforeprint", function() { Module["_planner_reader_refresh"](); });
});

// A phone or a tablet reads first: narrow, or a touch screen with no mouse
// or trackpad. A user who chose "Edit this plan" in this tab stays editing.
EM_JS(int, pw_reader_first, (), {
  try {
    if (sessionStorage.getItem("planner.view") == "edit") return 0;
  } catch (e) {
  }
  var narrow = matchMedia("(max-width: 699.98px)").matches;
  var touchFirst = matchMedia("(pointer: coarse)").matches && !matchMedia("(any-pointer: fine)").matches;
  return narrow || touchFirst ? 1 : 0;
});

EM_JS(void, pw_reader_show, (int on), {
  document.body.classList.toggle("reading", !!on);
  document.getElementById("canvas").setAttribute("aria-hidden", on ? "true" : "false");
  if (on) document.getElementById("reader-main").focus({preventScroll : true});
});

// The fragment (escaped by the C++ that wrote it), the case, the message as text.
EM_JS(void, pw_reader_fill, (const char* html, int case_index, const char* message), {
  document.getElementById("reader-content").innerHTML = UTF8ToString(html);
  document.querySelectorAll("#reader [data-case]").forEach(function(button) {
    button.setAttribute("aria-pressed",
                        Number(button.getAttribute("data-case")) == case_index ? "true" : "false");
  });
  var box = document.getElementById("reader-message");
  var text = UTF8ToString(message);
  box.textContent = text;
  box.hidden = !text;
});

EM_JS(void, pw_reader_status, (const char* text), {
  var status = document.getElementById("reader-status");
  status.textContent = UTF8ToString(text);
  clearTimeout(status.plannerTimer);
  status.plannerTimer = setTimeout(
      function() { status.textContent = ""; }, 2500);
});

// Hidden behind the editor, the reader is rewritten once editing pauses.
EM_JS(void, pw_reader_refresh_soon, (), {
  clearTimeout(Module.plannerReaderTimer);
  Module.plannerReaderTimer = setTimeout(
      function() { Module["_planner_reader_refresh"](); }, 400);
});

EM_JS(void, pw_print, (), { window.print(); });

// ---- 2. state and drawing -------------------------------------------------------------

struct Reader {
  bool installed = false;
  bool showing = false;
  unsigned long drawn_revision = 0;  // App::results_revision of the content on the page
  std::string drawn_message;
  bool drawn = false;
  unsigned long timed_revision = 0;  // the revision a hidden refresh is timed for
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
  draw(true);
  show(asked || pw_reader_first() != 0);
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
