// embedded.h — files compiled into the binary by cmake/embed.cmake (the
// presets, the fonts, test fixtures), so every build, wasm under node
// included, reads the same bytes without a file system. One declaration of
// the table's entry, and the lookups each user needs.
#pragma once

#include <cstring>
#include <string>

namespace planner::embedded {

struct File {
  const char* name;  // the file name without its directory
  const unsigned char* data;
  unsigned long size;
};

// The entry named `name` in a table that ends with a null name, or nullptr.
inline const File* find(const File* table, const char* name) {
  for (const File* f = table; f->name; ++f)
    if (std::strcmp(f->name, name) == 0) return f;
  return nullptr;
}

inline std::string text_of(const File& f) {
  return std::string(reinterpret_cast<const char*>(f.data), f.size);
}

}  // namespace planner::embedded

// Declares the table `NAME` that planner_embed_files(TARGET NAME ...) generates.
#define PLANNER_EMBEDDED_TABLE(NAME)       \
  namespace planner::embedded {            \
  extern const File NAME[];                \
  extern const unsigned long NAME##_count; \
  }
