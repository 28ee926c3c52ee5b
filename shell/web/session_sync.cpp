// session_sync.cpp — initial plan, URL fragment and autosave (see session_sync.h).
#include "session_sync.h"

#include <emscripten.h>

#include "storage.h"
#include "ui/app.h"
#include "url_fragment.h"

namespace planner::web {

bool fragment_has_link(const std::string& fragment) {
  return fragment.rfind("s=", 0) == 0 || fragment.find("&s=") != std::string::npos;
}

void SessionSync::open_initial() {
  const std::string saved = storage_get(kAutosaveKey);
  if (!saved.empty()) app_.set_scenario_json(saved);  // a failure shows the app's message
  const std::string fragment = read_url_fragment();
  if (fragment_has_link(fragment)) app_.open_link_fragment(fragment);  // broken: message, work kept
  // What the page opened with is already in the URL and in storage.
  written_revision_ = app_.revision();
  written_comparison_ = app_.comparison_revision();
  written_fragment_ = fragment;
}

void SessionSync::after_frame(double now_ms) {
  if (app_.revision() == written_revision_ && app_.comparison_revision() == written_comparison_) {
    pending_ = false;
    return;
  }
  if (now_ms - last_write_ms_ < kMinWriteIntervalMs) {
    pending_ = true;
    return;
  }
  write_now(now_ms);
}

void SessionSync::flush() {
  if (app_.revision() != written_revision_ || app_.comparison_revision() != written_comparison_)
    write_now(emscripten_get_now());
}

void SessionSync::on_fragment_changed(const std::string& fragment) {
  if (fragment == written_fragment_ || !fragment_has_link(fragment)) return;
  // Keep the user's last edit before the link replaces it on screen. Only the
  // autosave: writing the URL now (as flush() would) would put the old plan's
  // link over the one just typed into the address bar.
  if (app_.revision() != written_revision_ && !app_.showing_unedited_link())
    storage_set(kAutosaveKey, app_.scenario_json());
  app_.open_link_fragment(fragment);
  written_revision_ = app_.revision();
  written_comparison_ = app_.comparison_revision();
  written_fragment_ = fragment;
}

void SessionSync::write_now(double now_ms) {
  // The address bar holds a link the app has not seen yet (its hashchange
  // event is still queued): open it, after saving the edit, rather than
  // writing the edited plan's link over it.
  const std::string current = read_url_fragment();
  if (current != written_fragment_ && fragment_has_link(current)) {
    last_write_ms_ = now_ms;
    pending_ = false;
    on_fragment_changed(current);
    return;
  }
  const bool edited = app_.revision() != written_revision_;
  written_revision_ = app_.revision();
  written_comparison_ = app_.comparison_revision();
  last_write_ms_ = now_ms;
  pending_ = false;
  const std::string fragment = app_.url_fragment();
  if (!fragment.empty() && fragment != written_fragment_) {
    replace_url_fragment(fragment);
    written_fragment_ = fragment;
  }
  if (edited && !app_.showing_unedited_link()) storage_set(kAutosaveKey, app_.scenario_json());
}

}  // namespace planner::web
