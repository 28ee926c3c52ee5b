// imgui_default_font.cpp — stands in for ImFontAtlas::AddFontDefault() at
// link time (-Wl,--wrap, shell/web/CMakeLists.txt), so ImGui's built-in
// ProggyClean font is not in the download. The app adds Inter before the
// atlas is built (ui/fonts.cpp), so ImGui never calls this; the app's own
// fallback for an Inter missing from the build (a build defect) gets no font.
#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}
