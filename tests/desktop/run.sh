#!/usr/bin/env bash
# tests/desktop/run.sh — desktop smoke test under Xvfb, acting as a user:
#   1. open a scenario file (--open), screenshot
#   2. double-click the first headcount cell, type 250, Enter (real X input via xdotool), screenshot
#   3. Ctrl+Z, check the results went back; Ctrl+Shift+Z, check the edit is back
#      (the figures on screen, through --results-out)
#   4. quit (SIGTERM -> clean exit), check the results file and the autosave
#   4b. the autosave guard: opening a link (--link) leaves the autosave alone;
#      a start without the link shows my plan; editing the link's plan saves it
#   5. the default scenario in light and dark at 1280x720 and 2560x1440 (scale 2)
#   6. idle: no frames drawn without input (CPU time stays flat)
# Screenshots go to build/screenshots/desktop-*.png.
# PLANNER_DESKTOP overrides the binary (default build/native/shell/desktop/planner-desktop),
# PLANNER_CLI the CLI that makes a link (default build/native/shell/cli/planner-cli).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
bin="${PLANNER_DESKTOP:-build/native/shell/desktop/planner-desktop}"
shots=build/screenshots
mkdir -p "$shots"
work="$(mktemp -d)"
fail() { echo "desktop: FAIL: $*" >&2; exit 1; }
cli="${PLANNER_CLI:-build/native/shell/cli/planner-cli}"
[ -x "$bin" ] || fail "no desktop binary at $bin (build it: scripts/build.sh native planner-desktop)"
[ -x "$cli" ] || fail "no CLI at $cli (build it: scripts/build.sh native planner-cli)"
for tool in Xvfb xdotool convert python3; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

# ---- a free X display ---------------------------------------------------------
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display between :90 and :140"
Xvfb "$display" -screen 0 2600x1500x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] && echo "work dir kept: $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY="$display"

json() {  # json FILE PYTHON-EXPRESSION-ON-d
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}
not_blank() {  # a UI has many colours; a blank or failed frame has one or two
  local colours
  colours="$(convert "$1" -format '%k' info:)"
  [ "$colours" -gt 50 ] || fail "$1 looks blank ($colours colours)"
}
wait_for() {  # wait_for SECONDS COMMAND...
  local end=$((SECONDS + $1)); shift
  until "$@"; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done
}
screenshot() { import -window root -crop "$2+0+0" +repage "$1"; not_blank "$1"; }
rect_centre() {  # rect_centre ID -> "x y"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))[sys.argv[2]]; print(int(r[0]+r[2]/2), int(r[1]+r[3]/2))" \
    "$work/rects.json" "$1"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The figures on screen (--results-out rewrites the file whenever they change).
live() { json "$work/live.json" "$1" 2>/dev/null; }
live_is() { [ "$(live "$1")" = "$2" ]; }        # live_is EXPR VALUE
live_is_not() { local v; v="$(live "$1")"; [ -n "$v" ] && [ "$v" != "$2" ]; }
totals_of() { json "$1" "json.dumps(d['totals'], sort_keys=True)"; }
# Types VALUE into the first headcount cell as a user would (real X input):
# a plain click opens the number for typing, its text selected; type; Enter.
# Press and release are apart so each lands in its own frame even when
# software rendering is slow (a frame can take 100-300 ms under Xvfb on a
# loaded machine), and a key must not share a frame with the next one.
type_headcount() {
  local x y
  read -r x y < <(rect_centre segments.0.headcount)
  xdotool mousemove "$x" "$y"; sleep 0.3
  xdotool mousedown 1; sleep 0.3; xdotool mouseup 1; sleep 1.0
  xdotool type --delay 300 "$1"; sleep 1.0
  xdotool key Return
}

scenario=src/presets/leland-200-per-week.json
[ -f "$scenario" ] || scenario="$(ls src/presets/*.json | head -1)"

# ---- 1. open ---------------------------------------------------------------------
"$bin" --open "$scenario" --size 1280x720 --scale 1 --config-dir "$work/config" --save-dir "$work/saved" \
  --rects-out "$work/rects.json" --results-out "$work/live.json" --dump-results "$work/results.json" >"$work/app.log" 2>&1 &
app_pid=$!
wait_for 20 grep -q 'segments.0.headcount' "$work/rects.json" 2>/dev/null || fail "the window never drew its segments table"
sleep 0.5
screenshot "$shots/desktop-1-opened.png" 1280x720

# Reference figures: the same file without edits, straight to --dump-results.
"$bin" --open "$scenario" --no-autosave --frames 3 --dump-results "$work/base.json" >/dev/null 2>&1
base_cost="$(json "$work/base.json" "d['totals']['incremental_cost']")"
base_title="$(json "$work/base.json" "d.get('scenario', '')")"
base_totals="$(totals_of "$work/base.json")"
wait_for 10 live_is "json.dumps(d['totals'], sort_keys=True)" "$base_totals" \
  || fail "the window's figures ($(live "d['totals']['incremental_cost']")) are not the opened file's ($base_cost)"

# ---- 2. edit: type a headcount ----------------------------------------------------------
type_headcount 250
wait_for 10 live_is_not "d['totals']['incremental_cost']" "$base_cost" \
  || fail "typing a headcount did not change the figures on screen (incremental cost $base_cost)"
edited_totals="$(totals_of "$work/live.json")"
edited_cost="$(live "d['totals']['incremental_cost']")"
screenshot "$shots/desktop-2-edited.png" 1280x720

# ---- 3. undo and redo with the keyboard -------------------------------------------------
xdotool mousemove 1000 700; sleep 0.2
xdotool key --delay 300 ctrl+z
wait_for 10 live_is "json.dumps(d['totals'], sort_keys=True)" "$base_totals" \
  || fail "Ctrl+Z did not restore the figures: incremental cost $(live "d['totals']['incremental_cost']"), want $base_cost"
screenshot "$shots/desktop-3-undone.png" 1280x720
xdotool key --delay 300 ctrl+shift+z
wait_for 10 live_is "json.dumps(d['totals'], sort_keys=True)" "$edited_totals" \
  || fail "Ctrl+Shift+Z did not bring the edit back: incremental cost $(live "d['totals']['incremental_cost']"), want $edited_cost"

# ---- 4. quit and check ---------------------------------------------------------------------
kill -TERM "$app_pid"
wait_for 10 bash -c "! kill -0 $app_pid 2>/dev/null" || fail "the app did not exit on SIGTERM"
app_pid=""
[ -s "$work/results.json" ] || fail "no results written on exit"
cost="$(json "$work/results.json" "d['totals']['incremental_cost']")"
title="$(json "$work/results.json" "d.get('scenario', '')")"
[ "$title" = "$base_title" ] || fail "opened '$title', expected '$base_title' from $scenario"
[ "$cost" != "$base_cost" ] || fail "the edit did not change the incremental cost ($cost)"
[ "$(totals_of "$work/results.json")" = "$edited_totals" ] || fail "the results on exit are not the redone edit's"
[ -s "$work/config/autosave.json" ] || fail "no autosave written after an edit"
headcount="$(json "$work/config/autosave.json" "d['segments'][0]['headcount']")"
[ "$headcount" = 250 ] || fail "autosave has headcount $headcount, expected 250 (typed, undone, redone)"
echo "desktop: opened '$title'; incremental cost $base_cost -> $cost after typing headcount 250;" \
  "Ctrl+Z gave back the opened figures, Ctrl+Shift+Z the edited ones"

# ---- 4b. the autosave guard --------------------------------------------------------------
# My plan A is autosaved (headcount 250). Someone's link to plan B:
link_b="$("$cli" export --preset aie-rollout --as link)"
title_b="$("$cli" export --preset aie-rollout --as json | python3 -c "import json,sys; print(json.load(sys.stdin)['title'])")"
[ "$title_b" != "$title" ] || fail "plans A and B should differ"
cp "$work/config/autosave.json" "$work/autosave-a.json"
"$bin" --config-dir "$work/config" --link "$link_b" --frames 5 --dump-results "$work/b.json" >/dev/null 2>&1 \
  || fail "the app failed to open a link"
[ "$(json "$work/b.json" "d['scenario']")" = "$title_b" ] || fail "--link did not open plan B"
cmp -s "$work/config/autosave.json" "$work/autosave-a.json" || fail "opening a link overwrote the autosave"
"$bin" --config-dir "$work/config" --frames 5 --dump-results "$work/a-again.json" >/dev/null 2>&1
[ "$(json "$work/a-again.json" "d['scenario']")" = "$title" ] || fail "a start without the link did not open my plan A"
[ "$(totals_of "$work/a-again.json")" = "$edited_totals" ] || fail "a start without the link shows other figures than my plan A"
# Editing B makes it mine.
rm -f "$work/rects.json" "$work/live.json"
"$bin" --config-dir "$work/config" --link "$link_b" --size 1280x720 --scale 1 --save-dir "$work/saved" \
  --rects-out "$work/rects.json" --results-out "$work/live.json" >"$work/app-b.log" 2>&1 &
app_pid=$!
wait_for 20 grep -q 'segments.0.headcount' "$work/rects.json" 2>/dev/null || fail "the link's window never drew its segments table"
wait_for 10 test -s "$work/live.json" || fail "no figures from the link's window"
b_cost="$(live "d['totals']['incremental_cost']")"
type_headcount 123
wait_for 10 live_is_not "d['totals']['incremental_cost']" "$b_cost" || fail "typing into plan B changed nothing"
kill -TERM "$app_pid"
wait_for 10 bash -c "! kill -0 $app_pid 2>/dev/null" || fail "the app did not exit on SIGTERM"
app_pid=""
[ "$(json "$work/config/autosave.json" "d['title']")" = "$title_b" ] || fail "the edited plan B was not autosaved"
[ "$(json "$work/config/autosave.json" "d['segments'][0]['headcount']")" = 123 ] || fail "the autosave lacks B's edit"
"$bin" --config-dir "$work/config" --frames 5 --dump-results "$work/b-again.json" >/dev/null 2>&1
[ "$(json "$work/b-again.json" "d['scenario']")" = "$title_b" ] || fail "after editing B, a start without the link did not open B"
echo "desktop: autosave guard ok (a link left plan A saved; editing plan B saved B)"

# ---- 5. themes and sizes ------------------------------------------------------------------
for theme in light dark; do
  "$bin" --no-autosave --preset default --theme "$theme" --size 1280x720 --scale 1 --frames 4 \
    --screenshot "$shots/desktop-$theme-1280x720.png" >/dev/null 2>&1 || fail "screenshot $theme 1280x720"
  not_blank "$shots/desktop-$theme-1280x720.png"
  "$bin" --no-autosave --preset default --theme "$theme" --size 2560x1440 --scale 2 --frames 4 \
    --screenshot "$shots/desktop-$theme-2560x1440.png" >/dev/null 2>&1 || fail "screenshot $theme 2560x1440"
  not_blank "$shots/desktop-$theme-2560x1440.png"
done

# ---- 6. idle ---------------------------------------------------------------------------------
"$bin" --no-autosave --preset default --size 1280x720 >/dev/null 2>&1 &
app_pid=$!
# The Monte Carlo of the start-up plan runs a slice per frame first (frames
# keep coming while it samples); then the window must sleep.
sleep 8
t0="$(cpu_ticks "$app_pid")"
sleep 3
t1="$(cpu_ticks "$app_pid")"
kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "desktop: CPU while idle for 3 s: $((t1 - t0)) ticks"
[ $((t1 - t0)) -le 30 ] || fail "the idle window used $((t1 - t0)) CPU ticks in 3 s (it should sleep)"

echo "desktop: ok (screenshots in $shots/desktop-*.png)"
