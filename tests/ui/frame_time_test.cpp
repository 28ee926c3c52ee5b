// Measures what one editing frame costs on the default preset: a drag changes
// the headcount every frame, so every frame validates, evaluates and draws.
// The time is reported (printed and recorded), not asserted: machines differ.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "ui_driver.h"

namespace planner::ui {
namespace {

TEST(UiFrameTime, EveryDragFrameRecomputesAndTheCostIsReported) {
  testing::UiDriver ui;
  ASSERT_TRUE(ui.app().open_preset("default"));
  ui.frames(2);
  ImVec2 at;
  ASSERT_TRUE(ui.centre_of("segments.0.headcount", at));
  ImGuiIO& io = ImGui::GetIO();
  ui.move_to(at);
  io.MouseDown[0] = true;
  ui.frame();
  const int frames = 60;
  const unsigned long rev0 = ui.app().revision();
  double recompute_ms = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 1; i <= frames; ++i) {
    io.MousePos = ImVec2(at.x + 10.0f + (i % 2 ? 12.0f : -12.0f) * (i / 2), at.y);
    ui.frame();
    recompute_ms += ui.app().last_recompute_ms();
  }
  const double total_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  io.MouseDown[0] = false;
  ui.frames(2);
  // Every frame of the drag changed the scenario, so every frame recomputed.
  EXPECT_GE(ui.app().revision() - rev0, static_cast<unsigned long>(frames) - 1);
  std::printf(
      "[ frame time ] default preset, editing: %.3f ms per frame (draw + recompute + a Monte Carlo slice), "
      "recompute %.3f ms\n",
      total_ms / frames, recompute_ms / frames);
  ::testing::Test::RecordProperty("frame_ms_x1000", static_cast<int>(total_ms / frames * 1000));
}

}  // namespace
}  // namespace planner::ui
