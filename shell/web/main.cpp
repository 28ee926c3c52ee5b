// main.cpp — the browser host: Emscripten's main loop over GLFW + WebGL2,
// running the platform-free planner::ui::App.
//
// Sections
//   1. Host state        the window, the app, pacing, the canvas size
//   2. Host services     what the app asks of the browser (files, clipboard, links)
//   3. Frames            fitting the canvas, drawing one frame, the paced tick
//   4. main()            GLFW + ImGui set-up, opening the initial plan
//
// Why it is built this way: the app is drawn only when something happened
// (see frame_pacer.h), the canvas is sized in device pixels (canvas.h), and
// every browser gap of this Emscripten (clipboard, wheel, shortcuts) has its
// own small file.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <memory>
#include <vector>

#include "a11y.h"
#include "canvas.h"
#include "clipboard.h"
#include "files.h"
#include "frame_pacer.h"
#include "host.h"
#include "input.h"
#include "reader.h"
#include "session_sync.h"
#include "test_hook.h"
#include "theme_pref.h"
#include "tools.h"
#include "touch.h"
#include "ui/app.h"
#include "url_fragment.h"

namespace {

// ---- 1. Host state --------------------------------------------------------

struct Host {
  GLFWwindow* window = nullptr;
  std::unique_ptr<planner::ui::App> app;
  std::unique_ptr<planner::web::WebSession> session;  // ui::Session over localStorage and the URL
  planner::web::FramePacer pacer;
  planner::web::CanvasPixels canvas;  // the drawing buffer's current size
  float pixel_scale = 0;              // the scale the app's fonts and style were built for
  unsigned long frames = 0;
  planner::web::FrameTiming timing;  // of the last frame
  bool log_frames = false;           // test hook: keep every frame's timing
  std::vector<planner::web::FrameTiming> frame_log;
};

// Static storage: emscripten_set_main_loop never returns to main().
Host& host() {
  static Host h;
  return h;
}

// ---- 2. Host services -----------------------------------------------------

planner::ui::HostServices browser_services() {
  planner::ui::HostServices services;
  services.save_file = planner::web::download_file;
  services.request_open_file = planner::web::pick_file_to_open;
  services.copy_text = planner::web::copy_text_to_clipboard;
  services.open_report = [](const std::string& html) {
    planner::web::open_html_in_new_tab(html, "planner-report.html");
  };
  services.link_for = planner::web::link_for_fragment;
  services.letter_key_base = GLFW_KEY_A;  // the GLFW backend's letter codes
  // Prints the HTML reader, current even while hidden (reader.h).
  services.print = planner::web::print_reader;
  // Import, paste from a spreadsheet, the workbook: the tools worker (tools.h, issue 13).
  services.tools = planner::web::post_to_tools;
  services.request_import_file = planner::web::pick_file_to_import;
  return services;
}

// ---- 3. Frames --------------------------------------------------------------

// Keeps the drawing buffer at CSS size x devicePixelRatio, and the app's
// fonts and style at that ratio (rebuilt from scratch when it changes).
void fit_canvas() {
  Host& h = host();
  const planner::web::CanvasPixels want = planner::web::wanted_canvas_pixels();
  if (want.width != h.canvas.width || want.height != h.canvas.height) planner::web::resize_canvas(want);
  h.canvas = want;
  if (want.dpr != h.pixel_scale) {
    h.pixel_scale = want.dpr;
    h.app->set_pixel_scale(want.dpr);
    if (h.frames > 0) {  // before the first frame the backend has no texture yet
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
  }
}

void draw_frame() {
  Host& h = host();
  fit_canvas();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  planner::web::touch_before_frame();  // touch drives the pointer: after GLFW's mouse, before ImGui reads it
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(h.canvas.width), static_cast<float>(h.canvas.height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);  // DisplaySize is already in device pixels
  const double t0 = emscripten_get_now();
  ImGui::NewFrame();
  planner::web::after_imgui_new_frame();
  h.app->draw();
  ImGui::Render();
  planner::web::after_imgui_frame(h.window);
  const double t1 = emscripten_get_now();
  glViewport(0, 0, h.canvas.width, h.canvas.height);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  h.timing = {t1 - t0, emscripten_get_now() - t1, ImGui::GetDrawData()->TotalVtxCount, t0,
              h.app->last_uncertainty_work_ms()};
  if (h.log_frames) h.frame_log.push_back(h.timing);
  planner::web::sync_on_screen_keyboard(io.WantTextInput);
  planner::web::mirror_announcement();
  planner::web::remember_theme_choice();
  ++h.frames;
}

void tick() {
  Host& h = host();
  if (h.pacer.take_frame(h.app->busy() || planner::web::touch_busy())) {
    draw_frame();
    if (h.frames == 1) {
      planner::web::hide_loading_overlay();
      planner::web::reader_after_first_frame();
      planner::web::mark_test_hook_ready();
    }
  }
  h.session->session.tick();
  planner::web::reader_after_tick();
  if (h.pacer.idle() && !h.session->session.pending()) planner::web::pause_main_loop();
}

// Any GLFW input wakes the loop. Installed before ImGui's backend, which
// chains to them; the cursor callback is ours alone (1.86 polls the position)
// and keys go through input.cpp, which wakes the loop itself.
void on_cursor_pos(GLFWwindow*, double, double) { planner::web::wake(); }
void on_mouse_button(GLFWwindow*, int, int, int) { planner::web::wake(); }
void on_char(GLFWwindow*, unsigned int) { planner::web::wake(); }
void on_cursor_enter(GLFWwindow*, int) { planner::web::wake(); }
void on_focus(GLFWwindow*, int) { planner::web::wake(); }

EM_JS(void, pw_flush_when_hidden, (), {
  function flush() { Module["_planner_flush_autosave"](); }
  window.addEventListener("pagehide", flush);
  document.addEventListener(
      "visibilitychange", function() {
        if (document.visibilityState == "hidden")
          flush();
        else
          Module["_planner_wake"]();
      });
});

}  // namespace

// ---- host.h ---------------------------------------------------------------

namespace planner::web {

ui::App* current_app() { return host().app.get(); }
ui::Session* current_session() { return host().session ? &host().session->session : nullptr; }
unsigned long frames_drawn() { return host().frames; }

void wake() {
  host().pacer.wake();
  resume_main_loop();
}

void draw_frame_now() { draw_frame(); }
FrameTiming last_frame_timing() { return host().timing; }

void set_frame_log(bool on) {
  host().log_frames = on;
  if (on) host().frame_log.clear();
}
const std::vector<FrameTiming>& frame_log() { return host().frame_log; }

}  // namespace planner::web

// ---- 4. main() --------------------------------------------------------------

int main() {
  Host& h = host();
  if (!glfwInit()) {
    planner::web::show_page_message("The planner could not start",
                                    "GLFW failed to initialise in this browser.");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  h.canvas = planner::web::wanted_canvas_pixels();
  h.window = glfwCreateWindow(h.canvas.width, h.canvas.height, "AI upskilling planner", nullptr, nullptr);
  if (!h.window) {
    planner::web::show_page_message(
        "WebGL2 is not available",
        "This planner draws with WebGL2, which this browser or its settings do not "
        "provide. Try a current Chrome, Edge, Firefox or Safari with hardware "
        "acceleration on.");
    return 1;
  }
  glfwMakeContextCurrent(h.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system; the layout is the app's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle tab drawing

  glfwSetCursorPosCallback(h.window, on_cursor_pos);
  glfwSetMouseButtonCallback(h.window, on_mouse_button);
  glfwSetCharCallback(h.window, on_char);
  glfwSetCursorEnterCallback(h.window, on_cursor_enter);
  glfwSetWindowFocusCallback(h.window, on_focus);
  ImGui_ImplGlfw_InitForOpenGL(h.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  planner::web::install_clipboard();
  planner::web::install_input_fixes(h.window);
  planner::web::install_canvas_listeners();
  planner::web::install_touch_support();
  planner::web::install_a11y_mirror();
  planner::web::install_tools();

  h.app = std::make_unique<planner::ui::App>(browser_services());
  h.session = std::make_unique<planner::web::WebSession>(*h.app);
  h.pixel_scale = h.canvas.dpr;
  h.app->set_pixel_scale(h.canvas.dpr);
  planner::web::apply_theme_preference(*h.app);
  h.session->open_initial();
  planner::web::install_reader();  // who lands where: the reader or the editor
  planner::web::install_hash_change_listener();
  planner::web::install_test_hook();
  pw_flush_when_hidden();

  emscripten_set_main_loop(tick, 0, true);
  return 0;
}
