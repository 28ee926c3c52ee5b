// names.h — the words for each enum, one table per enum (its id in JSON and
// on the command line, its label for people, its unit words), and the one
// fallback for a tier, model or segment that has no name.
//
// Every view reads these instead of writing its own switch: the scenario
// JSON reads and writes ids, the UI and the report show labels, the
// uncertainty tools name a model's cost by its unit words. Plain data, no
// JSON or UI here.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner {

template <class E>
struct EnumWords {
  E value;
  const char* id;     // "per_learner_week": JSON and CLI spelling
  const char* label;  // "per learner per week": what people read
  const char* unit;   // "learner-week": the unit words after "cost per" (empty where none)
};

template <class E>
struct EnumRows {
  const EnumWords<E>* begin_;
  const EnumWords<E>* end_;
  const EnumWords<E>* begin() const { return begin_; }
  const EnumWords<E>* end() const { return end_; }
};

// The table of each enum, in the enum's order. The argument only picks the table.
EnumRows<CostBasis> enum_rows(CostBasis);
EnumRows<GroupKind> enum_rows(GroupKind);
EnumRows<Distribution> enum_rows(Distribution);
EnumRows<Case> enum_rows(Case);
EnumRows<Constraint> enum_rows(Constraint);

template <class E>
const EnumWords<E>& enum_words(E v) {
  const EnumRows<E> rows = enum_rows(E{});
  for (const EnumWords<E>& w : rows)
    if (w.value == v) return w;
  return *rows.begin();
}
template <class E>
const char* enum_id(E v) {
  return enum_words(v).id;
}
template <class E>
const char* enum_label(E v) {
  return enum_words(v).label;
}
// Sets `out` to the value spelled `id`; false (and `out` untouched) if none is.
template <class E>
bool parse_enum(const std::string& id, E& out) {
  for (const EnumWords<E>& w : enum_rows(E{}))
    if (id == w.id) {
      out = w.value;
      return true;
    }
  return false;
}

// ---- names of rows -----------------------------------------------------------------
// The one fallback for a missing name: a tier, model or segment without a
// name (or an index past the end) reads "tier 3", "model 2", "segment 1",
// counted from 1 as people count. A model without a name goes by its id first.
std::string row_name(const std::string& name, const char* noun, int index);  // name, else "noun index+1"
std::string tier_name(const Scenario& s, int k);
// The tier's name for a column title, without a leading "AI ": "Fluency".
std::string short_tier_name(const Scenario& s, int k);
std::string model_name(const Scenario& s, int j);
std::string segment_name(const Scenario& s, int g);

}  // namespace planner
