// session_sync.cpp — localStorage, the URL fragment and the clock for ui::Session.
#include "session_sync.h"

#include <emscripten.h>

#include "storage.h"
#include "url_fragment.h"

namespace planner::web {

std::string LocalStorageAutosave::load() { return storage_get(kAutosaveKey); }
bool LocalStorageAutosave::save(const std::string& json) { return storage_set(kAutosaveKey, json); }

std::string BrowserAddressBar::read_fragment() { return read_url_fragment(); }
void BrowserAddressBar::replace_fragment(const std::string& fragment) { replace_url_fragment(fragment); }

WebSession::WebSession(ui::SessionSubject& app)
    : session(app, &storage, &address_bar, [] { return emscripten_get_now(); }) {}

void WebSession::open_initial() {
  ui::StartRequest rq;
  rq.url_fragment = read_url_fragment();
  if (ui::fragment_has_link(rq.url_fragment)) rq.link = rq.url_fragment;
  session.open_initial(rq);
}

}  // namespace planner::web
