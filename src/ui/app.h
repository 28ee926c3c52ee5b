// app.h — the planner's ImGui application, unaware of the platform.
//
// A host (shell/web, shell/desktop) owns the window, the GL context and the
// ImGui context with its backends; each frame it calls ImGui::NewFrame(),
// App::draw(), ImGui::Render(). Whatever the app needs from the platform
// (clipboard, files, the URL) goes through HostServices, which a host fills
// in; any member may be left empty and the app hides the matching feature.
//
// The App is the view: theme, fonts, tabs, charts, the comparison, the
// uncertainty tab. The plan itself and its history are a ui::Document
// (document.h, no ImGui); which plan opens first and when it is autosaved is
// the ui::Session policy (session.h), which drives the App through
// SessionSubject in both hosts.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/scenario.h"
#include "ui/session.h"

namespace planner::ui {

struct HostServices {
  // Offer a file to the user: a browser download, or a save dialog/path on desktop.
  std::function<void(const std::string& filename, const std::string& mime, const std::string& bytes)>
      save_file;
  // Ask the user for a file; the host later calls App::open_file_bytes().
  std::function<void()> request_open_file;
  // Put text on the system clipboard (ImGui's own clipboard also works inside the app).
  std::function<void(const std::string&)> copy_text;
  // Open a printable HTML document (a new tab in the browser, a file + viewer on desktop).
  std::function<void(const std::string& html)> open_report;
  // Print the plan's summary (the browser prints its HTML reader); empty: no File > Print.
  std::function<void()> print;
  // The shareable link for a fragment ("s=..."), or empty where the host has no URL.
  std::function<std::string(const std::string& fragment)> link_for;
  // Where the host's ImGui backend reports letter keys in io.KeysDown. The UI
  // reads keys through ImGuiKey, but 1.86 names only A, C, V, X, Y and Z;
  // any other letter L is read at letter_key_base + (L - 'A'). Both hosts'
  // GLFW backends use GLFW_KEY_A (65, ASCII 'A'), the default. -1 turns the
  // shortcuts on other letters (Ctrl+S, Ctrl+O) off.
  int letter_key_base = 'A';
  // The import and workbook tools (issue 13; shell/tools/tools_api.h), where
  // the host has them: sends a request (op "preview", "paste" or "workbook";
  // JSON), whose reply arrives later through App::tools_reply.
  std::function<void(const std::string& op, const std::string& request)> tools;
  // Asks the user for a file to import (CSV, XLSX); the host loads it into
  // the tools and calls App::tools_reply("load", ...). Empty: no menu item.
  std::function<void()> request_import_file;
};

struct AppState;  // private

// The session policy (ui/session.h) drives an App through SessionSubject.
class App final : public SessionSubject {
 public:
  explicit App(HostServices host);
  ~App() override;
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Build fonts and style for this pixel scale (1 = 96 dpi). Call before the
  // first frame and whenever the scale changes; it rebuilds from scratch.
  // Call it outside a frame; the host then re-uploads the font texture
  // (e.g. ImGui_ImplOpenGL3_DestroyFontsTexture + CreateFontsTexture).
  void set_pixel_scale(float scale);
  // Draws the whole UI for one frame (between NewFrame and Render).
  void draw();
  // True while the app has work in progress (sampling, animations): the host
  // must keep rendering frames instead of idling.
  bool busy() const;

  // Test hooks and host integration. All JSON is the io/ documents.
  std::string results_json() const;            // same as `cli report --json` for the current case
  std::string scenario_json() const override;  // current scenario (pretty)
  // Replaces the scenario (undoable). On failure returns false and keeps the current one.
  bool set_scenario_json(const std::string& json) override;
  std::string last_error() const;   // last user-visible error message, empty if none
  std::string last_notice() const;  // the neutral note on screen, empty if none
  // A neutral message from the host ("Saved to ~/plan.json"), shown until dismissed.
  void show_notice(const std::string& text) override;
  void first_visit() override;  // shows the welcome
  void open_file_bytes(const std::string& filename, const std::string& bytes) override;
  // A reply of the host's tools (HostServices::tools): "load" opens the
  // import dialog, "preview" updates it, "paste" applies pasted rows (one
  // undo step) or shows why not, "workbook" reports a workbook not written.
  void tools_reply(const std::string& op, const std::string& reply);
  void set_theme_dark(bool dark);

  // Links and autosave (issue 5). A fragment is what follows '#' in the URL:
  // "s=<payload>" with an optional "&view=summary".
  std::string link_fragment() const;  // the current scenario as a fragment
  // Opens a link; on a broken link returns false, sets last_error() to a
  // message a user understands, and keeps the current work untouched.
  bool open_link_fragment(const std::string& fragment) override;
  // Grows by one with every scenario change (edit, undo, load). Hosts watch it
  // to update the URL (throttled) and to autosave.
  unsigned long revision() const override;
  // True while the scenario on screen came from a link and the user has not
  // edited it yet: hosts must not autosave over the user's own work then.
  bool showing_unedited_link() const override;

  // More test hooks (extensions, not in the original contract).
  // Screen rectangles of the widgets tests click, recorded in the last frame,
  // in ImGui display coordinates (= framebuffer pixels in both hosts):
  // {"segments.0.headcount": [x, y, w, h], "menu.presets": [...], ...}.
  std::string item_rects_json() const;
  // Milliseconds the last validate + evaluate took.
  double last_recompute_ms() const;
  // Milliseconds the last frame spent sampling / searching the frontier (its time slice).
  double last_uncertainty_work_ms() const;
  // The Monte Carlo document for the current samples (io/uncertainty_json.h,
  // as `planner-cli simulate --json`); "{}" before the first samples.
  std::string uncertainty_json() const;
  // Opens a built-in preset by name (as the Presets menu does); false if unknown.
  bool open_preset(const std::string& name) override;

  // Scenarios side by side (issue 6; ui/panel_compare.h). A link fragment with
  // a "b=" part opens its second plan as the comparison.
  // The comparison document (io/comparison.h, as `planner-cli compare --json`),
  // "null" when nothing is compared (or the current plan is invalid).
  std::string comparison_json() const;
  // "s=<current>&b=<other>", or "" when nothing is compared.
  std::string comparison_link_fragment() const;
  // Compares the current plan with a built-in preset; false if unknown.
  bool compare_with_preset(const std::string& name);
  void clear_comparison();
  // Grows whenever the comparison starts, changes plan or ends.
  unsigned long comparison_revision() const override;
  // What the address bar should hold: comparison_link_fragment() while
  // comparing, else link_fragment().
  std::string url_fragment() const override;

  // The plan's summary as real text (issue 12; io/reader_html.h), for hosts
  // that show it beside or instead of the ImGui editor (the web reader).
  // The fragment for the current case; an invalid plan gives its problems
  // as an escaped list instead.
  std::string reader_html() const;
  // Grows with every recompute (an edit, undo, opening, a case change): a
  // host redraws its reader when it changes.
  unsigned long results_revision() const;
  Case view_case() const;
  void set_view_case(Case c);
  // True once after a link with "view=summary" was opened (even a broken
  // one) or the View menu asked for the summary; clears the request and the
  // ImGui summary view, for a host that shows its own reader instead.
  bool take_summary_request();

 private:
  std::unique_ptr<AppState> state_;
};

}  // namespace planner::ui
