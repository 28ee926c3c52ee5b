// json_text.h — parsing and printing JSON text safely, for every io document.
//
// Why not json::parse? It throws, and the wasm build cannot catch exceptions
// (Emscripten aborts on throw), so a bad file would crash the page. This
// parses through nlohmann's SAX interface with exceptions off, turns the
// parser's message into words for the user, and refuses deeply nested input
// before it can exhaust the stack. Printing never throws either: invalid
// UTF-8 in a string is replaced, not fatal.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace planner::io {

// Keys keep their insertion order so written documents follow the struct order.
using Json = nlohmann::ordered_json;

constexpr int kMaxJsonDepth = 64;                 // a scenario needs 4
constexpr std::size_t kMaxJsonBytes = 16u << 20;  // 16 MiB: far above any real plan

// Parses `text` into `out`. On failure returns false and sets `error` to a
// readable message ("line 3, column 7: unexpected '}'"). Duplicate keys in
// one object are errors (which of the two was meant is unknowable).
bool parse_json(const std::string& text, Json& out, std::string& error);
// The same for text the program wrote itself (messages between its parts):
// the value, or null when `text` is not JSON.
Json parse_json_or_null(const std::string& text);

// Pretty (indent 2) or compact. Doubles print in nlohmann's shortest
// round-trip form, which is the same natively and in wasm.
std::string dump_json(const Json& j, bool pretty);

// A short rendering of a value for messages: "\"abc\"", "2.5", "an object".
std::string describe_json_value(const Json& j);

}  // namespace planner::io
