// options.h — the desktop host's command line.
#pragma once

#include <string>

namespace planner::desktop {

struct Options {
  std::string open_path;           // --open FILE.json
  std::string link;                // --link URL (or a bare fragment "s=2.…")
  std::string preset;              // --preset NAME
  int width = 1280, height = 720;  // --size WxH
  float scale = 0;                 // --scale S; 0 = the monitor's content scale
  bool dark = false;               // --theme dark|light
  std::string screenshot_path;     // --screenshot FILE.png: save frame N then exit
  int frames = 0;                  // --frames N: exit after N frames (screenshot taken of the last)
  std::string dump_results;        // --dump-results FILE: results JSON written on exit
  std::string rects_out;           // --rects-out FILE: widget rectangles, rewritten whenever they change
  std::string results_out;         // --results-out FILE: results JSON, rewritten whenever they change (tests)
  std::string save_dir;            // --save-dir DIR: where Save/Export/Report write (default: current folder)
  bool no_autosave = false;        // --no-autosave: neither restore nor write the autosave file
  std::string config_dir;          // --config-dir DIR: instead of $XDG_CONFIG_HOME/ai-upskilling-planner
  std::string import_path;         // --import FILE.csv|FILE.xlsx: segments from an HR export (issue 13)
  bool help = false;
};

// Parses argv; on a bad argument returns false with `error` set.
bool parse_options(int argc, char** argv, Options& out, std::string& error);
const char* usage();

}  // namespace planner::desktop
