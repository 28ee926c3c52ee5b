#!/usr/bin/env bash
# tests/desktop/import.sh — the desktop's --import (issue 13) under Xvfb:
#   1. a semicolon CSV with a title row replaces the default plan's segments
#      (figures from the results the app dumps on exit), screenshot
#   2. a file with a bad salary leaves the plan as it was
#   3. months of actuals by segment (a Team column) set the same actuals as
#      `planner-cli import --actuals --into` (read from the app's autosave)
# Screenshots: build/screenshots/desktop-import.png, desktop-import-actuals-by-segment.png.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
bin="${PLANNER_DESKTOP:-build/native/shell/desktop/planner-desktop}"
[ -x "$bin" ] || { echo "desktop import: FAIL: no $bin (scripts/build.sh native planner-desktop)"; exit 1; }
work="$(mktemp -d)"
display=""
for n in $(seq 141 160); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
mkdir -p build/screenshots
run() { DISPLAY="$display" timeout 60 "$bin" --no-autosave --config-dir "$work/cfg" --preset default --frames 8 "$@"; }
printf 'HR export\r\nEmployee ID;Department;Manager ID;Annual salary\r\n1;Legal;;120000\r\n2;Legal;1;65000\r\n3;IT;1;95000\r\n' >"$work/staff.csv"
run --import "$work/staff.csv" --screenshot build/screenshots/desktop-import.png --dump-results "$work/imported.json"
# The figures on screen are those of the same import through the CLI.
"${PLANNER_CLI:-build/native/shell/cli/planner-cli}" import "$work/staff.csv" --preset default >"$work/cli.json" 2>/dev/null
"${PLANNER_CLI:-build/native/shell/cli/planner-cli}" report "$work/cli.json" --json >"$work/cli-results.json"
python3 - "$work/imported.json" "$work/cli-results.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a == b, "desktop --import and planner-cli import give different results"
print("ok   desktop --import: results identical to planner-cli import; learners", a["totals"]["learners"])
PY
printf 'Department,Annual salary\nLegal,eighty\n' >"$work/bad.csv"
run --dump-results "$work/before.json"
run --import "$work/bad.csv" --dump-results "$work/after.json"
python3 - "$work/before.json" "$work/after.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a == b, "a failed import changed the plan"
print("ok   desktop --import of a bad file leaves the plan's results as they were")
PY
printf 'Month,Team,Spend,Applying T1,Applying T2,Applying T3\n2027-01,Sales,12000,4,0,0\n2027-01,Engineering,15000,5,0,0\n2027-02,hr & legal,3000,2,0,0\n' >"$work/by_team.csv"
DISPLAY="$display" timeout 60 "$bin" --config-dir "$work/seg" --preset default --frames 8 --import "$work/by_team.csv" \
  --screenshot build/screenshots/desktop-import-actuals-by-segment.png
"${PLANNER_CLI:-build/native/shell/cli/planner-cli}" export --preset default --as json >"$work/default.json"
"${PLANNER_CLI:-build/native/shell/cli/planner-cli}" import "$work/by_team.csv" --actuals --into "$work/default.json" >"$work/cli-seg.json" 2>/dev/null
python3 - "$work/seg/autosave.json" "$work/cli-seg.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["actuals"] == b["actuals"], "desktop --import of actuals by segment differs from planner-cli import --actuals"
assert [g["segment"] for g in a["actuals"]["months"][0]["segments"]] == [2, 3]
print("ok   desktop --import of actuals by segment: the actuals are planner-cli import --actuals --into's")
PY
