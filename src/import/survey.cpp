// survey.cpp — 1. each respondent's level, 2. counts per segment, 3. scaled
// into the plan's current tier counts.
#include "import/survey.h"

#include <algorithm>
#include <cmath>

#include "core/evaluate.h"
#include "import/numbers.h"
#include "import/scaling.h"

namespace planner::import {
namespace {

// The level a Level cell names: -1 none, k = the (k+1)-th tier; -2 unknown.
int parse_level(const std::string& text, const Scenario& s) {
  const std::string n = normalise_header(text);
  static const char* kNames[] = {"none", "literacy", "fluency", "integration"};
  for (int k = 0; k < 4; ++k)
    if (n == kNames[k] || n == "ai" + std::string(kNames[k])) return k - 1;
  if (n == "0" || n == "no" || n == "notyet") return -1;
  for (std::size_t k = 0; k < s.framework.tiers.size(); ++k)
    if (n == normalise_header(s.framework.tiers[k].name)) return static_cast<int>(k);
  if (n.size() == 1 && n[0] >= '1' && n[0] <= '9') return n[0] - '1';
  return -2;
}

}  // namespace

int level_from_indicators(double knowledge, double confidence, double usage, double hesitation,
                          const SurveyRule& rule) {
  const double score = (knowledge + confidence + usage + (6 - hesitation)) / 4;
  int level = 0;
  for (double t : rule.thresholds)
    if (score >= t) ++level;
  return level - 1;
}

SurveyOutcome import_survey(const Scenario& base, const Table& table, const SurveyOptions& options) {
  SurveyOutcome out;
  Problems& problems = out.problems;
  const int h = find_header_row(table);
  if (h < 0) {
    problems.add(0, "", "", "The survey file is empty");
    return out;
  }
  const std::vector<std::string> header = header_names(table, h);
  const Mapping m = recognise_columns(table, h, problems, out.notes);
  std::vector<int> seg_cols;
  if (!problems.empty() || !resolve_group_columns(header, m, options.segment_columns, seg_cols, problems))
    return out;
  const Field indicators[] = {Field::Knowledge, Field::Confidence, Field::Usage, Field::Hesitation};
  const bool by_level = m.has(Field::Level);
  if (!by_level &&
      !std::all_of(std::begin(indicators), std::end(indicators), [&](Field f) { return m.has(f); })) {
    problems.add(0, "", "",
                 "The survey has no Level column and not all four indicators (Knowledge, Confidence, Usage, "
                 "Hesitation): one or the other is needed");
    return out;
  }
  const std::size_t tiers = base.framework.tiers.size();
  std::vector<std::vector<long long>> counts(base.segments.size(), std::vector<long long>(tiers + 1, 0));
  std::string segment_list;
  for (const Segment& g : base.segments)
    segment_list += (segment_list.empty() ? "\"" : ", \"") + g.name + "\"";
  bool capped = false;

  // 1 and 2. Each respondent's level, counted in their segment.
  for (std::size_t i = static_cast<std::size_t>(h) + 1; i < table.rows.size(); ++i) {
    const Row& r = table.rows[i];
    if (is_blank(r)) continue;
    std::string name;
    for (std::size_t k = 0; k < seg_cols.size(); ++k)
      name += (k ? " / " : "") + trim(cell_at(r, seg_cols[k]));
    const std::string& seg_header = header[static_cast<std::size_t>(seg_cols[0])];
    std::size_t seg = base.segments.size();
    for (std::size_t j = 0; j < base.segments.size() && seg == base.segments.size(); ++j)
      if (normalise_header(base.segments[j].name) == normalise_header(name)) seg = j;
    if (seg == base.segments.size()) {
      problems.add(r.number, seg_header, name,
                   "is not a segment of the plan (its segments are " + segment_list + ")");
      continue;
    }
    int level = -2;
    if (by_level) {
      const std::string t = trim(cell_at(r, m[Field::Level]));
      level = parse_level(t, base);
      if (level == -2) {
        problems.add(
            r.number, header[static_cast<std::size_t>(m[Field::Level])], t,
            "is not a level: use None, Literacy, Fluency, Integration, 0-3 or a tier name of the plan");
        continue;
      }
    } else {
      double v[4];
      bool good = true;
      for (int k = 0; k < 4 && good; ++k) {
        const std::string t = trim(cell_at(r, m[indicators[k]]));
        if (!parse_number(t, v[k]) || v[k] < 1 || v[k] > 5) {
          problems.add(r.number, header[static_cast<std::size_t>(m[indicators[k]])], t,
                       "is not a score from 1 to 5");
          good = false;
        }
      }
      if (!good) continue;
      level = level_from_indicators(v[0], v[1], v[2], v[3], options.rule);
    }
    if (level >= static_cast<int>(tiers)) {
      level = static_cast<int>(tiers) - 1;
      capped = true;
    }
    ++counts[seg][static_cast<std::size_t>(level + 1)];
  }
  if (capped)
    out.notes.push_back("Some levels are above the plan's " + std::to_string(tiers) +
                        " tiers and count at the highest tier");
  if (!problems.empty()) return out;

  // 3. Scaled to headcount (or as counted) into the plan.
  Scenario s = base;
  for (std::size_t j = 0; j < s.segments.size(); ++j) {
    long long respondents = 0;
    for (long long c : counts[j]) respondents += c;
    Segment& g = s.segments[j];
    if (respondents == 0) {
      if (g.headcount > 0) out.notes.push_back(g.name + ": no respondents; its current tier counts are kept");
      continue;
    }
    out.segments.push_back({g.name, static_cast<int>(respondents), g.headcount,
                            g.headcount > 0 ? double(respondents) / g.headcount : 0.0});
    std::vector<long long> at;
    if (options.respondents_only) {
      at = counts[j];
      long long at_tiers = respondents - at[0];
      if (at_tiers > g.headcount) {
        problems.add(0, "", "",
                     g.name + " has " + std::to_string(at_tiers) +
                         " respondents at a tier but a headcount of " + std::to_string(g.headcount) +
                         ": scale to headcount instead, or correct the headcount");
        continue;
      }
    } else {
      if (respondents > g.headcount)
        out.notes.push_back(g.name + ": " + std::to_string(respondents) + " respondents for a headcount of " +
                            std::to_string(g.headcount));
      at = scale_to_total(counts[j], g.headcount);
    }
    g.current_at_tier.assign(tiers, 0);
    for (std::size_t k = 0; k < tiers; ++k) g.current_at_tier[k] = static_cast<int>(at[k + 1]);
  }
  out.ok = problems.empty() && accept_plan(std::move(s), out.scenario, problems);
  return out;
}

std::string SurveyOutcome::text() const {
  std::string t = "Survey: ";
  int respondents = 0, people = 0;
  for (const SurveySegment& g : segments) {
    respondents += g.respondents;
    people += g.headcount;
  }
  t += std::to_string(respondents) + " respondents in " + std::to_string(segments.size()) + " segment(s)";
  if (people > 0)
    t += ", response rate " + std::to_string(static_cast<int>(std::lround(100.0 * respondents / people))) +
         " %";
  t += ".\n";
  for (const SurveySegment& g : segments)
    t += "  " + g.name + ": " + std::to_string(g.respondents) + " of " + std::to_string(g.headcount) + " (" +
         std::to_string(static_cast<int>(std::lround(100 * g.response_rate))) + " %)\n";
  for (const std::string& n : notes) t += "  note: " + n + "\n";
  return t;
}

}  // namespace planner::import
