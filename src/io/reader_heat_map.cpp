// reader_heat_map.cpp — the reader's "Capability heat map" section
// (reader_sections.h; the rule in core/heat_map.h and docs/schema.md): per
// segment and tier, the plan's share at the target's month against the
// target and today, coloured by status and with the status in words (never
// colour alone). The cell colours (.heat-green, .heat-amber, .heat-red) are
// in the reader's stylesheet (reader_css).
#include "core/heat_map.h"
#include "core/names.h"
#include "io/format.h"
#include "io/reader_html.h"
#include "io/reader_sections.h"

namespace planner::io::reader {
void heat_map(TextOut& o, const Scenario& s, const Result& r) {
  const HeatMap map = planner::heat_map(s, r, heat_map_default_month(s, r));
  if (map.rows.empty()) return;
  o << "<p>At " << html_escape(month_text(s, map.month)) << ", the share of each segment "
    << (map.count_applying ? "applying" : "trained at")
    << " each tier or above (as the target counts people), "
    << "against the segment's target and today. Green: the plan reaches the target; amber: short by at most "
    << format_number(map.amber_points * 100.0, 0)
    << " points; red: short by more. Furthest from target first.</p>\n";
  table_begin(o, "Capability heat map: plan share / target (today)", "heat");
  o << "<thead><tr><th scope=col>Segment</th>";
  for (int k = 0; k < r.tiers; ++k) o << "<th scope=col>" << html_escape(tier_name(s, k)) << "</th>";
  o << "</tr></thead><tbody>\n";
  for (const HeatRow& row : map.rows) {
    o << "<tr><th scope=row>" << html_escape(segment_name(s, row.segment)) << "</th>";
    for (const HeatCell& c : row.cells)
      o << "<td class=heat-" << heat_status_id(c.status) << ">" << format_share(c.plan) << " / "
        << format_share(c.target) << " (" << format_share(c.current) << ")<br><small>"
        << heat_status_words(c.status, c.gap) << "</small></td>";
    o << "</tr>\n";
  }
  table_end(o);
}

}  // namespace planner::io::reader
