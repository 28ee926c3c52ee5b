// guide_checks.cpp — map
//   [SECTION] Models in use
//   [SECTION] The seven steps
//   [SECTION] JAIN's checklist
#include "ui/guide_checks.h"

#include <algorithm>
#include <cstdio>

#include "core/learners.h"
#include "core/names.h"

namespace planner::ui {

// [SECTION] Models in use ------------------------------------------------------------

std::vector<int> models_in_use(const Scenario& s, int min_tier) {
  std::vector<bool> used(s.models.size(), false);
  const int tiers = static_cast<int>(s.framework.tiers.size());
  for (int sg = 0; sg < static_cast<int>(s.segments.size()); ++sg)
    for (int k = std::max(0, min_tier); k < tiers; ++k) {
      if (static_cast<int>(s.segments[sg].target_share.size()) != tiers ||
          static_cast<int>(s.segments[sg].current_at_tier.size()) != tiers ||
          learners_for_tier(s.segments[sg], k) == 0)
        continue;
      for (const Assignment& a : s.plan) {
        const int j = find_model(s, a.model);
        if ((a.segment == sg || a.segment == -1) && a.tier == k && a.share > 0 && j >= 0) used[j] = true;
      }
      const int fallback = find_model(s, s.framework.tiers[k].default_model);
      if (1.0 - assigned_share(s, sg, k) > 1e-9 && fallback >= 0) used[fallback] = true;
    }
  std::vector<int> out;
  for (size_t j = 0; j < used.size(); ++j)
    if (used[j]) out.push_back(static_cast<int>(j));
  return out;
}

namespace {

std::string seg_field(int i, const char* field) { return "segments." + std::to_string(i) + "." + field; }

std::string count_of(size_t n, size_t of, const char* what) {
  return std::to_string(n) + " of " + std::to_string(of) + " " + what;
}

// [SECTION] The seven steps ------------------------------------------------------------

GuideStep align(const Scenario& s) {
  GuideStep g{"Align to business priorities",
              "Start from the results the business needs, then set a capability target to steer by: 80 % of "
              "staff at tier 2-3 within 12 months is the AIE Network's.",
              "AIE Network",
              {"Organisation", "org.description"}};
  const bool target = s.target.share > 0 && s.target.by_month <= s.org.horizon_months;
  g.done = !s.description.empty() && target;
  if (s.description.empty()) {
    g.status = "Say which business results this plan serves (Organisation: Purpose).";
  } else if (!target) {
    g.place.field = "target.share";
    g.status = "Set a capability target within the horizon (Organisation: Capability target).";
  } else {
    g.place.field = "target.share";
    g.status = "Purpose stated; target " + std::to_string(static_cast<int>(s.target.share * 100 + 0.5)) +
               " % at " + tier_name(s, s.target.tier) + " or above by month " +
               std::to_string(s.target.by_month) + ".";
  }
  return g;
}

GuideStep roles(const Scenario& s) {
  GuideStep g{"Roles and levels",
              "Group people by role into segments, and pick the levels they should reach: Literacy for "
              "everyone, Fluency for knowledge workers, Integration for team leads and their teams.",
              "AIE Network; Leland",
              {"Segments", "segments.add"}};
  if (s.segments.empty()) {
    g.status = "No segments yet: add one per team, function or role.";
    return g;
  }
  int people = 0;
  for (size_t i = 0; i < s.segments.size(); ++i) {
    const Segment& seg = s.segments[i];
    if (seg.name.empty() || seg.headcount <= 0) {
      g.place.field = seg_field(static_cast<int>(i), seg.name.empty() ? "name" : "headcount");
      g.status = "Segment " + std::to_string(i + 1) + " needs a name and its number of people.";
      return g;
    }
    people += seg.headcount;
  }
  g.done = !s.framework.tiers.empty();
  g.place.field = seg_field(0, "headcount");
  g.status = std::to_string(s.segments.size()) + " segment" + (s.segments.size() == 1 ? "" : "s") + ", " +
             std::to_string(people) + " people, " + std::to_string(s.framework.tiers.size()) + " tiers.";
  return g;
}

GuideStep assess(const Scenario& s) {
  GuideStep g{"Assess current skills",
              "Count who is at each tier today, from a short survey or the managers' estimate: only people "
              "below a tier need to learn it.",
              "AIE Network",
              {"Segments", "segments.add"}};
  size_t assessed = 0;
  int first_missing = -1;
  for (size_t i = 0; i < s.segments.size(); ++i) {
    if (!s.segments[i].current_at_tier.empty() && at_or_above_today(s.segments[i], 0) > 0)
      ++assessed;
    else if (first_missing < 0)
      first_missing = static_cast<int>(i);
  }
  g.done = !s.segments.empty() && first_missing < 0;
  if (!s.segments.empty()) g.place.field = seg_field(std::max(0, first_missing), "current_at_tier.0");
  g.status = s.segments.empty()
                 ? "Add segments first (step 2)."
                 : count_of(assessed, s.segments.size(), "segments count people at a tier today.");
  return g;
}

GuideStep define(const Scenario& s) {
  GuideStep g{"Define the skills",
              "For each tier, say who it is for and how success is measured: Literacy by completion (85 %+) "
              "and policy acknowledgement, Fluency by workflows adopted and hours saved, Integration by "
              "cycle time.",
              "Leland",
              {"Tiers", "tiers.0.description"}};
  size_t defined = 0;
  int first_missing = -1;
  for (size_t k = 0; k < s.framework.tiers.size(); ++k) {
    const Tier& t = s.framework.tiers[k];
    if (!t.description.empty() && t.learning_hours.likely > 0)
      ++defined;
    else if (first_missing < 0)
      first_missing = static_cast<int>(k);
  }
  g.done = !s.framework.tiers.empty() && first_missing < 0;
  if (first_missing >= 0) g.place.field = "tiers." + std::to_string(first_missing) + ".description";
  g.status = count_of(defined, s.framework.tiers.size(), "tiers say who they are for, with learning hours.");
  return g;
}

GuideStep plan(const Scenario& s) {
  GuideStep g{"A role-based plan",
              "Per role, name the AI skills, where they show up in the work, how they are built and "
              "practised; then set how far people go (the goal columns). A pilot of 20-30 % goes first.",
              "AIE Network; Leland",
              {"Segments", "segments.add"}};
  size_t with_goals = 0, with_roles = 0;
  int no_goal = -1, no_role = -1;
  for (size_t i = 0; i < s.segments.size(); ++i) {
    const std::vector<double>& goal = s.segments[i].target_share;
    if (!goal.empty() && goal[0] > 0)
      ++with_goals;
    else if (no_goal < 0)
      no_goal = static_cast<int>(i);
    if (!s.segments[i].role_plan.skills.empty())
      ++with_roles;
    else if (no_role < 0)
      no_role = static_cast<int>(i);
  }
  g.done = !s.segments.empty() && no_goal < 0 && no_role < 0;
  if (s.segments.empty()) {
    g.status = "Add segments first (step 2).";
    return g;
  }
  if (no_role >= 0)
    g.place = {"Segments", "role_plan.skills", no_role};
  else
    g.place.field = seg_field(std::max(0, no_goal), "target_share.0");
  g.status = count_of(with_roles, s.segments.size(), "segments name their AI skills; ") +
             std::to_string(with_goals) + " have goals.";
  return g;
}

GuideStep practice(const Scenario& s) {
  GuideStep g{"Practice and adoption",
              "Protect 1-2 hours a week of practice on real work while people learn, and score the five "
              "foundations honestly: the best-prepared teams see up to 3x the lift of the worst.",
              "Why Your AI Upskilling Will Fail",
              {"Readiness", "readiness.practice_hours_week"}};
  g.done = s.readiness.practice_hours_week >= 1;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.1f h a week of protected practice%s", s.readiness.practice_hours_week,
                g.done ? "." : ": the sources ask for 1-2 h.");
  g.status = buf;
  return g;
}

GuideStep measure(const Scenario& s) {
  GuideStep g{"Measure",
              "Measure application, not completion: count the people applying a tier by a deadline, and "
              "report tiers 2-3 with their own metrics, never with tier-1 completion.",
              "Leland; AIE Network",
              {"Organisation", "target.count_applying"}};
  g.done = s.target.count_applying && s.target.share > 0 && s.target.by_month <= s.org.horizon_months;
  g.status = s.target.count_applying ? "The target counts people applying what they learned."
                                     : "The target counts everyone trained: count people applying instead.";
  return g;
}

}  // namespace

std::vector<GuideStep> guide_steps(const Scenario& s) {
  return {align(s), roles(s), assess(s), define(s), plan(s), practice(s), measure(s)};
}

// [SECTION] JAIN's checklist -------------------------------------------------------------

namespace {

std::string names_of(const Scenario& s, const std::vector<int>& models,
                     std::string (*detail)(const DeliveryModel&)) {
  std::string out;
  for (int j : models) {
    const DeliveryModel& m = s.models[j];
    out += (out.empty() ? "" : "; ") + (m.name.empty() ? m.id : m.name) + " (" + detail(m) + ")";
  }
  return out;
}

}  // namespace

std::vector<ChecklistItem> jain_checklist(const Scenario& s) {
  const int tiers = static_cast<int>(s.framework.tiers.size());
  const std::vector<int> used = models_in_use(s, std::min(1, std::max(0, tiers - 1)));
  const bool none = used.empty();
  const std::string nothing = "No programme beyond the first tier has learners yet.";
  auto all = [&](bool (*ok)(const DeliveryModel&)) {
    return !none && std::all_of(used.begin(), used.end(), [&](int j) { return ok(s.models[j]); });
  };
  std::vector<ChecklistItem> out;

  ChecklistItem cohort{"Cohort-based"};
  cohort.met =
      all([](const DeliveryModel& m) { return m.group == GroupKind::Cohort || m.group == GroupKind::Team; });
  cohort.found = none ? nothing : names_of(s, used, [](const DeliveryModel& m) {
    return std::string(enum_label(m.group)) +
           (m.group == GroupKind::None ? "" : " of " + std::to_string(m.group_size));
  });
  if (!cohort.met)
    cohort.change = "Plan tab: deliver tier 2 and up with a cohort or team model (cohorts of 8-15).";
  cohort.place = {"Plan", "plan.add"};
  out.push_back(cohort);

  ChecklistItem work{"Tied to real work"};
  work.met = !none && s.readiness.practice_hours_week >= 1;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.1f h a week of protected practice on real tasks.",
                s.readiness.practice_hours_week);
  work.found = none ? nothing : buf;
  if (!work.met) work.change = "Readiness tab: protect 1-2 h a week of practice on the learners' own work.";
  work.place = {"Readiness", "readiness.practice_hours_week"};
  out.push_back(work);

  ChecklistItem months{"6+ months"};
  months.met = all([](const DeliveryModel& m) { return m.duration_weeks.likely >= 26; });
  months.found = none ? nothing : names_of(s, used, [](const DeliveryModel& m) {
    return std::to_string(static_cast<int>(m.duration_weeks.likely + 0.5)) + " weeks";
  });
  if (!months.met)
    months.change =
        "Models tab: programmes that work run 6-12 months (26+ weeks); lengthen these or use a cohort "
        "programme.";
  months.place = {"Models", "model.duration_weeks.likely"};
  out.push_back(months);

  ChecklistItem managers{"Manager-supported"};
  managers.met = all([](const DeliveryModel& m) { return m.needs_manager && m.manager_hours_per_week > 0; });
  managers.found = none ? nothing : names_of(s, used, [](const DeliveryModel& m) {
    char h[48];
    std::snprintf(h, sizeof h, "%.1f manager h a week", m.needs_manager ? m.manager_hours_per_week : 0.0);
    return std::string(h);
  });
  if (!managers.met)
    managers.change =
        "Models tab: involve a manager in every group, e.g. a weekly 90-minute session (1.5 h).";
  managers.place = {"Models", "model.manager_hours_per_week"};
  out.push_back(managers);

  // Outcome-measured: a metric of a tier above the first (application or
  // impact, not completion) with a target, from the measurement plan in force.
  ChecklistItem outcome{"Outcome-measured"};
  const std::vector<Metric> metrics = measurement_plan(s);
  std::string measured;
  for (const Metric& m : metrics)
    if (m.tier >= 1 && m.tier < tiers && m.target != 0)
      measured += (measured.empty() ? "" : "; ") + m.name + " (" + s.framework.tiers[m.tier].name + ")";
  outcome.met = !none && !measured.empty();
  outcome.found = none ? nothing
                  : measured.empty()
                      ? "Not measured: no metric beyond the first tier has a target (completion is not "
                        "capability)."
                      : "Targets for " + measured + ".";
  if (measured.empty())
    outcome.change =
        "Actuals tab, Measurement plan: give a tier above the first a metric with a target, e.g. hours "
        "saved per workflow or cycle-time reduction.";
  else if (none)
    outcome.change = "Plan tab: take learners beyond the first tier; the measurement plan is ready for them.";
  outcome.place =
      measured.empty() || !none ? InputPlace{"Actuals", "measures.open"} : InputPlace{"Plan", "plan.add"};
  out.push_back(outcome);
  return out;
}

}  // namespace planner::ui
