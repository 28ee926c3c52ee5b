// document_subject.h — a Document as the session policy sees it
// (ui/session.h) without the editor: its messages kept as text. The reader
// module (shell/reader/) opens its plan through it, and the session's unit
// tests drive the policy through it (tests/ui/session_test.cpp); ui::App is
// the editor's subject. No ImGui.
#pragma once

#include <string>

#include "ui/document.h"
#include "ui/session.h"

namespace planner::ui {

class DocumentSubject : public SessionSubject {
 public:
  Document doc;
  std::string error;             // the one sentence for what did not open (as the editor words it)
  std::string notice;            // a neutral note (a fragment that is not a planner link)
  unsigned long comparison = 0;  // no Compare tab: moves only when a test says so

  unsigned long revision() const override { return doc.revision(); }
  unsigned long comparison_revision() const override { return comparison; }
  bool showing_unedited_link() const override { return doc.showing_unedited_link(); }
  std::string scenario_json() const override { return doc.json(true); }
  std::string url_fragment() const override { return doc.link_fragment(); }
  // The editor's words (ui::App::set_scenario_json and open_file_bytes).
  bool set_scenario_json(const std::string& json) override {
    return doc.open_json(json, "The scenario could not be loaded", error);
  }
  bool open_link_fragment(const std::string& fragment) override { return doc.open_link(fragment, error); }
  bool open_preset(const std::string& name) override { return doc.open_preset(name); }
  void open_file_bytes(const std::string& filename, const std::string& bytes) override {
    doc.open_json(bytes, "Could not open " + filename, error);
  }
  void show_notice(const std::string& text) override { notice = text; }
};

}  // namespace planner::ui
