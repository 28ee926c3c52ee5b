// link_pack.cpp — see link_pack.h.
#include "io/link_pack.h"

#include <algorithm>
#include <string>
#include <vector>

namespace planner::io {
namespace {

const char kCount[] = "#";        // a list of objects, as columns
const char kTransposed[] = "#T";  // a list of equal-length lists, transposed

bool all_objects_with_keys(const Json& list) {
  bool any_key = false;
  for (const Json& e : list) {
    if (!e.is_object()) return false;
    any_key = any_key || !e.empty();
  }
  return any_key;
}

bool rectangular(const Json& list) {
  for (const Json& e : list)
    if (!e.is_array() || e.size() != list.front().size()) return false;
  return !list.front().empty();
}

// `list` unpacked; each column is packed on its own.
Json columns(const Json& list) {
  std::vector<std::string> keys;
  for (const Json& e : list)
    for (auto it = e.begin(); it != e.end(); ++it)
      if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) keys.push_back(it.key());
  Json out = Json::object();
  out[kCount] = list.size();
  for (const std::string& k : keys) {
    Json column = Json::array();
    for (const Json& e : list) {
      const auto found = e.find(k);
      column.push_back(found == e.end() ? Json(nullptr) : *found);
    }
    out[k] = pack_link_json(column);
  }
  return out;
}

// `list` unpacked; each row (the c-th entry of every list) is packed on its own.
Json transposed(const Json& list) {
  Json rows = Json::array();
  for (std::size_t c = 0; c < list.front().size(); ++c) {
    Json row = Json::array();
    for (const Json& e : list) row.push_back(e[c]);
    rows.push_back(pack_link_json(row));
  }
  Json out = Json::object();
  out[kTransposed] = std::move(rows);
  return out;
}

Unpacked unpack(const Json& j, Json& out, std::size_t& budget);

Unpacked unpack_columns(const Json& j, Json& out, std::size_t& budget) {
  const Json& count = j[kCount];
  if (!count.is_number_unsigned() || j.size() < 2) return Unpacked::Malformed;  // at least one column
  const std::size_t n = count.get<std::size_t>();
  std::vector<Json> elements;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == kCount) continue;
    Json column;
    if (const Unpacked u = unpack(it.value(), column, budget); u != Unpacked::Ok) return u;
    if (!column.is_array() || column.size() != n) return Unpacked::Malformed;
    // Each element gets its own copy of the key: a long key over a long
    // column is where a small link could grow large, so it is counted.
    const std::size_t cost = n * (it.key().size() + 1);
    if (cost > budget) return Unpacked::TooLarge;
    budget -= cost;
    // n equals a real column's length, so this allocates no more than the
    // link's text describes.
    if (elements.empty()) elements.assign(n, Json::object());
    for (std::size_t i = 0; i < n; ++i)
      if (!column[i].is_null()) elements[i][it.key()] = std::move(column[i]);
  }
  out = Json::array();
  for (Json& e : elements) out.push_back(std::move(e));
  return Unpacked::Ok;
}

Unpacked unpack_transposed(const Json& j, Json& out, std::size_t& budget) {
  const Json& packed_rows = j[kTransposed];
  if (j.size() != 1 || !packed_rows.is_array() || packed_rows.empty()) return Unpacked::Malformed;
  std::vector<Json> rows;
  for (const Json& r : packed_rows) {
    Json row;
    if (const Unpacked u = unpack(r, row, budget); u != Unpacked::Ok) return u;
    if (!row.is_array() || row.empty() || (!rows.empty() && row.size() != rows.front().size()))
      return Unpacked::Malformed;
    rows.push_back(std::move(row));
  }
  out = Json::array();
  for (std::size_t i = 0; i < rows.front().size(); ++i) {
    Json list = Json::array();
    for (Json& r : rows) list.push_back(std::move(r[i]));
    out.push_back(std::move(list));
  }
  return Unpacked::Ok;
}

Unpacked unpack(const Json& j, Json& out, std::size_t& budget) {
  if (j.is_object()) {
    if (j.contains(kCount)) return unpack_columns(j, out, budget);
    if (j.contains(kTransposed)) return unpack_transposed(j, out, budget);
    out = Json::object();
    for (auto it = j.begin(); it != j.end(); ++it) {
      Json v;
      if (const Unpacked u = unpack(it.value(), v, budget); u != Unpacked::Ok) return u;
      out[it.key()] = std::move(v);
    }
    return Unpacked::Ok;
  }
  if (j.is_array()) {
    out = Json::array();
    for (const Json& e : j) {
      Json v;
      if (const Unpacked u = unpack(e, v, budget); u != Unpacked::Ok) return u;
      out.push_back(std::move(v));
    }
    return Unpacked::Ok;
  }
  out = j;
  return Unpacked::Ok;
}

}  // namespace

Json pack_link_json(const Json& j) {
  if (j.is_object()) {
    Json out = Json::object();
    for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = pack_link_json(it.value());
    return out;
  }
  if (!j.is_array() || j.empty()) return j;
  if (all_objects_with_keys(j)) return columns(j);
  if (rectangular(j)) return transposed(j);
  Json list = Json::array();
  for (const Json& e : j) list.push_back(pack_link_json(e));
  return list;
}

Unpacked unpack_link_json(const Json& j, Json& out, std::size_t max_key_bytes) {
  std::size_t budget = max_key_bytes;
  return unpack(j, out, budget);
}

}  // namespace planner::io
