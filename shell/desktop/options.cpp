#include "options.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace planner::desktop {

const char* usage() {
  return "planner-desktop [options]\n"
         "  --open FILE.json      open a scenario file\n"
         "  --import FILE         segments from an HR export (.csv or .xlsx) into the plan opened\n"
         "  --link URL            open a shared link (https://...#s=... or s=...)\n"
         "  --preset NAME         open a built-in preset\n"
         "  --size WxH            window size in pixels (default 1280x720)\n"
         "  --scale S             UI scale (default: the monitor's content scale)\n"
         "  --theme light|dark    colour theme (default light)\n"
         "  --screenshot FILE.png save the last frame as PNG (with --frames)\n"
         "  --frames N            quit after N frames\n"
         "  --dump-results FILE   write the results JSON on exit\n"
         "  --rects-out FILE      write the widget rectangles (tests)\n"
         "  --results-out FILE    write the results JSON whenever they change (tests)\n"
         "  --save-dir DIR        folder for saved files, exports and reports\n"
         "  --config-dir DIR      folder for the autosave (default $XDG_CONFIG_HOME/ai-upskilling-planner)\n"
         "  --no-autosave         do not restore or write the autosave\n";
}

bool parse_options(int argc, char** argv, Options& o, std::string& error) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) {
        error = a + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--open") {
      if (!value(o.open_path)) return false;
    } else if (a == "--import") {
      if (!value(o.import_path)) return false;
    } else if (a == "--link") {
      if (!value(o.link)) return false;
    } else if (a == "--preset") {
      if (!value(o.preset)) return false;
    } else if (a == "--size") {
      if (!value(v)) return false;
      if (std::sscanf(v.c_str(), "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 240) {
        error = "--size wants WxH, at least 320x240, got " + v;
        return false;
      }
    } else if (a == "--scale") {
      if (!value(v)) return false;
      o.scale = std::strtof(v.c_str(), nullptr);
      if (!(o.scale >= 0.5f && o.scale <= 4.0f)) {
        error = "--scale wants a number from 0.5 to 4, got " + v;
        return false;
      }
    } else if (a == "--theme") {
      if (!value(v)) return false;
      if (v != "dark" && v != "light") {
        error = "--theme wants light or dark, got " + v;
        return false;
      }
      o.dark = v == "dark";
    } else if (a == "--screenshot") {
      if (!value(o.screenshot_path)) return false;
    } else if (a == "--frames") {
      if (!value(v)) return false;
      o.frames = std::atoi(v.c_str());
      if (o.frames < 1) {
        error = "--frames wants a positive count, got " + v;
        return false;
      }
    } else if (a == "--dump-results") {
      if (!value(o.dump_results)) return false;
    } else if (a == "--rects-out") {
      if (!value(o.rects_out)) return false;
    } else if (a == "--results-out") {
      if (!value(o.results_out)) return false;
    } else if (a == "--save-dir") {
      if (!value(o.save_dir)) return false;
    } else if (a == "--config-dir") {
      if (!value(o.config_dir)) return false;
    } else if (a == "--no-autosave") {
      o.no_autosave = true;
    } else {
      error = "unknown option " + a;
      return false;
    }
  }
  if (!o.screenshot_path.empty() && o.frames == 0) o.frames = 5;
  return true;
}

}  // namespace planner::desktop
