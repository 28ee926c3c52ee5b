// text_out.h — a string built with <<, for the text and HTML writers (summary,
// reader). Not std::ostringstream: that pulled the iostream and locale
// machinery into the wasm (~55 KB, issue 12's size goal). Integers print as
// std::to_string does; a double as the stream printed it by default (%g, 6
// significant digits). Anything formatted on purpose goes through io/format.h.
#pragma once

#include <cstdio>
#include <string>
#include <type_traits>

namespace planner::io {

class TextOut {
 public:
  TextOut& operator<<(const std::string& s) {
    text_ += s;
    return *this;
  }
  TextOut& operator<<(const char* s) {
    text_ += s;
    return *this;
  }
  TextOut& operator<<(char c) {
    text_ += c;
    return *this;
  }
  template <typename T,
            std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, bool>,
                             int> = 0>
  TextOut& operator<<(T v) {
    text_ += std::to_string(v);
    return *this;
  }
  TextOut& operator<<(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    text_ += buf;
    return *this;
  }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

}  // namespace planner::io
