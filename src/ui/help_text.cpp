#include "ui/help_text.h"

#include <cstring>
#include <string>

namespace planner::ui {
namespace {

struct Entry {
  const char* key;
  const char* text;
};

// Meaning. Unit. Default and its source.
const Entry kHelp[] = {
    // Organisation
    {"org.name", "The organisation's name, shown on the report."},
    {"title", "The plan's title, shown on the report and in the window."},
    {"description",
     "What the plan is for: the business results it serves (the guide's first step, align to business "
     "priorities). Shown on the report."},
    {"org.currency_code", "ISO 4217 code of the currency every amount is in (USD, EUR, GBP).\nDefault: USD."},
    {"org.currency_symbol", "Symbol printed before amounts ($, €, £).\nDefault: $."},
    {"org.start", "Calendar month the plan starts; used for labels only.\nDefault: January 2027."},
    {"org.horizon_months",
     "How many months the plan is evaluated over (costs, benefits, ROI, NPV).\nUnit: months.\nDefault: 36, "
     "the usual three-year CFO horizon."},
    {"org.discount_rate_annual",
     "Annual discount rate for the net present value, compounded monthly.\nUnit: % per year.\nDefault: 10 "
     "%."},
    {"org.hours_per_fte_year",
     "Working hours in one full-time year; FTE returned = hours saved per year / this.\nUnit: "
     "hours.\nDefault: "
     "2,080 (40 h x 52 weeks)."},
    {"org.default_hourly_cost",
     "Loaded cost of one employee hour (wages + benefits), used for new segments.\nUnit: currency per hour.\n"
     "Default: $44.67, US private industry, BLS Employer Costs for Employee Compensation, Dec 2024."},
    // Segments
    {"segment.name", "A team, function or role that is planned as one group."},
    {"segment.role_plan.skills",
     "The AI skills this role needs (the guide's step 5, a role-based plan). Text for the report; no figure "
     "depends on it."},
    {"segment.role_plan.in_work", "Where those skills show up in the role's work: the tasks that change."},
    {"segment.role_plan.built_by", "How the skills are built: the programmes, coaching or workshops."},
    {"segment.role_plan.practised",
     "How they are practised on the job, so learning turns into application (1-2 h a week of protected "
     "practice [Why Your AI Upskilling Will Fail])."},
    {"segment.headcount", "People in the segment.\nUnit: people."},
    {"segment.hourly_cost",
     "Loaded cost of one hour of this segment's time; prices learner hours and the hours saved.\nUnit: "
     "currency "
     "per hour.\nDefault: $44.67 (BLS ECEC, Dec 2024)."},
    {"segment.addressable_hours_week",
     "Weekly hours per person of work AI can help with; uplift saves a share of these.\nUnit: hours per "
     "person "
     "per week.\nDefault: 10. Example [Leland]: a 4 h weekly report cut to 15 min saves 3.75 h."},
    {"segment.current_at_tier",
     "People whose highest tier today is this one (tiers are cumulative). The rest have no tier.\nUnit: "
     "people."},
    {"segment.target_share",
     "Share of the segment that should reach AT LEAST this tier (cumulative: never rises with the tier).\n"
     "Unit: % of headcount.\nExample [Leland]: Literacy 100 %, Fluency 40 %, Integration 10 %."},
    {"segment.wave",
     "Rollout order: wave 1 goes first, wave 2 starts after wave 1's groups.\nUnit: wave number."},
    {"segment.managers",
     "Managers of this segment available to host groups at the same time; each running group needs one "
     "[JAIN].\nUnit: managers."},
    // Tiers
    {"framework.name", "Name of the tier framework: Three tiers [Leland] or Four tiers [AIE Network]."},
    {"tier.name", "The tier's name (tier k includes every tier below it)."},
    {"tier.description", "Who the tier is for and how success is measured."},
    {"tier.learning_hours",
     "Hours of learner time per learner in this tier's programme (priced at the segment's loaded "
     "rate).\nUnit: "
     "hours per learner, low / likely / high.\nSources: AIE Network (Aware 4-6 h, Literate 10-15 h, "
     "Practitioner 20-30 h, Expert 40+ h)."},
    {"tier.uplift",
     "Share of addressable hours saved by a person applying this tier. It belongs to the tier, not the step: "
     "tier 3 saves uplift(3), not the sum.\nUnit: % of addressable hours, low / likely / high.\nReferences: "
     "support +14 % (Brynjolfsson, Li & Raymond); writing -40 % time (Noy & Zhang); consultants 25.1 % "
     "faster "
     "inside the frontier (Dell'Acqua et al.)."},
    {"tier.ramp_weeks",
     "Weeks after the programme ends before benefits start (habits form; a productivity dip applies).\nUnit: "
     "weeks.\nDefault: 4."},
    {"tier.default_model", "Delivery model used for this tier when the plan has no row for a segment."},
    {"tier.source", "Where this tier's figures come from."},
    // Models
    {"model.id", "Stable key the plan and tiers refer to (letters, digits, dashes)."},
    {"model.name", "The delivery model's name."},
    {"model.basis",
     "What one unit of cost buys: per seat per month (whole months billed), per learner once, per learner "
     "per "
     "week, per learner per month, or per engagement (covers up to the group size)."},
    {"model.cost",
     "Cost per unit of the basis, low / likely / high.\nSources: platform $20-50 per seat per month; "
     "workshop "
     "$150-500 per employee; coaching $200-500 per employee per period; consulting $200K-$1M+ [Leland]; "
     "cohort "
     "$3K-8K per learner; LMS course ~$100 [JAIN]."},
    {"model.sunk",
     "Seats are already paid for (an existing subscription): the incremental cost is 0, the cash cost still "
     "shows it [Leland]."},
    {"model.duration_weeks",
     "Programme length, rounded to whole weeks when scheduled.\nUnit: weeks, low / likely / high."},
    {"model.group", "How learners are grouped: none (self-paced), class, team, cohort or department."},
    {"model.group_size",
     "Learners per group (cohorts of 8-15 [JAIN], teams of 8-12 [Leland]); for engagements, learners "
     "covered.\nUnit: learners."},
    {"model.stagger_weeks",
     "At least this many weeks between starts of this model's groups, so cohort 2 starts while cohort 1 "
     "applies its learning [AIE]. Only grouped models (class, team, cohort, department); other models' "
     "groups do not hold it. Rule of thumb: 2 for grouped programmes of 2+ weeks, 0 for one-day classes.\n"
     "Unit: weeks.\nDefault: 0 (no stagger)."},
    {"model.needs_coach", "Each running group occupies one coach (see Capacity > coaches)."},
    {"model.needs_manager", "Each running group occupies one manager of its segment [JAIN]."},
    {"model.manager_hours_per_week",
     "Manager time per running group per week, priced at the segment's rate.\nUnit: hours per "
     "week.\nDefault: "
     "1.5 (a weekly 90-minute session [JAIN])."},
    {"model.completion_rate",
     "Share of enrolled learners who finish.\nUnit: %, low / likely / high.\nPlatforms report 80 %+ "
     "completion "
     "[Leland]."},
    {"model.application_rate",
     "Share of finishers who change how they work (completion is not application).\nUnit: %, low / likely / "
     "high.\nSaks & Belcourt 2006: 62 % apply at first, about 47 % after a year."},
    {"model.reinforces",
     "Coaching and cohort programmes reinforce the skill: the saving this programme adds does not decay. "
     "Otherwise it halves every half-life. When a higher tier comes on top, the saving below keeps its own "
     "decay and only the increment follows the new programme's."},
    {"model.decay_half_life_months",
     "This model's own skill-decay half-life; 0 uses the Adjustments default.\nUnit: months."},
    {"model.tiers", "Tiers this model can deliver (first to last, inclusive)."},
    {"model.source", "Where this model's figures come from."},
    // Plan
    {"plan.segment", "Segment this row applies to, or every segment."},
    {"plan.tier", "Tier delivered by this row."},
    {"plan.model", "Delivery model used."},
    {"plan.share",
     "Share of the segment's learners for this tier who take this model. Rows for one segment and tier must "
     "not add up to more than 100 %; the rest takes the tier's default model.\nUnit: %."},
    // Capacity
    {"capacity.max_parallel_groups",
     "Groups that may run at once across the organisation.\nUnit: groups.\nDefault: 4 (3-6 [JAIN], bounded "
     "by manager capacity)."},
    {"capacity.coaches",
     "Coaches available; each group of a coached model occupies one.\nUnit: coaches.\nDefault: 4."},
    {"capacity.first_wave_share",
     "Pilot: share of tier-1 learners who go first; the rest of tier 1 starts after the pilot's tier-1 "
     "groups end. Higher tiers are not split.\nUnit: %.\nDefault: 25 % (20-30 % of the organisation [AIE])."},
    {"capacity.monthly_spend_cap",
     "Most cash spent in one month (incremental: sunk seats do not count; overhead and contingency do); "
     "groups are delayed, never overspent, also in months past the horizon. A group no start week fits "
     "on its own never starts and keeps its place: the groups behind it wait (see the binding constraints "
     "for the cap that admits it). 0 = no cap.\nUnit: currency per month."},
    {"results.binding",
     "A constraint binds when relaxing it alone (unlimited groups, coaches or managers, no stagger, no cap) "
     "changes the target month, the week the last group ends or the learners left unscheduled. Each line "
     "says the smallest relaxation that buys the whole change. Several can bind at once; a rule that holds "
     "some groups back without changing these does not bind.\nRelaxing never hurts: groups competing for "
     "the same capacity start in priority order (tier, pilot, wave, segment), so more groups, coaches or "
     "managers, less stagger or a higher cap never start a group later."},
    // Readiness
    {"readiness.learning_climate",
     "Is learning safe and expected? 1 (poor) to 5 (strong).\nThe mean of the five foundations scales the "
     "application rate from 0.5x (all 1) to 1.5x (all 5) [Why Your AI Upskilling Will Fail].\nDefault: 3."},
    {"readiness.organisational_systems",
     "Do tools, data access and policy let people use AI at work? 1 to 5.\nDefault: 3."},
    {"readiness.job_design", "Is there room in the job to change how work is done? 1 to 5.\nDefault: 3."},
    {"readiness.manager_support", "Do managers coach, model and protect practice time? 1 to 5.\nDefault: 3."},
    {"readiness.incentives", "Are goals and rewards aligned with using AI well? 1 to 5.\nDefault: 3."},
    {"readiness.practice_hours_week",
     "Protected practice time per learner per week while in a programme; a cost of learner time.\nUnit: "
     "hours "
     "per week.\nDefault: 1.5 (1-2 h recommended)."},
    {"readiness.productivity_dip",
     "Share of addressable hours lost during the ramp-up weeks while habits form.\nUnit: %.\nDefault: 10 %."},
    // Adjustments
    {"adjustments.overhead", "Added to cash costs for administration.\nUnit: % of cash cost.\nDefault: 5 %."},
    {"adjustments.contingency",
     "Added to cash costs for the unexpected.\nUnit: % of cash cost.\nDefault: 10 %."},
    {"adjustments.attribution",
     "Share of the measured gain due to training rather than other causes (Phillips isolation).\nUnit: %.\n"
     "Default: 80 %."},
    {"adjustments.confidence",
     "How sure the estimators are of the gain; benefits are multiplied by attribution x confidence (Phillips "
     "ROI Methodology).\nUnit: %.\nDefault: 75 %."},
    {"adjustments.decay_half_life_months",
     "Months until half the gain is lost without reinforcement.\nUnit: months, low / likely / "
     "high.\nDefault: "
     "6.5 / 11 / 13 (Arthur et al. 1998; Tatel & Ackerman)."},
    {"adjustments.distribution",
     "Shape used when sampling a low/likely/high range for uncertainty (PERT or triangular)."},
    // Target
    {"target.share",
     "Share of total headcount that should be at the target tier or above.\nUnit: %.\nDefault: 80 % [AIE]."},
    {"target.tier", "The tier counted for the target (at least this tier).\nDefault: the second tier [AIE]."},
    {"target.by_month",
     "Deadline for the target.\nUnit: month of the plan.\nDefault: 12 [AIE: within 12 months]."},
    {"target.count_applying",
     "Count only people applying what they learned (default) or everyone trained. Completion is not "
     "application."},
    // Results
    {"result.incremental_cost",
     "Cash the plan adds over the horizon: delivery costs plus overhead and contingency, minus seats already "
     "paid for."},
    {"result.cost_per_capable",
     "Incremental cost / people applying the target tier or above at the horizon: the cost to produce a "
     "capability [JAIN], not the cost per training hour. Cost per learner divides by the people trained "
     "(learners, distinct people), not by enrolments (places: a person trained at two tiers takes two). The "
     "Cost breakdown tab shows the same per delivery model.\nCapable: distinct people applying a tier at or "
     "above the "
     "target tier at the horizon's end, less those who already were. A person applying tier 3 counts at "
     "tiers "
     "1, 2 and 3, once each; whether someone applies one programme does not depend on the one before."},
    {"result.fte_returned",
     "Hours saved a week (the average of the month, after attribution x confidence and skill decay) x 52 / "
     "hours in a full-time year, at month 12; the detail gives the same at the horizon's end.\nOne saving "
     "per "
     "person at any time: the uplift of the highest tier they apply. A higher tier's saving replaces the "
     "lower "
     "one when it begins (never before the lower one's), also for someone who did not apply the tier in "
     "between. People already at a tier today save its uplift now: the plan adds only the difference. A "
     "saving fades with its programme's half-life unless it reinforces; a higher tier's increment fades "
     "with its own programme, the saving below keeps its own decay."},
    {"result.roi",
     "Cash view: (benefits - incremental cost) / incremental cost x 100 over the horizon; BCR = benefits / "
     "incremental cost. n/a when the plan adds no cash. The detail shows the economic view's ROI (View menu: "
     "let it lead)."},
    {"result.roi_economic",
     "Economic view: (benefits - economic cost) / economic cost x 100, where economic cost adds learner, "
     "manager and productivity-dip hours at the loaded rate, the same rate that values the benefits. The "
     "detail shows the cash view's ROI (View menu: let cash lead)."},
    {"result.payback",
     "First month in which cumulative benefits reach cumulative cost: incremental cost in the cash view, "
     "economic cost in the economic view."},
    {"result.model_costs",
     "Per delivery model over the horizon: people applying per learner = completion x application x "
     "readiness; cost per capable employee = the model's incremental cost / people applying. A cheap "
     "course that few apply can cost less per capable employee than a dear programme [JAIN]."},
    {"result.heat_map",
     "Capability heat map: for each segment and tier, the share of its people at that tier or above today, "
     "in the segment's target, and in the plan at the end of the chosen month (people applying it, or "
     "trained, as the target counts them). Gap = target - plan: green when the plan reaches the target, "
     "amber when it falls short by at most 10 points, red beyond. Segments furthest from target come first."},
    {"result.months_to_target", "First month in which the capability target holds."},
    {"case",
     "Low takes every range at its low end (cheap costs, weak effects), High at its high end. Corner cases, "
     "not percentiles."},
    // Actuals (issue 15; docs/schema.md, "Measurement plan and actuals")
    {"actuals.as_of",
     "The last month of actuals: months up to it are actual where typed, and the forecast runs the rest of "
     "the "
     "plan from there; the Uncertainty and Compare tabs can run on that forecast.\nUnit: month of the plan. "
     "0 = no actuals."},
    {"actuals.spend",
     "Cash spent on the programme in the month, overhead and contingency in (the plan's incremental cost of "
     "the month).\nUnit: currency."},
    {"actuals.hours",
     "Hours saved per week as measured, average over the month, after attribution x confidence like the "
     "plan's.\nUnit: hours per week."},
    {"actuals.enrolled", "Places taken in this tier's programmes so far (cumulative).\nUnit: people."},
    {"actuals.completed",
     "People who finished a programme of this tier or a higher one so far, not counting those there before "
     "the plan. Completion is not application.\nUnit: people."},
    {"actuals.applying",
     "People applying this tier or a higher one in their work so far, not counting those there before the "
     "plan. In the forecast, fewer than planned stay fewer to the end (people who had not applied are not "
     "assumed to start later); more than planned are people ahead of the plan, not extra people: the "
     "forecast follows the plan once it passes them.\nUnit: people."},
    {"actuals.by_segment",
     "Report this month by segment: one row per segment, started from the plan's own figures for each "
     "segment. The month's counts by tier are then the sums of the rows (a segment without a row counted no "
     "one). Off: the sums stay, the rows go.\nIn the forecast each segment keeps its own shortfall, or its "
     "people ahead of plan, against its own plan, and the hours and value they move are its own (its "
     "addressable hours and hourly cost): who is behind matters, not only how many. A segment whose "
     "enrolments are behind its plan runs its own rest of the plan (people and cost) later."},
    // The measurement plan editor (issue 15 part 1; docs/schema.md, "measures[i]: Metric")
    {"measures",
     "The measurement plan: each tier's metrics with a target, a unit and how they are collected. Empty "
     "means Leland's defaults for a three-tier framework [Leland]."},
    {"measures.name", "What is measured, e.g. \"Hours saved per workflow\"."},
    {"measures.target", "The value that counts as success, in the metric's unit."},
    {"measures.unit", "The unit the metric is read in: \"%\", \"hours/week\", \"score 1-10\"."},
    {"measures.collected", "How and where the value is collected, e.g. \"LMS completion report\"."},
};

// What the keys do. The app's own shortcuts are in app.cpp (shortcuts());
// the rest is ImGui 1.86's keyboard navigation (ImGuiConfigFlags_NavEnableKeyboard).
const KeyboardShortcut kKeyboard[] = {
    {"Tab (from the page)", "move the keyboard into the planner"},
    {"Tab / Shift+Tab", "next / previous field"},
    {"Arrow keys", "move between buttons, tabs and fields"},
    {"Space", "press the button, tick the box, open the tab"},
    {"Enter", "type into the number field; Enter again keeps it"},
    {"Escape", "leave a field unchanged; close a menu"},
    {"Alt", "go to the menu bar (arrows move along it)"},
    {"Space on a number, then Left / Right", "nudge it (Shift: faster, Ctrl: slower)"},
    {"Ctrl+Z", "undo"},
    {"Ctrl+Shift+Z or Ctrl+Y", "redo"},
    {"Ctrl+S", "save the scenario (JSON)"},
    {"Ctrl+O", "open a scenario (JSON)"},
    {"Ctrl+click or double-click a number", "type it"},
    {"Ctrl+A, Ctrl+C, Ctrl+V, Ctrl+X", "select all, copy, paste, cut in a field"},
};

}  // namespace

const KeyboardShortcut* keyboard_map_begin() { return kKeyboard; }
const KeyboardShortcut* keyboard_map_end() { return kKeyboard + sizeof kKeyboard / sizeof kKeyboard[0]; }

namespace {
std::set<std::string>* g_audit = nullptr;
}  // namespace

void set_help_audit(std::set<std::string>* missing) { g_audit = missing; }

void audit_help_key(const char* key) {
  if (g_audit && key && !has_help_text(key)) g_audit->insert(key);
}

bool has_help_text(const char* key) {
  for (const Entry& e : kHelp)
    if (std::strcmp(e.key, key) == 0) return true;
  return false;
}

const char* help_text(const char* key) {
  for (const Entry& e : kHelp)
    if (std::strcmp(e.key, key) == 0) return e.text;
  static thread_local std::string missing;
  missing = std::string("(no help for ") + key + ")";
  return missing.c_str();
}

}  // namespace planner::ui
