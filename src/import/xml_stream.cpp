#include "import/xml_stream.h"

#include <cstring>

#include "expat.h"

namespace planner::import {
namespace {

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

XmlStream* self(void* user) { return static_cast<XmlStream*>(user); }

}  // namespace

const char* XmlAttrs::get(std::string_view local) const {
  for (const char** p = pairs; p && *p; p += 2)
    if (local_name(p[0]) == local) return p[1];
  return nullptr;
}

XmlStream::XmlStream() : parser_(XML_ParserCreate("UTF-8")) {
  auto* p = static_cast<XML_Parser>(parser_);
  XML_SetUserData(p, this);
  XML_SetElementHandler(
      p,
      [](void* u, const XML_Char* name, const XML_Char** attrs) {
        if (self(u)->on_start) self(u)->on_start(local_name(name), XmlAttrs{attrs});
      },
      [](void* u, const XML_Char* name) {
        if (self(u)->on_end) self(u)->on_end(local_name(name));
      });
  XML_SetCharacterDataHandler(p, [](void* u, const XML_Char* s, int len) {
    if (self(u)->on_text) self(u)->on_text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  XML_SetStartDoctypeDeclHandler(p, [](void* u, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    self(u)->stop("it declares a DOCTYPE, which no workbook part has");
  });
}

XmlStream::~XmlStream() { XML_ParserFree(static_cast<XML_Parser>(parser_)); }

void XmlStream::stop(std::string why) {
  if (stop_reason_.empty()) stop_reason_ = std::move(why);
  XML_StopParser(static_cast<XML_Parser>(parser_), XML_FALSE);
}

bool XmlStream::feed(const char* data, std::size_t size, bool last, std::string& error) {
  auto* p = static_cast<XML_Parser>(parser_);
  if (!stop_reason_.empty()) {
    error = stop_reason_;
    return false;
  }
  if (XML_Parse(p, data, static_cast<int>(size), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
    error = !stop_reason_.empty()
                ? stop_reason_
                : std::string("its XML is malformed at line ") + std::to_string(XML_GetCurrentLineNumber(p)) +
                      " (" + XML_ErrorString(XML_GetErrorCode(p)) + ")";
    return false;
  }
  return true;
}

bool parse_xml(XmlStream& xml, std::string_view text, std::string& error) {
  return xml.feed(text.data(), text.size(), true, error);
}

}  // namespace planner::import
