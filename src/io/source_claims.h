// source_claims.h — what the published sources claim about the built-in
// presets, as data: one record per claim, keyed by preset name, each with the
// figure the model computes for the same thing and, in one sentence, why the
// two differ. The text and HTML reports set each claim beside the model's
// figure; tests/io/presets_acceptance_test.cpp reads the claimed values from
// here, so a source's number has one home (shared/DOMAIN.md, worked examples).
#pragma once

#include <string>
#include <vector>

#include "core/evaluate.h"

namespace planner::io {

// The model figure a claim is compared with.
enum class ClaimFigure {
  IncrementalCostLowToHigh,    // incremental cost, low case to high case
  HoursSavedPerYear,           // hours saved a week at horizon end x 52, likely case
  CashBenefitCostRatio,        // cash BCR, likely case
  CostRatio,                   // incremental cost, model_a / model_b, low to high case
  CapabilityRatio,             // people applying, model_a / model_b, low to high case
  CostPerCapableRatio,         // cost per capable employee, model_a / model_b, low to high case
  TrainedShareAtMonth,         // share of headcount trained at tier >= `tier` by the end of `month`, likely
  IncrementalCostPerEmployee,  // incremental cost / headcount, likely case
};

struct SourceClaim {
  const char* preset;  // "aie-rollout"
  const char* source;  // "AIE Network"
  const char* claim;   // the claim as the source states it
  ClaimFigure figure;
  double claimed_low;  // the claim's figure (a range, or low == high)
  double claimed_high;
  const char* model_a;  // DeliveryModel ids for the ratio figures, else ""
  const char* model_b;
  int tier;             // for TrainedShareAtMonth (0-based), else 0
  int month;            // for TrainedShareAtMonth (1-based), else 0
  const char* reading;  // one sentence: why the model's figure differs, or what it rests on
};

// Every claim, in preset order.
const std::vector<SourceClaim>& source_claims();
// The claims of one preset (empty for an unknown name).
std::vector<SourceClaim> source_claims_for_preset(const std::string& preset);
// The claims of the preset whose title the scenario still carries (a plan
// opened from a preset and saved or linked keeps its title); empty otherwise.
std::vector<SourceClaim> source_claims_for(const Scenario& s);

// The model's figure for a claim in one case (`low`..`high` for ranges).
struct ClaimedVersusModel {
  double model_low = 0, model_high = 0;
  bool known = false;  // false when a ratio has a zero denominator or a model is missing
};
ClaimedVersusModel model_figure(const SourceClaim& c, const Scenario& s);

// "AIE Network says: $3.70 returned per $1. This plan: 1.23 (likely case). <reading>"
// One line per claim, for the text and HTML reports.
std::string claim_text(const SourceClaim& c, const Scenario& s);

}  // namespace planner::io
