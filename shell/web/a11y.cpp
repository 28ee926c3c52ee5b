// a11y.cpp — the screen-reader mirror (see a11y.h).
#include "a11y.h"

#include <emscripten.h>

#include <string>
#include <vector>

#include "ui/announce.h"

namespace {

// Visually hidden, as the usual "sr-only" class does; set through the CSSOM
// so a Content-Security-Policy without inline styles allows it.
EM_JS(void, pw_install_a11y, (), {
  var region = document.getElementById("planner-a11y");
  if (!region) return;
  var s = region.style;
  s.position = "absolute";
  s.width = "1px";
  s.height = "1px";
  s.margin = "-1px";
  s.padding = "0";
  s.overflow = "hidden";
  s.clip = "rect(0 0 0 0)";
  s.whiteSpace = "nowrap";
  s.border = "0";
  Module["plannerA11y"] = {figures : [], focus : "", timer : 0};
});

// Keeps the texts and shows them after 300 ms without a change. Text only
// (textContent): nothing from the plan is ever parsed as HTML.
EM_JS(void, pw_set_a11y_figure, (int index, const char* text),
      { Module["plannerA11y"].figures[index] = UTF8ToString(text); });
EM_JS(void, pw_set_a11y_focus_and_flush, (int count, const char* focus), {
  var state = Module["plannerA11y"];
  if (!state) return;
  state.figures.length = count;
  state.focus = UTF8ToString(focus);
  clearTimeout(state.timer);
  state.timer = setTimeout(
      function() {
        var list = document.getElementById("planner-a11y-figures");
        while (list.children.length > state.figures.length) list.removeChild(list.lastChild);
        state.figures.forEach(function(text, i) {
          var item = list.children[i];
          if (!item) item = list.appendChild(document.createElement("li"));
          if (item.textContent != text) item.textContent = text;
        });
        var focus = document.getElementById("planner-a11y-focus");
        if (focus.textContent != state.focus) focus.textContent = state.focus;
      },
      300);
});

std::vector<std::string> shown_figures;
std::string shown_focus;
bool installed = false;

}  // namespace

namespace planner::web {

void install_a11y_mirror() {
  pw_install_a11y();
  installed = true;
}

void mirror_announcement() {
  const ui::Announcement& a = ui::current_announcement();
  if (!installed || (a.figures == shown_figures && a.focus == shown_focus)) return;
  for (size_t i = 0; i < a.figures.size(); ++i)
    if (i >= shown_figures.size() || shown_figures[i] != a.figures[i])
      pw_set_a11y_figure(static_cast<int>(i), a.figures[i].c_str());
  shown_figures = a.figures;
  shown_focus = a.focus;
  pw_set_a11y_focus_and_flush(static_cast<int>(a.figures.size()), a.focus.c_str());
}

}  // namespace planner::web
