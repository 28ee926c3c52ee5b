// reader_role_plan.cpp — the reader's and the report's "Role-based plan"
// section (the guide's step 5): per segment, the AI skills, where they show up
// in the work, how they are built and how they are practised. Nothing is
// written when no segment has a role plan.
#include <string>

#include "io/reader_html.h"
#include "io/reader_sections.h"

namespace planner::io::reader {
namespace {
bool written(const RolePlan& p) {
  return !p.skills.empty() || !p.in_work.empty() || !p.built_by.empty() || !p.practised.empty();
}
}  // namespace

void role_plan(TextOut& o, const Scenario& s) {
  bool any = false;
  for (const Segment& g : s.segments) any |= written(g.role_plan);
  if (!any) return;
  o << "<section aria-labelledby=rd-roles>\n<h2 id=rd-roles>Role-based plan</h2>\n";
  table_begin(o,
              "Per segment: the AI skills, where they show up in the work, how they are built and practised",
              "roles");
  o << "<thead><tr><th scope=col>Segment</th><th scope=col>AI skills</th><th scope=col>Where in the work</th>"
       "<th scope=col>How they are built</th><th scope=col>How they are practised</th></tr></thead><tbody>\n";
  for (const Segment& g : s.segments) {
    if (!written(g.role_plan)) continue;
    const RolePlan& p = g.role_plan;
    o << "<tr><th scope=row>" << html_escape(g.name) << "</th><td>" << html_escape(p.skills) << "</td><td>"
      << html_escape(p.in_work) << "</td><td>" << html_escape(p.built_by) << "</td><td>"
      << html_escape(p.practised) << "</td></tr>\n";
  }
  table_end(o);
  o << "</section>\n";
}

}  // namespace planner::io::reader
