// url_fragment.h — the part of the page's URL after '#', which carries a
// shared scenario ("s=...") and never reaches a server.
#pragma once

#include <string>

namespace planner::web {

// location.hash without the '#', percent-decoded (some chat apps encode '=').
std::string read_url_fragment();

// Rewrites the fragment in place (history.replaceState: no history entry, no
// hashchange event). Browsers limit how often this may run (Safari: 100
// calls in 30 s), so callers throttle it.
void replace_url_fragment(const std::string& fragment);

// The full shareable link for a fragment: origin + path + '#' + fragment.
std::string link_for_fragment(const std::string& fragment);

// Calls planner_on_hash_change when the user edits the fragment by hand or
// pastes another link into the same tab.
void install_hash_change_listener();

}  // namespace planner::web
