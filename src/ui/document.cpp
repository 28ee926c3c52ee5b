// document.cpp — map
//   [SECTION] Row names and field words: core's {path, message} in the user's words
//   [SECTION] The one "could not open" message
//   [SECTION] Document: recompute, the undo step (see document.h), opening
#include "ui/document.h"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <string>
#include <utility>

#include "io/json_text.h"  // io::Json, the one JSON type (one copy of nlohmann in the wasm)
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
  io::Json doc;
  std::string error;
  if (!io::parse_json(text, doc, error) || !doc.is_object()) return n;
  auto names = [](const io::Json& list, const char* key, const char* fallback) {
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
  // std::stol's rule without its exceptions (the web build has none): no
  // digits or out of range -> no index.
  const std::string digits = part.substr(open + 1, part.size() - open - 2);
  char* end = nullptr;
  errno = 0;
  const long i = std::strtol(digits.c_str(), &end, 10);
  if (end == digits.c_str() || errno == ERANGE) return {part, -1};
  return {part.substr(0, open), i};
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

// Plain string matching, not <regex>: std::regex cost the wasm ~19 KB of code
// and pulled in the iostream/locale machinery (issue 12's size goals).
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Whether s has the word w at i.
bool has_at(const std::string& s, size_t i, const char* w) {
  return i <= s.size() && s.compare(i, std::char_traits<char>::length(w), w) == 0;
}

// The end of the digits starting at i (i itself when there are none).
size_t digits_end(const std::string& s, size_t i) {
  while (i < s.size() && is_digit(s[i])) ++i;
  return i;
}

bool all_digits(const std::string& s) { return !s.empty() && digits_end(s, 0) == s.size(); }

bool no_space(const std::string& s) {
  for (char c : s)
    if (is_space(c)) return false;
  return !s.empty();
}

// "-?[0-9]+" as a number; false when it does not fit a long.
bool to_long(const std::string& text, long& out) {
  size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
  if (!all_digits(text.substr(i))) return false;
  const long limit = std::numeric_limits<long>::max() / 10;
  long v = 0;
  for (; i < text.size(); ++i) {
    if (v > limit || (v == limit && text[i] - '0' > std::numeric_limits<long>::max() % 10)) return false;
    v = v * 10 + (text[i] - '0');
  }
  out = text[0] == '-' ? -v : v;
  return true;
}

std::string plus_one(const std::string& digits) {
  long v = 0;
  if (!to_long(digits, v) || v == std::numeric_limits<long>::max()) return digits;
  return std::to_string(v + 1);
}

// Core's messages that read badly after the field's words, said again; the
// message as it is when it is none of them.
std::string said_again(const std::string& m) {
  // "must not add up to more than headcount (A), got B"
  const char* p1 = "must not add up to more than headcount (";
  if (has_at(m, 0, p1)) {
    const std::string rest = m.substr(std::char_traits<char>::length(p1));
    const size_t got = rest.find("), got ");
    if (got != std::string::npos) {
      const std::string a = rest.substr(0, got), b = rest.substr(got + 7);
      if (all_digits(a) && all_digits(b)) return "add up to " + b + ", more than its " + a + " people";
    }
    return m;
  }
  // "target shares are cumulative and must not rise with the tier: X > tier N's Y"
  const char* p2 = "target shares are cumulative and must not rise with the tier: ";
  if (has_at(m, 0, p2)) {
    const std::string rest = m.substr(std::char_traits<char>::length(p2));
    const size_t gt = rest.find(" > tier ");
    if (gt == std::string::npos) return m;
    const std::string x = rest.substr(0, gt);
    const size_t n0 = gt + 3, n1 = digits_end(rest, gt + 8);
    if (n1 == gt + 8 || !has_at(rest, n1, "'s ")) return m;
    const std::string tier = rest.substr(n0, n1 - n0), y = rest.substr(n1 + 3);
    if (!no_space(x) || !no_space(y)) return m;
    return "must not be above " + tier + "'s (" + y + "), got " + x + " (shares are cumulative)";
  }
  // "shares for segments[I] tier N add up to X, must be <= 1"
  const char* p3 = "shares for segments[";
  const char* tail3 = ", must be <= 1";
  if (has_at(m, 0, p3)) {
    const size_t i0 = std::char_traits<char>::length(p3) - 9, i1 = digits_end(m, i0 + 9);
    if (i1 == i0 + 9 || !has_at(m, i1, "] tier ")) return m;
    const size_t t0 = i1 + 2, t1 = digits_end(m, i1 + 7);
    if (t1 == i1 + 7 || !has_at(m, t1, " add up to ")) return m;
    const size_t x0 = t1 + 11, tail = std::char_traits<char>::length(tail3);
    if (m.size() < x0 + tail || m.compare(m.size() - tail, tail, tail3) != 0) return m;
    const std::string x = m.substr(x0, m.size() - tail - x0);
    if (!no_space(x)) return m;
    return "with the other rows for " + m.substr(i0, i1 + 1 - i0) + " at " + m.substr(t0, t1 - t0) +
           " adds up to " + x + ", more than 1";
  }
  // "duplicate id "ID" (also models[I])"
  const char* p4 = "duplicate id \"";
  if (has_at(m, 0, p4)) {
    const size_t q0 = std::char_traits<char>::length(p4) - 1, q1 = m.find('"', q0 + 1);
    if (q1 == std::string::npos || !has_at(m, q1 + 1, " (also models[")) return m;
    const size_t r0 = q1 + 8, d = digits_end(m, q1 + 15);
    if (d == q1 + 15 || m.compare(d, std::string::npos, "])") != 0) return m;
    return m.substr(q0, q1 + 1 - q0) + " is already used by " + m.substr(r0, d + 1 - r0);
  }
  return m;
}

// Row and tier numbers inside core's messages, 1-based and named like the
// path: "segments[I]", "models[I]", "min_tier (N)[ and M]", and
// "tier index N", "segment index N", "tiers N", "tier N", each with an
// optional "..M" (the first that fits, left to right).
std::string message_words(const RowNames& n, const std::string& leaf, const std::string& message) {
  const std::string m = said_again(message);
  std::string out;
  size_t i = 0;
  while (i < m.size()) {
    size_t end = i;
    std::string words;
    const char* rows[][2] = {{"segments[", "segment"}, {"models[", "model"}};
    for (const auto& [prefix, kind] : rows) {
      if (end > i || !has_at(m, i, prefix)) continue;
      const size_t d0 = i + std::char_traits<char>::length(prefix), d1 = digits_end(m, d0);
      long row = 0;
      if (d1 > d0 && d1 < m.size() && m[d1] == ']' && to_long(m.substr(d0, d1 - d0), row)) {
        words = named(kind, row, kind[0] == 's' ? n.segments : n.models, ", ");
        end = d1 + 1;
      }
    }
    if (end == i && has_at(m, i, "min_tier (")) {
      const size_t d0 = i + 10, d1 = digits_end(m, d0);
      if (d1 > d0 && d1 < m.size() && m[d1] == ')') {
        words = "the lowest tier (" + plus_one(m.substr(d0, d1 - d0)) + ")";
        end = d1 + 1;
        const size_t e1 = digits_end(m, end + 5);
        if (has_at(m, end, " and ") && e1 > end + 5) {
          words += " and " + plus_one(m.substr(end + 5, e1 - end - 5));
          end = e1;
        }
      }
    }
    const char* counted[][2] = {{"tier index ", "tier from "},
                                {"segment index ", "segment from "},
                                {"tiers ", "tiers "},
                                {"tier ", "tier "}};
    for (const auto& [word, noun] : counted) {
      if (end > i || !has_at(m, i, word)) continue;
      const size_t d0 = i + std::char_traits<char>::length(word), d1 = digits_end(m, d0);
      if (d1 == d0) continue;
      words = noun + plus_one(m.substr(d0, d1 - d0));
      end = d1;
      if (has_at(m, end, "..")) {
        const size_t s0 = end + 2, s1 = digits_end(m, s0 < m.size() && m[s0] == '-' ? s0 + 1 : s0);
        if (s1 > s0 && is_digit(m[s1 - 1])) {
          words += " to " + plus_one(m.substr(s0, s1 - s0));
          end = s1;
        }
      }
    }
    if (end == i) {
      out += m[i++];
    } else {
      out += words;
      i = end;
    }
  }
  // A tier or segment number the user typed wrong is shown as the UI counts.
  if (leaf == "tier" || leaf == "min_tier" || leaf == "max_tier" || leaf == "segment") {
    const size_t got = out.rfind(", got ");
    if (got != std::string::npos && all_digits(out.substr(got + 6)))
      out = out.substr(0, got) + ", got " + plus_one(out.substr(got + 6));
  }
  return out;
}

}  // namespace

namespace {

std::vector<std::string> path_parts(const Issue& issue) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= issue.path.size()) {
    const size_t dot = issue.path.find('.', start);
    parts.push_back(issue.path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (parts.size() > 1 && parts[0] == "framework") parts.erase(parts.begin());
  return parts;
}

}  // namespace

std::string issue_place(const RowNames& n, const Issue& issue) {
  const std::vector<std::string> parts = path_parts(issue);
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
  return where;
}

std::string issue_sentence(const RowNames& n, const Issue& issue) {
  const std::vector<std::string> parts = path_parts(issue);
  const std::string where = issue_place(n, issue);

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
    shown_ = scenario_;
    has_result_ = true;
  } else {
    const RowNames names = RowNames::of(scenario_);
    for (const Issue& i : issues_) sentences_.push_back(issue_sentence(names, i));
  }
  recompute_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (listener_) listener_(why);
}

void Document::edited() {
  step_open_ = true;
  own_edits_ = true;
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
  own_edits_ = false;
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
  own_edits_ = false;
  preset_name_.clear();
  unedited_link_ = true;
  return true;
}

bool Document::open_preset(const std::string& name) {
  Scenario s;
  if (!io::load_preset(name, s)) return false;
  replace(s);
  own_edits_ = false;
  preset_name_ = name;
  return true;
}

std::string Document::not_updated_note() const {
  if (issues_.empty()) return "";
  std::string place = issue_place(RowNames::of(scenario_), issues_.front());
  if (!place.empty()) place[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(place[0])));
  std::string note = "not updated: fix " + place;
  if (issues_.size() > 1)
    note += " and " + std::to_string(issues_.size() - 1) + " more problem" + (issues_.size() > 2 ? "s" : "");
  return note;
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
