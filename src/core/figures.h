// figures.h — the one table of the plan's figures: every number a view shows
// from Totals (the results document, the comparison, the headline, the
// report, the uncertainty tools) is a row here, picked by its key.
//
// A row says what the figure is called (key for JSON and the CLI, label for
// people), its unit, which way is better, whether it is a whole number, and
// how to read it from Totals, including when it has no value ("none": payback
// or target not reached within the horizon, ROI or BCR of a plan that costs
// nothing, cost per capable employee with nobody capable). Views never
// re-derive a figure; they look it up and format it by unit (io/format.h).
//
// Adding a figure: a field in Totals, its computation (core/finance.cpp),
// and one row below. The results document writes every row in table order;
// the comparison and the other views choose rows by key.
#pragma once

#include <string>

#include "core/result.h"

namespace planner {

enum class FigureUnit { Money, Percent, Ratio, Month, HoursPerWeek, Fte, People, Hours, YesNo };

// The unit's id in JSON documents: "money", "percent", "ratio", "month",
// "hours_per_week", "fte", "people", "hours", "yes_no".
const char* unit_id(FigureUnit u);

// Which way is better, where that is unambiguous. Cost is neither: a cheaper
// plan may simply do less.
enum class Better { Neither, Higher, Lower };

struct FigureValue {
  bool defined = false;  // false: "none" (not within the horizon, no cost, nobody capable)
  double value = 0;
};

struct FigureSpec {
  const char* key;    // "incremental_cost": the results document's totals key, the comparison key
  const char* label;  // "Incremental cost"
  FigureUnit unit;
  Better better;
  bool whole;  // an integer (months, people counted one by one): written without decimals
  FigureValue (*read)(const Totals&);
  const char* why_none = nullptr;  // why it can be "none", where the unit does not say: "no cost"
};

// Every figure, in the order of the results document's "totals".
const FigureSpec* figures_begin();
const FigureSpec* figures_end();
// The row for `key`, or nullptr.
const FigureSpec* find_figure(const std::string& key);
// The row for `key`; the key must exist (a programming error otherwise: the
// table's own test checks every key a view asks for).
const FigureSpec& figure(const char* key);

}  // namespace planner
