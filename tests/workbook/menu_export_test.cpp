// File > Export workbook (.xlsx) in the app: shown only once a host installs
// the workbook writer (io::workbook_available()), and it saves the
// workbook's bytes through the host with the .xlsx name and MIME type.
#include <gtest/gtest.h>

#include "io/exports.h"
#include "ui/ui_driver.h"
#include "workbook/workbook.h"

namespace planner {
namespace {

using ui::testing::UiDriver;

struct Saved {
  std::string name, mime, bytes;
};

ui::HostServices saving_host(Saved& saved) {
  ui::HostServices h;
  h.save_file = [&saved](const std::string& name, const std::string& mime, const std::string& bytes) {
    saved = {name, mime, bytes};
  };
  return h;
}

bool open_file_menu(UiDriver& ui) {
  ImVec2 at;
  if (!ui.centre_of("menu.file", at)) return false;
  ui.click(at);
  ui.frames(2);
  return true;
}

TEST(WorkbookMenu, HiddenWithoutAWriter) {
  io::set_workbook_writer(nullptr);
  Saved saved;
  UiDriver ui(saving_host(saved));
  ASSERT_TRUE(open_file_menu(ui));
  ImVec2 at;
  EXPECT_FALSE(ui.centre_of("menu.file.export_workbook", at));
}

TEST(WorkbookMenu, SavesTheWorkbookThroughTheHost) {
  workbook::install_workbook_export();
  Saved saved;
  {
    UiDriver ui(saving_host(saved));
    ASSERT_TRUE(open_file_menu(ui));
    ImVec2 at;
    ASSERT_TRUE(ui.centre_of("menu.file.export_workbook", at));
    ui.click(at);
    ui.frames(2);
  }
  io::set_workbook_writer(nullptr);  // leave the registry as other tests expect it
  EXPECT_EQ(saved.name.size() > 5 ? saved.name.substr(saved.name.size() - 5) : saved.name, ".xlsx");
  EXPECT_EQ(saved.mime, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(saved.bytes.substr(0, 4), std::string("PK\x03\x04", 4));
}

}  // namespace
}  // namespace planner
