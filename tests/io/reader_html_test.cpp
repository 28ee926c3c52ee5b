// reader_html_test.cpp — the reader fragment (io/reader_html.h): every
// headline figure by key, formatted as io/format.h formats it, in both views
// and every case; scenario text only ever escaped (a fixed hostile plan and a
// property over generated ones); a plan that costs nothing reads sensibly;
// the printable report is the same fragment in a page.
#include "io/reader_html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <string>

#include "core/evaluate.h"
#include "core/figures.h"
#include "io/format.h"
#include "io/presets.h"
#include "io/report_html.h"
#include "io/result_json.h"

namespace planner {
namespace {

Scenario preset(const std::string& name) {
  Scenario s;
  EXPECT_TRUE(io::load_preset(name, s)) << name;
  return s;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The element the reader shows for `key`, with the text io/format.h gives.
std::string figure_element(const Scenario& s, const Result& r, const char* key) {
  const FigureSpec& f = figure(key);
  return "data-figure-key=\"" + std::string(key) + "\">" +
         io::html_escape(io::figure_text_explained(f, f.read(r.totals), s.org.currency_symbol)) + "</span>";
}

TEST(ReaderHtml, EveryHeadlineFigureIsThereByKeyFormattedAsEverywhereInEveryCase) {
  for (const io::PresetInfo& p : io::list_presets()) {
    const Scenario s = preset(p.name);
    for (Case c : {Case::Low, Case::Likely, Case::High}) {
      const Result r = evaluate(s, c);
      const std::string html = io::reader_html(s, c, r);
      for (auto k = io::reader_headline_keys_begin(); k != io::reader_headline_keys_end(); ++k)
        EXPECT_TRUE(contains(html, figure_element(s, r, *k))) << p.name << " " << *k;
    }
  }
  // Both views are there, each with its own four figures.
  for (const char* key : {"roi_pct", "bcr", "payback_month", "npv", "economic_roi_pct", "economic_bcr",
                          "economic_payback_month", "economic_npv"})
    EXPECT_NE(std::find_if(io::reader_headline_keys_begin(), io::reader_headline_keys_end(),
                           [&](const char* k) { return std::string(k) == key; }),
              io::reader_headline_keys_end())
        << key;
}

// `planner-cli report --figures` gives the same texts, so a view is checked
// against the CLI without re-formatting.
TEST(ReaderHtml, TheCliFiguresDocumentCarriesEveryFigureAsTheReaderShowsIt) {
  const Scenario s = preset("default");
  const Result r = evaluate(s, Case::Low);
  const auto doc = nlohmann::json::parse(io::figures_text_json(s, Case::Low, r));
  EXPECT_EQ(doc["case"], "low");
  const std::string html = io::reader_html(s, Case::Low, r);
  for (auto k = io::reader_headline_keys_begin(); k != io::reader_headline_keys_end(); ++k)
    EXPECT_TRUE(contains(html, "data-figure-key=\"" + std::string(*k) + "\">" +
                                   io::html_escape(doc["figures"][*k].get<std::string>()) + "</span>"))
        << *k;
  for (const FigureSpec* f = figures_begin(); f != figures_end(); ++f)
    EXPECT_TRUE(doc["figures"].contains(f->key));
}

TEST(ReaderHtml, IsAFragmentWithLandmarksHeadingsCaptionsAndAChartWithATextAlternative) {
  const Scenario s = preset("default");
  const std::string html = io::reader_html(s, Case::Likely, evaluate(s, Case::Likely));
  EXPECT_EQ(html.rfind("<article class=plan", 0), 0u);
  for (const char* absent : {"<html", "<head>", "<body", "<style", "<script", " style="})
    EXPECT_FALSE(contains(html, absent)) << absent;
  EXPECT_FALSE(std::regex_search(html, std::regex("<[^>]* on[a-z]+=")));  // no event handler attributes
  EXPECT_TRUE(contains(html, "<h1 id=rd-title>"));
  EXPECT_TRUE(contains(html, ">Cash view</h3>"));
  EXPECT_TRUE(contains(html, ">Economic view</h3>"));
  EXPECT_TRUE(contains(html, "<caption class=sr-only>"));
  EXPECT_TRUE(contains(html, "<th scope=col"));
  EXPECT_TRUE(contains(html, "<th scope=row>"));
  EXPECT_TRUE(std::regex_search(html, std::regex("<svg [^>]*role=img aria-label=\"Chart of [^\"]+\\$")));
  EXPECT_TRUE(contains(html, "<title>Chart of incremental cost per month"));
  EXPECT_TRUE(contains(html, "(in USD)"));  // units in words beside the labels
  EXPECT_FALSE(std::regex_search(html, std::regex("\\b(nan|inf)\\b", std::regex::icase)));
}

TEST(ReaderHtml, HostileScenarioTextAppearsOnlyEscaped) {
  const std::string evil = "<img src=x onerror=alert(1)> & \"double\" 'single'";
  const std::string escaped = "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;double&quot; &#39;single&#39;";
  Scenario s = preset("default");
  s.title = s.description = s.org.name = s.org.currency_code = s.org.currency_symbol = evil;
  for (auto& g : s.segments) g.name = evil;
  for (auto& t : s.framework.tiers) t.name = t.source = evil;
  for (auto& m : s.models) m.name = m.source = evil;
  const Result r = evaluate(s, Case::Likely);
  const std::string html = io::reader_html(s, Case::Likely, r);
  EXPECT_FALSE(contains(html, "<img")) << html;
  EXPECT_FALSE(contains(html, "\"double\""));
  EXPECT_TRUE(contains(html, "<h1 id=rd-title>" + escaped + "</h1>"));
  EXPECT_TRUE(contains(html, "<th scope=row>" + escaped + "</th>"));       // a tier or model name
  EXPECT_TRUE(contains(html, "<td>" + escaped + "</td>"));                 // a source
  EXPECT_TRUE(contains(html, "data-figure-key=\"benefits\">" + escaped));  // the currency symbol
  EXPECT_FALSE(contains(io::report_html(s, Case::Likely, r), "<img"));
}

// Property: over generated plans (every preset, random hostile names, titles,
// sources and currency), user text never adds a '<' to the fragment. The
// fragment of the same plan with harmless text has exactly as many '<' (the
// markup), so any '<' from the user's text would show as a difference.
TEST(ReaderHtml, PropertyUserTextNeverAddsMarkup) {
  std::mt19937 rng(20261127);
  const std::string alphabet = "<>&\"'/= abcxyz<script>onload<!--]]>\xC3\xA9";
  auto text = [&](bool hostile) {
    std::string out;
    const int n = 1 + static_cast<int>(rng() % 24);
    for (int i = 0; i < n; ++i) out += alphabet[rng() % alphabet.size()];
    if (!hostile)
      out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return c == '<'; }), out.end());
    return out.empty() ? std::string("x") : out;
  };
  int checked = 0;
  for (const io::PresetInfo& p : io::list_presets()) {
    for (int round = 0; round < 8; ++round) {
      const Case c = static_cast<Case>(rng() % 3);
      const std::uint32_t seed = rng();
      auto dress = [&](bool hostile) {
        rng.seed(seed);
        Scenario s = preset(p.name);
        s.title = text(hostile);
        s.description = text(hostile);
        s.org.name = text(hostile);
        s.org.currency_symbol = text(hostile);
        s.org.currency_code = text(hostile);
        for (auto& g : s.segments) g.name = text(hostile);
        for (auto& t : s.framework.tiers) t.name = text(hostile), t.source = text(hostile);
        for (auto& m : s.models) m.name = text(hostile), m.source = text(hostile);
        return io::reader_html(s, c, evaluate(s, c));
      };
      const std::string hostile = dress(true), harmless = dress(false);
      EXPECT_EQ(std::count(hostile.begin(), hostile.end(), '<'),
                std::count(harmless.begin(), harmless.end(), '<'))
          << p.name << " round " << round;
      EXPECT_FALSE(contains(hostile, "<script")) << p.name;
      ++checked;
    }
  }
  EXPECT_GT(checked, 8);
}

TEST(ReaderHtml, APlanThatCostsNothingSaysWhyItsRatiosHaveNoValue) {
  Scenario s = preset("default");
  for (DeliveryModel& m : s.models) m.cost = Range::fixed(0);
  const Result r = evaluate(s, Case::Likely);
  ASSERT_FALSE(r.totals.roi_defined);
  const std::string html = io::reader_html(s, Case::Likely, r);
  EXPECT_TRUE(contains(html, "data-figure-key=\"roi_pct\">n/a (no cost)</span>"));
  EXPECT_TRUE(contains(html, "data-figure-key=\"bcr\">n/a (no cost)</span>"));
  EXPECT_TRUE(contains(html, "data-figure-key=\"incremental_cost\">$0</span>"));
  EXPECT_FALSE(std::regex_search(html, std::regex("\\b(nan|inf)\\b", std::regex::icase)));
}

TEST(ReaderHtml, ThePrintableReportIsTheFragmentInAPage) {
  const Scenario s = preset("default");
  const Result r = evaluate(s, Case::High);
  const std::string report = io::report_html(s, Case::High, r);
  EXPECT_EQ(report.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(contains(report, io::reader_html(s, Case::High, r)));
  EXPECT_TRUE(contains(report, io::reader_css()));
}

}  // namespace
}  // namespace planner
