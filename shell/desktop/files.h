// files.h — the desktop's file system: reading and writing whole files, the
// config folder for the autosave, and handing a file to the desktop's viewer.
#pragma once

#include <string>

namespace planner::desktop {

bool read_file(const std::string& path, std::string& bytes);
// Writes to a temporary name then renames, so a crash never leaves half a file.
bool write_file_atomic(const std::string& path, const std::string& bytes);
// Creates the folder and its parents; true if it exists afterwards.
bool make_dirs(const std::string& path);
// $XDG_CONFIG_HOME/ai-upskilling-planner, else ~/.config/ai-upskilling-planner.
std::string default_config_dir();
// Opens a file with the desktop's default application (xdg-open), detached.
void open_with_desktop(const std::string& path);
std::string join_path(const std::string& dir, const std::string& name);

}  // namespace planner::desktop
