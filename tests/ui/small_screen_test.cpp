// Small screens and screen readers, without a GPU: lines break only between
// words (a figure is never split), headline cards reflow 6 / 3 / 2 / 1, and
// the sentences a screen reader hears.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/announce.h"
#include "ui/headline_layout.h"
#include "ui/help_text.h"
#include "ui/text_wrap.h"

namespace planner::ui {
namespace {

// Every character 10 units wide: easy widths to reason about.
float mono(std::string_view t) { return 10.0f * static_cast<float>(t.size()); }

TEST(TextWrap, NeverBreaksInsideAFigureWhereImGuiWould) {
  // ImGui 1.86 breaks after ',' and '.': "$455," / "429".
  for (const char* figure : {"$455,429", "1,234.5", "12.5%"}) {
    const std::string text = std::string("benefits of ") + figure + " over the plan";
    for (float width = 30; width <= 300; width += 10) {
      const std::vector<std::string> lines = wrap_lines(text, width, mono);
      bool whole = false;
      for (const std::string& line : lines) whole |= line.find(figure) != std::string::npos;
      EXPECT_TRUE(whole) << figure << " split at width " << width;
    }
  }
}

TEST(TextWrap, BreaksBetweenWordsWithinTheWidth) {
  const std::vector<std::string> lines = wrap_lines("cash $1.07M, economic $1.4M", 120, mono);
  EXPECT_EQ(lines, (std::vector<std::string>{"cash $1.07M,", "economic", "$1.4M"}));
  for (const std::string& line : lines) EXPECT_LE(mono(line), 120);
}

TEST(TextWrap, AWordWiderThanTheLineStaysWholeOnItsOwnLine) {
  EXPECT_EQ(wrap_lines("a $1,073,000 b", 50, mono), (std::vector<std::string>{"a", "$1,073,000", "b"}));
}

TEST(TextWrap, NewlinesAlwaysBreakAndEmptyTextIsOneEmptyLine) {
  EXPECT_EQ(wrap_lines("one two\nthree", 1000, mono), (std::vector<std::string>{"one two", "three"}));
  EXPECT_EQ(wrap_lines("", 100, mono), (std::vector<std::string>{""}));
}

TEST(HeadlineColumns, SixThreeTwoOneByWidthAndNeverAHalfEmptyRow) {
  const float em = 16;
  EXPECT_EQ(headline_columns(1280 - 20, em, 6), 6);  // a laptop
  EXPECT_EQ(headline_columns(768 - 20, em, 6), 3);   // a tablet
  EXPECT_EQ(headline_columns(390 - 20, em, 6), 2);   // a phone
  EXPECT_EQ(headline_columns(200, em, 6), 1);
  // At the same pixel width a larger font (dpr, zoom) gives fewer columns.
  EXPECT_EQ(headline_columns(1260, 3 * em, 6), 2);
  // Five cards do not fit 6 / 3 / 2 into full rows: 5 or 1.
  EXPECT_EQ(headline_columns(1260, em, 5), 5);
  EXPECT_EQ(headline_columns(700, em, 5), 1);
}

TEST(HeadlineColumns, EachCardKeepsTheMinimumWidth) {
  const float em = 16;
  for (float width = 100; width < 2000; width += 7) {
    const int c = headline_columns(width, em, 6);
    const float card = (width - kCardGapEm * em * static_cast<float>(c - 1)) / static_cast<float>(c);
    if (c > 1) {
      EXPECT_GE(card, kMinCardEm * em) << width;
    }
    EXPECT_EQ(6 % c, 0);
  }
}

TEST(CardText, LabelsWrapFiguresShrinkNothingIsCut) {
  const CardFonts fonts{mono, [](std::string_view t) { return 15.0f * static_cast<float>(t.size()); }, mono};
  const CardText t = layout_card_text("Cost per capable employee", "$1,073,000",
                                      "560 capable of 1,200 people, 1,680 places", 100, fonts);
  for (const std::string& line : t.label_lines) EXPECT_LE(mono(line), 100) << line;
  EXPECT_EQ(t.value, "$1,073,000");
  EXPECT_NEAR(15.0f * 10 * t.value_scale, 100, 1e-3);  // shrunk to the card's width, whole
  std::string detail;
  for (const std::string& line : t.detail_lines) detail += (detail.empty() ? "" : " ") + line;
  EXPECT_EQ(detail, "560 capable of 1,200 people, 1,680 places");  // every word, in order
  EXPECT_GT(card_height(t, 16, 24, 14, 16), 16 * 2 + 24 + 14 * 3);
}

TEST(Announcement, SentencesCarryTheCardTextAsFormatted) {
  EXPECT_EQ(figure_sentence("Incremental cost", "$1.07M", "cash $1.07M, economic $1.4M"),
            "Incremental cost: $1.07M (cash $1.07M, economic $1.4M)");
  EXPECT_EQ(figure_sentence("ROI (cash)", "42%", ""), "ROI (cash): 42%");
  EXPECT_EQ(focus_sentence("Headcount", "120"), "Headcount: 120");
  EXPECT_EQ(focus_sentence("Undo", ""), "Undo");
  EXPECT_EQ(visible_label("Headcount##seg3"), "Headcount");
  EXPECT_EQ(visible_label("##low"), "");
  EXPECT_EQ(visible_label(nullptr), "");
}

TEST(KeyboardMap, ListsTheAppsOwnShortcuts) {
  std::vector<std::string> keys;
  for (const KeyboardShortcut* k = keyboard_map_begin(); k != keyboard_map_end(); ++k)
    keys.push_back(k->keys);
  for (const char* shortcut : {"Ctrl+Z", "Ctrl+S", "Ctrl+O", "Tab / Shift+Tab", "Escape"})
    EXPECT_NE(std::find(keys.begin(), keys.end(), shortcut), keys.end()) << shortcut;
}

}  // namespace
}  // namespace planner::ui
