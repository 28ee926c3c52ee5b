// The one session policy both hosts use (ui/session.h), natively, with a
// fake storage, a fake address bar and a fake clock over a real Document.
#include "ui/session.h"

#include <gtest/gtest.h>

#include "io/link_codec.h"
#include "io/presets.h"
#include "io/scenario_json.h"
#include "ui/document.h"
#include "ui/document_subject.h"

namespace planner::ui {
namespace {

// The app as the session sees it: a Document (no ImGui), its messages, and a
// comparison counter standing in for the Compare tab (ui/document_subject.h).
class TestSubject final : public DocumentSubject {
 public:
  void edit(int headcount) {
    doc.scenario_for_edit().segments[0].headcount = headcount;
    doc.edited();
    doc.close_step(false);
  }
};

struct FakeStorage final : AutosaveStorage {
  std::string value;
  int saves = 0;
  bool set_aside = false;
  std::string load() override { return value; }
  bool save(const std::string& json) override {
    value = json;
    ++saves;
    return true;
  }
  void set_aside_damaged() override { set_aside = true; }
};

struct FakeAddressBar final : AddressBar {
  std::string fragment;
  int writes = 0;
  std::string read_fragment() override { return fragment; }
  void replace_fragment(const std::string& f) override {
    fragment = f;
    ++writes;
  }
};

std::string preset_json(const char* name) {
  const std::string json = io::preset_json(name);
  EXPECT_FALSE(json.empty()) << name;
  return json;
}

std::string preset_link(const char* name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return io::encode_link_fragment(s);
}

// A session over fakes; `now` is the clock the test moves.
struct Rig {
  TestSubject app;
  FakeStorage storage;
  FakeAddressBar bar;
  double now = 1000;
  Session session{app, &storage, &bar, [this] { return now; }};
};

TEST(Session, OpensTheAutosaveThenTheLinkOverIt) {
  Rig r;
  r.storage.value = preset_json("aie-rollout");
  StartRequest rq;
  rq.link = preset_link("leland-200-per-week");
  rq.url_fragment = rq.link;
  r.session.open_initial(rq);
  Scenario leland;
  io::load_preset("leland-200-per-week", leland);
  EXPECT_EQ(r.app.doc.scenario().title, leland.title);
  EXPECT_TRUE(r.app.doc.showing_unedited_link());
  ASSERT_TRUE(r.app.doc.undo()) << "undo leads back to one's own work";
  Scenario aie;
  io::load_preset("aie-rollout", aie);
  EXPECT_EQ(r.app.doc.scenario().title, aie.title);
}

TEST(Session, OpeningALinkNeverOverwritesTheAutosaveUntilEdited) {
  Rig r;
  const std::string mine = preset_json("aie-rollout");
  r.storage.value = mine;
  StartRequest rq;
  rq.link = preset_link("leland-200-per-week");
  r.session.open_initial(rq);
  for (int i = 0; i < 5; ++i) {
    r.now += 1000;
    r.session.tick();
    r.session.flush();
  }
  r.app.doc.set_case(Case::High);  // looking is no edit
  r.session.tick();
  EXPECT_EQ(r.storage.value, mine);
  EXPECT_EQ(r.storage.saves, 0);

  r.app.edit(42);  // the linked plan is now the user's
  r.now += 1000;
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 1);
  EXPECT_EQ(r.storage.value, r.app.doc.json());
}

TEST(Session, ABrokenLinkLeavesTheAutosavedPlanOnScreen) {
  Rig r;
  r.storage.value = preset_json("aie-rollout");
  StartRequest rq;
  rq.link = "s=1.broken";
  r.session.open_initial(rq);
  Scenario aie;
  io::load_preset("aie-rollout", aie);
  EXPECT_EQ(r.app.doc.scenario().title, aie.title);
  EXPECT_NE(r.app.error.find("This link could not be opened"), std::string::npos) << r.app.error;
  EXPECT_FALSE(r.app.doc.showing_unedited_link());
}

TEST(Session, WritesTheFirstChangeAtOnceThenAtMostOncePerInterval) {
  Rig r;
  r.session.open_initial({});
  EXPECT_EQ(r.storage.saves, 0) << "what opened is already saved";
  r.app.edit(10);
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 1);
  EXPECT_EQ(r.bar.writes, 1);
  EXPECT_EQ(r.bar.fragment, r.app.doc.link_fragment());

  r.now += 100;
  r.app.edit(11);
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 1) << "inside the window: waits";
  EXPECT_TRUE(r.session.pending());
  EXPECT_DOUBLE_EQ(r.session.ms_until_due(), SessionOptions{}.min_write_interval_ms - 100);
  r.now += 150;
  r.app.edit(12);
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 1);
  r.now += 50;  // 300 ms after the first write
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 2);
  EXPECT_FALSE(r.session.pending());
  EXPECT_NE(r.storage.value.find("\"headcount\": 12"), std::string::npos);
  r.now += 1000;
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 2) << "nothing new, nothing written";
}

TEST(Session, FlushWritesWhatIsPendingAtOnce) {
  Rig r;
  r.session.open_initial({});
  r.app.edit(10);
  r.session.tick();
  r.app.edit(11);
  r.session.tick();
  ASSERT_TRUE(r.session.pending());
  r.session.flush();  // the page is hidden, the program exits
  EXPECT_EQ(r.storage.saves, 2);
  EXPECT_EQ(r.storage.value, r.app.doc.json());
}

TEST(Session, ANewLinkInTheAddressBarKeepsTheLastEditAndNotTheLink) {
  Rig r;
  r.session.open_initial({});
  r.app.edit(10);
  r.session.tick();
  r.app.edit(11);  // pending when the user pastes another link
  r.session.tick();
  const std::string my_plan = r.app.doc.json();
  const std::string link = preset_link("leland-200-per-week");
  const int writes = r.bar.writes;
  r.bar.fragment = link;  // the user typed it
  r.session.on_fragment_changed(link);
  EXPECT_EQ(r.storage.value, my_plan) << "the flush before the hash change";
  EXPECT_EQ(r.bar.writes, writes) << "only the autosave: the old plan's link must not replace the new one";
  EXPECT_TRUE(r.app.doc.showing_unedited_link());
  r.now += 1000;
  r.session.tick();
  EXPECT_EQ(r.storage.value, my_plan) << "the opened link does not reach the autosave";
  EXPECT_EQ(r.bar.writes, writes) << "the address bar already holds the new link";

  const unsigned long rev = r.app.doc.revision();
  r.session.on_fragment_changed(link);            // the same fragment again
  r.session.on_fragment_changed("view=summary");  // no plan in it
  EXPECT_EQ(r.app.doc.revision(), rev);
}

TEST(Session, ALinkWhoseHashChangeIsStillQueuedIsOpenedNotOverwritten) {
  Rig r;
  r.session.open_initial({});
  r.app.edit(10);
  r.session.tick();
  r.now += 100;
  r.app.edit(11);
  r.session.tick();  // pending
  const std::string my_plan = r.app.doc.json();
  const std::string link = preset_link("leland-200-per-week");
  r.bar.fragment = link;  // typed into the address bar; the event has not arrived yet
  const int writes = r.bar.writes;
  r.now += 1000;
  r.session.tick();
  EXPECT_EQ(r.bar.fragment, link) << "not overwritten by the edited plan's link";
  EXPECT_EQ(r.bar.writes, writes);
  EXPECT_EQ(r.storage.value, my_plan) << "the edit was saved first";
  EXPECT_TRUE(r.app.doc.showing_unedited_link()) << "the link is on screen";
  r.session.on_fragment_changed(link);  // the queued event arrives: nothing more happens
  EXPECT_EQ(r.storage.value, my_plan);
}

TEST(Session, TheAddressBarFollowsAComparisonButTheAutosaveDoesNot) {
  Rig r;
  r.session.open_initial({});
  r.app.comparison++;
  r.app.doc.set_case(Case::Low);
  r.now += 1000;
  r.session.tick();
  EXPECT_EQ(r.storage.saves, 0);
  EXPECT_FALSE(r.session.pending());
}

TEST(Session, ADamagedAutosaveIsSetAsideAndTheDefaultStays) {
  Rig r;
  r.storage.value = "{\"segments\": 5";
  r.session.open_initial({});
  EXPECT_TRUE(r.storage.set_aside);
  EXPECT_EQ(r.app.doc.preset_name(), "default");
  EXPECT_FALSE(r.app.error.empty());
}

TEST(Session, ThePresetOrFileAskedForOpensOverTheAutosave) {
  Rig r;
  r.storage.value = preset_json("aie-rollout");
  StartRequest rq;
  rq.preset = "jain-cohort-vs-lms";
  r.session.open_initial(rq);
  EXPECT_EQ(r.app.doc.preset_name(), "jain-cohort-vs-lms");
  EXPECT_TRUE(r.app.doc.can_undo());

  Rig f;
  StartRequest file;
  file.file_name = "plan.json";
  file.file_bytes = preset_json("leland-marketing-team");
  f.session.open_initial(file);
  Scenario team;
  io::load_preset("leland-marketing-team", team);
  EXPECT_EQ(f.app.doc.scenario().title, team.title);
  EXPECT_EQ(f.storage.saves, 0);
}

TEST(Session, AnUnknownPresetIsNamedInANotice) {
  Rig r;
  StartRequest rq;
  rq.preset = "nope";
  r.session.open_initial(rq);
  EXPECT_EQ(r.app.notice, "There is no preset called \"nope\".");
  EXPECT_EQ(r.app.doc.preset_name(), "default");
}

TEST(Session, WithoutStorageOrAddressBarNothingIsRestoredOrWritten) {
  TestSubject app;
  double now = 0;
  Session session(app, nullptr, nullptr, [&now] { return now; });
  session.open_initial({});
  EXPECT_EQ(app.doc.preset_name(), "default");
  app.edit(5);
  session.tick();
  session.flush();
  EXPECT_FALSE(session.pending());
}

// "#section-2" is someone else's fragment: the autosaved plan shows, and a
// notice says the link was not a planner link (not silently as if it were).
TEST(Session, AFragmentThatIsNotAPlannerLinkIsNamedInANotice) {
  for (const char* fragment : {"section-2", "foo=bar"}) {
    Rig r;
    r.storage.value = preset_json("aie-rollout");
    StartRequest rq;
    rq.url_fragment = fragment;
    r.session.open_initial(rq);
    Scenario aie;
    io::load_preset("aie-rollout", aie);
    EXPECT_EQ(r.app.doc.scenario().title, aie.title);
    EXPECT_EQ(
        r.app.notice.rfind("This link is not a planner link (it ends in \"#" + std::string(fragment), 0), 0u)
        << r.app.notice;
    EXPECT_EQ(r.app.error, "");
  }
  for (const char* normal : {"", "view=summary"}) {
    Rig r;
    StartRequest rq;
    rq.url_fragment = normal;
    r.session.open_initial(rq);
    EXPECT_EQ(r.app.notice, "") << normal;
  }
  // The same when the user changes the fragment by hand; the plan stays.
  Rig r;
  r.session.open_initial(StartRequest{});
  const std::string before = r.app.doc.json();
  r.session.on_fragment_changed("top");
  EXPECT_NE(r.app.notice.find("\"#top\""), std::string::npos) << r.app.notice;
  EXPECT_EQ(r.app.doc.json(), before);
}

// A link of a future format is a planner link, but not one this version can open.
TEST(Session, ALinkFromANewerPlannerSaysSo) {
  Rig r;
  r.storage.value = preset_json("aie-rollout");
  StartRequest rq;
  rq.link = rq.url_fragment = "s=9.xyz";
  r.session.open_initial(rq);
  EXPECT_EQ(r.app.error,
            "This link was made by a newer version of the planner (link format 9; this version opens link "
            "formats up "
            "to 2), so this version cannot open it. Your current plan is unchanged.");
  EXPECT_EQ(r.app.notice, "");
}

TEST(Session, FragmentsCarryALinkOnlyWithAnSPart) {
  EXPECT_TRUE(fragment_has_link("s=1.abc"));
  EXPECT_TRUE(fragment_has_link("view=summary&s=1.abc"));
  EXPECT_FALSE(fragment_has_link("view=summary"));
  EXPECT_FALSE(fragment_has_link("xs=1"));
  EXPECT_FALSE(fragment_has_link(""));
}

}  // namespace
}  // namespace planner::ui
