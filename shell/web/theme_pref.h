// theme_pref.h — light or dark on the first visit follows the system
// (prefers-color-scheme); a theme the user picks in the app is kept in this
// browser and wins from then on.
#pragma once

namespace planner::ui {
class App;
}

namespace planner::web {

// Call once before the first frame.
void apply_theme_preference(ui::App& app);
// Call after each frame: saves the theme when the user changed it.
void remember_theme_choice();

}  // namespace planner::web
