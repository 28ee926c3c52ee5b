// reader_sections.h — the pieces of the reader fragment (reader_html.h), one
// function per section, shared by reader_html.cpp (headline, chart) and
// reader_tables.cpp (monthly table, cost by model, schedule, assumptions).
// Internal to planner_io.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"
#include "io/text_out.h"

namespace planner::io::reader {

void headline(TextOut& o, const Scenario& s, const Result& r);
void chart(TextOut& o, const Scenario& s, const Result& r);
void monthly_table(TextOut& o, const Scenario& s, const Result& r);
void model_costs(TextOut& o, const Scenario& s, const Result& r);
void schedule(TextOut& o, const Scenario& s, Case c, const Result& r);
void assumptions(TextOut& o, const Scenario& s);
// The role-based plan per segment (reader_role_plan.cpp); nothing when none is written.
void role_plan(TextOut& o, const Scenario& s);
// The capability heat map at the target's month (reader_heat_map.cpp).
void heat_map(TextOut& o, const Scenario& s, const Result& r);
// The review against actuals (reader_review.cpp); nothing without an as-of month.
void review(TextOut& o, const Scenario& s, Case c, const Result& plan);

// "month 7 (Jul 2027)", or "not within 36 months".
std::string month_text(const Scenario& s, int month);
// A table inside a box that scrolls sideways on a narrow screen (keyboard
// focusable, named for screen readers); close it with table_end.
void table_begin(TextOut& o, const std::string& caption, const char* css_class = nullptr);
void table_end(TextOut& o);

}  // namespace planner::io::reader
