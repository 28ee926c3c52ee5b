#include "io/json_text.h"

#include <set>
#include <vector>

namespace planner::io {
namespace {

// Builds the DOM with nlohmann's own SAX DOM builder, adding a depth limit,
// duplicate-key detection and a captured error message.
class GuardedDomBuilder {
 public:
  using Dom = nlohmann::detail::json_sax_dom_parser<Json>;
  explicit GuardedDomBuilder(Json& root) : dom_(root, false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& s) { return dom_.number_float(v, s); }
  bool string(Json::string_t& v) { return dom_.string(v); }
  bool binary(Json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) {
    if (!enter()) return false;
    keys_.emplace_back();
    return dom_.start_object(n);
  }
  bool key(Json::string_t& k) {
    if (!keys_.back().insert(k).second) {
      error = "the field \"" + k + "\" appears twice in one object";
      return false;
    }
    return dom_.key(k);
  }
  bool end_object() {
    --depth_;
    keys_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return enter() && dom_.start_array(n); }
  bool end_array() {
    --depth_;
    return dom_.end_array();
  }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    error = readable(ex.what());
    return false;
  }

  std::string error;

 private:
  bool enter() {
    if (++depth_ > kMaxJsonDepth) {
      error = "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
      return false;
    }
    return true;
  }
  // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax
  // error while parsing value - invalid literal; last read: 'tru'" ->
  // "parse error at line 1, column 4: invalid literal; last read: 'tru'".
  static std::string readable(std::string m) {
    auto close = m.find("] ");
    if (m.rfind("[json.exception", 0) == 0 && close != std::string::npos) m.erase(0, close + 2);
    auto dash = m.find(" - ");
    auto colon = m.find(": ");
    if (dash != std::string::npos && colon != std::string::npos && colon < dash)
      m.erase(colon + 2, dash + 3 - (colon + 2));
    return m;
  }

  Dom dom_;
  int depth_ = 0;
  std::vector<std::set<std::string>> keys_;
};

}  // namespace

Json parse_json_or_null(const std::string& text) {
  Json j;
  std::string error;
  return parse_json(text, j, error) ? j : Json();
}

bool parse_json(const std::string& text, Json& out, std::string& error) {
  if (text.size() > kMaxJsonBytes) {
    error = "the document is too large (" + std::to_string(text.size() >> 20) + " MiB; the limit is " +
            std::to_string(kMaxJsonBytes >> 20) + " MiB)";
    return false;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    error = "the document is empty";
    return false;
  }
  Json root;
  GuardedDomBuilder builder(root);
  const bool ok = Json::sax_parse(text, &builder);
  if (!ok || !builder.error.empty()) {
    error = builder.error.empty() ? "not valid JSON" : builder.error;
    return false;
  }
  out = std::move(root);
  return true;
}

std::string dump_json(const Json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

std::string describe_json_value(const Json& j) {
  switch (j.type()) {
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::null:
      return "null";
    default:
      break;
  }
  std::string s = dump_json(j, false);
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

}  // namespace planner::io
