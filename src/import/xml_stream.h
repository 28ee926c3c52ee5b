// xml_stream.h — a thin, streaming wrapper over expat for the XLSX reader:
// element names arrive without their namespace prefix ("x:row" -> "row"),
// attributes as a lookup, text in pieces. A DOCTYPE (which no XLSX part has,
// and which entity expansion attacks need) stops the parse.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace planner::import {

struct XmlAttrs {
  const char** pairs;  // expat's name, value, name, value, ..., nullptr
  // The value of the attribute whose local name is `local` ("id" matches
  // "r:id"), or nullptr.
  const char* get(std::string_view local) const;
};

class XmlStream {
 public:
  std::function<void(std::string_view name, const XmlAttrs& attrs)> on_start;
  std::function<void(std::string_view name)> on_end;
  std::function<void(std::string_view text)> on_text;

  XmlStream();
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Feeds a chunk; `last` on the final one. False with `error` when the XML is
  // malformed or a handler called stop().
  bool feed(const char* data, std::size_t size, bool last, std::string& error);
  void stop(std::string why);

 private:
  void* parser_;
  std::string stop_reason_;
};

// Parses a whole text at once.
bool parse_xml(XmlStream& xml, std::string_view text, std::string& error);

}  // namespace planner::import
