// session.cpp — the one session policy (see session.h for the rules).
#include "ui/session.h"

#include <utility>

#include "io/link_codec.h"

namespace planner::ui {

bool fragment_has_link(const std::string& fragment) {
  return io::classify_fragment(fragment) == io::FragmentKind::PlannerLink;
}

namespace {
// A fragment someone else's link left ("#section-2"): say so rather than
// silently show the autosaved plan as if it came from the link.
void note_foreign(SessionSubject& app, const std::string& fragment) {
  if (io::classify_fragment(fragment) == io::FragmentKind::Foreign)
    app.show_notice(io::foreign_fragment_message(fragment));
}
}  // namespace

Session::Session(SessionSubject& app, AutosaveStorage* storage, AddressBar* address_bar,
                 std::function<double()> now_ms, SessionOptions options)
    : app_(app),
      storage_(storage),
      address_bar_(address_bar),
      now_ms_(std::move(now_ms)),
      options_(options) {}

void Session::open_initial(const StartRequest& rq) {
  std::string saved;
  if (storage_) {
    saved = storage_->load();
    // A failure shows the app's message; the damaged autosave is kept aside.
    if (!saved.empty() && !app_.set_scenario_json(saved)) storage_->set_aside_damaged();
  }
  if (!rq.preset.empty() && !app_.open_preset(rq.preset))
    app_.show_notice("There is no preset called \"" + rq.preset + "\".");
  if (!rq.file_name.empty()) app_.open_file_bytes(rq.file_name, rq.file_bytes);
  if (!rq.link.empty())
    app_.open_link_fragment(rq.link);  // broken: message, work kept
  else
    note_foreign(app_, rq.url_fragment);
  if (saved.empty() && rq.preset.empty() && rq.file_name.empty() && rq.link.empty() &&
      !fragment_has_link(rq.url_fragment))
    app_.first_visit();
  // What the session opened with is already in the autosave and the URL.
  mark_written();
  written_fragment_ = rq.url_fragment;
}

bool Session::changed() const {
  return app_.revision() != written_revision_ || app_.comparison_revision() != written_comparison_;
}

void Session::tick() {
  if (!changed()) {
    pending_ = false;
    return;
  }
  if (now_ms_() - last_write_ms_ < options_.min_write_interval_ms) {
    pending_ = true;
    return;
  }
  write_now();
}

double Session::ms_until_due() const {
  if (!pending_) return 0;
  const double left = last_write_ms_ + options_.min_write_interval_ms - now_ms_();
  return left > 0 ? left : 0;
}

void Session::flush() {
  if (changed()) write_now();
}

void Session::on_fragment_changed(const std::string& fragment) {
  if (fragment == written_fragment_) return;
  if (!fragment_has_link(fragment)) return note_foreign(app_, fragment);
  save_edit();  // keep the user's last edit before the link replaces it on screen
  app_.open_link_fragment(fragment);
  mark_written();
  written_fragment_ = fragment;
}

void Session::mark_written() {
  written_revision_ = app_.revision();
  written_comparison_ = app_.comparison_revision();
}

void Session::save_edit() {
  if (storage_ && app_.revision() != written_revision_ && !app_.showing_unedited_link())
    storage_->save(app_.scenario_json());
}

void Session::write_now() {
  if (address_bar_) {
    const std::string current = address_bar_->read_fragment();
    if (current != written_fragment_ && fragment_has_link(current)) {
      last_write_ms_ = now_ms_();
      pending_ = false;
      on_fragment_changed(current);
      return;
    }
  }
  const bool edited = app_.revision() != written_revision_;
  mark_written();
  last_write_ms_ = now_ms_();
  pending_ = false;
  if (address_bar_) {
    const std::string fragment = app_.url_fragment();
    if (!fragment.empty() && fragment != written_fragment_) {
      address_bar_->replace_fragment(fragment);
      written_fragment_ = fragment;
    }
  }
  if (storage_ && edited && !app_.showing_unedited_link()) storage_->save(app_.scenario_json());
}

}  // namespace planner::ui
