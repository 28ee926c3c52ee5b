// The plot API (ui/plot.h) in a real ImGui context without a GPU: value axes
// round out to nice ticks and map onto the plot area, category rows run top
// to bottom, and the row and point under the mouse are found.
#include "ui/plot.h"

#include <gtest/gtest.h>

#include <string>

#include "imgui.h"

namespace planner::ui {
namespace {

// One frame with a window filling the display; `draw` runs inside it.
template <typename Draw>
void in_frame(ImVec2 mouse, Draw draw) {
  ImGuiContext* ctx = ImGui::CreateContext();
  ImGui::SetCurrentContext(ctx);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini left in the working folder
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60.0f;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  for (int frame = 0; frame < 3; ++frame) {  // hover needs a frame or two to settle
    io.MousePos = mouse;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("plot test", nullptr, ImGuiWindowFlags_NoDecoration);
    draw(frame == 2);
    ImGui::End();
    ImGui::Render();
  }
  ImGui::DestroyContext(ctx);
}

std::string number(double v) { return std::to_string(static_cast<int>(v)); }

TEST(Plot, ValueAxesRoundOutToNiceTicksAndFillThePlotArea) {
  in_frame(ImVec2(-1, -1), [](bool last) {
    plot::Axis x, y;
    x.lo = 0, x.hi = 730, x.label = number;
    y.lo = 12, y.hi = 290, y.include_zero = false, y.label = number;
    plot::begin_plot("##p", ImVec2(600, 300), x, y);
    if (last) {
      const ImVec2 lo = plot::area_min(), hi = plot::area_max();
      EXPECT_FLOAT_EQ(plot::x_px(0), lo.x);        // 0 is a tick: the left edge
      EXPECT_LT(plot::x_px(730), hi.x);            // rounded out past the data
      EXPECT_LE(plot::y_px(12), hi.y);             // 12 rounds down to a tick at or below it
      EXPECT_LE(plot::y_px(290), plot::y_px(12));  // up is more
      EXPECT_GE(plot::y_px(290), lo.y);
    }
    plot::end_plot();
  });
}

TEST(Plot, FindsTheRowAndThePointUnderTheMouse) {
  int row = -2, point = -2;
  // Rows: 4 slots on y; the mouse sits in the lower half of the plot.
  in_frame(ImVec2(400, 200), [&](bool last) {
    plot::Axis x, y;
    x.lo = -5, x.hi = 5, x.include_zero = false, x.label = number;
    y.scale = plot::Scale::Slots, y.count = 4, y.label = [](double i) { return "row " + number(i); };
    plot::begin_plot("##rows", ImVec2(600, 4 * 20 + 20), x, y);
    if (last) {
      row = plot::hovered_row();
      EXPECT_LT(plot::y_px(0), plot::y_px(3));  // first row on top
    }
    plot::end_plot();
  });
  EXPECT_EQ(row, -1);  // below the 100 px chart: no row
  in_frame(ImVec2(400, 30), [&](bool last) {
    plot::Axis x, y;
    x.scale = plot::Scale::Points, x.count = 13, x.label = number;
    y.lo = 0, y.hi = 10, y.label = number;
    plot::begin_plot("##points", ImVec2(600, 300), x, y);
    if (last) {
      point = plot::hovered_index();
      const float mx = 400;
      EXPECT_NEAR(plot::x_px(point), mx, plot::slot_px(true));
    }
    plot::end_plot();
  });
  EXPECT_GE(point, 0);
}

}  // namespace
}  // namespace planner::ui
