// document_reader.h — the reader's HTML for a Document: the plan's summary
// (io::reader_html) when it computes, else the problems that stop it, as
// sentences. One home for both hosts of the reader: the editor
// (ui::App::reader_html) and the reader module (shell/reader/). No ImGui.
#pragma once

#include <string>

#include "ui/document.h"

namespace planner::ui {

std::string document_reader_html(const Document& d);

}  // namespace planner::ui
