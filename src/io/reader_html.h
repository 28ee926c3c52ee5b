// reader_html.h — the plan's summary as real HTML text: the piece the web
// reader shows in the page and the printable report wraps in a page
// (report_html.h). Title and description, the headline figures in the cash
// and the economic view, the chart as inline SVG with a text alternative, the
// monthly and schedule tables, cost by delivery model, assumptions and
// sources.
//
// A FRAGMENT: no <html>, <head> or <style>; its look is reader_css(). Every
// figure is an element carrying data-figure-key="<figures-table key>" whose
// text is figure_text_explained() of io/format.h, so a reader, a test or a
// screen reader finds "$84,000" exactly as every other view prints it. Every
// piece of scenario text (titles, names, sources) goes through html_escape:
// a plan opened from a link can never add markup to the page.
#pragma once

#include <string>

#include "core/result.h"
#include "core/scenario.h"

namespace planner::io {

// The summary fragment for case `c` (an <article class=plan>).
std::string reader_html(const Scenario& s, Case c, const Result& r);

// The fragment's stylesheet: layout that reflows from a phone to A4, the
// dark colours under prefers-color-scheme, and print rules. CSS only.
const char* reader_css();

// The keys of the headline figures the fragment shows, in its order (the
// e2e test and the units check that each one is there).
const char* const* reader_headline_keys_begin();
const char* const* reader_headline_keys_end();

// Escapes text for HTML element content and attribute values.
std::string html_escape(const std::string& text);

}  // namespace planner::io
