// session_sync.h — which plan the page opens with, and keeping the URL
// fragment and the autosave in step with the user's edits (issue 5).
//
// Opening: the user's autosaved work is loaded first (so it is what remains
// on screen if a link is broken), then a link in the URL ("#s=...") is
// opened over it; with neither, the app keeps its default scenario.
// After each frame: when App::revision() moved, the fragment is rewritten
// (history.replaceState, at most every 300 ms) and the scenario is saved to
// localStorage, except while an unedited link is on screen, so opening
// someone's link never overwrites one's own work. While two plans are
// compared the fragment carries both (App::url_fragment), so a reload shows
// the comparison again.
#pragma once

#include <string>

namespace planner::ui {
class App;
}

namespace planner::web {

class SessionSync {
 public:
  static constexpr double kMinWriteIntervalMs = 300;
  static constexpr const char* kAutosaveKey = "ai-upskilling-planner/autosave";

  explicit SessionSync(ui::App& app) : app_(app) {}

  // Loads the autosave and the URL's link; call once before the first frame.
  void open_initial();
  // Call after each frame (and on idle ticks while pending()).
  void after_frame(double now_ms);
  // True while a change waits for its throttle window: the loop must keep ticking.
  bool pending() const { return pending_; }
  // Writes any pending change now (the page is being hidden or lost its context).
  void flush();
  // The user changed the fragment in the address bar.
  void on_fragment_changed(const std::string& fragment);

 private:
  void write_now(double now_ms);

  ui::App& app_;
  unsigned long written_revision_ = 0;    // the revision the URL and autosave reflect
  unsigned long written_comparison_ = 0;  // the comparison revision the URL reflects
  std::string written_fragment_;          // what the URL fragment holds
  double last_write_ms_ = -1e9;
  bool pending_ = false;
};

// Whether a URL fragment carries a scenario link ("s=..." as one of its '&' parts).
bool fragment_has_link(const std::string& fragment);

}  // namespace planner::web
