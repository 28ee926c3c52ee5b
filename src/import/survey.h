// survey.h — current tier counts from a skills survey. Only aggregates leave
// this function: no name, ID or answer of a respondent enters the plan.
//
// Rules (docs/schema.md, "Importing a skills survey"):
//   - a respondent's level comes from a Level column ("None", "Literacy",
//     "Fluency", "Integration", 0-3, or the plan's tier names), else from the
//     guide's four indicators (1-5) by SurveyRule;
//   - a segment's respondents' distribution over none + tiers is scaled to its
//     headcount by largest remainder (so the counts add up), unless only
//     respondents are counted;
//   - segments without a respondent keep their counts.
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"
#include "import/headcount.h"
#include "import/table.h"

namespace planner::import {

// The editable rule from the four indicators to a level: score = mean of
// knowledge, confidence, usage and (6 - hesitation), each 1-5; the level is
// the number of thresholds the score reaches (none, 1st tier, 2nd, 3rd...).
struct SurveyRule {
  std::vector<double> thresholds = {2.5, 3.5, 4.5};
};

struct SurveyOptions {
  std::vector<std::string> segment_columns;  // empty: Segment, else Department, else Job title
  bool respondents_only = false;             // count respondents as they are, no scaling to headcount
  SurveyRule rule;
};

struct SurveySegment {
  std::string name;
  int respondents = 0;
  int headcount = 0;
  double response_rate = 0;  // respondents / headcount
};

struct SurveyOutcome {
  bool ok = false;
  Scenario scenario;
  std::vector<SurveySegment> segments;  // those with respondents
  std::vector<std::string> notes;
  Problems problems;
  std::string text() const;
};

// Level of one respondent from the four indicators by `rule`: -1 = none.
int level_from_indicators(double knowledge, double confidence, double usage, double hesitation,
                          const SurveyRule& rule);

SurveyOutcome import_survey(const Scenario& base, const Table& table, const SurveyOptions& options);

}  // namespace planner::import
