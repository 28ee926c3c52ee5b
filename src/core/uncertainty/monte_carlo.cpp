#include "core/uncertainty/monte_carlo.h"

#include <algorithm>

#include "core/evaluate.h"
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
  for (auto& v : values_) v.reserve(total_);
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
    for (int o = 0; o < kOutputCount; ++o)
      values_[o].push_back(output_value(result_, static_cast<Output>(o)));
    const Totals& t = result_.totals;
    if (t.roi_pct > 0) ++roi_positive_;
    if (t.payback_month < 0) ++never_pays_back_;
    if (t.months_to_target < 0) ++target_never_;
    if (t.months_to_target >= 1 && t.months_to_target <= scratch_.target.by_month) ++target_met_;
    const int m_count = std::min(months_, static_cast<int>(result_.cumulative_net.size()));
    for (int m = 0; m < m_count; ++m)
      cumulative_net_[static_cast<size_t>(m) * total_ + done_] =
          static_cast<float>(result_.cumulative_net[m]);
    ++done_;
  }
  return n;
}

SimulationSummary MonteCarlo::summary() const {
  SimulationSummary s;
  s.samples_done = done_;
  s.samples_requested = total_;
  s.seed = options_.seed;
  s.distribution = scratch_.adjustments.distribution;
  s.uncertain_inputs = static_cast<int>(uncertain_.size());
  s.horizon_months = months_;
  s.target_by_month = scratch_.target.by_month;
  s.histogram_output = options_.histogram_output;
  if (done_ == 0) return s;

  std::vector<double> buf;
  for (int o = 0; o < kOutputCount; ++o) {
    buf = values_[o];
    s.outputs[o] = summarise(buf);
  }
  const double n = done_;
  s.chance_roi_positive = roi_positive_ / n;
  s.chance_target_met = target_met_ / n;
  s.share_never_pays_back = never_pays_back_ / n;
  s.share_target_never_met = target_never_ / n;

  s.band_p10.resize(months_);
  s.band_p50.resize(months_);
  s.band_p90.resize(months_);
  for (int m = 0; m < months_; ++m) {
    const float* col = &cumulative_net_[static_cast<size_t>(m) * total_];
    buf.assign(col, col + done_);
    static const double kPs[3] = {0.10, 0.50, 0.90};
    double q[3];
    percentiles_unsorted(buf, kPs, q, 3);
    s.band_p10[m] = q[0];
    s.band_p50[m] = q[1];
    s.band_p90[m] = q[2];
  }
  s.histogram = histogram(values_[static_cast<int>(options_.histogram_output)], options_.histogram_bins);
  return s;
}

SimulationSummary simulate(const Scenario& s, const SimulationOptions& options) {
  MonteCarlo mc(s, options);
  mc.run_all();
  return mc.summary();
}

}  // namespace planner::mc
