#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstdarg>
#include <cstdio>
#include <vector>

#include "imgui_internal.h"  // NavActivateInputId: open a number for typing after a plain click
#include "imgui_stdlib.h"
#include "ui/announce.h"
#include "ui/fonts.h"
#include "ui/guide_panel.h"
#include "ui/help_text.h"
#include "ui/text_wrap.h"

namespace planner::ui {
namespace {

RectMap* g_rects = nullptr;
int g_drag_hovered_frame = -1;   // the frame a number field was last hovered in
int g_typing_number_frame = -1;  // the frame a number field last had its text typed into
std::string g_row_label;         // the form row being drawn, for the announcement

// What a screen reader calls a field: its visible label, else the form
// row's label, else its table column's name ("Headcount").
std::string spoken_name(const char* label) {
  std::string name = visible_label(label);
  if (name.empty()) name = g_row_label;
  if (name.empty() && ImGui::GetCurrentTable()) name = visible_label(ImGui::TableGetColumnName());
  return name;
}

// A number field was just drawn: note hover (for touch) and, when the
// keyboard is on it or it is being edited, what a screen reader should say.
void number_field_drawn(const char* label, const std::string& shown) {
  if (ImGui::IsItemHovered()) g_drag_hovered_frame = ImGui::GetFrameCount();
  if (ImGui::TempInputIsActive(ImGui::GetItemID())) g_typing_number_frame = ImGui::GetFrameCount();
  if (ImGui::IsItemFocused() || ImGui::IsItemActive()) {
    current_announcement().focus = focus_sentence(spoken_name(label), shown);
  }
}

std::string printed(const char* format, double v) {
  char buf[96];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// Click to type, drag to adjust (like a spreadsheet cell). ImGui 1.86 types
// into a drag widget only after a double-click, Ctrl+click or Enter; a plain
// click (press and release without dragging) is remembered here and the
// widget opens for typing, text selected, on the next frame.
ImGuiID g_type_next = 0;

struct ClickToType {
  ImGuiID id;
  explicit ClickToType(const char* label) : id(ImGui::GetID(label)) {
    if (id == g_type_next) {
      ImGui::GetCurrentContext()->NavActivateInputId = id;
      g_type_next = 0;
    }
  }
  // Call right after the widget, while it is still the last item.
  void after() const {
    const ImGuiIO& io = ImGui::GetIO();
    const float threshold = io.MouseDragThreshold;
    if (ImGui::IsItemDeactivated() && !ImGui::IsItemDeactivatedAfterEdit() && ImGui::IsMouseReleased(0) &&
        io.MouseDragMaxDistanceSqr[0] < threshold * threshold && ImGui::IsItemHovered())
      g_type_next = id;
  }
};

// A printf format with the currency symbol in front; '%' in a symbol would
// break the format, so it is doubled.
std::string money_format(const std::string& symbol, const char* number, const char* suffix) {
  std::string f;
  for (char c : symbol) f += c == '%' ? std::string("%%") : std::string(1, c);
  return f + number + suffix;
}

}  // namespace

void item_help(const char* help_key) {
  audit_help_key(help_key);
  if (!help_key || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
  ImGui::BeginTooltip();
  wrapped_text(help_text(help_key), ImGui::GetFontSize() * 28.0f);
  ImGui::EndTooltip();
}

bool edit_int(const char* label, int* v, int min, int max, const char* help_key, float speed,
              const char* format) {
  ClickToType typing(label);
  const bool changed = ImGui::DragInt(label, v, speed, min, max, format, ImGuiSliderFlags_AlwaysClamp);
  typing.after();
  char shown[64];
  std::snprintf(shown, sizeof shown, format, *v);
  number_field_drawn(label, shown);
  item_help(help_key);
  return changed;
}

bool edit_double(const char* label, double* v, double min, double max, const char* help_key, float speed,
                 const char* format) {
  ClickToType typing(label);
  const bool changed = ImGui::DragScalar(label, ImGuiDataType_Double, v, speed, &min, &max, format,
                                         ImGuiSliderFlags_AlwaysClamp);
  typing.after();
  number_field_drawn(label, printed(format, *v));
  item_help(help_key);
  return changed;
}

bool edit_percent(const char* label, double* fraction, const char* help_key, double max_fraction) {
  double shown = *fraction * 100.0;
  const double lo = 0, hi = max_fraction * 100.0;
  ClickToType typing(label);
  const bool changed = ImGui::DragScalar(label, ImGuiDataType_Double, &shown, 0.25f, &lo, &hi, "%.1f %%",
                                         ImGuiSliderFlags_AlwaysClamp);
  typing.after();
  number_field_drawn(label, printed("%.1f %%", shown));
  item_help(help_key);
  if (changed) *fraction = shown / 100.0;
  return changed;
}

bool edit_money(const char* label, double* v, const std::string& symbol, const char* help_key,
                const char* suffix) {
  const std::string fmt =
      money_format(symbol, *v >= 1000 || *v == static_cast<long long>(*v) ? "%.0f" : "%.2f", suffix);
  const double lo = 0, hi = 1e12;
  const float speed = static_cast<float>(*v > 1000 ? *v * 0.005 : 0.5);
  ClickToType typing(label);
  const bool changed = ImGui::DragScalar(label, ImGuiDataType_Double, v, speed, &lo, &hi, fmt.c_str(),
                                         ImGuiSliderFlags_AlwaysClamp);
  typing.after();
  number_field_drawn(label, printed(fmt.c_str(), *v));
  item_help(help_key);
  return changed;
}

bool edit_text(const char* label, std::string* s, const char* help_key) {
  // ImGui's own std::string overload (misc/cpp) grows the string as it is typed.
  const bool changed = ImGui::InputText(label, s);
  if (ImGui::IsItemFocused() || ImGui::IsItemActive()) {
    current_announcement().focus = focus_sentence(spoken_name(label), *s);
  }
  item_help(help_key);
  return changed;
}

bool edit_bool(const char* label, bool* v, const char* help_key) {
  const bool changed = ImGui::Checkbox(label, v);
  if (ImGui::IsItemFocused()) {
    current_announcement().focus = focus_sentence(spoken_name(label), *v ? "on" : "off");
  }
  item_help(help_key);
  return changed;
}

bool edit_range(const char* label, Range* r, RangeKind kind, const std::string& currency_symbol,
                const char* help_key, const std::string& rect_id) {
  ImGui::PushID(label);
  const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
  const float w = (ImGui::CalcItemWidth() - 2 * spacing) / 3.0f;
  bool changed = false;
  double* parts[3] = {&r->low, &r->likely, &r->high};
  const char* ids[3] = {"##low", "##likely", "##high"};
  const char* names[3] = {"low", "likely", "high"};
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine(0, spacing);
    ImGui::SetNextItemWidth(w);
    switch (kind) {
      case RangeKind::Money:
        changed |= edit_money(ids[i], parts[i], currency_symbol, help_key);
        break;
      case RangeKind::Percent:
        changed |= edit_percent(ids[i], parts[i], help_key, 10.0);
        break;
      case RangeKind::Hours:
        changed |= edit_double(ids[i], parts[i], 0, 10000, help_key, 0.1f, "%.1f h");
        break;
      case RangeKind::Weeks:
        changed |= edit_double(ids[i], parts[i], 0, 520, help_key, 0.1f, "%.0f wk");
        break;
      case RangeKind::Months:
        changed |= edit_double(ids[i], parts[i], 0, 600, help_key, 0.1f, "%.1f mo");
        break;
    }
    if (!rect_id.empty()) record_item_rect(rect_id + "." + names[i]);
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::TextDisabled("%s case", names[i]);
      ImGui::EndTooltip();
    }
  }
  ImGui::PopID();
  return changed;
}

bool form_begin(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch, 0.42f);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 0.58f);
  return true;
}

void form_row(const char* label, const char* help_key) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  g_row_label = visible_label(label);
  item_help(help_key);
  ImGui::TableSetColumnIndex(1);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

void form_end() {
  ImGui::EndTable();
  g_row_label.clear();  // fields after the form are not in its rows
}

void heading(const char* text) {
  ImFont* semibold = current_fonts().semibold;
  if (semibold) ImGui::PushFont(semibold);
  ImGui::TextUnformatted(text);
  if (semibold) ImGui::PopFont();
}

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped_text(text);
  ImGui::PopStyleColor();
}

namespace {
std::vector<std::string> lines_of(const std::string& text, float wrap_width) {
  if (wrap_width <= 0) wrap_width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
  return wrap_lines(text, wrap_width,
                    [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; });
}
}  // namespace

void wrapped_text(const std::string& text, float wrap_width) {
  // One item for the whole block, so a tooltip or a rectangle covers all of it.
  // Lines sit as close as ImGui's own wrapped lines (no item spacing between them).
  ImGui::BeginGroup();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  for (const std::string& line : lines_of(text, wrap_width)) ImGui::TextUnformatted(line.c_str());
  ImGui::PopStyleVar();
  ImGui::EndGroup();
}

float wrapped_text_height(const std::string& text, float wrap_width) {
  return static_cast<float>(lines_of(text, wrap_width).size()) * ImGui::GetTextLineHeight();
}

void wrapped_textf(const char* format, ...) {
  char buf[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  wrapped_text(buf);
}

bool number_field_typing() {
  return g_typing_number_frame >= 0 && g_typing_number_frame == ImGui::GetFrameCount();
}

bool drag_field_hovered() {
  return g_drag_hovered_frame >= 0 && g_drag_hovered_frame == ImGui::GetFrameCount();
}

void set_rect_map(RectMap* map) { g_rects = map; }

void record_item_rect(const std::string& id) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  record_rect(id, ImVec4(a.x, a.y, b.x - a.x, b.y - a.y));
  guide_target_drawn(id);  // the field the guide took the user to is outlined
}

void record_rect(const std::string& id, ImVec4 rect) {
  if (g_rects) g_rects->rects[id] = rect;
}

}  // namespace planner::ui
