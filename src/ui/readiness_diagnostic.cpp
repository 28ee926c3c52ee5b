#include "ui/readiness_diagnostic.h"

#include <cstdio>

#include "core/learners.h"

namespace planner::ui {
namespace {

// The five foundations [Why Your AI Upskilling Will Fail]; the questions are
// the tooltips' (help_text.cpp), the two lines the planner's plain summary of each.
const Foundation kList[kFoundations] = {
    {"Learning climate", "readiness.learning_climate", "Is learning safe and expected here?",
     "People try AI on real work, share what failed, and are given time to learn.",
     "Mistakes are punished, so people wait to be told and avoid trying.", &Readiness::learning_climate},
    {"Organisational systems", "readiness.organisational_systems",
     "Do tools, data access and policy let people use AI at work?",
     "Approved tools, the data they need and a clear use policy from day one.",
     "Training on tools people are not allowed or able to use afterwards.",
     &Readiness::organisational_systems},
    {"Job design", "readiness.job_design", "Is there room in the job to change how work is done?",
     "Workflows and targets are reshaped around the new way of working.",
     "The old workload stays as it was, so the new skill has nowhere to go.", &Readiness::job_design},
    {"Manager support", "readiness.manager_support", "Do managers coach, model and protect practice time?",
     "Managers use AI themselves, review it in one-to-ones and guard practice hours.",
     "Managers sign people up, then fill the practice time with other work.", &Readiness::manager_support},
    {"Incentives", "readiness.incentives", "Are goals and rewards aligned with using AI well?",
     "Goals, recognition and promotion reward work done better with AI.",
     "Only output counts, so the dip while habits form is held against people.", &Readiness::incentives},
};

}  // namespace

const Foundation& foundation(int i) { return kList[i]; }

std::string readiness_effect(const Readiness& r) {
  double sum = 0;
  for (const Foundation& f : kList) sum += r.*(f.score);
  char buf[128];
  std::snprintf(buf, sizeof buf, "These answers scale application rates by %.2fx (mean %.1f of 5).",
                readiness_multiplier(r), sum / kFoundations);
  return buf;
}

}  // namespace planner::ui
