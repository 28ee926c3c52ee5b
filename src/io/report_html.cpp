// report_html.cpp — see report_html.h. The page is only a wrapper: the
// content and its stylesheet are the reader's (reader_html.cpp), so the file
// and the web reader cannot drift apart.
#include "io/report_html.h"

#include <string>

namespace planner::io {

std::string report_html(const Scenario& s, Case c, const Result& r) {
  std::string o =
      "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>\n"
      "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n<title>" +
      html_escape(s.title) + " - AI upskilling plan</title>\n<style>\nbody { margin: 0; }\n";
  o += reader_css();
  o += "</style></head><body>\n";
  o += reader_html(s, c, r);
  o += "</body></html>\n";
  return o;
}

}  // namespace planner::io
