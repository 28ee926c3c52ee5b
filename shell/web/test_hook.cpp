// test_hook.cpp — window.planner: what the page's tests (and a curious user
// in the console) can ask the running app, so tests read what the UI
// computed instead of guessing from pixels.
//
//   planner.ready              true once the first frame is on screen
//   planner.frames()           frames drawn so far (idle pages stop counting)
//   planner.wake()             draw a few frames now, as after an event (tests)
//   planner.results()          App::results_json(), parsed (= `cli report --json`)
//   planner.scenario()         the current scenario, parsed
//   planner.setScenario(json)  replaces it (object or text); true, or false + lastError()
//   planner.lastError()        the message the app shows, "" if none
//   planner.lastNotice()       the neutral note the app shows, "" if none
//   planner.revision()         grows with every scenario change
//   planner.linkFragment()     the current scenario as a URL fragment ("s=...")
//   planner.lastCopied()       text the app last put on the clipboard
//   planner.setDark(bool)      theme
//   planner.rects()            named widget rectangles in canvas pixels (App::item_rects_json)
//   planner.recomputeMs()      how long the last validate + evaluate took
//   planner.uncertainty()      the Monte Carlo document (= `cli simulate --json`), {} before samples
//   planner.comparison()       the side-by-side document (= `cli compare --json`), null when nothing is
//   compared
//   planner.review()           the quarterly review at the as-of month (= `cli report --as-of --json`),
//                              null while the scenario does not validate
//   planner.busy()             App::busy(): work in progress, the page keeps drawing
//   planner.toPage(x, y)       canvas pixels -> page (CSS) pixels for page.mouse
//   planner.measure(n, edit)   draws n frames synchronously (edit: each after a
//                              scenario change) and returns timing in ms
//   planner.logFrames(on)      true: start keeping every drawn frame's timing;
//                              false: stop and return [{t, ui, gl, work}, ...] in ms
//                              (t = frame start, ui = NewFrame + App::draw + Render,
//                              work = of ui, the sampling / frontier slice)
//   planner.benchSimulate(n)   runs n Monte Carlo samples of the `default` preset
//                              to completion in one call; returns milliseconds
//   planner.uiState()          what the last frame showed: {tabs: the open tab of each
//                              tab bar, tooltip: a tooltip is up, scroll: {window: [x, y,
//                              max x, max y, left, top, width, height]} of windows that scroll, gesture: the
//                              last touch ("tap", "drag", "scroll", "long-press"), dark: the theme}
#include "test_hook.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // tab bars, tooltips and scroll of the last frame, for uiState()

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "clipboard.h"
#include "core/evaluate.h"
#include "core/uncertainty/monte_carlo.h"
#include "host.h"
#include "io/presets.h"
#include "io/review.h"
#include "io/scenario_json.h"
#include "touch.h"
#include "ui/app.h"
#include "ui/session.h"
#include "ui/theme.h"

namespace {

std::string hook_text;  // backing store for the string a hook returns

const char* keep(std::string text) {
  hook_text = std::move(text);
  return hook_text.c_str();
}

planner::ui::App* app() { return planner::web::current_app(); }

// Swaps the first "headcount" number in a scenario for another value, so
// measure(n, true) recomputes a real change each frame.
std::string with_changed_headcount(const std::string& json, int step) {
  const std::string key = "\"headcount\":";
  std::size_t at = json.find(key);
  if (at == std::string::npos) return json;
  at += key.size();
  while (at < json.size() && json[at] == ' ') ++at;
  std::size_t end = at;
  while (end < json.size() && (std::isdigit(static_cast<unsigned char>(json[end])) || json[end] == '.'))
    ++end;
  return json.substr(0, at) + std::to_string(100 + step % 50) + json.substr(end);
}

struct Stats {
  double mean = 0, median = 0, p95 = 0, max = 0;
};

Stats stats_of(std::vector<double> ms) {
  Stats s;
  if (ms.empty()) return s;
  std::sort(ms.begin(), ms.end());
  for (double v : ms) s.mean += v;
  s.mean /= static_cast<double>(ms.size());
  s.median = ms[ms.size() / 2];
  s.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  s.max = ms.back();
  return s;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void planner_wake() { planner::web::wake(); }

EMSCRIPTEN_KEEPALIVE void planner_flush_autosave() {
  if (auto* session = planner::web::current_session()) session->flush();
}

EMSCRIPTEN_KEEPALIVE void planner_on_hash_change(const char* fragment) {
  if (auto* session = planner::web::current_session()) session->on_fragment_changed(fragment ? fragment : "");
  planner::web::wake();
}

EMSCRIPTEN_KEEPALIVE double planner_hook_frames() {
  return static_cast<double>(planner::web::frames_drawn());
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_results() {
  return keep(app() ? app()->results_json() : "null");
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_scenario() {
  return keep(app() ? app()->scenario_json() : "null");
}

EMSCRIPTEN_KEEPALIVE int planner_hook_set_scenario(const char* json) {
  if (!app()) return 0;
  const bool ok = app()->set_scenario_json(json ? json : "");
  planner::web::wake();
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_last_error() { return keep(app() ? app()->last_error() : ""); }
EMSCRIPTEN_KEEPALIVE const char* planner_hook_last_notice() {
  return keep(app() ? app()->last_notice() : "");
}

EMSCRIPTEN_KEEPALIVE double planner_hook_revision() {
  return app() ? static_cast<double>(app()->revision()) : 0;
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_link_fragment() {
  return keep(app() ? app()->link_fragment() : "");
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_last_copied() { return keep(planner::web::last_copied_text()); }

EMSCRIPTEN_KEEPALIVE void planner_hook_set_dark(int dark) {
  if (app()) app()->set_theme_dark(dark != 0);
  planner::web::wake();
}

EMSCRIPTEN_KEEPALIVE int planner_hook_busy() { return app() && app()->busy() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* planner_hook_uncertainty() {
  return keep(app() ? app()->uncertainty_json() : "null");
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_comparison() {
  return keep(app() ? app()->comparison_json() : "null");
}

// The quarterly review of the page's scenario at its as-of month, as
// `planner-cli report FILE --as-of YYYY-MM --json` prints it (issue 15);
// null while the scenario does not validate.
EMSCRIPTEN_KEEPALIVE const char* planner_hook_review() {
  planner::Scenario s;
  std::vector<planner::Issue> issues;
  if (!app() || !planner::io::scenario_from_json(app()->scenario_json(), s, issues) ||
      !planner::validate(s).empty())
    return keep("null");
  return keep(planner::io::review_json_of(s, app()->view_case()));
}

EMSCRIPTEN_KEEPALIVE double planner_hook_recompute_ms() { return app() ? app()->last_recompute_ms() : 0; }

EMSCRIPTEN_KEEPALIVE const char* planner_hook_rects() {
  return keep(app() ? app()->item_rects_json() : "{}");
}

// Timing of whole frames: "cpu" = (edit +) NewFrame, App::draw, Render, GL
// submission; "with_gpu" adds glFinish, i.e. rasterising the frame.
EMSCRIPTEN_KEEPALIVE const char* planner_hook_measure(int frames, int edit) {
  if (!app() || frames <= 0) return keep("null");
  const std::string original = app()->scenario_json();
  std::vector<double> ui_ms, gl_ms, cpu_ms, total_ms;
  double recompute_ms = 0;
  for (int i = 0; i < frames; ++i) {
    const double t0 = emscripten_get_now();
    if (edit) {
      app()->set_scenario_json(with_changed_headcount(original, i));
      recompute_ms += app()->last_recompute_ms();
    }
    planner::web::draw_frame_now();
    const double t1 = emscripten_get_now();
    glFinish();  // the GPU's share too (SwiftShader runs it on the CPU)
    ui_ms.push_back(planner::web::last_frame_timing().ui_ms);
    gl_ms.push_back(planner::web::last_frame_timing().gl_ms);
    cpu_ms.push_back(t1 - t0);
    total_ms.push_back(emscripten_get_now() - t0);
  }
  if (edit) app()->set_scenario_json(original);
  const Stats ui = stats_of(ui_ms), gl = stats_of(gl_ms), cpu = stats_of(cpu_ms), total = stats_of(total_ms);
  char out[700];
  std::snprintf(out, sizeof out,
                "{\"frames\":%d,\"vertices\":%d,\"recompute_mean_ms\":%.3f,"
                "\"ui\":{\"mean_ms\":%.3f,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f},"
                "\"gl\":{\"mean_ms\":%.3f,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f},"
                "\"cpu\":{\"mean_ms\":%.3f,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f},"
                "\"with_gpu\":{\"mean_ms\":%.3f,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f}}",
                frames, planner::web::last_frame_timing().vertices, recompute_ms / frames, ui.mean, ui.median,
                ui.p95, ui.max, gl.mean, gl.median, gl.p95, gl.max, cpu.mean, cpu.median, cpu.p95, cpu.max,
                total.mean, total.median, total.p95, total.max);
  planner::web::wake();
  return keep(out);
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_log_frames(int on) {
  std::string out = "[";
  if (!on) {
    char row[120];
    for (const planner::web::FrameTiming& f : planner::web::frame_log()) {
      std::snprintf(row, sizeof row, "%s{\"t\":%.3f,\"ui\":%.3f,\"gl\":%.3f,\"work\":%.3f}",
                    out.size() > 1 ? "," : "", f.start_ms, f.ui_ms, f.gl_ms, f.work_ms);
      out += row;
    }
  }
  out += "]";
  planner::web::set_frame_log(on != 0);
  return keep(out);
}

// The issue's benchmark in the page's own wasm: `samples` samples of the
// `default` preset, start to summary (as planner_bench's
// BM_UncertaintyMonteCarlo5000Default times mc::simulate). -1 on failure.
EMSCRIPTEN_KEEPALIVE double planner_hook_bench_simulate(int samples) {
  planner::Scenario s;
  if (samples <= 0 || !planner::io::load_preset("default", s)) return -1;
  planner::mc::SimulationOptions o;
  o.samples = samples;
  const double t0 = emscripten_get_now();
  const planner::mc::SimulationSummary sim = planner::mc::simulate(s, o);
  const double ms = emscripten_get_now() - t0;
  return sim.samples_done == samples ? ms : -1;
}

EMSCRIPTEN_KEEPALIVE const char* planner_hook_ui_state() {
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  if (!ctx) return keep("null");
  nlohmann::json state;
  state["tabs"] = nlohmann::json::array();
  for (int i = 0; i < ctx->TabBars.GetMapSize(); ++i) {
    ImGuiTabBar* bar = ctx->TabBars.TryGetMapData(i);
    if (!bar || bar->CurrFrameVisible != ctx->FrameCount) continue;  // not drawn in the last frame
    if (const ImGuiTabItem* tab = ImGui::TabBarFindTabByID(bar, bar->SelectedTabId))
      state["tabs"].push_back(bar->GetTabName(tab));
  }
  bool tooltip = false;
  nlohmann::json scroll = nlohmann::json::object();
  for (const ImGuiWindow* w : ctx->Windows) {
    if (!w->Active) continue;  // Active still says whether it was drawn in the last frame
    if (w->Flags & ImGuiWindowFlags_Tooltip) tooltip = true;
    if (w->ScrollMax.x > 0 || w->ScrollMax.y > 0)
      scroll[w->Name] = {w->Scroll.x, w->Scroll.y, w->ScrollMax.x, w->ScrollMax.y,
                         w->Pos.x,    w->Pos.y,    w->Size.x,      w->Size.y};
  }
  state["tooltip"] = tooltip;
  state["scroll"] = scroll;
  state["gesture"] = planner::web::last_touch_gesture();
  state["dark"] = planner::ui::theme_is_dark();
  return keep(state.dump());
}

}  // extern "C"

namespace {

// JavaScript, which clang-format would reflow as C++:
// clang-format off
EM_JS(void, pw_install_test_hook, (), {
  function text(fn) { return UTF8ToString(fn()); }
  function withString(value, fn) {
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    try { return fn(ptr); } finally { _free(ptr); }
  }
  window.planner = {
    ready: false,
    frames: function() { return Module["_planner_hook_frames"](); },
    wake: function() { Module["_planner_wake"](); },
    results: function() { return JSON.parse(text(Module["_planner_hook_results"])); },
    scenario: function() { return JSON.parse(text(Module["_planner_hook_scenario"])); },
    setScenario: function(json) {
      var value = typeof json == "string" ? json : JSON.stringify(json);
      return withString(value, Module["_planner_hook_set_scenario"]) == 1;
    },
    lastError: function() { return text(Module["_planner_hook_last_error"]); },
    lastNotice: function() { return text(Module["_planner_hook_last_notice"]); },
    revision: function() { return Module["_planner_hook_revision"](); },
    linkFragment: function() { return text(Module["_planner_hook_link_fragment"]); },
    lastCopied: function() { return text(Module["_planner_hook_last_copied"]); },
    setDark: function(dark) { Module["_planner_hook_set_dark"](dark ? 1 : 0); },
    rects: function() { return JSON.parse(text(Module["_planner_hook_rects"])); },
    recomputeMs: function() { return Module["_planner_hook_recompute_ms"](); },
    uncertainty: function() { return JSON.parse(text(Module["_planner_hook_uncertainty"])); },
    comparison: function() { return JSON.parse(text(Module["_planner_hook_comparison"])); },
    review: function() { return JSON.parse(text(Module["_planner_hook_review"])); },
    busy: function() { return Module["_planner_hook_busy"]() == 1; },
    toPage: function(x, y) {
      var canvas = Module["canvas"];
      var box = canvas.getBoundingClientRect();
      return {x: box.left + x * box.width / canvas.width, y: box.top + y * box.height / canvas.height};
    },
    measure: function(frames, edit) {
      return JSON.parse(UTF8ToString(Module["_planner_hook_measure"](frames, edit ? 1 : 0)));
    },
    logFrames: function(on) { return JSON.parse(UTF8ToString(Module["_planner_hook_log_frames"](on ? 1 : 0))); },
    benchSimulate: function(samples) { return Module["_planner_hook_bench_simulate"](samples); },
    uiState: function() { return JSON.parse(text(Module["_planner_hook_ui_state"])); }
  };
});
// clang-format on

EM_JS(void, pw_mark_ready, (), {
  window.planner.ready = true;
  document.documentElement.setAttribute("data-planner-ready", "1");
});

}  // namespace

namespace planner::web {

void install_test_hook() { pw_install_test_hook(); }
void mark_test_hook_ready() { pw_mark_ready(); }

}  // namespace planner::web
