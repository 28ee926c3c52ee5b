// source_claims.cpp — the claims table (see source_claims.h) and the
// model's figure for each. The sources are those of shared/DOMAIN.md.
#include "io/source_claims.h"

#include <algorithm>

#include "io/format.h"
#include "io/presets.h"

namespace planner::io {

const std::vector<SourceClaim>& source_claims() {
  static const std::vector<SourceClaim> claims = {
      {"leland-200-per-week", "Leland", "tier 2 and tier 3 coaching cost $84K-$280K in total",
       ClaimFigure::IncrementalCostLowToHigh, 84000, 280000, "coaching", "", 0, 0,
       "The article prices coaching per employee per month, but its totals only add up per week; this preset "
       "uses the week, and leland-200-per-month shows the unit as stated."},
      {"leland-200-per-month", "Leland", "tier 2 and tier 3 coaching cost $84K-$280K in total",
       ClaimFigure::IncrementalCostLowToHigh, 84000, 280000, "coaching", "", 0, 0,
       "This preset prices coaching per employee per month, as the article states; the article's own totals "
       "only add up per week (leland-200-per-week)."},
      {"leland-marketing-team", "Leland", "a weekly report cut from 4 h to 15 min saves 1,560 hours a year",
       ClaimFigure::HoursSavedPerYear, 1560, 1560, "", "", 0, 0,
       "8 people x 3.75 h a week x 52 weeks; 1,560 h / 2,080 h a year = 0.75 FTE."},
      {"jain-cohort-vs-lms", "JAIN", "a cohort programme costs 30-80x an LMS-only course",
       ClaimFigure::CostRatio, 30, 80, "cohort", "lms", 0, 0, "$3K-8K per learner against about $100."},
      {"jain-cohort-vs-lms", "JAIN", "cohorts give 5-10x the capability", ClaimFigure::CapabilityRatio, 5, 10,
       "cohort", "lms", 0, 0,
       "Capability here is the people applying what they learned: completion x application x readiness of "
       "each "
       "model."},
      {"jain-cohort-vs-lms", "JAIN", "cohorts cost less per unit of capability",
       ClaimFigure::CostPerCapableRatio, 0, 1, "cohort", "lms", 0, 0,
       "30-80x the cost for 5-10x the capability is 3-16x the cost per capable employee; the claim holds "
       "only if "
       "LMS-only capability is near zero."},
      {"aie-rollout", "AIE Network", "budget $500-2,000 per employee all-in",
       ClaimFigure::IncrementalCostPerEmployee, 500, 2000, "", "", 0, 0,
       "Incremental cost over the horizon divided by everyone in the organisation."},
      {"aie-rollout", "AIE Network", "$3.70 returned per $1 invested", ClaimFigure::CashBenefitCostRatio, 3.7,
       3.7, "", "", 0, 0,
       "The guide's figure is a reported return; this preset values only hours saved on AI-addressable work "
       "at "
       "the loaded rate, after attribution x confidence and skill decay, within its horizon."},
      {"aie-rollout", "AIE Network", "about 30 % of the organisation trained by month 4",
       ClaimFigure::TrainedShareAtMonth, 0.30, 0.30, "", "", 1, 4,
       "Trained means at Literate or above, by the end of month 4; the first-wave share and the weeks "
       "between "
       "group starts hold the rest back."},
  };
  return claims;
}

std::vector<SourceClaim> source_claims_for_preset(const std::string& preset) {
  std::vector<SourceClaim> out;
  for (const SourceClaim& c : source_claims())
    if (preset == c.preset) out.push_back(c);
  return out;
}

std::vector<SourceClaim> source_claims_for(const Scenario& s) {
  for (const PresetInfo& p : list_presets())
    if (p.title == s.title) return source_claims_for_preset(p.name);
  return {};
}

namespace {

double ratio(const std::vector<double>& v, int a, int b) {
  return v[static_cast<std::size_t>(a)] / v[static_cast<std::size_t>(b)];
}

// The figure in one case; false when it has no value (a zero denominator).
bool figure_in_case(const SourceClaim& c, const Scenario& s, const Result& r, double& out) {
  const int a = c.model_a[0] ? find_model(s, c.model_a) : -1;
  const int b = c.model_b[0] ? find_model(s, c.model_b) : -1;
  const bool pair = a >= 0 && b >= 0 && a < r.models && b < r.models;
  double headcount = 0;
  for (const Segment& g : s.segments) headcount += g.headcount;
  switch (c.figure) {
    case ClaimFigure::IncrementalCostLowToHigh:
      out = r.totals.incremental_cost;
      return true;
    case ClaimFigure::HoursSavedPerYear:
      out = r.totals.hours_saved_per_week * 52.0;
      return true;
    case ClaimFigure::CashBenefitCostRatio:
      out = r.totals.bcr;
      return r.totals.roi_defined;
    case ClaimFigure::CostRatio:
      if (!pair || r.incremental_cost_by_model[static_cast<std::size_t>(b)] <= 0) return false;
      out = ratio(r.incremental_cost_by_model, a, b);
      return true;
    case ClaimFigure::CapabilityRatio:
      if (!pair || r.capable_by_model[static_cast<std::size_t>(b)] <= 0) return false;
      out = ratio(r.capable_by_model, a, b);
      return true;
    case ClaimFigure::CostPerCapableRatio:
      if (!pair || r.cost_per_capable_by_model[static_cast<std::size_t>(b)] <= 0) return false;
      out = ratio(r.cost_per_capable_by_model, a, b);
      return true;
    case ClaimFigure::IncrementalCostPerEmployee:
      out = headcount > 0 ? r.totals.incremental_cost / headcount : 0.0;
      return headcount > 0;
    case ClaimFigure::TrainedShareAtMonth: {
      const int m = std::min(c.month, r.months) - 1;
      if (m < 0 || c.tier < 0 || c.tier >= r.tiers || headcount <= 0) return false;
      out = r.trained_at_tier[static_cast<std::size_t>(m * r.tiers + c.tier)] / headcount;
      return true;
    }
  }
  return false;
}

bool low_to_high(ClaimFigure f) {
  return f == ClaimFigure::IncrementalCostLowToHigh || f == ClaimFigure::CostRatio ||
         f == ClaimFigure::CapabilityRatio || f == ClaimFigure::CostPerCapableRatio;
}

std::string figure_text(ClaimFigure f, double v, const std::string& cur) {
  switch (f) {
    case ClaimFigure::IncrementalCostLowToHigh:
    case ClaimFigure::IncrementalCostPerEmployee:
      return format_money(v, cur);
    case ClaimFigure::HoursSavedPerYear:
      return format_number(v) + " h a year";
    case ClaimFigure::CashBenefitCostRatio:
      return cur + format_number(v, 2) + " per " + cur + "1";
    case ClaimFigure::TrainedShareAtMonth:
      return format_share(v);
    default:
      return format_number(v, 1) + "x";
  }
}

}  // namespace

ClaimedVersusModel model_figure(const SourceClaim& c, const Scenario& s) {
  ClaimedVersusModel out;
  if (low_to_high(c.figure)) {
    const bool lo = figure_in_case(c, s, evaluate(s, Case::Low), out.model_low);
    const bool hi = figure_in_case(c, s, evaluate(s, Case::High), out.model_high);
    out.known = lo && hi;
  } else {
    out.known = figure_in_case(c, s, evaluate(s, Case::Likely), out.model_low);
    out.model_high = out.model_low;
  }
  return out;
}

std::string claim_text(const SourceClaim& c, const Scenario& s) {
  const ClaimedVersusModel m = model_figure(c, s);
  const std::string& cur = s.org.currency_symbol;
  std::string text = std::string(c.source) + " says " + c.claim + ". This plan";
  const int a = c.model_a[0] ? find_model(s, c.model_a) : -1,
            b = c.model_b[0] ? find_model(s, c.model_b) : -1;
  if (a >= 0 && b >= 0)  // a ratio: say which way round
    text += " (" + s.models[static_cast<std::size_t>(a)].name + " / " +
            s.models[static_cast<std::size_t>(b)].name + ")";
  text += ": ";
  if (!m.known)
    text += "n/a";
  else if (low_to_high(c.figure))
    text += figure_text(c.figure, m.model_low, cur) + " (low case) to " +
            figure_text(c.figure, m.model_high, cur) + " (high case)";
  else
    text += figure_text(c.figure, m.model_low, cur) + " (likely case)";
  if (c.figure == ClaimFigure::IncrementalCostLowToHigh && c.model_a[0]) {
    const int j = find_model(s, c.model_a);
    if (j >= 0)
      text += std::string(", with ") + s.models[static_cast<std::size_t>(j)].name + " priced " +
              cost_basis_unit(s.models[static_cast<std::size_t>(j)].basis);
  }
  return text + ". " + c.reading;
}

}  // namespace planner::io
