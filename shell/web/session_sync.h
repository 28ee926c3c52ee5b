// session_sync.h — what the browser gives the one session policy
// (ui/session.h): the autosave in localStorage, the address bar's fragment
// (history.replaceState), and the page's clock. Which plan opens first, the
// write throttle and the "a link never overwrites the autosave until edited"
// guard are the policy's, shared with the desktop host.
#pragma once

#include <memory>
#include <string>

#include "ui/session.h"

namespace planner::web {

inline constexpr const char* kAutosaveKey = "ai-upskilling-planner/autosave";

class LocalStorageAutosave final : public ui::AutosaveStorage {
 public:
  std::string load() override;
  bool save(const std::string& json) override;
};

class BrowserAddressBar final : public ui::AddressBar {
 public:
  std::string read_fragment() override;
  void replace_fragment(const std::string& fragment) override;
};

// The page's session: the policy over the browser's storage, address bar and clock.
struct WebSession {
  explicit WebSession(ui::SessionSubject& app);
  LocalStorageAutosave storage;
  BrowserAddressBar address_bar;
  ui::Session session;
  // Opens the autosave, then the URL's link over it; call once before the first frame.
  void open_initial();
};

}  // namespace planner::web
