// undo_history.h — bounded undo/redo stacks of whole Scenario snapshots.
//
// Why snapshots instead of commands: a Scenario is a few kilobytes, every edit
// anywhere in the UI becomes undoable without each panel writing an inverse,
// and undo restores exactly what the engine saw.
#pragma once

#include <cstddef>
#include <deque>

#include "core/scenario.h"

namespace planner::ui {

class UndoHistory {
 public:
  explicit UndoHistory(std::size_t limit = 200) : limit_(limit) {}

  // Records `before` as the state to return to; forgets anything redoable.
  void record(const Scenario& before);
  // Swaps `current` with the previous/next snapshot. False when there is none.
  bool undo(Scenario& current);
  bool redo(Scenario& current);
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::size_t undo_depth() const { return undo_.size(); }
  void clear();

 private:
  std::size_t limit_;
  std::deque<Scenario> undo_, redo_;
};

}  // namespace planner::ui
