// zip_memory.h — reads parts of a zip archive (an XLSX) straight from a byte
// buffer through minizip's I/O callbacks: no temporary file. Every part is
// streamed in chunks, so a sheet is never held whole, and the caps of
// limits.h (per part, per archive, compression ratio) are checked on the
// bytes actually inflated, not on the sizes the archive claims.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace planner::import {

class ZipReader {
 public:
  explicit ZipReader(std::string_view bytes);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  bool ok() const;  // the bytes are a zip archive
  bool has(const std::string& name) const;
  // Streams the part `name` to `sink` chunk by chunk; `sink` returns false to
  // stop. False with `error` in plain words when the part is missing, damaged
  // or passes a cap (or `sink` stopped).
  bool read(const std::string& name, const std::function<bool(const char*, std::size_t)>& sink,
            std::string& error);
  // The whole part as text (for the small ones: workbook, relationships).
  bool read_all(const std::string& name, std::string& out, std::string& error);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace planner::import
