// import_bench.cpp — the headcount import at the size (issue 13):
// 100,000 employee rows, about 10 MB of CSV, goal < 1 s natively (and < 3 s
// in the browser, next session: there in slices or a worker).
//
//   ImportCsv100k   read the CSV and group it into segments (the whole import)
//   ReadCsv100k     the CSV reader alone
// The CSV is generated once: nine columns as HR systems export them, 14
// departments x 3 locations, a manager for every ten people, quoted titles.
#include <benchmark/benchmark.h>

#include <string>

#include "import/csv_reader.h"
#include "import/headcount.h"
#include "io/presets.h"
#include "statistics.h"

namespace {

const std::string& staff_csv() {
  static const std::string csv = [] {
    std::string t = "Headcount export (all employees)\r\n";
    t += "Employee ID,First name,Last name,Email,Department,Job title,Location,Manager ID,Annual "
         "salary,FTE\r\n";
    for (int i = 0; i < 100000; ++i) {
      const std::string id = "E" + std::to_string(100000 + i);
      t += id + ",Firstname" + std::to_string(i % 977) + ",Lastname" + std::to_string(i % 1499) + "," + id +
           "@example.com,Department " + std::to_string(i % 14) + ",\"Analyst, level " +
           std::to_string(i % 4) + "\",Site " + std::to_string(i % 3) + ",E" +
           std::to_string(100000 + i / 10 * 10) + "," + std::to_string(48000 + (i * 37) % 90000) + ".00," +
           (i % 9 ? "1" : "0.5") + "\r\n";
    }
    return t;
  }();
  return csv;
}

void ImportCsv100k(benchmark::State& state) {
  planner::Scenario base;
  if (!planner::io::load_preset("default", base)) std::abort();
  const std::string& csv = staff_csv();
  for (auto _ : state) {
    planner::import::Table table;
    planner::import::Problems problems;
    if (!planner::import::read_csv(csv, table, problems)) std::abort();
    planner::import::ImportOutcome out = planner::import::import_headcount(base, table, {});
    if (!out.ok || out.summary.people != 100000) std::abort();
    benchmark::DoNotOptimize(out);
  }
  state.counters["MB"] = static_cast<double>(csv.size()) / 1e6;
}

void ReadCsv100k(benchmark::State& state) {
  const std::string& csv = staff_csv();
  for (auto _ : state) {
    planner::import::Table table;
    planner::import::Problems problems;
    if (!planner::import::read_csv(csv, table, problems)) std::abort();
    benchmark::DoNotOptimize(table);
  }
}

}  // namespace

BENCHMARK(ImportCsv100k)->Unit(benchmark::kMillisecond)->ComputeStatistics("min", planner::bench::min_of);
BENCHMARK(ReadCsv100k)->Unit(benchmark::kMillisecond)->ComputeStatistics("min", planner::bench::min_of);
