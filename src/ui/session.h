// session.h — one session policy for every host: which plan opens first,
// and keeping the autosave (and, where there is one, the address bar) in
// step with the user's edits.
//
// As hello_imgui's runners share one abstract runner, the browser and the
// desktop hosts share this policy and differ only in what the platform
// gives: where the autosave lives (localStorage, a file), whether there is
// an address bar, and the clock. It knows no ImGui and no platform and is
// unit-tested natively with a fake storage and a fake clock
// (tests/ui/session_test.cpp).
//
// The rules:
//   Opening: the autosave is opened first (so it is what stays on screen if
//     what the user asked for is broken), then, over it, what the user
//     asked for: a preset, a file, a link (on the web: the URL's "#s=...").
//     Each opens as one undoable step, so undo leads back to one's own work.
//   Writing: when the subject's revision moves, the change is written at
//     once, then at most once per SessionOptions::min_write_interval_ms;
//     a change inside that window waits for its end (pending()).
//   A link never overwrites the autosave until the user edits the linked
//     plan: nothing is saved while showing_unedited_link(). The address bar
//     follows every change, comparisons included.
//   Before another link replaces the plan on screen (the user changed the
//     URL's fragment), the pending edit is written to the autosave first, so
//     the last edit is kept; only the autosave: writing the URL then would put
//     the old plan's link over the one just typed. The new link itself does
//     not reach the autosave (it is unedited).
//   A link in the address bar the session has not seen yet (its hashchange
//     event still queued when a write falls due) is opened, after saving the
//     edit, rather than overwritten by the edited plan's link.
//   A fragment that is not a planner link ("#section-2", "#foo=bar") opens
//     nothing and gets a notice saying so (io::classify_fragment), at start
//     and when the fragment changes; an empty one, or only the planner's own
//     "view=summary", is normal and gets none.
#pragma once

#include <functional>
#include <string>

namespace planner::ui {

// What the session needs from the running app. ui::App implements it.
class SessionSubject {
 public:
  virtual ~SessionSubject() = default;
  virtual unsigned long revision() const = 0;  // grows with every scenario change
  virtual unsigned long comparison_revision() const = 0;
  virtual bool showing_unedited_link() const = 0;
  virtual std::string scenario_json() const = 0;
  virtual std::string url_fragment() const = 0;  // what an address bar should hold
  // Each false on failure: the app shows its own message and keeps its plan.
  virtual bool set_scenario_json(const std::string& json) = 0;
  virtual bool open_link_fragment(const std::string& fragment) = 0;
  virtual bool open_preset(const std::string& name) = 0;
  virtual void open_file_bytes(const std::string& filename, const std::string& bytes) = 0;
  // A neutral note for the user ("There is no preset called ...").
  virtual void show_notice(const std::string& text) = 0;
  // Nothing was autosaved and nothing asked for (no preset, file or link):
  // a first visit, which the app welcomes. Never called over a link.
  virtual void first_visit() {}
};

// Where the autosave lives: localStorage on the web, a file on the desktop.
class AutosaveStorage {
 public:
  virtual ~AutosaveStorage() = default;
  virtual std::string load() = 0;  // "" when there is none
  virtual bool save(const std::string& json) = 0;
  // The autosave could not be opened: keep it for the user instead of
  // overwriting it at the next edit (the desktop renames the file). Default: nothing.
  virtual void set_aside_damaged() {}
};

// The browser's address bar; hosts without one pass nullptr.
class AddressBar {
 public:
  virtual ~AddressBar() = default;
  virtual std::string read_fragment() = 0;  // what follows '#', decoded
  virtual void replace_fragment(const std::string& fragment) = 0;
};

struct SessionOptions {
  // At most one write per this many milliseconds; the first change goes at
  // once. 300 ms: Safari throws after 100 history.replaceState calls in 30 s
  // (TOOLCHAIN.md), and a drag still reaches the autosave within a third of
  // a second. The desktop used 800 ms after the last change before this
  // policy; both hosts now use this value.
  double min_write_interval_ms = 300;
};

// What the user asked to open at start-up (command line or URL), over the autosave.
struct StartRequest {
  std::string preset;        // a built-in preset's name, or ""
  std::string file_name;     // a file already read by the host, or ""
  std::string file_bytes;    //   and its bytes
  std::string link;          // a link or fragment ("s=1.…"), or ""
  std::string url_fragment;  // the address bar's fragment as the page opened ("" without one)
};

class Session {
 public:
  // `storage` and `address_bar` may be null (no autosave, no URL); `now_ms`
  // is the host's clock in milliseconds.
  Session(SessionSubject& app, AutosaveStorage* storage, AddressBar* address_bar,
          std::function<double()> now_ms, SessionOptions options = {});

  // Opens the autosave, then what `request` asks for. Call once before the first frame.
  void open_initial(const StartRequest& request);
  // Call after each frame, and on idle ticks while pending().
  void tick();
  // True while a change waits for its write window: the host must wake for it.
  bool pending() const { return pending_; }
  // Milliseconds until the pending change may be written (0 when due or none).
  double ms_until_due() const;
  // Writes any unwritten change now (the page is hidden, the program exits).
  void flush();
  // The user changed the address bar's fragment: writes what is pending, then opens the link.
  void on_fragment_changed(const std::string& fragment);

 private:
  bool changed() const;
  void write_now();
  void save_edit();  // the autosave only, if the plan was edited since the last write
  void mark_written();

  SessionSubject& app_;
  AutosaveStorage* storage_;
  AddressBar* address_bar_;
  std::function<double()> now_ms_;
  SessionOptions options_;
  unsigned long written_revision_ = 0;    // the revision the autosave and the URL reflect
  unsigned long written_comparison_ = 0;  // the comparison revision the URL reflects
  std::string written_fragment_;          // what the address bar holds
  double last_write_ms_ = -1e300;
  bool pending_ = false;
};

// Whether a URL fragment carries a scenario link ("s=..." as one of its '&' parts).
bool fragment_has_link(const std::string& fragment);

}  // namespace planner::ui
