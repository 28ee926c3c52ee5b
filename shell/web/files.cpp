// files.cpp — downloads, the file picker and report tabs (see files.h).
#include "files.h"

#include <emscripten.h>

#include "host.h"
#include "ui/app.h"

namespace {

EM_JS(void, pw_download, (const char* filename, const char* mime, const unsigned char* data, int size), {
  var blob = new Blob([HEAPU8.slice(data, data + size)], {
    type:
      UTF8ToString(mime)
  });
  var url = URL.createObjectURL(blob);
  var link = document.createElement("a");
  link.href = url;
  link.download = UTF8ToString(filename);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(
      function() { URL.revokeObjectURL(url); }, 60000);
});

// One hidden input per purpose, reused. The chosen file goes where a dropped
// one goes (tools.cpp, window["plannerTools"]): a plan opens, a file to
// import goes to the tools worker.
EM_JS(void, pw_pick_file, (const char* id_text, const char* accept, int to_tools), {
  var id = UTF8ToString(id_text);
  var input = document.getElementById(id);
  if (!input) {
    input = document.createElement("input");
    input.type = "file";
    input.id = id;
    input.accept = UTF8ToString(accept);
    input.style.display = "none";
    document.body.appendChild(input);
    input.addEventListener(
        "change", function() {
          var file = input.files && input.files[0];
          input.value = "";
          if (!file) return;
          window["plannerTools"][to_tools ? "load" : "open"](file);
        });
  }
  input.click();
});

EM_JS(int, pw_open_html_tab, (const char* html), {
  var blob = new Blob([UTF8ToString(html)], {
    type:
      "text/html"
  });
  var url = URL.createObjectURL(blob);
  var opened = window.open(url, "_blank");
  if (!opened) {
    URL.revokeObjectURL(url);
    return 0;
  }
  setTimeout(
      function() { URL.revokeObjectURL(url); }, 600000);
  return 1;
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void planner_on_file_bytes(const char* filename, const unsigned char* data,
                                                           int size) {
  planner::ui::App* app = planner::web::current_app();
  if (app && size >= 0) {
    app->open_file_bytes(filename ? filename : "", std::string(reinterpret_cast<const char*>(data), size));
  }
  planner::web::wake();
}

namespace planner::web {

void download_file(const std::string& filename, const std::string& mime, const std::string& bytes) {
  pw_download(filename.c_str(), mime.c_str(), reinterpret_cast<const unsigned char*>(bytes.data()),
              static_cast<int>(bytes.size()));
}

void pick_file_to_open() { pw_pick_file("planner-file-input", ".json,application/json", 0); }

void pick_file_to_import() { pw_pick_file("planner-import-input", ".csv,.tsv,.txt,.xlsx,.xlsm,text/csv", 1); }

void open_html_in_new_tab(const std::string& html, const std::string& fallback_filename) {
  if (!pw_open_html_tab(html.c_str())) download_file(fallback_filename, "text/html", html);
}

}  // namespace planner::web
