#include "core/uncertainty/outputs.h"

#include <cstring>

namespace planner::mc {

const char* output_id(Output o) {
  switch (o) {
    case Output::IncrementalCost:
      return "incremental_cost";
    case Output::EconomicCost:
      return "economic_cost";
    case Output::Benefits:
      return "benefits";
    case Output::RoiPct:
      return "roi_pct";
    case Output::Npv:
      return "npv";
    case Output::PaybackMonth:
      return "payback_month";
    case Output::MonthsToTarget:
      return "months_to_target";
    case Output::CapableEmployees:
      return "capable_employees";
  }
  return "";
}

const char* output_label(Output o) {
  switch (o) {
    case Output::IncrementalCost:
      return "Incremental cost";
    case Output::EconomicCost:
      return "Economic cost";
    case Output::Benefits:
      return "Benefits";
    case Output::RoiPct:
      return "ROI %";
    case Output::Npv:
      return "NPV";
    case Output::PaybackMonth:
      return "Payback month";
    case Output::MonthsToTarget:
      return "Months to target";
    case Output::CapableEmployees:
      return "Capable employees";
  }
  return "";
}

bool parse_output(const char* id, Output& out) {
  for (int i = 0; i < kOutputCount; ++i) {
    if (std::strcmp(id, output_id(static_cast<Output>(i))) == 0) {
      out = static_cast<Output>(i);
      return true;
    }
  }
  return false;
}

bool lower_is_better(Output o) {
  return o == Output::IncrementalCost || o == Output::EconomicCost || o == Output::PaybackMonth ||
         o == Output::MonthsToTarget;
}

double output_value(const Result& r, Output o) {
  const Totals& t = r.totals;
  switch (o) {
    case Output::IncrementalCost:
      return t.incremental_cost;
    case Output::EconomicCost:
      return t.economic_cost;
    case Output::Benefits:
      return t.benefits;
    case Output::RoiPct:
      return t.roi_pct;
    case Output::Npv:
      return t.npv;
    case Output::PaybackMonth:
      return t.payback_month < 0 ? r.months + 1 : t.payback_month;
    case Output::MonthsToTarget:
      return t.months_to_target < 0 ? r.months + 1 : t.months_to_target;
    case Output::CapableEmployees:
      return t.capable_employees;
  }
  return 0;
}

}  // namespace planner::mc
