// The role-based plan (the guide's step 5): an optional text record on each
// segment, carried by files and links, printed in the reader and report, and
// absent from a link when empty (so the presets' links do not grow).
#include <gtest/gtest.h>

#include "core/evaluate.h"
#include "io/link_codec.h"
#include "io/presets.h"
#include "io/reader_html.h"
#include "io/scenario_json.h"
#include "support/presets.h"

namespace planner::io {
namespace {

using test::preset;

TEST(RolePlan, TheMarketingPresetCarriesTheGuidesExample) {
  const Scenario s = preset("leland-marketing-team");
  ASSERT_EQ(s.segments.size(), 1u);
  const RolePlan& p = s.segments[0].role_plan;
  EXPECT_NE(p.in_work.find("4 hours down to 15 minutes"), std::string::npos) << p.in_work;
  EXPECT_FALSE(p.skills.empty());
  EXPECT_FALSE(p.built_by.empty());
  EXPECT_FALSE(p.practised.empty());
}

TEST(RolePlan, FilesAndLinksCarryIt) {
  Scenario s = preset("default");
  s.segments[2].role_plan = {"Prompting <for> sales", "Call notes", "Workshop", "Every call summary"};
  Scenario from_file;
  std::vector<Issue> issues;
  ASSERT_TRUE(scenario_from_json(scenario_to_json(s), from_file, issues));
  EXPECT_EQ(from_file.segments[2].role_plan.skills, "Prompting <for> sales");
  EXPECT_EQ(from_file.segments[2].role_plan.practised, "Every call summary");
  Scenario from_link;
  std::string message;
  ASSERT_TRUE(decode_link(encode_link_fragment(s), from_link, message)) << message;
  EXPECT_EQ(from_link.segments[2].role_plan.in_work, "Call notes");
  EXPECT_EQ(from_link.segments[2].role_plan.built_by, "Workshop");
  EXPECT_TRUE(from_link.segments[0].role_plan.skills.empty());
}

TEST(RolePlan, AnEmptyOneStaysOutOfLinksSoPresetLinksDoNotGrow) {
  for (const PresetInfo& p : list_presets()) {
    Scenario s = preset(p.name);
    for (Segment& g : s.segments) g.role_plan = RolePlan{};
    EXPECT_EQ(scenario_to_minimal_json(s).find("role_plan"), std::string::npos) << p.name;
  }
}

TEST(RolePlan, FilesWithoutItOpenWithItEmpty) {
  // The presets other than the marketing team's were written before the field existed.
  const Scenario s = preset("aie-rollout");
  for (const Segment& g : s.segments) {
    EXPECT_TRUE(g.role_plan.skills.empty() && g.role_plan.in_work.empty() && g.role_plan.built_by.empty() &&
                g.role_plan.practised.empty())
        << g.name;
  }
}

TEST(RolePlan, TheReaderPrintsItEscapedAndOnlyWhenWritten) {
  Scenario s = preset("default");
  const Result r = evaluate(s, Case::Likely);
  EXPECT_EQ(reader_html(s, Case::Likely, r).find("Role-based plan"), std::string::npos);
  s.segments[1].role_plan.skills = "Briefs <b>with</b> AI";
  const std::string html = reader_html(s, Case::Likely, r);
  EXPECT_NE(html.find("<h2 id=rd-roles>Role-based plan</h2>"), std::string::npos);
  EXPECT_NE(html.find("<th scope=row>Marketing</th><td>Briefs &lt;b&gt;with&lt;/b&gt; AI</td>"),
            std::string::npos);
}

}  // namespace
}  // namespace planner::io
