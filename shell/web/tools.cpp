// tools.cpp — the tools worker from the editor (see tools.h). Page objects
// are reached by quoted names (window["plannerTools"], d["op"]) so Closure's
// ADVANCED mode keeps them.
#include "tools.h"

#include <emscripten.h>

#include "host.h"
#include "io/scenario_json.h"
#include "ui/app.h"
#include "ui/import_request.h"
#include "ui/segments_paste.h"

namespace {

// window["plannerTools"]: the worker (made at the first post), the last reply
// (tests read it: op, ms spent in the worker, when it arrived) and load(file).
EM_JS(void, pw_tools_install, (), {
  var T = window["plannerTools"] = {};
  function tell(op, text) {
    var o = lengthBytesUTF8(op) + 1, t = lengthBytesUTF8(text) + 1;
    var op_ptr = _malloc(o), text_ptr = _malloc(t);
    stringToUTF8(op, op_ptr, o);
    stringToUTF8(text, text_ptr, t);
    Module["_planner_on_tools_reply"](op_ptr, text_ptr);
    _free(op_ptr);
    _free(text_ptr);
  }
  T["worker"] = function() {
    if (!T["w"]) {
      T["w"] = new Worker("tools_worker.js");
      T["w"].onmessage = function(e) {
        var d = e.data;
        T["last"] = {"op" : d["op"], "ms" : d["ms"], "at" : performance.now(), "json" : d["json"]};
        // The recent replies in order (a reply is answered at once, so the
        // next may arrive before a reader of "last" looks).
        T["log"] = (T["log"] || []).slice(-20).concat([T["last"]]);
        if (d["bytes"]) {
          var url = URL.createObjectURL(new Blob([d["bytes"]], { "type" : d["mime"] }));
          var link = document.createElement("a");
          link.href = url;
          link.download = d["file_name"];
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(
              function() { URL.revokeObjectURL(url); }, 60000);
        }
        tell(d["op"], d["json"]);
      };
      T["w"].onerror = function(e) {
        tell("load",
             JSON.stringify({"ok" : false, "problems" : ["The import tools could not start: " + e.message]}));
      };
    }
    return T["w"];
  };
  T["post"] = function(op, json) { T["worker"]().postMessage({"op" : op, "json" : json}); };
  T["load"] = function(file) {
    tell("loading", file.name);
    T["sent"] = performance.now();
    file.arrayBuffer().then(function(buf) {
      T["worker"]().postMessage({"op" : "load", "name" : file.name, "bytes" : buf}, [buf]);
    });
  };
  // A plan's file: its bytes to C++ in one call (App::open_file_bytes).
  T["open"] = function(file) {
    file.arrayBuffer().then(function(buf) {
      var bytes = new Uint8Array(buf);
      var data = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, data);
      var n = lengthBytesUTF8(file.name) + 1, name = _malloc(n);
      stringToUTF8(file.name, name, n);
      Module["_planner_on_file_bytes"](name, data, bytes.length);
      _free(name);
      _free(data);
    });
  };
  // A dropped .json opens as a plan; other files are imported.
  document.addEventListener(
      "dragover", function(e) { e.preventDefault(); });
  document.addEventListener(
      "drop", function(e) {
        e.preventDefault();
        var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
        if (!file) return;
        T[file.name.toLowerCase().slice(-5) == ".json" ? "open" : "load"](file);
      });
});

EM_JS(void, pw_tools_post, (const char* op, const char* request),
      { window["plannerTools"]["post"](UTF8ToString(op), UTF8ToString(request)); });

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void planner_on_tools_reply(const char* op, const char* reply) {
  if (planner::ui::App* app = planner::web::current_app()) app->tools_reply(op ? op : "", reply ? reply : "");
  planner::web::wake();
}

namespace planner::web {

void install_tools() {
  pw_tools_install();
  // The answer arrives later, as App::tools_reply("paste", ...).
  ui::set_segments_paste([](Scenario& s, const std::string& text, int row, int column, std::string& message) {
    post_to_tools("paste", ui::paste_request(io::scenario_to_json(s, false), text, row, column));
    message.clear();
    return false;
  });
}

void post_to_tools(const std::string& op, const std::string& request) {
  pw_tools_post(op.c_str(), request.c_str());
}

}  // namespace planner::web
