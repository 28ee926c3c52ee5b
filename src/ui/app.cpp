// app.cpp — map
//   1. AppState: recompute, the undo step (see app_state.h), loading
//   2. App: construction, pixel scale, theme
//   3. App::draw: shortcuts, menu, inputs | results layout, headline last
//   4. App: JSON, files, links and test hooks
#include "ui/app.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID: an undo must not be overwritten by a field still holding the old text
#include "io/link_codec.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace planner::ui {

// ---- 1. AppState ------------------------------------------------------------

void AppState::recompute() {
  const auto t0 = std::chrono::steady_clock::now();
  issues = validate(scenario);
  if (issues.empty()) {
    evaluate(scenario, view_case, result);
    charts = make_chart_data(scenario, result);
  }
  update_comparison(compare, scenario, view_case, result, issues.empty());
  recompute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void AppState::note_edit() {
  step_open = true;
  unedited_link = false;
  ++revision;
  recompute();
}

void AppState::close_step_if_idle(bool any_item_active) {
  if (!step_open || any_item_active) return;
  history.record(committed);
  committed = scenario;
  step_open = false;
}

void AppState::replace(const Scenario& s) {
  close_step_if_idle(false);
  // Loading what is already on screen (the start-up preset again) is no step to undo.
  if (io::scenario_to_json(s, false) != io::scenario_to_json(scenario, false)) history.record(scenario);
  scenario = s;
  committed = s;
  selection = PanelSelection{};
  ++revision;
  unedited_link = false;
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  recompute();
}

void AppState::undo() {
  close_step_if_idle(false);
  if (!history.undo(scenario)) return;
  committed = scenario;
  ++revision;
  unedited_link = false;
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  recompute();
}

void AppState::redo() {
  close_step_if_idle(false);
  if (!history.redo(scenario)) return;
  committed = scenario;
  ++revision;
  unedited_link = false;
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  recompute();
}

void AppState::set_case(Case c) {
  if (c == view_case) return;
  view_case = c;
  recompute();  // the scenario did not change: no undo step, no revision
}

bool AppState::load_json(const std::string& text, const std::string& what) {
  Scenario s;
  std::vector<Issue> found;
  if (!io::scenario_from_json(text, s, found)) {
    error = what + ": ";
    const size_t shown = std::min<size_t>(found.size(), 3);
    for (size_t i = 0; i < shown; ++i) error += (i ? "; " : "") + found[i].text();
    if (found.size() > shown) error += "; and " + std::to_string(found.size() - shown) + " more";
    if (found.empty()) error += "not a scenario file";
    error += ". Your current plan is unchanged.";
    return false;
  }
  error.clear();
  replace(s);
  return true;
}

void AppState::request_open_file(bool for_compare) {
  if (!host.request_open_file) return;
  compare.open_file_pending = for_compare;
  host.request_open_file();
}

std::string AppState::file_stem() const {
  std::string out;
  for (char c : scenario.title) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "plan" : out;
}

// ---- 2. App --------------------------------------------------------------------

App::App(HostServices host) : state_(std::make_unique<AppState>()) {
  AppState& st = *state_;
  st.host = std::move(host);
  st.presets = io::list_presets();
  Scenario s;
  if (io::load_preset("default", s)) st.preset_name = "default";
  st.scenario = s;
  st.committed = s;
  st.recompute();
}

App::~App() = default;

void App::set_pixel_scale(float scale) {
  AppState& st = *state_;
  st.scale = std::clamp(scale, 0.5f, 4.0f);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is the app's, not a file's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  st.fonts = load_fonts(st.scale);
  apply_theme(st.dark, st.scale);
}

void App::set_theme_dark(bool dark) {
  AppState& st = *state_;
  st.dark = dark;
  // Inside a frame the style must not change under open windows: defer.
  if (ImGui::GetCurrentContext() && ImGui::GetCurrentContext()->WithinFrameScope)
    st.pending_theme = true;
  else
    apply_theme(dark, st.scale);
}

bool App::busy() const {
  // The "link copied" note fades out after two seconds: keep frames coming.
  if (state_->uncertainty_busy) return true;  // Monte Carlo or frontier still running
  if (!ImGui::GetCurrentContext()) return false;
  const double now = ImGui::GetTime();
  return now - state_->link_copied_at < 2.5 || now - state_->compare.link_copied_at < 2.5;
}

// ---- 3. draw ---------------------------------------------------------------------

namespace {

void shortcuts(AppState& st, App& app) {
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
  if (!ctrl) return;
  // A text field being edited keeps Ctrl+Z for its own text.
  if (!io.WantTextInput) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
      if (io.KeyShift)
        st.redo();
      else
        st.undo();
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) st.redo();
  }
  // Letters without an ImGuiKey in 1.86: both hosts use GLFW, whose key codes
  // for letters are their upper-case ASCII codes.
  if (ImGui::IsKeyPressed('S', false) && st.host.save_file)
    st.host.save_file(st.file_stem() + ".json", "application/json", app.scenario_json());
  if (ImGui::IsKeyPressed('O', false)) st.request_open_file(false);
}

bool draw_inputs(AppState& st) {
  bool changed = false;
  Scenario& s = st.scenario;
  if (!ImGui::BeginTabBar("inputs_tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) return false;
  struct Tab {
    const char* name;
    int kind;
  };
  const Tab tabs[] = {{"Segments", 0}, {"Plan", 1},      {"Models", 2},      {"Tiers", 3},
                      {"Capacity", 4}, {"Readiness", 5}, {"Adjustments", 6}, {"Organisation", 7}};
  for (const Tab& t : tabs) {
    const bool open = ImGui::BeginTabItem(t.name);
    record_item_rect(std::string("tab.") + t.name);
    if (!open) continue;
    ImGui::BeginChild("##tab_body", ImVec2(0, 0), false);
    switch (t.kind) {
      case 0:
        changed |= draw_segments_panel(s, st.selection);
        break;
      case 1:
        changed |= draw_plan_panel(s, st.selection);
        break;
      case 2:
        changed |= draw_models_panel(s, st.selection);
        break;
      case 3:
        changed |= draw_tiers_panel(s);
        break;
      case 4:
        changed |= draw_capacity_panel(s);
        break;
      case 5:
        changed |= draw_readiness_panel(s);
        break;
      case 6:
        changed |= draw_adjustments_panel(s);
        break;
      default:
        changed |= draw_organisation_panel(s);
        break;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  return changed;
}

// Carries out what the user asked for in the Compare tab.
void compare_requests(AppState& st, App& app, const CompareRequests& rq) {
  CompareUi& ui = st.compare;
  if (!rq.preset.empty() && !app.compare_with_preset(rq.preset))
    ui.message = "There is no preset named " + rq.preset + ".";
  if (rq.open_file) st.request_open_file(true);
  if (rq.open_link) {
    Scenario other;
    io::DecodedLink info;
    if (io::decode_link(ui.link_input, other, info)) {
      set_compare_other(ui, other, "from a pasted link");
      ui.link_input.clear();
      st.recompute();
    } else {
      ui.message = "That link could not be opened: " + info.message +
                   (info.issues.empty() ? "" : " (" + info.issues.front().text() + ")") + ".";
    }
  }
  if (rq.copy_link && st.host.copy_text && st.host.link_for) {
    st.host.copy_text(st.host.link_for(app.comparison_link_fragment()));
    ui.link_copied_at = ImGui::GetTime();
  }
  if (rq.clear) app.clear_comparison();
}

void draw_results_area(AppState& st, App& app) {
  // A plan picked on the frontier or found by goal seek replaces the
  // scenario as one undoable step.
  auto uncertainty_tab = [&st] {
    Scenario adopt;
    if (draw_uncertainty_tab(st.uncertainty, st.scenario, st.revision, adopt)) st.replace(adopt);
  };
  auto compare_tab = [&st, &app] {
    CompareRequests rq;
    const CompareHost host{static_cast<bool>(st.host.request_open_file),
                           st.host.copy_text && st.host.link_for};
    draw_compare_tab(st.compare, st.scenario, st.result, st.charts, st.presets, host, rq);
    compare_requests(st, app, rq);
  };
  const bool select_compare = st.compare.select_tab;
  st.compare.select_tab = false;
  draw_results(st.scenario, st.result, st.charts, st.issues, st.results_ui,
               {{"Uncertainty", uncertainty_tab}, {"Compare", compare_tab, select_compare}});
}

}  // namespace

void App::draw() {
  AppState& st = *state_;
  set_rect_map(&st.rects);
  st.rects.rects.clear();
  use_fonts(st.fonts);
  if (st.pending_theme) {
    apply_theme(st.dark, st.scale);
    st.pending_theme = false;
  }
  shortcuts(st, *this);
  draw_menu_bar(st, *this);
  // Sampling advances a slice per frame (~7 ms, leaving room to draw within ~10 ms).
  const auto work_start = std::chrono::steady_clock::now();
  st.uncertainty_busy = uncertainty_work(st.uncertainty, st.scenario, st.issues.empty(), st.revision);
  st.uncertainty_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - work_start).count();

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##planner", nullptr, flags);
  draw_error_banner(st);

  // The headline goes on top but is drawn last, after this frame's edits were
  // recomputed: reserve its space now.
  const ImVec2 head_min = ImGui::GetCursorScreenPos();
  const float head_h = headline_height();
  ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, head_h));
  const ImVec2 head_max(head_min.x + ImGui::GetItemRectSize().x, head_min.y + head_h);

  if (st.summary_view) {
    ImGui::BeginChild("##results", ImVec2(0, 0), true);
    draw_results_area(st, *this);
    ImGui::EndChild();
  } else if (ImGui::BeginTable("##layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV,
                               ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, 0.52f);
    ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 0.48f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::BeginChild("##inputs", ImVec2(0, 0), false);
    if (draw_inputs(st)) st.note_edit();
    ImGui::EndChild();
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##results", ImVec2(0, 0), false);
    draw_results_area(st, *this);
    ImGui::EndChild();
    ImGui::EndTable();
  }
  draw_headline(head_min, head_max, st.scenario, st.result, st.issues.empty(),
                static_cast<int>(st.issues.size()), st.results_ui.economic_leads);
  ImGui::End();

  st.close_step_if_idle(ImGui::IsAnyItemActive());
  set_rect_map(nullptr);
}

// ---- 4. JSON, files, links, hooks ---------------------------------------------------

std::string App::results_json() const {
  const AppState& st = *state_;
  if (st.issues.empty()) return io::result_to_json(st.scenario, st.view_case, st.result);
  nlohmann::json doc;
  doc["case"] = io::case_name(st.view_case);
  doc["error"] = "invalid scenario";
  nlohmann::json list = nlohmann::json::array();
  for (const Issue& i : st.issues) list.push_back({{"path", i.path}, {"message", i.message}});
  doc["issues"] = list;
  return doc.dump();
}

std::string App::scenario_json() const { return io::scenario_to_json(state_->scenario, true); }

bool App::set_scenario_json(const std::string& json) {
  if (!state_->load_json(json, "The scenario could not be loaded")) return false;
  state_->preset_name.clear();
  return true;
}

std::string App::last_error() const { return state_->error; }
void App::show_notice(const std::string& text) { state_->notice = text; }

void App::open_file_bytes(const std::string& filename, const std::string& bytes) {
  AppState& st = *state_;
  if (st.compare.open_file_pending) {  // asked for from the Compare tab
    st.compare.open_file_pending = false;
    Scenario other;
    std::vector<Issue> found;
    if (!io::scenario_from_json(bytes, other, found)) {
      st.compare.message = "Could not compare with " + filename + ": " +
                           (found.empty() ? std::string("not a scenario file") : found.front().text()) +
                           (found.size() > 1 ? " (and " + std::to_string(found.size() - 1) + " more)" : "") +
                           ".";
      return;
    }
    set_compare_other(st.compare, other, "file " + filename);
    st.recompute();
    return;
  }
  if (st.load_json(bytes, "Could not open " + filename)) st.preset_name.clear();
}

std::string App::link_fragment() const { return io::encode_link_fragment(state_->scenario); }

bool App::open_link_fragment(const std::string& fragment) {
  AppState& st = *state_;
  Scenario s;
  io::DecodedLink info;
  if (!io::decode_link(fragment, s, info)) {
    st.error = "This link could not be opened: " + info.message;
    if (!info.issues.empty()) st.error += " (" + info.issues.front().text() + ")";
    if (!st.error.empty() && st.error.back() != '.') st.error += '.';
    st.error += " Your current plan is unchanged.";
    return false;
  }
  st.error.clear();
  st.replace(s);
  st.preset_name.clear();
  st.unedited_link = true;
  st.summary_view = info.view == "summary";
  if (info.has_comparison) {
    // The second plan ("b="): broken, it gets its own message and the main plan stays open.
    Scenario other;
    io::DecodedLink second;
    if (io::decode_comparison_link(fragment, other, second)) {
      set_compare_other(st.compare, other, "from the link");
      st.recompute();
    } else {
      st.error = "The plan to compare with in this link could not be opened: " + second.message;
      if (!second.issues.empty()) st.error += " (" + second.issues.front().text() + ")";
      if (st.error.back() != '.') st.error += '.';
      st.error += " The link's main plan is open.";
    }
  }
  return true;
}

unsigned long App::revision() const { return state_->revision; }
bool App::showing_unedited_link() const { return state_->unedited_link; }

std::string App::item_rects_json() const {
  nlohmann::json doc = nlohmann::json::object();
  for (const auto& [id, r] : state_->rects.rects) doc[id] = {r.x, r.y, r.z, r.w};
  return doc.dump();
}

double App::last_recompute_ms() const { return state_->recompute_ms; }
double App::last_uncertainty_work_ms() const { return state_->uncertainty_ms; }

std::string App::uncertainty_json() const {
  return planner::ui::uncertainty_json(state_->uncertainty, state_->scenario);
}

std::string App::comparison_json() const {
  return planner::ui::comparison_json(state_->compare, state_->view_case);
}

std::string App::comparison_link_fragment() const {
  const AppState& st = *state_;
  if (!st.compare.active) return "";
  return io::encode_comparison_fragment(st.scenario, st.compare.other);
}

bool App::compare_with_preset(const std::string& name) {
  Scenario s;
  if (!io::load_preset(name, s)) return false;
  set_compare_other(state_->compare, s, "preset " + name);
  state_->recompute();
  return true;
}

void App::clear_comparison() { clear_compare(state_->compare); }
unsigned long App::comparison_revision() const { return state_->compare.revision; }
std::string App::url_fragment() const {
  return state_->compare.active ? comparison_link_fragment() : link_fragment();
}

bool App::open_preset(const std::string& name) {
  Scenario s;
  if (!io::load_preset(name, s)) return false;
  state_->error.clear();
  state_->replace(s);
  state_->preset_name = name;
  return true;
}

}  // namespace planner::ui
