// Copy link on a plan whose link is too long for mail and chat: the link is
// still copied, the note says why it may not travel, and its two buttons
// save the file or copy the summary as text (the CLI's report text).
#include "ui/long_link.h"

#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/presets.h"
#include "io/scenario_json.h"
#include "io/summary_text.h"
#include "ui_driver.h"

namespace planner::ui {
namespace {

using testing::UiDriver;

struct Host {
  std::string copied, saved;
  HostServices services() {
    HostServices h;
    h.link_for = [](const std::string& fragment) { return "https://planner.example.com/#" + fragment; };
    h.copy_text = [this](const std::string& text) { copied = text; };
    h.save_file = [this](const std::string&, const std::string&, const std::string& bytes) { saved = bytes; };
    return h;
  }
};

// 150 segments with names and figures that do not repeat: a link well over 2,000 characters.
std::string long_plan_json() {
  Scenario s;
  EXPECT_TRUE(io::load_preset("default", s));
  const Segment base = s.segments[0];
  s.segments.clear();
  for (int i = 0; i < 150; ++i) {
    Segment g = base;
    g.name = "Team " + std::to_string(i * 7919 % 10007) + " of region " + std::to_string(i * 31 % 97);
    g.headcount = 20 + i * 37 % 400;
    g.hourly_cost = 30 + (i * 13 % 90) + (i % 7) * 0.13;
    s.segments.push_back(g);
  }
  EXPECT_TRUE(validate(s).empty()) << validate(s)[0].text();
  return io::scenario_to_json(s);
}

bool shows(UiDriver& ui, const char* id) {
  ImVec2 at;
  return ui.centre_of(id, at);
}

void click(UiDriver& ui, const char* id) {
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of(id, at)) << id;
  ui.click(at);
  ui.frames(2);
}

TEST(LongLink, AShortLinkIsCopiedWithoutANote) {
  Host host;
  UiDriver ui(host.services());
  click(ui, "toolbar.copy_link");
  EXPECT_EQ(host.copied.rfind("https://planner.example.com/#s=2.", 0), 0u) << host.copied;
  EXPECT_FALSE(io::share_link_too_long(host.copied));
  EXPECT_FALSE(shows(ui, "long_link.text"));
}

TEST(LongLink, ALongLinkIsCopiedAndTheNoteOffersTheFileOrTheSummaryText) {
  Host host;
  UiDriver ui(host.services());
  ASSERT_TRUE(ui.app().set_scenario_json(long_plan_json()));
  ui.frames(2);
  click(ui, "toolbar.copy_link");
  const std::string link = host.copied;
  ASSERT_TRUE(io::share_link_too_long(link)) << link.size();
  Scenario back;
  std::string message;
  ASSERT_TRUE(io::decode_link(link, back, message)) << "the long link still works: " << message;
  ASSERT_TRUE(shows(ui, "long_link.text"));

  click(ui, "long_link.copy_summary");
  Scenario s;
  std::vector<Issue> issues;
  ASSERT_TRUE(io::scenario_from_json(ui.app().scenario_json(), s, issues));
  EXPECT_EQ(host.copied, io::summary_text(s, Case::Likely, evaluate(s, Case::Likely)));
  EXPECT_FALSE(shows(ui, "long_link.text")) << "the note closes";

  click(ui, "toolbar.copy_link");
  click(ui, "long_link.save");
  EXPECT_EQ(host.saved, ui.app().scenario_json());
  EXPECT_FALSE(shows(ui, "long_link.text"));
}

TEST(LongLink, TheSentenceNamesTheLengthTheLimitAndBothWays) {
  EXPECT_EQ(
      long_link_sentence(3139, "Ctrl+S"),
      "The link is copied, but it is 3,139 characters long: some mail and chat tools (Outlook, Teams) cut "
      "links over 2,000 characters, and a cut link does not open. To share this plan safely, save the file "
      "(Ctrl+S) and send it, or copy the summary as text.");
}

}  // namespace
}  // namespace planner::ui
