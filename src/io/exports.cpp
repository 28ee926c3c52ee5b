// exports.cpp — the registry (see exports.h).
#include "io/exports.h"

#include <iterator>

#include "io/csv.h"
#include "io/link_codec.h"
#include "io/report_html.h"
#include "io/scenario_json.h"

namespace planner::io {
namespace {

WorkbookWriter workbook_writer = nullptr;  // installed by hosts that link planner_workbook

const ExportFormat kFormats[] = {
    {"json", "Scenario (JSON)", ".json", "application/json", false, true, ExportMenu::Scenario,
     [](const Scenario& s, Case, const Result&) { return scenario_to_json(s, true); }},
    // The defaults left out: what a link of format 1 carries, before compression.
    {"json-minimal", "Scenario, minimal (JSON)", "-minimal.json", "application/json", false, true,
     ExportMenu::None, [](const Scenario& s, Case, const Result&) { return scenario_to_minimal_json(s); }},
    // What a link of format 2 carries, before compression (io/link_pack.h).
    {"json-packed", "Scenario, packed for a link (JSON)", "-packed.json", "application/json", false, true,
     ExportMenu::None, [](const Scenario& s, Case, const Result&) { return link_packed_json(s); }},
    {"link", "Link fragment", ".txt", "text/plain", false, true, ExportMenu::None,
     [](const Scenario& s, Case, const Result&) { return encode_link_fragment(s); }},
    {"csv-monthly", "Monthly table", "-monthly.csv", "text/csv", true, false, ExportMenu::Csv,
     [](const Scenario& s, Case, const Result& r) { return monthly_csv(s, r); }},
    {"csv-schedule", "Schedule", "-schedule.csv", "text/csv", true, false, ExportMenu::Csv,
     [](const Scenario& s, Case, const Result& r) { return schedule_csv(s, r); }},
    {"csv-segments", "Segments", "-segments.csv", "text/csv", false, false, ExportMenu::Csv,
     [](const Scenario& s, Case, const Result&) { return segments_csv(s); }},
    {"html", "Printable report", ".html", "text/html", true, false, ExportMenu::Report,
     [](const Scenario& s, Case c, const Result& r) { return report_html(s, c, r); }},
    // Binary: the CLI writes it to a file or a pipe, never to a terminal.
    {"xlsx", "Workbook (.xlsx)", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     true, false, ExportMenu::Workbook,
     [](const Scenario& s, Case c, const Result& r) {
       return workbook_writer ? workbook_writer(s, c, r) : std::string();
     }},
};

}  // namespace

const ExportFormat* export_formats_begin() { return std::begin(kFormats); }
const ExportFormat* export_formats_end() { return std::end(kFormats); }

const ExportFormat* find_export_format(const std::string& id) {
  for (const ExportFormat& f : kFormats)
    if (id == f.id) return &f;
  return nullptr;
}

std::string export_format_list() {
  std::string out;
  const std::size_t n = std::size(kFormats);
  for (std::size_t i = 0; i < n; ++i)
    out += (i == 0 ? "" : i + 1 == n ? " or " : ", ") + std::string(kFormats[i].id);
  return out;
}

void set_workbook_writer(WorkbookWriter writer) { workbook_writer = writer; }

bool workbook_available() { return workbook_writer != nullptr; }

}  // namespace planner::io
