#!/usr/bin/env bash
# tests/cli/workbook.sh: the workbook out (`export --as xlsx`, read back with
# Debian's python3-openpyxl) and the heat map in `report --json`, through the
# real planner-cli. Every check prints "ok" or "FAIL"; exits 1 if any failed.
#   CLI=path/to/planner-cli tests/cli/workbook.sh
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
CLI="${CLI:-build/native/shell/cli/planner-cli}"
PY=/usr/bin/python3  # Debian's: openpyxl (pyenv's python3 on PATH has none)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && echo "     $2"; }

echo "== report --json: the capability heat map"
"$CLI" report --preset default --json --heat-map >"$tmp/default.json" || bad "report --json --heat-map failed"
"$CLI" report --preset default --json --heat-map-month 3 >"$tmp/month3.json" || bad "report --heat-map-month 3 failed"
if $PY - "$tmp/default.json" "$tmp/month3.json" <<'PY'; then ok "heat_map: month, thresholds, rows sorted by gap, shares in [0, 1], plan never below today"; else bad "heat_map malformed"; fi
import json, sys
d = json.load(open(sys.argv[1])); h = d["heat_map"]
assert h["month"] == 12, h["month"]  # the default preset's target month
assert h["thresholds"] == {"green_max_gap": 0.0, "amber_max_gap": 0.1}, h["thresholds"]
gaps = [r["gap"] for r in h["rows"]]
assert gaps == sorted(gaps, reverse=True), gaps
assert len(h["rows"]) == 6
for r in h["rows"]:
    assert r["gap"] == max(t["gap"] for t in r["tiers"])
    for t in r["tiers"]:
        assert 0 <= t["current"] <= t["plan"] + 1e-12 <= 1 + 1e-12, t
        want = "green" if t["gap"] <= 1e-9 else "amber" if t["gap"] <= 0.1 + 1e-9 else "red"
        assert t["status"] == want, t
assert json.load(open(sys.argv[2]))["heat_map"]["month"] == 3
PY
# Without --heat-map the document stays the page's window.planner.results().
if "$CLI" report --preset default --json | $PY -c "import json,sys; sys.exit('heat_map' in json.load(sys.stdin))"; then
  ok "report --json alone has no heat_map (= window.planner.results())"; else bad "report --json alone carries heat_map"; fi
expect_usage() {
  "$CLI" "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ $rc = 2 ] && grep -q "heat-map-month must be a month from 1 to 36" "$tmp/err"; then ok "$* -> exit 2: $(head -1 "$tmp/err")"
  else bad "$*: exit $rc" "$(head -2 "$tmp/err")"; fi
}
expect_usage report --preset default --json --heat-map-month 37
expect_usage report --preset default --json --heat-map-month two

echo "== export --as xlsx, read back with openpyxl"
if ! "$CLI" export --preset default --as xlsx >"$tmp/plan.xlsx" 2>"$tmp/err"; then
  bad "export --as xlsx failed" "$(head -2 "$tmp/err")"
elif ! $PY -c "import openpyxl" 2>/dev/null; then
  bad "python3-openpyxl is missing (scripts/setup.sh installs it)"
else
  $PY - "$tmp/plan.xlsx" "$tmp/default.json" <<'PY' && ok "workbook: six sheets, values match report --json, currency and % formats, frozen headers" || bad "workbook read back wrong"
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
d = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Summary", "Monthly", "Schedule", "Segments", "Heat map", "Assumptions & sources"], wb.sheetnames
money = '"$"#,##0.00;-"$"#,##0.00'
# Summary: every figure by key, money to the cent.
summary = wb["Summary"]
assert summary.freeze_panes == "A7", summary.freeze_panes
rows = {r[2].value: r[1] for r in summary.iter_rows(min_row=7) if r[2].value}
for key in ("cash_cost", "incremental_cost", "economic_cost", "benefits", "npv"):
    cell = rows[key]
    assert cell.number_format == money, (key, cell.number_format)
    assert abs(cell.value - d["totals"][key]) <= 0.005 + 1e-9 and abs(cell.value * 100 - round(cell.value * 100)) < 1e-6, (key, cell.value, d["totals"][key])
roi = rows["roi_pct"]
assert roi.number_format == "0.0%" and abs(roi.value - d["totals"]["roi_pct"] / 100) < 1e-4, (roi.value, roi.number_format)
# Monthly: one row per month, incremental cost to the cent, no float noise.
monthly = wb["Monthly"]
assert monthly.freeze_panes == "C2", monthly.freeze_panes
assert monthly.max_row == 1 + len(d["monthly"])
head = [c.value for c in monthly[1]]
col = head.index("Incremental cost")
for i, m in enumerate(d["monthly"]):
    cell = monthly.cell(row=i + 2, column=col + 1)
    assert abs(cell.value - m["incremental_cost"]) <= 0.005 + 1e-9 and cell.number_format == money, (i, cell.value)
for row in monthly.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, float):
            assert abs(c.value * 100 - round(c.value * 100)) < 1e-6, (c.coordinate, c.value)
# Schedule: a row per group.
assert wb["Schedule"].max_row == 1 + len(d["schedule"]["groups"]) and wb["Schedule"].freeze_panes == "A2"
# Segments: targets as percentages.
seg = wb["Segments"]
assert seg.freeze_panes == "B2"
target = [c for c in seg[1] if str(c.value).startswith("Target:")][0]
assert seg.cell(row=2, column=target.column).number_format == "0.0%"
# Heat map: the same rows, in the same order, as report --json.
hm = wb["Heat map"]
assert hm.freeze_panes == "B5", hm.freeze_panes
names = [hm.cell(row=5 + i, column=1).value for i in range(len(d["heat_map"]["rows"]))]
assert names == [r["segment"] for r in d["heat_map"]["rows"]], names
first = d["heat_map"]["rows"][0]
assert hm.cell(row=5, column=2).value.startswith(first["status"]), hm.cell(row=5, column=2).value
assert abs(hm.cell(row=5, column=3).value - first["gap"]) < 1e-4
assert hm.cell(row=5, column=2).fill.fgColor.rgb.endswith(("FFC7CE", "FFEB9C", "C6EFCE"))
# Assumptions & sources: the tiers and models with their sources.
a = wb["Assumptions & sources"]
assert a.freeze_panes == "C2"
assert any(r[0].value == "Delivery model" and r[6].value for r in a.iter_rows(min_row=2)), "a model's source"
# Column widths set.
assert summary.column_dimensions["A"].width >= 30
PY
fi
"$CLI" export --preset default --as xlsx --case high >"$tmp/high.xlsx" 2>/dev/null
if [ -s "$tmp/high.xlsx" ] && ! cmp -s "$tmp/plan.xlsx" "$tmp/high.xlsx"; then ok "export --as xlsx --case high differs from likely"; else bad "--case high workbook"; fi
if [ -z "$(ls "${TMPDIR:-/tmp}"/planner-workbook-* 2>/dev/null)" ]; then ok "no temporary file left behind"; else bad "temporary workbook files left in ${TMPDIR:-/tmp}"; fi

echo
echo "workbook and heat map: $pass passed, $fail failed"
[ "$fail" = 0 ]
