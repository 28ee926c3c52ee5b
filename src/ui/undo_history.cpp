#include "ui/undo_history.h"

#include <utility>

namespace planner::ui {

void UndoHistory::record(const Scenario& before) {
  undo_.push_back(before);
  if (undo_.size() > limit_) undo_.pop_front();
  redo_.clear();
}

bool UndoHistory::undo(Scenario& current) {
  if (undo_.empty()) return false;
  redo_.push_back(std::move(current));
  current = std::move(undo_.back());
  undo_.pop_back();
  return true;
}

bool UndoHistory::redo(Scenario& current) {
  if (redo_.empty()) return false;
  undo_.push_back(std::move(current));
  current = std::move(redo_.back());
  redo_.pop_back();
  return true;
}

void UndoHistory::clear() {
  undo_.clear();
  redo_.clear();
}

}  // namespace planner::ui
