// report_html.h — the printable one-page summary a CFO gets: headline
// figures, a chart of cost and cumulative net, the monthly table, the
// schedule, and every assumption with its source. Self-contained HTML (inline
// CSS and SVG, no scripts, no external requests), laid out for A4/Letter.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

std::string report_html(const Scenario& s, Case c, const Result& r);

// Escapes text for HTML element content and attribute values.
std::string html_escape(const std::string& text);

}  // namespace planner::io
