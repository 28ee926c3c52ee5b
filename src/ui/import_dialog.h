// import_dialog.h — File > Import (issue 13): the modal that previews a
// headcount export or a skills survey before anything changes. The file was
// loaded into the host's tools (a worker on the web, in-process on the
// desktop); every change of a choice asks the tools for a new preview, and
// Import applies the plan that preview made as one undo step.
#pragma once

#include <string>

#include "ui/import_request.h"

namespace planner::ui {

struct ImportUi {
  bool open_pending = false;  // open the modal on the next frame
  bool is_open = false;
  std::string file_name;
  ImportChoices choices;
  ImportPreviewView preview;  // the last answer
  int waiting = 0;            // previews asked for and not yet answered
};

// What the dialog needs from the app (AppState implements it): send a
// preview request (the reply comes back through import_preview_arrived), the
// plan as JSON, and apply a plan (one undo step).
class ImportActions {
 public:
  virtual void ask_preview(const std::string& request) = 0;
  virtual std::string plan_json() const = 0;
  virtual bool apply(const std::string& plan_json, const std::string& summary) = 0;

 protected:
  ~ImportActions() = default;
};

// A file is being read by the tools: opens the dialog, waiting.
void import_file_loading(ImportUi& ui, const std::string& file_name);
// A file was loaded into the tools: opens the dialog and asks for its first preview.
void import_file_loaded(ImportUi& ui, const std::string& load_reply, ImportActions& act);
// A preview came back; only the answer to the last request is shown.
void import_preview_arrived(ImportUi& ui, const std::string& reply);
// Draws the modal when open. While it waits for an answer the app stays busy
// (frames keep coming for the progress line and the reply).
void draw_import_dialog(ImportUi& ui, ImportActions& act);

}  // namespace planner::ui
