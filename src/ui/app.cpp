// app.cpp — map
//   1. AppState: what the view derives from the Document (ui/document.h), which
//      holds the scenario, the undo step, the results and opening
//   2. App: construction, pixel scale, theme
//   3. App::draw: shortcuts, menu, inputs | results layout, headline last
//   4. App: JSON, files, links and test hooks
#include "ui/app.h"

#include <algorithm>
#include <chrono>

#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID: an undo must not be overwritten by a field still holding the old text
#include "io/json_text.h"  // io::Json, the one JSON type (one copy of nlohmann in the wasm)
#include "io/link_codec.h"
#include "io/reader_html.h"
#include "io/result_json.h"
#include "io/scenario_json.h"
#include "ui/announce.h"
#include "ui/app_state.h"
#include "ui/document_reader.h"
#include "ui/field_marks.h"
#include "ui/fonts.h"
#include "ui/panel_actuals.h"
#include "ui/scenario_edits.h"
#include "ui/theme.h"

namespace planner::ui {

// ---- 1. AppState: what the view derives from the document -----------------------

// Said when a preset or a file replaces a plan the user edited.
constexpr const char* kUndoBringsItBack = "Undo (Ctrl+Z) brings your plan back.";

void AppState::refresh(Document::Change why) {
  ++results_revision;
  // Undo, redo and opening replace the scenario: a field still being edited
  // must let go of its old text first, or it would write it back.
  if (why == Document::Change::Replaced && ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  if (doc.valid()) {
    charts = make_chart_data(doc.scenario(), doc.result());
    // Relaxes each constraint: ~50 evaluations.
    charts.binding = binding_constraints(doc.scenario(), doc.view_case());
  }
  compare_changed();
}

void AppState::compare_changed() {
  update_comparison(compare, doc.scenario(), doc.view_case(), doc.result(), doc.valid());
}

void AppState::replace(const Scenario& s) {
  selection = PanelSelection{};
  doc.replace(s);
}

bool AppState::open_json(const std::string& text, const std::string& what) {
  const bool had_edits = doc.has_own_edits();
  if (!doc.open_json(text, what, error)) return false;
  selection = PanelSelection{};
  if (had_edits) notice = std::string("The opened plan replaced your edited one. ") + kUndoBringsItBack;
  return true;
}

void AppState::request_open_file(bool for_compare) {
  if (!host.request_open_file) return;
  compare.open_file_pending = for_compare;
  host.request_open_file();
}

void AppState::ask_preview(const std::string& request) {
  if (host.tools) host.tools("preview", request);
}
std::string AppState::plan_json() const { return io::scenario_to_json(doc.scenario(), false); }
bool AppState::apply(const std::string& plan, const std::string& summary) {
  Scenario s;
  std::vector<Issue> issues;
  if (!io::scenario_from_json(plan, s, issues)) return false;
  replace(s);  // one undo step; the plan's other inputs came through the tools untouched
  notice = summary;
  return true;
}

// ---- 2. App --------------------------------------------------------------------

App::App(HostServices host) : state_(std::make_unique<AppState>()) {
  AppState& st = *state_;
  st.host = std::move(host);
  st.presets = io::list_presets();
  st.doc.set_listener([&st](Document::Change why) { st.refresh(why); });
  st.refresh(Document::Change::Replaced);
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
  if (state_->uncertainty_busy) return true;    // Monte Carlo or frontier still running
  if (state_->import.waiting > 0) return true;  // the import tools are reading (their progress line)
  if (!ImGui::GetCurrentContext()) return false;
  const double now = ImGui::GetTime();
  return now - state_->link_copied_at < 2.5 || now - state_->compare.link_copied_at < 2.5;
}

// ---- 3. draw ---------------------------------------------------------------------

namespace {

// A letter pressed this frame: through ImGuiKey where ImGui 1.86 names the
// letter, else where the host says its backend reports letters (HostServices).
bool letter_pressed(const AppState& st, char letter) {
  const ImGuiKey named[] = {ImGuiKey_A, ImGuiKey_C, ImGuiKey_V, ImGuiKey_X, ImGuiKey_Y, ImGuiKey_Z};
  const char names[] = {'A', 'C', 'V', 'X', 'Y', 'Z'};
  for (int i = 0; i < 6; ++i)
    if (names[i] == letter) return ImGui::IsKeyPressed(ImGui::GetKeyIndex(named[i]), false);
  if (st.host.letter_key_base < 0) return false;
  return ImGui::IsKeyPressed(st.host.letter_key_base + (letter - 'A'), false);
}

void shortcuts(AppState& st, App& app) {
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
  if (!ctrl) return;
  // A text field being edited keeps Ctrl+Z for its own text.
  if (!io.WantTextInput) {
    if (letter_pressed(st, 'Z')) {
      if (io.KeyShift)
        st.doc.redo();
      else
        st.doc.undo();
    }
    if (letter_pressed(st, 'Y')) st.doc.redo();
  }
  if (letter_pressed(st, 'S') && st.host.save_file)
    st.host.save_file(st.doc.file_stem() + ".json", "application/json", app.scenario_json());
  if (letter_pressed(st, 'O')) st.request_open_file(false);
}

bool draw_inputs(AppState& st) {
  bool changed = false;
  draw_guide(st.guide, st.doc.scenario());
  if (st.guide.go_segment >= 0) st.selection.segment = st.guide.go_segment;
  st.guide.go_segment = -1;
  Scenario& s = st.doc.scenario_for_edit();
  // Scrolling, not shrinking: a narrow screen keeps whole tab names.
  if (!ImGui::BeginTabBar("inputs_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) return false;
  struct Tab {
    const char* name;
    int kind;
    const char* purpose;  // one line under the tab: what it is for
  };
  const Tab tabs[] = {
      {"Segments", 0, "Who learns: teams or roles, their people today and the share to reach each tier."},
      {"Plan", 1, "Which programme takes each segment to each tier (the rest go to the tier's default)."},
      {"Models", 2, "How people learn: each programme's cost, length, grouping and effect, with sources."},
      {"Tiers", 3, "The levels people reach: learning hours, the time saved once applied, success measures."},
      {"Capacity", 4, "What limits the pace: groups at once, coaches, the pilot wave, a monthly spend cap."},
      {"Readiness", 5, "The five foundations that decide how much of the learning is applied at work."},
      {"Adjustments", 6,
       "What a CFO discounts: overhead, contingency, attribution, confidence, skill decay."},
      {"Organisation", 7, "The plan's purpose, currency, calendar and horizon, and the capability target."},
      {"Actuals", 8,
       "What happened, month by month, against the plan; the re-forecast from the as-of month."}};
  for (const Tab& t : tabs) {
    // The guide's "Go to" button brings its tab to the front for one frame.
    const bool go = st.guide.go_tab == t.name;
    const bool open = ImGui::BeginTabItem(t.name, nullptr, go ? ImGuiTabItemFlags_SetSelected : 0);
    record_item_rect(std::string("tab.") + t.name);
    if (!open) continue;
    ImGui::BeginChild("##tab_body", ImVec2(0, 0), false);
    hint(t.purpose);
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
      case 8:  // issue 15: actuals, variance and the re-forecast
        changed |= draw_actuals_panel(s, st.doc.valid() ? &st.doc.result() : nullptr, st.doc.view_case());
        break;
      default:
        changed |= draw_organisation_panel(s);
        break;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  st.guide.go_tab.clear();
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
      st.compare_changed();
    } else {
      ui.message =
          problem_message("That link could not be opened", info.message, RowNames{}, info.issues, "");
    }
  }
  if (rq.copy_link && st.host.copy_text && st.host.link_for) {
    st.host.copy_text(st.host.link_for(app.comparison_link_fragment()));
    ui.link_copied_at = ImGui::GetTime();
  }
  if (rq.clear) app.clear_comparison();
  if (rq.basis) st.compare_changed();  // plan or forecast (issue 15)
}

void draw_results_area(AppState& st, App& app) {
  // A plan picked on the frontier or found by goal seek replaces the
  // scenario as one undoable step.
  auto uncertainty_tab = [&st] {
    Scenario adopt;
    if (draw_uncertainty_tab(st.uncertainty, st.doc.scenario(), st.doc.revision(), adopt)) st.replace(adopt);
  };
  auto checklist_tab = [&st] { draw_checklist(st.guide, st.doc.scenario()); };
  auto compare_tab = [&st, &app] {
    CompareRequests rq;
    const CompareHost host{static_cast<bool>(st.host.request_open_file),
                           st.host.copy_text && st.host.link_for};
    draw_compare_tab(st.compare, st.doc.scenario(), st.doc.result(), st.charts, st.presets, host, rq);
    compare_requests(st, app, rq);
  };
  const bool select_compare = st.compare.select_tab;
  st.compare.select_tab = false;
  draw_results(st.doc.shown_scenario(), st.doc.result(), st.charts, st.doc.issue_sentences(), st.results_ui,
               {{"Uncertainty", uncertainty_tab},
                {"Compare", compare_tab, select_compare},
                {"Checklist", checklist_tab}});
}

// Phones: inputs and results side by side would leave each a sliver, so
// they take turns in two tabs of the full width.
bool narrow_layout() { return ImGui::GetContentRegionAvail().x < 40.0f * ImGui::GetFontSize(); }

void draw_narrow_layout(AppState& st, App& app) {
  if (!ImGui::BeginTabBar("##narrow_layout")) return;
  const bool inputs = ImGui::BeginTabItem("Inputs");
  record_item_rect("layout.inputs");
  if (inputs) {
    ImGui::BeginChild("##inputs", ImVec2(0, 0), false);
    if (draw_inputs(st)) st.doc.edited();
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  const bool results = ImGui::BeginTabItem("Results");
  record_item_rect("layout.results");
  if (results) {
    ImGui::BeginChild("##results", ImVec2(0, 0), false);
    draw_results_area(st, app);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace

void App::draw() {
  AppState& st = *state_;
  set_rect_map(&st.rects);
  st.rects.rects.clear();
  current_announcement().focus.clear();  // the focused widget says it again this frame
  use_fonts(st.fonts);
  if (st.pending_theme) {
    apply_theme(st.dark, st.scale);
    st.pending_theme = false;
  }
  shortcuts(st, *this);
  // Panels mark the fields this frame's problems are about (field_marks.h).
  set_field_problems(&st.doc.issues(), &st.doc.issue_sentences());
  set_guide_target(&st.guide);
  draw_menu_bar(st, *this);
  draw_import_dialog(st.import, st);
  // Sampling advances a slice per frame (~7 ms, leaving room to draw within ~10 ms).
  const auto work_start = std::chrono::steady_clock::now();
  st.uncertainty_busy =
      uncertainty_work(st.uncertainty, st.doc.scenario(), st.doc.valid(), st.doc.revision());
  st.uncertainty_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - work_start).count();

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##planner", nullptr, flags);
  draw_error_banner(st);
  WelcomeChoice choice;
  draw_welcome(st.guide, st.presets, choice);
  if (!choice.preset.empty()) open_preset(choice.preset);
  if (choice.blank) {
    Scenario base;
    if (!io::load_preset("default", base)) base = st.doc.scenario();
    st.replace(blank_plan(base));
    st.guide.shown = true;
    st.guide.step = -1;
  }

  // The headline goes on top but is drawn last, after this frame's edits were
  // recomputed: reserve its space now.
  const ImVec2 head_min = ImGui::GetCursorScreenPos();
  // While the plan has problems the headline keeps the last valid plan's figures, marked.
  const std::string not_updated = st.doc.not_updated_note();
  const float head_h = headline_height(
      ImGui::GetContentRegionAvail().x, st.doc.shown_scenario(), st.doc.result(), st.doc.has_result(),
      static_cast<int>(st.doc.issues().size()), st.results_ui.economic_leads, not_updated);
  ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, head_h));
  const ImVec2 head_max(head_min.x + ImGui::GetItemRectSize().x, head_min.y + head_h);

  if (st.summary_view) {
    ImGui::BeginChild("##results", ImVec2(0, 0), true);
    draw_results_area(st, *this);
    ImGui::EndChild();
  } else if (narrow_layout()) {
    draw_narrow_layout(st, *this);
  } else if (ImGui::BeginTable("##layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV,
                               ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupColumn("inputs", ImGuiTableColumnFlags_WidthStretch, 0.52f);
    ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 0.48f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::BeginChild("##inputs", ImVec2(0, 0), false);
    if (draw_inputs(st)) st.doc.edited();
    ImGui::EndChild();
    ImGui::TableSetColumnIndex(1);
    ImGui::BeginChild("##results", ImVec2(0, 0), false);
    draw_results_area(st, *this);
    ImGui::EndChild();
    ImGui::EndTable();
  }
  draw_headline(head_min, head_max, st.doc.shown_scenario(), st.doc.result(), st.doc.has_result(),
                static_cast<int>(st.doc.issues().size()), st.results_ui.economic_leads,
                st.doc.not_updated_note());
  ImGui::End();

  st.doc.close_step(ImGui::IsAnyItemActive());
  set_field_problems(nullptr, nullptr);
  set_guide_target(nullptr);
  set_rect_map(nullptr);
}

// ---- 4. JSON, files, links, hooks ---------------------------------------------------

std::string App::results_json() const {
  const AppState& st = *state_;
  const Document& d = st.doc;
  if (d.valid()) return io::result_to_json(d.scenario(), d.view_case(), d.result());
  io::Json doc;
  doc["case"] = io::case_name(d.view_case());
  doc["error"] = "invalid scenario";
  io::Json list = io::Json::array();
  for (const Issue& i : d.issues()) list.push_back({{"path", i.path}, {"message", i.message}});
  doc["issues"] = list;
  return io::dump_json(doc, false);
}

std::string App::scenario_json() const { return state_->doc.json(true); }

bool App::set_scenario_json(const std::string& json) {
  return state_->open_json(json, "The scenario could not be loaded");
}

std::string App::last_error() const { return state_->error; }
std::string App::last_notice() const { return state_->notice; }
void App::show_notice(const std::string& text) { state_->notice = text; }
void App::first_visit() { state_->guide.welcome = true; }

void App::open_file_bytes(const std::string& filename, const std::string& bytes) {
  AppState& st = *state_;
  if (st.compare.open_file_pending) {  // asked for from the Compare tab
    st.compare.open_file_pending = false;
    Scenario other;
    std::vector<Issue> found;
    if (!io::scenario_from_json(bytes, other, found)) {
      st.compare.message =
          problem_message("Could not compare with " + filename, "", RowNames::of_json(bytes), found, "");
      return;
    }
    set_compare_other(st.compare, other, "file " + filename);
    st.compare_changed();
    return;
  }
  st.open_json(bytes, "Could not open " + filename);
}

void App::tools_reply(const std::string& op, const std::string& reply) {
  AppState& st = *state_;
  if (op == "loading") {
    import_file_loading(st.import, reply);
  } else if (op == "load") {
    import_file_loaded(st.import, reply, st);
  } else if (op == "preview") {
    import_preview_arrived(st.import, reply);
  } else {  // "paste", "workbook"
    const ImportPreviewView r = read_preview_reply(reply);
    std::string problems;
    for (const std::string& p : r.problems) problems += "\n" + p;
    Scenario s;
    std::vector<Issue> issues;
    if (op == "paste" && r.ok && io::scenario_from_json(r.scenario_json, s, issues)) {
      st.replace(s);  // one undo step
      st.notice = "Pasted: " + r.summary + ".";
    } else if (op == "paste") {
      st.error = "The pasted rows were not used; the table is unchanged." + problems;
    } else if (!r.ok) {
      st.error = "The workbook could not be written; your plan is unchanged." + problems;
    }
  }
}

std::string App::link_fragment() const { return state_->doc.link_fragment(); }

bool App::open_link_fragment(const std::string& fragment) {
  AppState& st = *state_;
  io::DecodedLink info;
  // A reader link opens the summary even when broken: the reader then shows
  // the message beside the plan that stayed open (the autosave).
  const bool opened = st.doc.open_link(fragment, st.error, &info);
  st.summary_view = info.view == "summary";
  if (!opened) return false;
  st.selection = PanelSelection{};
  if (info.has_comparison) {
    // The second plan ("b="): broken, it gets its own message and the main plan stays open.
    Scenario other;
    io::DecodedLink second;
    if (io::decode_comparison_link(fragment, other, second)) {
      set_compare_other(st.compare, other, "from the link");
      st.compare_changed();
    } else {
      st.error = problem_message("The plan to compare with in this link could not be opened", second.message,
                                 RowNames{}, second.issues, "The link's main plan is open.");
    }
  }
  return true;
}

unsigned long App::revision() const { return state_->doc.revision(); }
bool App::showing_unedited_link() const { return state_->doc.showing_unedited_link(); }

std::string App::item_rects_json() const {
  io::Json doc = io::Json::object();
  for (const auto& [id, r] : state_->rects.rects) doc[id] = {r.x, r.y, r.z, r.w};
  return io::dump_json(doc, false);
}

double App::last_recompute_ms() const { return state_->doc.recompute_ms(); }
double App::last_uncertainty_work_ms() const { return state_->uncertainty_ms; }

std::string App::uncertainty_json() const {
  return planner::ui::uncertainty_json(state_->uncertainty, state_->doc.scenario());
}

std::string App::comparison_json() const {
  return planner::ui::comparison_json(state_->compare, state_->doc.view_case());
}

std::string App::comparison_link_fragment() const {
  const AppState& st = *state_;
  if (!st.compare.active) return "";
  return io::encode_comparison_fragment(st.doc.scenario(), st.compare.other);
}

bool App::compare_with_preset(const std::string& name) {
  Scenario s;
  if (!io::load_preset(name, s)) return false;
  set_compare_other(state_->compare, s, "preset " + name);
  state_->compare_changed();
  return true;
}

void App::clear_comparison() { clear_compare(state_->compare); }
unsigned long App::comparison_revision() const { return state_->compare.revision; }
std::string App::url_fragment() const {
  return state_->compare.active ? comparison_link_fragment() : link_fragment();
}

std::string App::reader_html() const { return document_reader_html(state_->doc); }

unsigned long App::results_revision() const { return state_->results_revision; }
Case App::view_case() const { return state_->doc.view_case(); }
void App::set_view_case(Case c) { state_->doc.set_case(c); }

bool App::take_summary_request() {
  const bool asked = state_->summary_view;
  state_->summary_view = false;
  return asked;
}

bool App::open_preset(const std::string& name) {
  AppState& st = *state_;
  const bool had_edits = st.doc.has_own_edits();
  if (!st.doc.open_preset(name)) return false;
  st.selection = PanelSelection{};
  st.error.clear();
  if (had_edits) st.notice = "The preset replaced your edited plan. " + std::string(kUndoBringsItBack);
  return true;
}

}  // namespace planner::ui
