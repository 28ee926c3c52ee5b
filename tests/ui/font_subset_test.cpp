// The embedded fonts are cut to the characters of src/ui/glyph_ranges.txt at
// build time (cmake/fonts.cmake): every character the UI can print must still
// have its glyph, or ImGui draws "?" in its place.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "imgui.h"
#include "io/presets.h"
#include "ui/fonts.h"

namespace planner::ui {
namespace {

// A fresh ImGui context with the app's fonts built at scale 1.
class FontAtlas {
 public:
  FontAtlas() : previous_(ImGui::GetCurrentContext()), ctx_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(ctx_);
    fonts_ = load_fonts(1.0f);
  }
  ~FontAtlas() {
    ImGui::DestroyContext(ctx_);
    ImGui::SetCurrentContext(previous_);
  }
  FontAtlas(const FontAtlas&) = delete;
  FontAtlas& operator=(const FontAtlas&) = delete;

  // The characters of `utf8` that a UI font cannot draw (U+XXXX each).
  std::string missing(const std::string& utf8) const {
    std::string out;
    for (uint32_t c : code_points(utf8)) {
      if (c < 0x20) continue;  // line breaks and tabs are layout, not glyphs
      for (const ImFont* font : {fonts_.regular, fonts_.semibold}) {
        if (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "U+%04X ", static_cast<unsigned>(c));
          if (out.find(buf) == std::string::npos) out += buf;
        }
      }
    }
    return out;
  }

  // UTF-8 to code points; an invalid byte becomes U+FFFD (which has no glyph).
  static std::vector<uint32_t> code_points(const std::string& s) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      const int extra = b < 0x80 ? 0 : (b >> 5) == 6 ? 1 : (b >> 4) == 14 ? 2 : (b >> 3) == 30 ? 3 : -1;
      uint32_t c = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
      bool ok = extra >= 0 && i + extra < s.size();
      for (int k = 1; ok && k <= extra; ++k) {
        const auto t = static_cast<unsigned char>(s[i + k]);
        ok = (t >> 6) == 2;
        c = (c << 6) | (t & 0x3F);
      }
      out.push_back(ok ? c : 0xFFFD);
      i += ok ? extra + 1 : 1;
    }
    return out;
  }

 private:
  ImGuiContext* previous_;
  ImGuiContext* ctx_;
  Fonts fonts_;
};

TEST(FontSubset, EmbeddedFontsAreCutToTheUisCharacters) {
  // The full Inter faces are about 260 KB each; cut, about 33 KB.
  const auto files = embedded_font_files();
  EXPECT_EQ(files.size(), 2u);
  for (const FontFile& f : files)
    EXPECT_LT(f.bytes, 60000ul) << f.name << " was not subset (cmake/fonts.cmake)";
  // ...and still draw the signs the labels use: £ € − ≥ … —
  const FontAtlas atlas;
  EXPECT_EQ(atlas.missing("\xC2\xA3\xE2\x82\xAC\xE2\x88\x92\xE2\x89\xA5\xE2\x80\xA6\xE2\x80\x94 Aa0"), "");
  // ...and what users type or paste into names and the currency symbol:
  // Zürich, Łódź, İzmir, ₹, ₩, curly quotes, en dash, bullet, →, narrow no-break space.
  EXPECT_EQ(atlas.missing("Z\xC3\xBCrich \xC5\x81\xC3\xB3"
                          "d\xC5\xBA \xC4\xB0zmir \xE2\x82\xB9\xE2\x82\xA9 "
                          "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\x93\xE2\x80\xA2\xE2\x86\x92\xE2\x80\xAF"),
            "");
  // A character outside glyph_ranges.txt has no glyph (the test can fail).
  EXPECT_EQ(atlas.missing("\xE2\x88\x9A"), "U+221A ");  // √
}

TEST(FontSubset, EveryPresetCharacterHasAGlyph) {
  const FontAtlas atlas;
  const auto presets = io::list_presets();
  ASSERT_FALSE(presets.empty());
  for (const auto& p : presets) EXPECT_EQ(atlas.missing(io::preset_json(p.name)), "") << "preset " << p.name;
}

// Every string literal of a C++ source decoded to its bytes (escapes
// resolved, raw strings as written); comments and character literals skipped.
std::vector<std::string> string_literals(const std::string& src) {
  std::vector<std::string> out;
  const size_t n = src.size();
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  auto put_utf8 = [](std::string& s, uint32_t c) {
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (c >> 18));
      s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  for (size_t i = 0; i < n;) {
    const char c = src[i];
    if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string::npos) break;
    } else if (src.compare(i, 2, "/*") == 0) {
      i = src.find("*/", i + 2);
      if (i == std::string::npos) break;
      i += 2;
    } else if (c == '\'') {
      ++i;
      if (i >= 2 && std::isxdigit(static_cast<unsigned char>(src[i - 2]))) continue;  // 1'000
      while (i < n && src[i] != '\'') i += src[i] == '\\' ? 2 : 1;
      ++i;
    } else if (c == 'R' && i + 1 < n && src[i + 1] == '"' &&
               (i == 0 || !ident(src[i - 1]) || src[i - 1] == '8')) {
      const size_t open = src.find('(', i + 2);
      const std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
      const size_t end = src.find(close, open);
      if (open == std::string::npos || end == std::string::npos) break;
      out.push_back(src.substr(open + 1, end - open - 1));
      i = end + close.size();
    } else if (c == '"') {
      std::string s;
      for (++i; i < n && src[i] != '"' && src[i] != '\n'; ++i) {
        if (src[i] != '\\') {
          s += src[i];
          continue;
        }
        const char e = src[++i];
        static const std::map<char, char> simple = {{'n', '\n'}, {'t', '\t'}, {'r', '\r'}, {'a', '\a'},
                                                    {'b', '\b'}, {'f', '\f'}, {'v', '\v'}};
        if (e == 'x' || e == 'u' || e == 'U') {
          const size_t digits = e == 'x' ? std::string::npos : e == 'u' ? 4 : 8;
          size_t j = i + 1;
          while (j < n && j - i - 1 < digits && std::isxdigit(static_cast<unsigned char>(src[j]))) ++j;
          const auto value =
              static_cast<uint32_t>(std::strtoul(src.substr(i + 1, j - i - 1).c_str(), nullptr, 16));
          if (e == 'x')
            s += static_cast<char>(value);
          else
            put_utf8(s, value);
          i = j - 1;
        } else if (e >= '0' && e <= '7') {
          size_t j = i;
          while (j < n && j - i < 3 && src[j] >= '0' && src[j] <= '7') ++j;
          s += static_cast<char>(std::strtoul(src.substr(i, j - i).c_str(), nullptr, 8));
          i = j - 1;
        } else {
          s += simple.count(e) ? simple.at(e) : e;
        }
      }
      out.push_back(s);
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

TEST(FontSubset, StringLiteralsAreReadAsTheCompilerReadsThem) {
  const auto s = string_literals(
      "// \"not\" this\n"
      "f(\"a\\xC2\\xB7\", '\"', 1'000, R\"x(r\"aw)x\", \"\\u2212\\n\\101\"); /* \"nor\" */");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "a\xC2\xB7");
  EXPECT_EQ(s[1], "r\"aw");
  EXPECT_EQ(s[2], "\xE2\x88\x92\nA");
}

#ifdef PLANNER_SOURCE_DIR
// The UI prints text from the sources of the UI, the web host and the core
// and io layers (names, messages, formatted figures). Files whose strings
// never reach ImGui are left out, each for its reason.
bool drawn_by_imgui(const std::filesystem::path& p) {
  const std::string name = p.filename().string();
  if (name.find("html") != std::string::npos) return false;  // HTML for a browser, with its own fonts
  if (name.rfind("link_", 0) == 0) return false;             // the bytes of links, not text
  return true;
}

TEST(FontSubset, CoversEveryCharacterTheUiPrints) {
  namespace fs = std::filesystem;
  const FontAtlas atlas;
  const fs::path root = PLANNER_SOURCE_DIR;
  int files = 0, literals = 0;
  for (const char* dir : {"src/ui", "src/core", "src/io", "shell/web"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h") || !drawn_by_imgui(entry.path()))
        continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      ++files;
      for (const std::string& s : string_literals(text.str())) {
        ++literals;
        EXPECT_EQ(atlas.missing(s), "") << fs::relative(entry.path(), root).string() << ": \"" << s
                                        << "\" (add the characters to src/ui/glyph_ranges.txt)";
      }
    }
  }
  EXPECT_GT(files, 50);
  EXPECT_GT(literals, 2000);
}
#endif

}  // namespace
}  // namespace planner::ui
