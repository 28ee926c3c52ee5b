// monte_carlo.h — sampling every range of a scenario through the whole model.
//
// Each sample draws every uncertain Range (triangular or PERT, as the
// scenario's adjustments say) from one seeded Pcg32, writes the draws into a
// scratch copy of the scenario (only the doubles: no allocation per sample)
// and evaluates it at Case::Likely. The runner is incremental: step(k) does at
// most k samples, so the UI can spread work across frames and show partial
// results; the draws do not depend on how the work is split.
//
// On the forecast (SimulationOptions::forecast, a scenario with an as-of
// month), each draw's plan is re-forecast from the actuals (core/reforecast.h)
// before its outputs are read: what was typed up to the as-of month is the
// same in every draw (spend, people, hours), so the draws move only the months
// after it and the value of what happened. docs/schema.md, "The forecast's
// uncertainty".
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"
#include "core/uncertainty/outputs.h"
#include "core/uncertainty/random.h"
#include "core/uncertainty/stats.h"

namespace planner::mc {

constexpr int kDefaultSamples = 5000;  // as Guesstimate does (DOMAIN.md)
constexpr int kMaxSamples = 100000;

struct SimulationOptions {
  int samples = kDefaultSamples;          // clamped to [1, kMaxSamples]
  uint64_t seed = 20270101;               // same seed, same numbers on every platform
  Output histogram_output = Output::Npv;  // which output the histogram shows
  int histogram_bins = 30;
  bool forecast = false;  // run on the forecast when the scenario has actuals (an as-of month)
};

struct SimulationSummary {
  int samples_done = 0;
  int samples_requested = 0;
  uint64_t seed = 0;
  Distribution distribution = Distribution::Pert;
  int uncertain_inputs = 0;  // ranges with high > low
  int horizon_months = 0;
  int target_by_month = 0;
  int forecast_from_month = 0;  // the as-of month the draws were re-forecast from; 0 = the plan

  Spread outputs[kOutputCount];       // indexed by Output
  double chance_roi_positive = 0;     // share of samples with ROI > 0
  double chance_target_met = 0;       // target met by its deadline month
  double share_never_pays_back = 0;   // payback not within the horizon
  double share_target_never_met = 0;  // target not met within the horizon

  // Cumulative net (value - incremental cost) per month, for the band chart.
  std::vector<double> band_p10, band_p50, band_p90;

  Output histogram_output = Output::Npv;
  Histogram histogram;

  const Spread& of(Output o) const { return outputs[static_cast<int>(o)]; }
};

class MonteCarlo;

// A summary built in pieces, so a UI can spread it over frames: it covers the
// samples done when it was started, and each step() does one piece (one
// output's percentiles, one month of the band, or the histogram and chances;
// a piece is O(samples)). The result equals MonteCarlo::summary() for those
// samples, bit for bit (summary() is this builder run to the end). The
// MonteCarlo must outlive it; sampling may go on meanwhile (the samples a
// builder covers never change).
class SummaryBuilder {
 public:
  explicit SummaryBuilder(const MonteCarlo& mc);
  // Does one piece; returns true once the summary is complete.
  bool step();
  bool done() const { return next_ >= pieces_; }
  const SimulationSummary& result() const { return summary_; }

 private:
  const MonteCarlo& mc_;
  SimulationSummary summary_;
  std::vector<double> buf_;
  int next_ = 0, pieces_ = 0;
};

class MonteCarlo {
 public:
  // Precondition: validate(s) is empty.
  MonteCarlo(const Scenario& s, const SimulationOptions& options);
  // Holds pointers into its own scratch scenario: neither copyable nor movable
  // (keep it in a std::unique_ptr to hand it around).
  MonteCarlo(const MonteCarlo&) = delete;
  MonteCarlo& operator=(const MonteCarlo&) = delete;

  // Runs up to `max_samples` more samples; returns how many it ran.
  int step(int max_samples);
  // Runs every remaining sample.
  void run_all() { step(total_); }
  bool done() const { return done_ >= total_; }
  int completed() const { return done_; }
  int total() const { return total_; }

  // Percentiles over the samples done so far (partial while running), all at
  // once: O(samples x (outputs + months)). See SummaryBuilder to spread it.
  SimulationSummary summary() const;
  // One value per sample done so far, in sample order (for a histogram of any output).
  const std::vector<double>& values(Output o) const { return values_[static_cast<int>(o)]; }
  // The last sample's result (its forecast on the forecast): what tests check draw by draw.
  const Result& last_sample() const { return forecast_from_ > 0 ? forecast_ : result_; }
  // The as-of month samples are re-forecast from; 0 = the plan.
  int forecast_from() const { return forecast_from_; }

 private:
  friend class SummaryBuilder;
  SimulationOptions options_;
  Scenario scratch_;                    // the scenario whose ranges are overwritten per sample
  std::vector<Range*> uncertain_;       // into scratch_
  std::vector<RangeSampler> samplers_;  // one per uncertain range, same order
  Random rng_;
  Result result_;
  Result forecast_;        // result_ re-forecast from the actuals (forecast_from_ > 0)
  int forecast_from_ = 0;  // the as-of month, when running on the forecast
  int total_ = 0;
  int done_ = 0;
  int months_ = 0;

  std::vector<double> values_[kOutputCount];  // per output, one value per sample
  std::vector<float> cumulative_net_;         // [m * total_ + i]; float halves the memory at 100k samples
  // Per sample, what the chances count (kept per sample so that a summary of
  // the first n samples can be built while sampling goes on).
  enum : unsigned char { kRoiPositive = 1, kNeverPaysBack = 2, kTargetNever = 4, kTargetMet = 8 };
  std::vector<unsigned char> flags_;
};

// Convenience: runs a whole simulation at once.
SimulationSummary simulate(const Scenario& s, const SimulationOptions& options = {});

}  // namespace planner::mc
