// document.cpp — map
//   [SECTION] Row names and field words: core's {path, message} in the user's words
//   [SECTION] The one "could not open" message
//   [SECTION] Document: recompute, the undo step (see document.h), opening
#include "ui/document.h"

#include <cctype>
#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <utility>

#include "io/link_codec.h"
#include "io/presets.h"
#include "io/scenario_json.h"

namespace planner::ui {

// [SECTION] Row names and field words ---------------------------------------------

RowNames RowNames::of(const Scenario& s) {
  RowNames n;
  for (const Segment& g : s.segments) n.segments.push_back(g.name);
  for (const Tier& t : s.framework.tiers) n.tiers.push_back(t.name);
  for (const DeliveryModel& m : s.models) n.models.push_back(m.name.empty() ? m.id : m.name);
  return n;
}

RowNames RowNames::of_json(const std::string& text) {
  RowNames n;
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (!doc.is_object()) return n;
  auto names = [](const nlohmann::json& list, const char* key, const char* fallback) {
    std::vector<std::string> out;
    if (!list.is_array()) return out;
    for (const auto& row : list) {
      std::string name;
      for (const char* k : {key, fallback})
        if (name.empty() && k && row.is_object() && row.contains(k) && row[k].is_string())
          name = row[k].get<std::string>();
      out.push_back(name);
    }
    return out;
  };
  if (doc.contains("segments")) n.segments = names(doc["segments"], "name", nullptr);
  if (doc.contains("models")) n.models = names(doc["models"], "name", "id");
  if (doc.contains("framework") && doc["framework"].is_object() && doc["framework"].contains("tiers"))
    n.tiers = names(doc["framework"]["tiers"], "name", nullptr);
  return n;
}

namespace {

// Fields whose snake_case name does not read as words by itself.
const std::pair<const char*, const char*> kFieldWords[] = {
    {"headcount", "people"},
    {"current_at_tier", "current people at tiers"},
    {"target_share", "target shares"},
    {"addressable_hours_week", "addressable hours a week"},
    {"manager_hours_per_week", "manager hours a week"},
    {"practice_hours_week", "practice hours a week"},
    {"decay_half_life_months", "decay half-life (months)"},
    {"horizon_months", "horizon (months)"},
    {"discount_rate_annual", "annual discount rate"},
    {"hours_per_fte_year", "hours per FTE a year"},
    {"duration_weeks", "duration (weeks)"},
    {"ramp_weeks", "ramp (weeks)"},
    {"stagger_weeks", "stagger (weeks)"},
    {"min_tier", "lowest tier"},
    {"max_tier", "highest tier"},
    {"default_model", "default delivery model"},
    {"model", "delivery model"},
    {"max_parallel_groups", "parallel groups at most"},
    {"by_month", "by month"},
};

// The settings sections, as their tabs are called.
const std::pair<const char*, const char*> kSectionWords[] = {
    {"org", "Organisation"},        {"capacity", "Capacity"}, {"readiness", "Readiness"},
    {"adjustments", "Adjustments"}, {"target", "Target"},     {"framework", "Framework"},
    {"version", "Version"},         {"tiers", "Tiers"},       {"segments", "Segments"},
    {"models", "Delivery models"},  {"plan", "Plan"},
};

std::string field_words(const std::string& field) {
  for (const auto& [key, words] : kFieldWords)
    if (field == key) return words;
  std::string out = field;
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// "name[3]" -> {"name", 3}; no index -> {"name", -1}.
std::pair<std::string, long> split_index(const std::string& part) {
  const size_t open = part.find('[');
  if (open == std::string::npos || part.back() != ']') return {part, -1};
  try {
    return {part.substr(0, open), std::stol(part.substr(open + 1, part.size() - open - 2))};
  } catch (...) {
    return {part, -1};
  }
}

std::string named(const char* kind, long i, const std::vector<std::string>& names, const char* sep) {
  std::string out = std::string(kind) + " " + std::to_string(i + 1);
  if (i >= 0 && i < static_cast<long>(names.size()) && !names[i].empty()) out += sep + names[i];
  return out;
}

std::string tier_words(long k, const RowNames& n) {
  std::string out = "tier " + std::to_string(k + 1);
  if (k >= 0 && k < static_cast<long>(n.tiers.size()) && !n.tiers[k].empty()) out += " (" + n.tiers[k] + ")";
  return out;
}

std::string plus_one(const std::string& digits) {
  try {
    return std::to_string(std::stol(digits) + 1);
  } catch (...) {
    return digits;
  }
}

// Core's messages that read badly after the field's words, said again.
const std::pair<const char*, const char*> kMessageWords[] = {
    {R"(^must not add up to more than headcount \((\d+)\), got (\d+)$)",
     "add up to $2, more than its $1 people"},
    {R"(^target shares are cumulative and must not rise with the tier: (\S+) > (tier \d+)'s (\S+)$)",
     "must not be above $2's ($3), got $1 (shares are cumulative)"},
    {R"(^shares for (segments\[\d+\]) (tier \d+) add up to (\S+), must be <= 1$)",
     "with the other rows for $1 at $2 adds up to $3, more than 1"},
    {R"(^duplicate id ("[^"]*") \(also (models\[\d+\])\)$)", "$1 is already used by $2"},
};

// Row and tier numbers inside core's messages, 1-based and named like the path.
std::string message_words(const RowNames& n, const std::string& leaf, std::string m) {
  for (const auto& [pattern, words] : kMessageWords) {
    const std::regex re(pattern);
    if (std::regex_search(m, re)) {
      m = std::regex_replace(m, re, words);
      break;
    }
  }
  static const std::regex refs(
      R"(segments\[(\d+)\]|models\[(\d+)\]|min_tier \((\d+)\)(?: and (\d+))?|(tier index |segment index |tiers |tier )(\d+)(\.\.(-?\d+))?)");
  std::string out;
  auto begin = std::sregex_iterator(m.begin(), m.end(), refs);
  size_t at = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& x = *it;
    out += m.substr(at, static_cast<size_t>(x.position()) - at);
    at = static_cast<size_t>(x.position() + x.length());
    if (x[1].matched) {
      out += named("segment", std::stol(x[1]), n.segments, ", ");
    } else if (x[2].matched) {
      out += named("model", std::stol(x[2]), n.models, ", ");
    } else if (x[3].matched) {
      out += "the lowest tier (" + plus_one(x[3]) + ")";
      if (x[4].matched) out += " and " + plus_one(x[4]);
    } else {
      const std::string word = x[5];
      const std::string noun = word == "segment index " ? "segment from "
                               : word == "tier index "  ? "tier from "
                                                        : word;
      out += noun + plus_one(x[6]);
      if (x[7].matched) out += " to " + plus_one(x[8]);
    }
  }
  out += m.substr(at);
  // A tier or segment number the user typed wrong is shown as the UI counts.
  if (leaf == "tier" || leaf == "min_tier" || leaf == "max_tier" || leaf == "segment") {
    static const std::regex got(R"(, got (\d+)$)");
    std::smatch x;
    if (std::regex_search(out, x, got)) out = x.prefix().str() + ", got " + plus_one(x[1]);
  }
  return out;
}

}  // namespace

std::string issue_sentence(const RowNames& n, const Issue& issue) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= issue.path.size()) {
    const size_t dot = issue.path.find('.', start);
    parts.push_back(issue.path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (parts.size() > 1 && parts[0] == "framework") parts.erase(parts.begin());

  // Where: the row (1-based, by name) or the settings section.
  std::string where;
  const auto [head, index] = split_index(parts[0]);
  if (index >= 0 && head == "segments")
    where = named("Segment", index, n.segments, ", ");
  else if (index >= 0 && head == "models")
    where = named("Model", index, n.models, ", ");
  else if (index >= 0 && head == "tiers")
    where = named("Tier", index, n.tiers, ", ");
  else if (index >= 0 && head == "plan")
    where = "Plan row " + std::to_string(index + 1);
  else
    for (const auto& [key, words] : kSectionWords)
      if (head == key) where = words;
  if (where.empty()) where = capitalised(field_words(head));

  // What: the field in words; an element of a per-tier list names its tier;
  // a range's corner follows in brackets.
  std::string what, leaf;
  for (size_t i = 1; i < parts.size(); ++i) {
    const auto [field, k] = split_index(parts[i]);
    if (field == "low" || field == "likely" || field == "high") {
      what += " (" + field + ")";
      continue;
    }
    leaf = field;
    if (k >= 0 && field == "current_at_tier")
      what += "current people at " + tier_words(k, n);
    else if (k >= 0 && field == "target_share")
      what += "target share at " + tier_words(k, n);
    else
      what += (what.empty() ? "" : " ") + field_words(field);
  }
  return where + ": " + (what.empty() ? "" : what + " ") + message_words(n, leaf, issue.message);
}

// [SECTION] The one "could not open" message ----------------------------------------

std::string problem_message(const std::string& what, const std::string& reason, const RowNames& names,
                            const std::vector<Issue>& issues, const std::string& outcome) {
  constexpr size_t kShown = 3;
  std::string list;
  for (size_t i = 0; i < issues.size() && i < kShown; ++i)
    list += (i ? "; " : "") + issue_sentence(names, issues[i]);
  if (issues.size() > kShown) list += "; and " + std::to_string(issues.size() - kShown) + " more";

  std::string out = what + ": ";
  if (!reason.empty()) {
    out += reason;
    while (!out.empty() && out.back() == '.') out.pop_back();
    if (!list.empty()) out += " (" + list + ")";
  } else {
    out += list.empty() ? "not a scenario file" : list;
  }
  if (!out.empty() && out.back() != '.') out += '.';
  if (!outcome.empty()) out += " " + outcome;
  return out;
}

// [SECTION] Document ---------------------------------------------------------------------

Document::Document() {
  Scenario s;
  if (io::load_preset("default", s)) preset_name_ = "default";
  scenario_ = s;
  committed_ = s;
  recompute(Change::Replaced);
}

void Document::recompute(Change why) {
  const auto t0 = std::chrono::steady_clock::now();
  issues_ = validate(scenario_);
  sentences_.clear();
  if (issues_.empty()) {
    evaluate(scenario_, case_, result_);
  } else {
    const RowNames names = RowNames::of(scenario_);
    for (const Issue& i : issues_) sentences_.push_back(issue_sentence(names, i));
  }
  recompute_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (listener_) listener_(why);
}

void Document::edited() {
  step_open_ = true;
  unedited_link_ = false;
  ++revision_;
  recompute(Change::Edit);
}

void Document::close_step(bool any_widget_active) {
  if (!step_open_ || any_widget_active) return;
  history_.record(committed_);
  committed_ = scenario_;
  step_open_ = false;
}

void Document::replace(const Scenario& s) {
  close_step(false);
  if (io::scenario_to_json(s, false) != io::scenario_to_json(scenario_, false)) history_.record(scenario_);
  scenario_ = s;
  committed_ = s;
  ++revision_;
  unedited_link_ = false;
  recompute(Change::Replaced);
}

bool Document::undo() {
  close_step(false);
  if (!history_.undo(scenario_)) return false;
  committed_ = scenario_;
  ++revision_;
  unedited_link_ = false;
  recompute(Change::Replaced);
  return true;
}

bool Document::redo() {
  close_step(false);
  if (!history_.redo(scenario_)) return false;
  committed_ = scenario_;
  ++revision_;
  unedited_link_ = false;
  recompute(Change::Replaced);
  return true;
}

void Document::set_case(Case c) {
  if (c == case_) return;
  case_ = c;
  recompute(Change::Case);
}

bool Document::open_json(const std::string& text, const std::string& what, std::string& error) {
  Scenario s;
  std::vector<Issue> found;
  if (!io::scenario_from_json(text, s, found)) {
    error = problem_message(what, "", RowNames::of_json(text), found, "Your current plan is unchanged.");
    return false;
  }
  error.clear();
  replace(s);
  preset_name_.clear();
  return true;
}

bool Document::open_link(const std::string& link, std::string& error, io::DecodedLink* info_out) {
  Scenario s;
  io::DecodedLink info;
  const bool ok = io::decode_link(link, s, info);
  if (info_out) *info_out = info;
  if (!ok && info.error == io::LinkError::NewerFormat) {  // not broken: too new for this version
    // info.message: "the link was made by a newer version of the planner (link format N; ...)"
    error = "This link was made by a newer version of the planner " +
            info.message.substr(info.message.find('(')) +
            ", so this version cannot open it. Your current plan is unchanged.";
    return false;
  }
  if (!ok) {
    error = problem_message("This link could not be opened", info.message, RowNames{}, info.issues,
                            "Your current plan is unchanged.");
    return false;
  }
  error.clear();
  replace(s);
  preset_name_.clear();
  unedited_link_ = true;
  return true;
}

bool Document::open_preset(const std::string& name) {
  Scenario s;
  if (!io::load_preset(name, s)) return false;
  replace(s);
  preset_name_ = name;
  return true;
}

std::string Document::json(bool pretty) const { return io::scenario_to_json(scenario_, pretty); }
std::string Document::link_fragment() const { return io::encode_link_fragment(scenario_); }

std::string Document::file_stem() const {
  std::string out;
  for (char c : scenario_.title) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "plan" : out;
}

}  // namespace planner::ui
