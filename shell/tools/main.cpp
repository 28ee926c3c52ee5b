// main.cpp — the tools module's entry points for web/tools_worker.js: each
// takes its request, returns a pointer to the reply (JSON text, or the
// workbook's bytes with their count in tools_result_size()), valid until the
// next call. The worker runs one request at a time.
#include <emscripten.h>

#include <string>

#include "tools_api.h"

namespace {
std::string result;
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* tools_load(const char* name, const char* bytes, int size) {
  result = planner::tools::load(name ? name : "", std::string(bytes, static_cast<std::size_t>(size)));
  return result.c_str();
}

// op: "preview", "paste" or "workbook". A workbook that cannot be written
// gives "" with size 0, then the error text on the next call with op "error".
EMSCRIPTEN_KEEPALIVE const char* tools_request(const char* op, const char* request) {
  static std::string error;
  const std::string o = op ? op : "";
  if (o == "preview")
    result = planner::tools::preview(request);
  else if (o == "paste")
    result = planner::tools::paste(request);
  else if (o == "workbook")
    result = planner::tools::workbook(request, error);
  else if (o == "error")
    result = error;
  else
    result = "{\"ok\":false,\"problems\":[\"unknown request\"]}";
  return result.data();
}

EMSCRIPTEN_KEEPALIVE int tools_result_size() { return static_cast<int>(result.size()); }

}  // extern "C"

int main() { return 0; }
