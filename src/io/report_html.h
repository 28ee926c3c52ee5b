// report_html.h — the printable summary a CFO gets as a file: the reader
// fragment (reader_html.h: headline figures, chart, monthly table, schedule,
// every assumption with its source) inside a self-contained page (inline CSS
// and SVG, no scripts, no external requests), laid out for A4.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"
#include "io/reader_html.h"  // html_escape

namespace planner::io {

std::string report_html(const Scenario& s, Case c, const Result& r);

}  // namespace planner::io
