#include "core/uncertainty/monte_carlo.h"

#include <algorithm>

#include "core/evaluate.h"
#include "core/reforecast.h"
#include "core/uncertainty/ranges.h"

namespace planner::mc {

MonteCarlo::MonteCarlo(const Scenario& s, const SimulationOptions& options)
    : options_(options), scratch_(s), rng_(options.seed) {
  total_ = std::clamp(options.samples, 1, kMaxSamples);
  options_.samples = total_;
  for (const RangeInput& in : list_ranges(scratch_)) {
    if (!is_uncertain(scratch_, in)) continue;
    uncertain_.push_back(&range_ref(scratch_, in));
    samplers_.emplace_back(range_ref(scratch_, in), s.adjustments.distribution);
  }
  months_ = std::max(0, s.org.horizon_months);
  if (runs_on_forecast(s, options.forecast)) forecast_from_ = s.actuals.as_of_month;
  for (auto& v : values_) v.reserve(total_);
  flags_.reserve(total_);
  cumulative_net_.assign(static_cast<size_t>(months_) * total_, 0.0f);
}

int MonteCarlo::step(int max_samples) {
  const int n = std::min(std::max(0, max_samples), total_ - done_);
  for (int i = 0; i < n; ++i) {
    for (size_t r = 0; r < uncertain_.size(); ++r) {
      const double v = samplers_[r](rng_);
      *uncertain_[r] = Range{v, v, v};
    }
    evaluate(scratch_, Case::Likely, result_);
    if (forecast_from_ > 0) reforecast(scratch_, Case::Likely, result_, forecast_);
    const Result& r = last_sample();
    for (int o = 0; o < kOutputCount; ++o) values_[o].push_back(output_value(r, static_cast<Output>(o)));
    const Totals& t = r.totals;
    flags_.push_back(static_cast<unsigned char>(
        (t.roi_pct > 0 ? kRoiPositive : 0) | (t.payback_month < 0 ? kNeverPaysBack : 0) |
        (t.months_to_target < 0 ? kTargetNever : 0) | (t.target_met_by_deadline ? kTargetMet : 0)));
    const int m_count = std::min(months_, static_cast<int>(r.cumulative_net.size()));
    for (int m = 0; m < m_count; ++m)
      cumulative_net_[static_cast<size_t>(m) * total_ + done_] = static_cast<float>(r.cumulative_net[m]);
    ++done_;
  }
  return n;
}

SimulationSummary MonteCarlo::summary() const {
  SummaryBuilder b(*this);
  while (!b.step()) {
  }
  return b.result();
}

// Pieces: [0, kOutputCount) the outputs, then one per month of the band, then
// the chances and the histogram.
SummaryBuilder::SummaryBuilder(const MonteCarlo& mc) : mc_(mc) {
  SimulationSummary& s = summary_;
  s.samples_done = mc.done_;
  s.samples_requested = mc.total_;
  s.seed = mc.options_.seed;
  s.distribution = mc.scratch_.adjustments.distribution;
  s.uncertain_inputs = static_cast<int>(mc.uncertain_.size());
  s.horizon_months = mc.months_;
  s.target_by_month = mc.scratch_.target.by_month;
  s.forecast_from_month = mc.forecast_from_;
  s.histogram_output = mc.options_.histogram_output;
  pieces_ = s.samples_done == 0 ? 0 : kOutputCount + mc.months_ + 1;
  s.band_p10.resize(pieces_ ? mc.months_ : 0);
  s.band_p50.resize(s.band_p10.size());
  s.band_p90.resize(s.band_p10.size());
}

bool SummaryBuilder::step() {
  if (done()) return true;
  SimulationSummary& s = summary_;
  const size_t n = static_cast<size_t>(s.samples_done);
  const int piece = next_++;
  if (piece < kOutputCount) {
    const std::vector<double>& v = mc_.values_[piece];
    buf_.assign(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
    s.outputs[piece] = summarise(buf_);
  } else if (piece < kOutputCount + mc_.months_) {
    const int m = piece - kOutputCount;
    const float* col = &mc_.cumulative_net_[static_cast<size_t>(m) * mc_.total_];
    buf_.assign(col, col + n);
    static const double kPs[3] = {0.10, 0.50, 0.90};
    double q[3];
    percentiles_unsorted(buf_, kPs, q, 3);
    s.band_p10[m] = q[0];
    s.band_p50[m] = q[1];
    s.band_p90[m] = q[2];
  } else {
    // Counters and the histogram as of the samples covered, not of now.
    int roi_positive = 0, target_met = 0, never_pays_back = 0, target_never = 0;
    for (size_t i = 0; i < n; ++i) {
      const unsigned f = mc_.flags_[i];
      roi_positive += (f & MonteCarlo::kRoiPositive) != 0;
      never_pays_back += (f & MonteCarlo::kNeverPaysBack) != 0;
      target_never += (f & MonteCarlo::kTargetNever) != 0;
      target_met += (f & MonteCarlo::kTargetMet) != 0;
    }
    const double count = static_cast<double>(n);
    s.chance_roi_positive = roi_positive / count;
    s.chance_target_met = target_met / count;
    s.share_never_pays_back = never_pays_back / count;
    s.share_target_never_met = target_never / count;
    const std::vector<double>& h = mc_.values_[static_cast<int>(mc_.options_.histogram_output)];
    s.histogram = histogram(std::vector<double>(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(n)),
                            mc_.options_.histogram_bins);
  }
  return done();
}

SimulationSummary simulate(const Scenario& s, const SimulationOptions& options) {
  MonteCarlo mc(s, options);
  mc.run_all();
  return mc.summary();
}

}  // namespace planner::mc
