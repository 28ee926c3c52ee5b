#include "import/zip_memory.h"

#include <algorithm>
#include <cstring>

#include "import/limits.h"
#include "unzip.h"

namespace planner::import {
namespace {

// The archive as minizip sees it: a read-only stream over the buffer.
struct Stream {
  std::string_view bytes;
  std::size_t pos = 0;
};

voidpf open_mem(voidpf opaque, const void*, int) { return opaque; }

uLong read_mem(voidpf, voidpf stream, void* buf, uLong size) {
  auto* s = static_cast<Stream*>(stream);
  const std::size_t n = std::min<std::size_t>(size, s->bytes.size() - s->pos);
  std::memcpy(buf, s->bytes.data() + s->pos, n);
  s->pos += n;
  return static_cast<uLong>(n);
}

uLong write_mem(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T tell_mem(voidpf, voidpf stream) { return static_cast<Stream*>(stream)->pos; }

long seek_mem(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* s = static_cast<Stream*>(stream);
  ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? s->pos
                  : origin == ZLIB_FILEFUNC_SEEK_END ? s->bytes.size()
                                                     : 0;
  if (offset > s->bytes.size() - std::min<ZPOS64_T>(base, s->bytes.size())) return -1;
  s->pos = static_cast<std::size_t>(base + offset);
  return 0;
}

int close_mem(voidpf, voidpf) { return 0; }
int error_mem(voidpf, voidpf) { return 0; }

}  // namespace

struct ZipReader::State {
  Stream stream;
  unzFile zip = nullptr;
  std::size_t inflated_total = 0;  // across every part read (kMaxUnzippedBytes)
};

ZipReader::ZipReader(std::string_view bytes) : state_(std::make_unique<State>()) {
  state_->stream.bytes = bytes;
  zlib_filefunc64_def io{};
  io.zopen64_file = open_mem;
  io.zread_file = read_mem;
  io.zwrite_file = write_mem;
  io.ztell64_file = tell_mem;
  io.zseek64_file = seek_mem;
  io.zclose_file = close_mem;
  io.zerror_file = error_mem;
  io.opaque = &state_->stream;
  if (bytes.size() <= kMaxFileBytes) state_->zip = unzOpen2_64("memory", &io);
}

ZipReader::~ZipReader() {
  if (state_->zip) unzClose(state_->zip);
}

bool ZipReader::ok() const { return state_->zip != nullptr; }

bool ZipReader::has(const std::string& name) const {
  return ok() && unzLocateFile(state_->zip, name.c_str(), 2) == UNZ_OK;  // 2: case-insensitive
}

bool ZipReader::read(const std::string& name, const std::function<bool(const char*, std::size_t)>& sink,
                     std::string& error) {
  if (!has(name)) {
    error = "the workbook has no part " + name;
    return false;
  }
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(state_->zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
      unzOpenCurrentFile(state_->zip) != UNZ_OK) {
    error = "the workbook's part " + name + " is damaged";
    return false;
  }
  const double compressed = std::max<double>(1.0, static_cast<double>(info.compressed_size));
  char buf[64 * 1024];
  std::size_t inflated = 0;
  bool good = true;
  for (;;) {
    const int n = unzReadCurrentFile(state_->zip, buf, sizeof buf);
    if (n < 0) {
      error = "the workbook's part " + name + " is damaged (it does not inflate)";
      good = false;
      break;
    }
    if (n == 0) break;
    inflated += static_cast<std::size_t>(n);
    state_->inflated_total += static_cast<std::size_t>(n);
    if (inflated > kMaxEntryBytes || state_->inflated_total > kMaxUnzippedBytes) {
      error = "the workbook unpacks to more than " +
              std::to_string((inflated > kMaxEntryBytes ? kMaxEntryBytes : kMaxUnzippedBytes) >> 20) +
              " MB, the most the importer reads (is it a zip bomb?)";
      good = false;
      break;
    }
    if (inflated > kRatioFloorBytes && inflated / compressed > kMaxCompressionRatio) {
      error = "the workbook's part " + name + " unpacks to over " +
              std::to_string(int(kMaxCompressionRatio)) +
              " times its packed size, which no real sheet does (is it a zip bomb?)";
      good = false;
      break;
    }
    if (!sink(buf, static_cast<std::size_t>(n))) {
      good = false;
      break;
    }
  }
  const int closed = unzCloseCurrentFile(state_->zip);  // checks the CRC when the part was read to its end
  if (good && closed == UNZ_CRCERROR) {
    error = "the workbook's part " + name + " is damaged (checksum)";
    good = false;
  }
  return good;
}

bool ZipReader::read_all(const std::string& name, std::string& out, std::string& error) {
  out.clear();
  return read(
      name,
      [&](const char* p, std::size_t n) {
        out.append(p, n);
        return true;
      },
      error);
}

}  // namespace planner::import
