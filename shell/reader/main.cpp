// main.cpp — the reader module (planner-reader: reader.js + reader.wasm), the
// program a phone, a tablet or a view=summary link downloads first (issue
// 12, "a small, fast download"). It is the model, the documents and this
// file: no ImGui, no GL, no fonts. It opens the plan by the same session rule
// as the editor (ui/session.h: the autosave, then the link over it; the same
// storage key and address bar, shell/web/session_sync.h), computes it
// (ui::Document), and shows the summary the editor's reader shows
// (ui/document_reader.h) through the same page code (web/reader_page.js).
// It never writes: the autosave and the address bar stay the editor's.
//
// "Edit this plan" loads the editor (web/loader.js), which opens the same
// link in the same case and takes over at its first frame.
#include <emscripten.h>

#include <string>

#include "core/names.h"
#include "io/reader_html.h"
#include "session_sync.h"
#include "ui/document.h"
#include "ui/document_reader.h"
#include "ui/document_subject.h"
#include "ui/session.h"
#include "url_fragment.h"

namespace {

// ---- The plan, opened through the session policy --------------------------------------

// What went wrong (a broken link), else a neutral note (not a planner link).
std::string message_of(const planner::ui::DocumentSubject& p) { return p.error.empty() ? p.notice : p.error; }

struct Reader {
  planner::ui::DocumentSubject plan;
  planner::web::WebSession session{plan};
};

Reader& reader() {
  static Reader r;
  return r;
}

// ---- The page (web/reader_page.js; "Edit this plan" is web/loader.js's) ----------------

EM_JS(void, pr_setup, (const char* css, const char* low, const char* likely, const char* high), {
  plannerReaderPage.setup(UTF8ToString(css), [UTF8ToString(low), UTF8ToString(likely), UTF8ToString(high)], {
    onCase:
      function(index) { Module["_planner_reader_set_case"](index); }
      , onEdit : function() { plannerPage.startEditor(); }
      , onPrint : function() { plannerReaderPage.print(); }
      , onCopy : function() { Module["_planner_reader_copy_link"](); }
  });
});

EM_JS(void, pr_fill, (const char* html, int case_index, const char* message),
      { plannerReaderPage.fill(UTF8ToString(html), case_index, UTF8ToString(message)); });

// Also the reader module's small test hook (the editor's is window.planner).
EM_JS(void, pr_show, (), {
  plannerReaderPage.show(true);
  window.plannerReader = {ready : true, setCase : function(index){Module["_planner_reader_set_case"](index); }
};
});

EM_JS(void, pr_copy_link, (const char* link), { plannerReaderPage.copyLink(UTF8ToString(link)); });

void draw() {
  const planner::ui::DocumentSubject& p = reader().plan;
  pr_fill(planner::ui::document_reader_html(p.doc).c_str(), static_cast<int>(p.doc.view_case()),
          message_of(p).c_str());
}

}  // namespace

// ---- What JavaScript calls ----------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_reader_set_case(int index) {
  if (index < 0 || index > 2) return;
  reader().plan.doc.set_case(static_cast<planner::Case>(index));
  draw();
}

// The reader's link opens the reader again (view=summary).
EMSCRIPTEN_KEEPALIVE void planner_reader_copy_link() {
  pr_copy_link(planner::web::link_for_fragment(reader().plan.doc.link_fragment() + "&view=summary").c_str());
}

// Another link pasted into the address bar: opened by the same rule.
EMSCRIPTEN_KEEPALIVE void planner_on_hash_change(const char* fragment) {
  planner::ui::DocumentSubject& p = reader().plan;
  p.error.clear();
  p.notice.clear();
  reader().session.session.on_fragment_changed(fragment ? fragment : "");
  draw();
}

}  // extern "C"

int main() {
  using planner::Case;
  Reader& r = reader();
  r.session.open_initial();
  pr_setup(planner::io::reader_css(), planner::enum_label(Case::Low), planner::enum_label(Case::Likely),
           planner::enum_label(Case::High));
  draw();
  pr_show();
  planner::web::install_hash_change_listener();
  return 0;
}
