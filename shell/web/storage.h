// storage.h — small text values kept in the browser (localStorage).
//
// localStorage is synchronous and holds a few MB per origin, plenty for a
// scenario; it may be unavailable (private modes, disabled storage), so
// every call degrades to "nothing stored" instead of throwing.
#pragma once

#include <string>

namespace planner::web {

// The stored value, or empty if absent or storage is unavailable.
std::string storage_get(const std::string& key);
// False if the browser refused (quota, disabled storage).
bool storage_set(const std::string& key, const std::string& value);

}  // namespace planner::web
