// scenario_edits.h — structural edits that must keep a Scenario consistent:
// plan rows refer to segments by index and to models by id, segments carry
// one entry per tier. Panels call these instead of touching vectors directly.
#pragma once

#include <string>

#include "core/scenario.h"

namespace planner::ui {

// A new segment at the end: 10 people at the organisation's default rate,
// nobody at a tier today and no goals, so it changes no cost until the user
// types its goals (the table shows every one of these values).
void add_segment(Scenario& s);
// A blank plan on `base`'s framework, models and sourced settings: no
// segments, no plan rows, no title or purpose; what the welcome's "Start a
// blank plan" opens and the guide walks through.
Scenario blank_plan(const Scenario& base);
// Inserts a copy after `index` (name gets " (copy)"), copying its plan rows.
// These three keep the actuals' segment rows in step (ui/actuals_edits.h).
void duplicate_segment(Scenario& s, int index);
// Removes the segment and its plan rows; later indices in the plan shift down.
void remove_segment(Scenario& s, int index);
// Swaps segment `index` with `index + delta` (delta -1 or +1), plan rows follow.
void move_segment(Scenario& s, int index, int delta);

// Sizes every segment's per-tier vectors to the framework's tier count and
// keeps the target tier in range. Call after adding or removing a tier.
void fit_segments_to_tiers(Scenario& s);
void add_tier(Scenario& s);
void remove_last_tier(Scenario& s);

// A new model with a unique id; duplicate copies one with a new id.
void add_model(Scenario& s);
void duplicate_model(Scenario& s, int index);
// Removes the model and the plan rows that use it. Tiers whose default model
// it was fall back to the first remaining model able to deliver them.
void remove_model(Scenario& s, int index);
// Renames a model id everywhere it is referenced.
void rename_model_id(Scenario& s, const std::string& from, const std::string& to);

std::string unique_model_id(const Scenario& s, const std::string& base);

}  // namespace planner::ui
