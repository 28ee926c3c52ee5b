// field_marks.h — the plan's input problems, marked at the field they are about.
//
// The Document validates (core's structured Issue: table, row, field, entry)
// and words each problem (issue_sentence); the app hands both to this file
// once a frame, and a panel calls mark_field() right after the widget of a
// field. A marked field gets a red frame, its sentence as the tooltip, and a
// rectangle "problem.<table>.<row>.<field>[.<entry>]" for the e2e tests.
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"

namespace planner::ui {

// The problems of this frame (both may be null: nothing is marked).
void set_field_problems(const std::vector<Issue>* issues, const std::vector<std::string>* sentences);

// The sentence of the first problem about this field, or nullptr. An issue
// about the whole field (entry -1) matches every entry of it.
const std::string* field_problem(const char* table, int row, const char* field, int entry = -1);

// Marks the last drawn item when it has a problem; returns whether it did.
bool mark_field(const char* table, int row, const char* field, int entry = -1);

}  // namespace planner::ui
