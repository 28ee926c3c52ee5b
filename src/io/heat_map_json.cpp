// heat_map_json.cpp — see heat_map_json.h.
#include "io/heat_map_json.h"

#include "core/names.h"
#include "io/result_json.h"

namespace planner::io {

Json heat_map_json(const Scenario& s, const HeatMap& map) {
  Json j = Json::object();
  j["month"] = map.month;
  j["counts"] = map.count_applying ? "applying" : "trained";
  // Gap = target share - plan share: green at or below 0, amber up to
  // amber_max_gap, red above it.
  j["thresholds"] = Json{{"green_max_gap", 0.0}, {"amber_max_gap", map.amber_points}};
  Json rows = Json::array();
  for (const HeatRow& row : map.rows) {
    Json r = Json::object();
    r["segment"] = segment_name(s, row.segment);
    r["gap"] = row.gap;
    r["status"] = heat_status_id(row.status);
    Json tiers = Json::array();
    for (size_t k = 0; k < row.cells.size(); ++k) {
      const HeatCell& c = row.cells[k];
      tiers.push_back(Json{{"tier", tier_name(s, static_cast<int>(k))},
                           {"current", c.current},
                           {"target", c.target},
                           {"plan", c.plan},
                           {"gap", c.gap},
                           {"status", heat_status_id(c.status)}});
    }
    r["tiers"] = std::move(tiers);
    rows.push_back(std::move(r));
  }
  j["rows"] = std::move(rows);
  return j;
}

std::string report_json(const Scenario& s, Case c, const Result& r, int heat_map_month, bool pretty) {
  Json doc;
  std::string error;
  parse_json(result_to_json(s, c, r, false), doc, error);  // our own document: always parses
  const int month = heat_map_month > 0 ? heat_map_month : heat_map_default_month(s, r);
  doc["heat_map"] = heat_map_json(s, heat_map(s, r, month));
  return dump_json(doc, pretty);
}

}  // namespace planner::io
