// link_codec.cpp — see link_codec.h.
//
// Sections: base64url, deflate/inflate (zlib), fragment parsing, public API.
#include "io/link_codec.h"

#include <zlib.h>

#include "io/json_text.h"
#include "io/link_pack.h"
#include "io/migrate.h"
#include "io/scenario_json.h"

namespace planner::io {

// ---------------------------------------------------------------------------
// base64url (RFC 4648 section 5), no padding on output
// ---------------------------------------------------------------------------
namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}
}  // namespace

std::string base64url_encode(const std::string& bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    if (rest == 2) out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

bool base64url_decode(const std::string& text, std::string& bytes, std::size_t& bad_position) {
  std::size_t n = text.size();
  while (n > 0 && text[n - 1] == '=') --n;  // tolerate padding
  bytes.clear();
  bytes.reserve(n * 3 / 4);
  unsigned acc = 0;
  int bits = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const int v = sextet(text[i]);
    if (v < 0) {
      bad_position = i;
      return false;
    }
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  bad_position = n;
  return n % 4 != 1;  // one leftover character cannot hold a byte: cut off
}

// ---------------------------------------------------------------------------
// raw deflate with zlib
// ---------------------------------------------------------------------------

namespace {
// The preset dictionary of link format `format`; nullptr for none (0).
const std::string* dictionary_of(int format) {
  if (format == 1) return &link_dictionary();
  if (format == 2) return &link_dictionary_v2();
  return nullptr;
}
}  // namespace

std::string deflate_raw(const std::string& bytes, int dictionary) {
  z_stream z{};
  // windowBits -15: raw deflate, no zlib header or checksum (6 bytes fewer).
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  if (const std::string* d = dictionary_of(dictionary))
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(d->data()), static_cast<uInt>(d->size()));
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(&out[0]);
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);  // the bound guarantees one call finishes
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

LinkError inflate_raw(const std::string& bytes, std::size_t max_out, std::string& out, int dictionary) {
  z_stream z{};
  if (inflateInit2(&z, -15) != Z_OK) return LinkError::Damaged;
  if (const std::string* d = dictionary_of(dictionary))  // raw inflate takes the dictionary up front
    inflateSetDictionary(&z, reinterpret_cast<const Bytef*>(d->data()), static_cast<uInt>(d->size()));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  out.clear();
  char chunk[16384];
  LinkError result = LinkError::None;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    const int rc = inflate(&z, Z_NO_FLUSH);
    const std::size_t produced = sizeof chunk - z.avail_out;
    if (out.size() + produced > max_out) {
      result = LinkError::TooLarge;
      break;
    }
    out.append(chunk, produced);
    if (rc == Z_STREAM_END) {
      if (z.avail_in != 0) result = LinkError::Damaged;  // bytes after the end
      break;
    }
    if (rc == Z_OK) continue;
    // Z_BUF_ERROR with all input used: the stream stops before its end.
    result = (rc == Z_BUF_ERROR && z.avail_in == 0) ? LinkError::Truncated : LinkError::Damaged;
    break;
  }
  inflateEnd(&z);
  if (result != LinkError::None) out.clear();
  return result;
}

// ---------------------------------------------------------------------------
// fragment parsing
// ---------------------------------------------------------------------------
namespace {

bool fail(DecodedLink& info, LinkError e, std::string message) {
  info.error = e;
  info.message = std::move(message);
  return false;
}

// The first cap, before anything else reads the text.
bool too_long(const std::string& link, DecodedLink& info) {
  if (link.size() <= kMaxLinkChars) return false;
  fail(info, LinkError::TooLarge, "the link is too long to be a planner link (over 1 MiB of text)");
  return true;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Splits "a=1&s=1.xyz&b=1.uvw&view=summary" into the s, b and view values.
struct Parameters {
  std::string s, b, view;
  bool has_s = false, has_b = false;
};

Parameters parameters(const std::string& fragment) {
  Parameters p;
  std::size_t start = 0;
  while (start <= fragment.size()) {
    std::size_t end = fragment.find('&', start);
    if (end == std::string::npos) end = fragment.size();
    const std::string part = fragment.substr(start, end - start);
    if (part.rfind("s=", 0) == 0) {
      p.s = part.substr(2);
      p.has_s = true;
    } else if (part.rfind("b=", 0) == 0) {
      p.b = part.substr(2);
      p.has_b = true;
    } else if (part.rfind("view=", 0) == 0) {
      p.view = part.substr(5);
    }
    start = end + 1;
  }
  return p;
}

// The text after '#' (or the whole text when it has none), trimmed.
std::string fragment_of(const std::string& link) {
  std::string text = trim(link);
  const auto hash = text.find('#');
  if (hash != std::string::npos) text = text.substr(hash + 1);
  return text;
}

// The scenario JSON inside a plan of format `format`: format 1 carries the
// minimal JSON itself, format 2 its packed layout (io/link_pack.h).
bool scenario_text(int format, const std::string& inflated, std::string& json, DecodedLink& info) {
  if (format == 1) {
    json = inflated;
    return true;
  }
  Json packed, doc;
  std::string error;
  if (!parse_json(inflated, packed, error)) {
    info.issues = {{"(document)", error}};
    return fail(info, LinkError::InvalidScenario,
                "the link's plan cannot be used: 1 problem - " + info.issues[0].text());
  }
  switch (unpack_link_json(packed, doc, kMaxLinkInflatedBytes)) {
    case Unpacked::Ok:
      json = dump_json(doc, false);
      return true;
    case Unpacked::TooLarge:
      return fail(info, LinkError::TooLarge,
                  "the link's plan is too large to open (over 1 MiB when unpacked)");
    default:
      return fail(info, LinkError::Damaged, "the link is damaged: its plan cannot be unpacked");
  }
}

// Decodes one plan ("2.<payload>", the value of s= or b=); `key` names the
// parameter in messages. On failure `out` is untouched.
bool decode_plan(const std::string& payload, const char* key, Scenario& out, DecodedLink& info) {
  const auto point = payload.find('.');
  const std::string text = point == std::string::npos ? "" : payload.substr(0, point);
  const bool number =
      !text.empty() && text.size() < 6 && text.find_first_not_of("0123456789") == std::string::npos;
  const int format = number ? std::stoi(text) : -1;
  if (format > kLinkFormat)
    return fail(info, LinkError::NewerFormat,
                "the link was made by a newer version of the planner (link format " + text +
                    "; this version opens link formats up to " + std::to_string(kLinkFormat) + ")");
  if (format < kOldestLinkFormat || text != std::to_string(format)) {
    std::string starts;  // every format that opens: "s=1." or "s=2."
    for (int f = kOldestLinkFormat; f <= kLinkFormat; ++f)
      starts +=
          std::string(f == kOldestLinkFormat ? "" : " or ") + "\"" + key + "=" + std::to_string(f) + ".\"";
    return fail(info, LinkError::WrongFormat,
                "the link is not in a format this planner knows (it should start with " + starts + ")");
  }
  const std::string body = payload.substr(point + 1);
  if (body.empty())
    return fail(info, LinkError::Truncated,
                "the link is cut off: the plan after \"" + std::string(key) + "=" + text + ".\" is missing");
  std::string compressed;
  std::size_t bad = 0;
  if (!base64url_decode(body, compressed, bad)) {
    if (bad < body.size()) {
      const unsigned char c = static_cast<unsigned char>(body[bad]);
      const std::string shown =
          c >= 0x21 && c < 0x7f ? std::string("'") + body[bad] + "'" : "a space or symbol";
      return fail(info, LinkError::BadCharacters,
                  "the link is damaged: it contains " + shown + " at position " + std::to_string(bad + 1) +
                      " of the plan, which a planner link never contains");
    }
    return fail(info, LinkError::Truncated, "the link is cut off (it was probably not copied whole)");
  }
  std::string inflated;
  switch (inflate_raw(compressed, kMaxLinkInflatedBytes, inflated, format)) {
    case LinkError::None:
      break;
    case LinkError::Truncated:
      return fail(info, LinkError::Truncated, "the link is cut off (it was probably not copied whole)");
    case LinkError::TooLarge:
      return fail(info, LinkError::TooLarge,
                  "the link's plan is too large to open (over 1 MiB when unpacked)");
    default:
      return fail(info, LinkError::Damaged, "the link is damaged: its plan cannot be unpacked");
  }
  std::string json;
  if (!scenario_text(format, inflated, json, info)) return false;
  Scenario parsed;
  if (!scenario_from_json(json, parsed, info.issues)) {
    const std::size_t n = info.issues.size();
    std::string first = n ? " - " + info.issues.front().text() : "";
    info.error = LinkError::InvalidScenario;
    info.message =
        "the link's plan cannot be used: " + std::to_string(n) + (n == 1 ? " problem" : " problems") + first;
    return false;
  }
  out = std::move(parsed);
  return true;
}

// One plan as the value of s= or b=: "2." + base64url(deflate(packed JSON)).
std::string encode_plan(const Scenario& s) {
  return std::to_string(kLinkFormat) + "." + base64url_encode(deflate_raw(link_packed_json(s), kLinkFormat));
}

}  // namespace

// ---------------------------------------------------------------------------
// public API
// ---------------------------------------------------------------------------

std::string link_packed_json(const Scenario& s) {
  Json minimal;
  std::string error;
  Scenario linked = s;
  linked.version = oldest_reading_version(s);  // io/migrate.h: links stay as short as before
  parse_json(scenario_to_minimal_json(linked), minimal, error);  // our own output: always parses
  return dump_json(pack_link_json(minimal), false);
}

std::string encode_link_fragment(const Scenario& s, const std::string& view) {
  std::string fragment = "s=" + encode_plan(s);
  if (!view.empty()) fragment += "&view=" + view;
  return fragment;
}

std::string encode_comparison_fragment(const Scenario& current, const Scenario& other,
                                       const std::string& view) {
  std::string fragment = encode_link_fragment(current);
  fragment += "&b=" + encode_plan(other);
  if (!view.empty()) fragment += "&view=" + view;
  return fragment;
}

bool decode_link(const std::string& link, Scenario& out, DecodedLink& info) {
  info = DecodedLink{};
  if (too_long(link, info)) return false;
  const std::string text = fragment_of(link);

  Parameters p;
  const auto dot = text.find('.');
  if (dot != std::string::npos && dot > 0 && text.find_first_not_of("0123456789") == dot &&
      text.find_first_not_of(kAlphabet, dot + 1) == std::string::npos) {
    p.s = text;  // a bare "1.abc"
    p.has_s = true;
  } else {
    p = parameters(text);
  }
  info.view = p.view;
  info.has_comparison = p.has_b;
  if (!p.has_s || p.s.empty())
    return fail(info, LinkError::NoScenario,
                "the link holds no plan (it should contain \"#s=" + std::to_string(kLinkFormat) +
                    ".\" followed by the plan)");
  return decode_plan(p.s, "s", out, info);
}

bool decode_comparison_link(const std::string& link, Scenario& out, DecodedLink& info) {
  info = DecodedLink{};
  if (too_long(link, info)) return false;
  const Parameters p = parameters(fragment_of(link));
  info.view = p.view;
  info.has_comparison = p.has_b;
  if (!p.has_b || p.b.empty())
    return fail(info, LinkError::NoScenario,
                "the link holds no plan to compare with (it should contain \"&b=" +
                    std::to_string(kLinkFormat) + ".\" followed by the plan)");
  return decode_plan(p.b, "b", out, info);
}

FragmentKind classify_fragment(const std::string& fragment) {
  const std::string text = fragment_of(fragment);
  if (text.empty()) return FragmentKind::Empty;
  bool ours = true;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('&', start);
    if (end == std::string::npos) end = text.size();
    const std::string part = text.substr(start, end - start);
    if (part.rfind("s=", 0) == 0) return FragmentKind::PlannerLink;
    ours = ours && (part.rfind("b=", 0) == 0 || part.rfind("view=", 0) == 0);
    start = end + 1;
  }
  return ours ? FragmentKind::PlannerView : FragmentKind::Foreign;
}

std::string foreign_fragment_message(const std::string& fragment) {
  std::string shown;
  std::size_t n = 0;
  for (char c : fragment_of(fragment)) {
    if (++n > 40) {
      shown += "\xE2\x80\xA6";
      break;
    }
    shown += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return "This link is not a planner link (it ends in \"#" + shown +
         "\", and a planner link ends in \"#s=\" and the plan), so nothing was opened from it. Your own "
         "plan is shown.";
}

bool decode_link(const std::string& link, Scenario& out, std::string& message, std::vector<Issue>* issues) {
  DecodedLink info;
  const bool ok = decode_link(link, out, info);
  message = info.message;
  if (issues) *issues = info.issues;
  return ok;
}

}  // namespace planner::io
