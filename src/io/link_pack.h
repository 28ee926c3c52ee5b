// link_pack.h — the layout of a link of format 2 before compression: the
// minimal scenario JSON with its lists turned into columns, so deflate sees
// runs (a hundred segments' headcounts side by side, not a hundred objects
// that each repeat "headcount").
//
//   a list of objects      [{"name":"A","wave":2},{"name":"B"}]
//                       -> {"#":2,"name":["A","B"],"wave":[2,null]}
//   a list of equal-length lists   [[10,0,0],[12,1,0]]
//                       -> {"#T":[[10,12],[0,1],[0,0]]}
//
// Columns follow the order in which keys first appear; null marks a field
// an element leaves out (a scenario never holds null). Applied bottom-up, so
// a column of lists (current_at_tier) or of range objects is packed again.
// Lists of empty objects and ragged lists stay as they are. The layout is
// generic over the JSON, so a field added to the schema needs no change
// here; the keys "#" and "#T" never occur in a scenario.
#pragma once

#include <cstddef>

#include "io/json_text.h"

namespace planner::io {

Json pack_link_json(const Json& j);

enum class Unpacked { Ok, Malformed, TooLarge };
// The inverse. Malformed: a packed shape no encoder writes (a column of the
// wrong length, a "#" that is not a count, ...). TooLarge: the keys copied
// into the rebuilt elements would pass `max_key_bytes` (a long key over a
// long column is how a small link could unpack into a huge document).
// `out` is unspecified unless Ok.
Unpacked unpack_link_json(const Json& j, Json& out, std::size_t max_key_bytes);

}  // namespace planner::io
