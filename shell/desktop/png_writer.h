// png_writer.h — RGBA pixels to a PNG file (zlib deflate, no filtering).
#pragma once

#include <string>
#include <vector>

namespace planner::desktop {

// `rgba` holds width x height pixels, top row first.
bool write_png(const std::string& path, int width, int height, const std::vector<unsigned char>& rgba);

}  // namespace planner::desktop
