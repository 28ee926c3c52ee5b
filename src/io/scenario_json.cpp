// scenario_json.cpp — Scenario <-> JSON.
//
// Sections
//   1. enum names            which enums are read and written (their ids: core/names.h)
//   2. reading               strict: type, unknown-field and range errors by path
//   3. writing               full (files) or minimal (links: defaults left out)
//   4. public API            parse -> migrate -> read -> validate
//
// The field lists live in scenario_fields.h; this file only knows how to read
// and write each kind of value (number, text, range, enum, list, record).
#include "io/scenario_json.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "core/actuals.h"
#include "core/names.h"
#include "io/json_text.h"
#include "io/migrate.h"
#include "io/scenario_fields.h"

namespace planner::io {

// ---------------------------------------------------------------------------
// 1. enum names
// ---------------------------------------------------------------------------
namespace {

template <class E>
struct is_scenario_enum : std::false_type {};
template <>
struct is_scenario_enum<CostBasis> : std::true_type {};
template <>
struct is_scenario_enum<GroupKind> : std::true_type {};
template <>
struct is_scenario_enum<Distribution> : std::true_type {};

}  // namespace

// The spellings are core/names.h's tables (enum_id, parse_enum).

// ---------------------------------------------------------------------------
// 2. reading
// ---------------------------------------------------------------------------
namespace {

using Issues = std::vector<Issue>;

std::string join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

void wrong_type(Issues& issues, const std::string& path, const char* expected, const Json& got) {
  issues.push_back({path, std::string("expected ") + expected + ", got " + describe_json_value(got)});
}

// Edit distance, for "did you mean" on unknown fields.
std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

void read(const Json& j, const std::string& path, int& out, Issues& issues) {
  constexpr long long lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
  if (j.is_number_unsigned()) {
    const auto v = j.get<unsigned long long>();
    if (v > static_cast<unsigned long long>(hi))
      issues.push_back({path, "must be at most " + std::to_string(hi) + ", got " + j.dump()});
    else
      out = static_cast<int>(v);
  } else if (j.is_number_integer()) {
    const auto v = j.get<long long>();
    if (v < lo || v > hi)
      issues.push_back({path, "out of range for a whole number, got " + j.dump()});
    else
      out = static_cast<int>(v);
  } else if (j.is_number_float() && std::floor(j.get<double>()) == j.get<double>() && j.get<double>() >= lo &&
             j.get<double>() <= hi) {
    out = static_cast<int>(j.get<double>());  // 12.0 is a whole number
  } else {
    wrong_type(issues, path, "a whole number", j);
  }
}

void read(const Json& j, const std::string& path, double& out, Issues& issues) {
  if (j.is_number())
    out = j.get<double>();  // the parser already refuses overflow to infinity
  else
    wrong_type(issues, path, "a number", j);
}

void read(const Json& j, const std::string& path, bool& out, Issues& issues) {
  if (j.is_boolean())
    out = j.get<bool>();
  else
    wrong_type(issues, path, "true or false", j);
}

void read(const Json& j, const std::string& path, std::string& out, Issues& issues) {
  if (j.is_string())
    out = j.get<std::string>();
  else
    wrong_type(issues, path, "a string", j);
}

template <class E>
std::enable_if_t<is_scenario_enum<E>::value> read(const Json& j, const std::string& path, E& out,
                                                  Issues& issues) {
  if (j.is_string() && parse_enum(j.get<std::string>(), out)) return;
  std::string expected = "one of";
  for (const auto& e : enum_rows(E{}))
    expected += std::string(&e == enum_rows(E{}).begin() ? " \"" : ", \"") + e.id + "\"";
  wrong_type(issues, path, expected.c_str(), j);
}

void read(const Json& j, const std::string& path, Range& out, Issues& issues) {
  if (j.is_number()) {
    out = Range::fixed(j.get<double>());
    return;
  }
  if (!j.is_object()) {
    wrong_type(issues, path, "a number or {\"low\", \"likely\", \"high\"}", j);
    return;
  }
  Range r = out;
  for (const auto& [key, value] : j.items()) {
    double* slot = key == "low" ? &r.low : key == "likely" ? &r.likely : key == "high" ? &r.high : nullptr;
    if (slot)
      read(value, join(path, key), *slot, issues);
    else
      issues.push_back({join(path, key), "unknown field (a range has \"low\", \"likely\" and \"high\")"});
  }
  out = r;
}

template <class T>
std::enable_if_t<fields::is_record<T>::value> read(const Json& j, const std::string& path, T& out,
                                                   Issues& issues);

template <class T>
void read(const Json& j, const std::string& path, std::vector<T>& out, Issues& issues) {
  if (!j.is_array()) {
    wrong_type(issues, path, "an array", j);
    return;
  }
  std::vector<T> items(j.size());  // each element starts from T's defaults
  for (std::size_t i = 0; i < j.size(); ++i)
    read(j[i], path + "[" + std::to_string(i) + "]", items[i], issues);
  out = std::move(items);
}

struct FieldReader {
  const Json& object;
  const std::string& path;
  Issues& issues;
  std::vector<std::string> known;

  template <class T>
  void operator()(const char* key, T& field, const T&) {
    known.emplace_back(key);
    auto it = object.find(key);
    if (it != object.end()) read(*it, join(path, key), field, issues);
  }
};

template <class T>
std::enable_if_t<fields::is_record<T>::value> read(const Json& j, const std::string& path, T& out,
                                                   Issues& issues) {
  if (!j.is_object()) {
    wrong_type(issues, path, "an object", j);
    return;
  }
  FieldReader reader{j, path, issues, {}};
  fields::visit(reader, out, out);
  for (const auto& item : j.items()) {
    const std::string& key = item.key();
    if (std::find(reader.known.begin(), reader.known.end(), key) != reader.known.end()) continue;
    std::string message = "unknown field";
    std::size_t best = 3;
    for (const auto& k : reader.known) {
      const std::size_t d = distance(key, k);
      if (d < best && d * 3 <= k.size()) {
        best = d;
        message = "unknown field (did you mean \"" + k + "\"?)";
      }
    }
    issues.push_back({join(path, key), message});
  }
}

// ---------------------------------------------------------------------------
// 3. writing
// ---------------------------------------------------------------------------

Json write(int v, int, bool) { return v; }
Json write(double v, double, bool) { return v; }
Json write(bool v, bool, bool) { return v; }
Json write(const std::string& v, const std::string&, bool) { return v; }
template <class E>
std::enable_if_t<is_scenario_enum<E>::value, Json> write(E v, E, bool) {
  return enum_id(v);
}
Json write(const Range& r, const Range&, bool minimal) {
  if (minimal && r.low == r.likely && r.likely == r.high) return r.likely;  // a fixed value
  Json j = Json::object();
  j["low"] = r.low;
  j["likely"] = r.likely;
  j["high"] = r.high;
  return j;
}
template <class T>
std::enable_if_t<fields::is_record<T>::value, Json> write(const T& v, const T& defaults, bool minimal);
template <class T>
Json write(const std::vector<T>& v, const std::vector<T>&, bool minimal) {
  Json j = Json::array();
  const T element_defaults{};  // what a reader starts each element from
  for (const auto& e : v) j.push_back(write(e, element_defaults, minimal));
  return j;
}

struct FieldWriter {
  Json& object;
  bool minimal;

  template <class T>
  void operator()(const char* key, const T& value, const T& defaults) {
    // A reader fills a missing field from the same defaults, so leaving it
    // out changes nothing. `version` always stays: it selects the schema.
    if (minimal && std::string(key) != "version" &&
        write(value, defaults, false) == write(defaults, defaults, false))
      return;
    object[key] = write(value, defaults, minimal);
  }
};

template <class T>
std::enable_if_t<fields::is_record<T>::value, Json> write(const T& v, const T& defaults, bool minimal) {
  Json j = Json::object();
  FieldWriter writer{j, minimal};
  fields::visit(writer, const_cast<T&>(v), defaults);  // the writer only reads
  return j;
}

}  // namespace

// ---------------------------------------------------------------------------
// 4. public API
// ---------------------------------------------------------------------------

bool scenario_from_json(const std::string& text, Scenario& out, std::vector<Issue>& issues) {
  issues.clear();
  Json doc;
  std::string error;
  if (!parse_json(text, doc, error)) {
    issues.push_back({"(document)", error});
    return false;
  }
  if (!doc.is_object()) {
    wrong_type(issues, "(document)", "a scenario object", doc);
    return false;
  }
  if (!migrate_to(doc, kSchemaVersion, schema_migrations(), issues)) return false;

  Scenario parsed;
  read(doc, "", parsed, issues);
  // A month given by segment only: its per-tier counts are the segments' sums.
  for (ActualMonth& m : parsed.actuals.months)
    if (m.enrolled.empty() && m.completed.empty() && m.applying.empty())
      sum_segments(m, static_cast<int>(parsed.framework.tiers.size()));
  // Model checks too, minus paths already reported as ill-typed (their value
  // is the default now, so a second message there would mislead).
  for (auto& issue : validate(parsed)) {
    const bool seen =
        std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.path == issue.path; });
    if (!seen) issues.push_back(std::move(issue));
  }
  if (!issues.empty()) return false;
  out = std::move(parsed);
  return true;
}

std::string scenario_to_json(const Scenario& s, bool pretty) {
  return dump_json(write(s, Scenario{}, false), pretty);
}

std::string scenario_to_minimal_json(const Scenario& s) {
  return dump_json(write(s, Scenario{}, true), false);
}

}  // namespace planner::io
