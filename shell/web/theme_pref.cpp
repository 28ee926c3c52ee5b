// theme_pref.cpp — the first theme and the saved choice (see theme_pref.h).
#include "theme_pref.h"

#include <emscripten.h>

#include "storage.h"
#include "ui/app.h"
#include "ui/theme.h"

namespace {

const char* const kKey = "ai-upskilling-planner/theme";  // "dark" or "light"

EM_JS(int, pw_system_prefers_dark, (),
      { return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0; });

bool applied_dark = false;  // the theme applied at start or saved last

}  // namespace

namespace planner::web {

void apply_theme_preference(ui::App& app) {
  const std::string saved = storage_get(kKey);
  applied_dark = saved.empty() ? pw_system_prefers_dark() != 0 : saved == "dark";
  app.set_theme_dark(applied_dark);
}

void remember_theme_choice() {
  if (ui::theme_is_dark() == applied_dark) return;
  applied_dark = ui::theme_is_dark();
  storage_set(kKey, applied_dark ? "dark" : "light");
}

}  // namespace planner::web
