// document.h — the plan being edited, apart from how it is shown.
//
// As Tracy keeps its Worker (the data) apart from its View (the UI), the
// Document holds what a plan is and how it changed: the scenario, the
// committed snapshot and the undo history, the revision hosts watch, the
// "unedited link" flag, the Result for the chosen case, opening a file, a
// link or a preset, and turning problems into sentences. It includes no
// ImGui and is unit-tested without an ImGui context (tests/ui/document_test.cpp).
// ui::App keeps the view (theme, fonts, tabs, comparison, uncertainty,
// rectangles) and listens to the Document's changes.
//
// Undo model: `committed` is the scenario as of the last closed undo step.
// Widgets edit scenario_for_edit() in place and call edited(); each edit
// recomputes at once and leaves the step open. close_step(false) (at the end
// of a frame in which no widget is still active: the drag ended, the text
// field lost focus) puts the old `committed` on the undo stack. So a drag or
// a typed number is one undo step however many frames it took.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/evaluate.h"
#include "core/result.h"
#include "core/scenario.h"
#include "ui/undo_history.h"

namespace planner::io {
struct DecodedLink;
}

namespace planner::ui {

// ---- Problems in the user's words --------------------------------------------

// The names of the rows a problem may point at, from a Scenario or, when a
// file did not load, from whatever of its JSON could be read.
struct RowNames {
  std::vector<std::string> segments, tiers, models;
  static RowNames of(const Scenario& s);
  static RowNames of_json(const std::string& text);  // best effort; empty where unreadable
};

// One problem as a user reads it: rows 1-based and by name, fields in words.
// {"segments[6].current_at_tier", "must not add up to more than headcount (25), got 500"}
// -> "Segment 7, Legal: current people at tiers must not add up to more than
// headcount (25), got 500". Tier numbers inside the message become 1-based too.
std::string issue_sentence(const RowNames& names, const Issue& issue);
// Where a problem is, as issue_sentence opens: "Segment 7, Legal", "Plan row 3", "Capacity".
std::string issue_place(const RowNames& names, const Issue& issue);
// The one form of every "could not open" message:
// "<what>: <reason> (<issue>; <issue>; <issue>; and N more). <outcome>"
// Without a reason the issues follow the colon; with neither, "not a scenario file".
std::string problem_message(const std::string& what, const std::string& reason, const RowNames& names,
                            const std::vector<Issue>& issues, const std::string& outcome);

// ---- The document ------------------------------------------------------------

class Document {
 public:
  // What a change did, for the view that listens (set_listener).
  enum class Change {
    Edit,      // a widget changed the scenario (the undo step stays open)
    Replaced,  // a whole new scenario: opened, undone or redone (widgets must drop their state)
    Case,      // the same scenario computed for another case
  };

  // Opens the `default` preset (an empty plan if the build has none).
  Document();

  const Scenario& scenario() const { return scenario_; }
  // Widgets edit the scenario in place; call edited() when one changed it.
  Scenario& scenario_for_edit() { return scenario_; }
  void edited();
  // Closes the open undo step unless a widget is still being used.
  void close_step(bool any_widget_active);
  bool can_undo() const { return history_.can_undo() || step_open_; }
  bool can_redo() const { return history_.can_redo(); }
  bool undo();
  bool redo();
  // A whole new scenario as one undoable step (opening what is already on
  // screen is no step to undo).
  void replace(const Scenario& s);

  Case view_case() const { return case_; }
  void set_case(Case c);  // recomputes; no undo step, no revision
  const Result& result() const { return result_; }
  // Non-empty: the scenario cannot be computed; show these beside the last results.
  const std::vector<Issue>& issues() const { return issues_; }
  bool valid() const { return issues_.empty(); }
  // The last valid plan and its Result: while the scenario has problems the
  // result() above is still this plan's, so the figures stay on screen,
  // marked not_updated_note(). False only if no plan was ever valid.
  bool has_result() const { return has_result_; }
  const Scenario& shown_scenario() const { return shown_; }
  // "" when valid; else "not updated: fix segment 7, Legal" (the first
  // problem's place, 1-based and by name) and "and N more problems".
  std::string not_updated_note() const;
  // The issues as sentences (issue_sentence), for the results area.
  const std::vector<std::string>& issue_sentences() const { return sentences_; }
  double recompute_ms() const { return recompute_ms_; }

  // Grows by one with every scenario change (edit, undo, open). Hosts watch
  // it to update the URL and to autosave (ui/session.h).
  unsigned long revision() const { return revision_; }
  // True while the scenario came from a link and nobody has edited it since:
  // the session must not autosave over the user's own work then.
  bool showing_unedited_link() const { return unedited_link_; }
  // True once the user edited what was last opened (a file, link or preset):
  // opening something else over it then says how to get it back.
  bool has_own_edits() const { return own_edits_; }

  // Opening. On failure each returns false, sets `error` to one sentence for
  // the user (problem_message) and leaves the plan as it was.
  // `what` leads the message: "Could not open plan.json".
  bool open_json(const std::string& text, const std::string& what, std::string& error);
  // A link or fragment ("s=1.…"); `info` (optional) receives the view flag and
  // whether the link carries a plan to compare with.
  bool open_link(const std::string& link, std::string& error, io::DecodedLink* info = nullptr);
  bool open_preset(const std::string& name);  // false if there is none by that name
  // The preset last opened and not edited away by opening anything else ("" if none).
  const std::string& preset_name() const { return preset_name_; }

  std::string json(bool pretty = true) const;
  std::string link_fragment() const;  // "s=1.…"
  std::string file_stem() const;      // a file name from the title: "leland-200-plan"

  // Called after every recompute with what caused it (one listener: the view).
  void set_listener(std::function<void(Change)> listener) { listener_ = std::move(listener); }

 private:
  void recompute(Change why);

  Scenario scenario_;   // what the user sees and edits
  Scenario committed_;  // as of the last closed undo step
  bool step_open_ = false;
  UndoHistory history_;
  Case case_ = Case::Likely;
  Result result_;
  Scenario shown_;  // the scenario result_ was computed for (the last valid one)
  bool has_result_ = false;
  std::vector<Issue> issues_;
  std::vector<std::string> sentences_;
  double recompute_ms_ = 0;
  unsigned long revision_ = 0;
  bool unedited_link_ = false;
  bool own_edits_ = false;
  std::string preset_name_;
  std::function<void(Change)> listener_;
};

}  // namespace planner::ui
