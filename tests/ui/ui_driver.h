// ui_driver.h — a real ImGui context without a GPU, driving planner::ui::App
// the way a user does: frames with io.DisplaySize set, the mouse moved onto a
// widget's recorded rectangle, clicks, typed characters, key presses.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "imgui.h"
#include "ui/app.h"

namespace planner::ui::testing {

class UiDriver {
 public:
  explicit UiDriver(HostServices host = {}, ImVec2 display = ImVec2(1280, 720), float scale = 1.0f)
      : ctx_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(ctx_);  // CreateContext keeps an existing one current
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    // The GLFW key codes the hosts deliver (letters are their ASCII codes).
    io.KeyMap[ImGuiKey_Tab] = 258;
    io.KeyMap[ImGuiKey_Enter] = 257;
    io.KeyMap[ImGuiKey_Escape] = 256;
    io.KeyMap[ImGuiKey_Backspace] = 259;
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
    app_ = new App(std::move(host));
    app_->set_pixel_scale(scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
    frames(3);
  }
  ~UiDriver() {
    ImGui::SetCurrentContext(ctx_);
    delete app_;
    ImGui::DestroyContext(ctx_);
  }
  UiDriver(const UiDriver&) = delete;
  UiDriver& operator=(const UiDriver&) = delete;

  // Makes this driver's context current (tests may hold two apps at once).
  App& app() {
    ImGui::SetCurrentContext(ctx_);
    return *app_;
  }

  void frame() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::NewFrame();
    app_->draw();
    ImGui::Render();
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }

  // Centre of a widget recorded by the App in the last frame; false if absent.
  bool centre_of(const std::string& id, ImVec2& at) {
    const nlohmann::json rects = nlohmann::json::parse(app_->item_rects_json());
    if (!rects.contains(id)) return false;
    const auto& r = rects[id];
    at = ImVec2(r[0].get<float>() + r[2].get<float>() * 0.5f, r[1].get<float>() + r[3].get<float>() * 0.5f);
    return true;
  }

  void move_to(ImVec2 at) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().MousePos = at;
    frame();
  }
  void click(ImVec2 at) {
    move_to(at);
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
  }
  void double_click(ImVec2 at) {
    click(at);
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
  }
  // Press and release a key (a GLFW key code), with modifiers held.
  void key(int code, bool ctrl = false, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[code] = true;
    frame();
    io.KeysDown[code] = false;
    frame();
    io.KeyCtrl = io.KeyShift = false;
    frame();
  }
  void type(const std::string& text) {
    for (char c : text) {
      ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
      frame();
    }
  }
  static constexpr int kEnter = 257;

  // Clicks the widget recorded as `id` and lets the app settle for two
  // frames; false if it was not drawn.
  bool click_on(const std::string& id) {
    ImVec2 at;
    if (!centre_of(id, at)) return false;
    click(at);
    frames(2);
    return true;
  }

  // Clicks a number widget (a plain click opens it for typing, text
  // selected), types a value and presses Enter.
  bool type_into(const std::string& id, const std::string& value) {
    ImVec2 at;
    if (!centre_of(id, at)) return false;
    click(at);
    frame();  // the field opens for typing on the frame after the click
    type(value);
    key(kEnter);
    return true;
  }

 private:
  ImGuiContext* ctx_;
  App* app_ = nullptr;
};

}  // namespace planner::ui::testing
