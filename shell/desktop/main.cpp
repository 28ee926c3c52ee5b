// main.cpp — the native desktop host: a GLFW window with an OpenGL 3 context
// around planner::ui::App. Thin on purpose: the window, the pixel scale,
// files by path, the autosave file and test flags; everything else is the
// App's, and what opens first and when the autosave is written is the one
// session policy both hosts share (ui/session.h).
//
// Map: 1. host services (files, clipboard, report, links), the autosave file
//      2. start-up (window, ImGui, what to open)
//      3. the loop (idle when nothing changes), screenshot, autosave, exit
#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "files.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "import_file.h"
#include "options.h"
#include "png_writer.h"
#include "ui/app.h"
#include "ui/session.h"
#ifdef PLANNER_HAVE_WORKBOOK
#include "workbook/workbook.h"  // File > Export workbook (.xlsx)
#endif

namespace {

using planner::desktop::Options;
using planner::ui::App;

// Frames still to draw after an event: ImGui needs a few to settle hovers,
// popups and the release of a click.
int g_frames_to_draw = 3;
bool g_scale_changed = false;
// SIGTERM/SIGINT ask for a clean exit (autosave, --dump-results), e.g. from tests.
volatile std::sig_atomic_t g_quit = 0;
App* g_app = nullptr;

void wake(int frames = 3) {
  if (g_frames_to_draw < frames) g_frames_to_draw = frames;
}

// ---- 1. host services -----------------------------------------------------------

planner::ui::HostServices make_services(GLFWwindow* window, const Options& opt) {
  planner::ui::HostServices h;
  const std::string dir = opt.save_dir;
  h.save_file = [dir](const std::string& name, const std::string&, const std::string& bytes) {
    const std::string path = planner::desktop::join_path(dir, name);
    if (!dir.empty()) planner::desktop::make_dirs(dir);
    if (g_app)
      g_app->show_notice(planner::desktop::write_file_atomic(path, bytes) ? "Saved " + path
                                                                          : "Could not write " + path);
  };
  h.copy_text = [window](const std::string& text) { glfwSetClipboardString(window, text.c_str()); };
  h.open_report = [dir](const std::string& html) {
    const std::string path = planner::desktop::join_path(dir, "planner-report.html");
    if (!dir.empty()) planner::desktop::make_dirs(dir);
    if (!planner::desktop::write_file_atomic(path, html)) {
      if (g_app) g_app->show_notice("Could not write " + path);
      return;
    }
    planner::desktop::open_with_desktop(path);
    if (g_app) g_app->show_notice("Report written to " + path + " (opened in your browser for printing)");
  };
  // The web app's address, where the link opens; the same link opens here with --link.
  const char* base = std::getenv("PLANNER_BASE_URL");
  const std::string base_url = base && *base ? base : "http://127.0.0.1:8080/";
  h.link_for = [base_url](const std::string& fragment) { return base_url + "#" + fragment; };
  h.letter_key_base = GLFW_KEY_A;               // the GLFW backend's letter codes
  h.tools = planner::desktop::tools_service();  // the import dialog's previews (issue 13)
  // No native file dialog: files open from the command line (--open) or by
  // dropping them on the window, so request_open_file stays empty (item hidden).
  return h;
}

// The autosave as a file: $XDG_CONFIG_HOME/ai-upskilling-planner/autosave.json.
class FileAutosave final : public planner::ui::AutosaveStorage {
 public:
  explicit FileAutosave(std::string dir)
      : dir_(std::move(dir)), path_(planner::desktop::join_path(dir_, "autosave.json")) {}
  std::string load() override {
    std::string bytes;
    return planner::desktop::read_file(path_, bytes) ? bytes : std::string();
  }
  bool save(const std::string& json) override {
    planner::desktop::make_dirs(dir_);
    if (planner::desktop::write_file_atomic(path_, json)) return true;
    std::fprintf(stderr, "planner-desktop: could not autosave to %s\n", path_.c_str());
    return false;
  }
  // Keep the damaged file for the user rather than overwriting it later.
  void set_aside_damaged() override { std::rename(path_.c_str(), (path_ + ".damaged").c_str()); }

 private:
  std::string dir_, path_;
};

float content_scale(GLFWwindow* w) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(w, &x, &y);
  return x > 0 ? x : 1.0f;
}

void apply_scale(App& app, float scale) {
  app.set_pixel_scale(scale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

bool save_screenshot(const std::string& path, int w, int h) {
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::vector<unsigned char> flipped(pixels.size());
  const size_t row = static_cast<size_t>(w) * 4;
  for (int y = 0; y < h; ++y)
    std::copy(pixels.begin() + static_cast<long>((h - 1 - y) * row),
              pixels.begin() + static_cast<long>((h - y) * row),
              flipped.begin() + static_cast<long>(y * row));
  for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;  // the window is opaque
  return planner::desktop::write_png(path, w, h, flipped);
}

void write_text(const std::string& path, const std::string& text) {
  if (!path.empty() && !planner::desktop::write_file_atomic(path, text))
    std::fprintf(stderr, "planner-desktop: could not write %s\n", path.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  // ---- 2. start-up ----------------------------------------------------------------
  Options opt;
  std::string error;
  if (!planner::desktop::parse_options(argc, argv, opt, error)) {
    std::fprintf(stderr, "planner-desktop: %s\n%s", error.c_str(), planner::desktop::usage());
    return 2;
  }
  if (opt.help) {
    std::fputs(planner::desktop::usage(), stdout);
    return 0;
  }
#ifdef PLANNER_HAVE_WORKBOOK
  planner::workbook::install_workbook_export();
#endif
  std::signal(SIGTERM, [](int) { g_quit = 1; });
  std::signal(SIGINT, [](int) { g_quit = 1; });
  glfwSetErrorCallback(
      [](int code, const char* text) { std::fprintf(stderr, "GLFW error %d: %s\n", code, text); });
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "AI upskilling planner", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  // Our callbacks go in first; ImGui's backend chains to them.
  glfwSetWindowContentScaleCallback(window, [](GLFWwindow*, float, float) {
    g_scale_changed = true;
    wake();
  });
  glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { wake(); });
  glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { wake(); });
  glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { wake(); });
  glfwSetKeyCallback(window, [](GLFWwindow*, int, int, int, int) { wake(); });
  glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) { wake(); });
  glfwSetWindowFocusCallback(window, [](GLFWwindow*, int) { wake(); });
  glfwSetCursorEnterCallback(window, [](GLFWwindow*, int) { wake(); });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow*, int, int) { wake(); });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { wake(); });
  glfwSetDropCallback(window, [](GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count && g_app; ++i) {
      std::string bytes;
      if (!planner::desktop::read_file(paths[i], bytes))
        g_app->show_notice(std::string("Could not read ") + paths[i]);
      else if (planner::desktop::is_import_file(paths[i]))
        planner::desktop::open_import_dialog(*g_app, paths[i], bytes);  // an HR export or survey (issue 13)
      else
        g_app->open_file_bytes(paths[i], bytes);
    }
    wake();
  });

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  App app(make_services(window, opt));
  g_app = &app;
  planner::desktop::install_segments_paste();  // spreadsheet rows into the segments table (issue 13)
  app.set_theme_dark(opt.dark);
  float scale = opt.scale > 0 ? opt.scale : content_scale(window);
  apply_scale(app, scale);

  // What to open: the session policy's rule (the autosave, then what the command line names).
  const std::string config_dir =
      opt.config_dir.empty() ? planner::desktop::default_config_dir() : opt.config_dir;
  FileAutosave autosave_file(config_dir);
  using Clock = std::chrono::steady_clock;
  const Clock::time_point t0 = Clock::now();
  planner::ui::Session session(app, opt.no_autosave ? nullptr : &autosave_file, nullptr, [t0] {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  });
  planner::ui::StartRequest start;
  start.preset = opt.preset;
  start.link = opt.link;
  if (!opt.open_path.empty()) {
    if (planner::desktop::read_file(opt.open_path, start.file_bytes))
      start.file_name = opt.open_path;
    else
      app.show_notice("Could not read " + opt.open_path);
  }
  session.open_initial(start);
  if (!opt.import_path.empty()) {  // issue 13: after the plan it imports into is open
    std::string bytes;
    if (planner::desktop::read_file(opt.import_path, bytes))
      planner::desktop::import_into_app(app, opt.import_path, bytes);
    else
      app.show_notice("Could not read " + opt.import_path);
  }

  // ---- 3. the loop ---------------------------------------------------------------
  unsigned long seen_revision = app.revision();
  std::string last_rects;
  // --results-out: the figures on screen, rewritten whenever they change (an
  // edit, an undo), so a test can check each step. Tests only: it builds the
  // results JSON every drawn frame.
  std::string last_results;
  int frame = 0;
  const bool headless_run = opt.frames > 0 && opt.rects_out.empty();

  while (!glfwWindowShouldClose(window) && !g_quit) {
    // Idle: sleep until an event, the pending autosave, or a quit signal
    // (checked twice a second; no frame is drawn for it).
    if (g_frames_to_draw > 0 || app.busy() || headless_run) {
      glfwPollEvents();
    } else if (session.pending()) {
      glfwWaitEventsTimeout(std::min(session.ms_until_due() / 1000.0, 0.5));
    } else {
      glfwWaitEventsTimeout(0.5);
    }
    session.tick();
    planner::desktop::answer_tools_requests(app);  // the import dialog's previews (issue 13)
    if (g_frames_to_draw <= 0 && !app.busy() && !headless_run) continue;
    if (g_scale_changed && opt.scale <= 0) {
      g_scale_changed = false;
      apply_scale(app, content_scale(window));
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.5f, 0.5f, 0.5f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frame;
    if (g_frames_to_draw > 0) --g_frames_to_draw;
    const bool last_frame = opt.frames > 0 && frame >= opt.frames;
    if (last_frame && !opt.screenshot_path.empty() && !save_screenshot(opt.screenshot_path, w, h))
      std::fprintf(stderr, "planner-desktop: could not write %s\n", opt.screenshot_path.c_str());
    glfwSwapBuffers(window);

    session.tick();
    if (app.revision() != seen_revision) {
      seen_revision = app.revision();
      wake(2);  // results changed: let the new figures reach the screen
    }
    if (!opt.results_out.empty()) {
      std::string results = app.results_json();
      if (results != last_results) write_text(opt.results_out, results);
      last_results = std::move(results);
    }
    if (!opt.rects_out.empty()) {
      const std::string rects = app.item_rects_json();
      if (rects != last_rects) write_text(opt.rects_out, rects);
      last_rects = rects;
    }
    if (last_frame) break;
  }

  session.flush();
  write_text(opt.dump_results, app.results_json());
  g_app = nullptr;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
