// document_reader.cpp — see document_reader.h.
#include "ui/document_reader.h"

#include "io/reader_html.h"

namespace planner::ui {

std::string document_reader_html(const Document& d) {
  if (d.valid()) return io::reader_html(d.scenario(), d.view_case(), d.result());
  std::string html = "<article class=plan><h1>" + io::html_escape(d.scenario().title) +
                     "</h1><div class=alert><p>This plan cannot be computed until these are fixed in the "
                     "editor:</p><ul>";
  for (const std::string& s : d.issue_sentences()) html += "<li>" + io::html_escape(s) + "</li>";
  return html + "</ul></div></article>";
}

}  // namespace planner::ui
