# tests/cli/actuals_checks.sh: `planner-cli import FILE --actuals` (issue 15),
# sourced by tests/cli/run.sh (uses its CLI, tmp, ok, bad, expect_exit,
# json_get and check_figure). The files are written here (XLSX by openpyxl).

echo "== import --actuals: months of actuals from CSV and XLSX into a plan"
cat >"$tmp/actuals.csv" <<'CSV'
Actuals for the CFO,,,,,,,,,,
Month,Spend,Enrolled AI Literacy,Enrolled AI Fluency,Enrolled AI Integration,Applying Literacy,Applying Fluency,Applying Integration,Hours saved per week,Completion,Notes
2027-01,"$38,000",250,20,0,0,0,0,0,,first month
Feb 2027,63000,250,40,0,20,0,0,40,80,
2027-03,45000,250,60,0,42,0,0,120,88,
CSV
"$CLI" import "$tmp/actuals.csv" --actuals >"$tmp/with_actuals.json" 2>"$tmp/actuals.err"; rc=$?
if [ $rc = 0 ]; then ok "import --actuals actuals.csv (exit 0)"; else bad "import --actuals: exit $rc" "$(cat "$tmp/actuals.err")"; fi
check_figure "import --actuals: as of plan month 3" "$tmp/with_actuals.json" "d['actuals']['as_of_month']" 3 0
check_figure "import --actuals: \$38,000 read as 38000" "$tmp/with_actuals.json" "d['actuals']['months'][0]['spend']" 38000 0
check_figure "import --actuals: Literacy applying in March" "$tmp/with_actuals.json" "d['actuals']['months'][2]['applying'][0]" 42 0
check_figure "import --actuals: the Completion metric by its name" "$tmp/with_actuals.json" \
  "int(d['actuals']['months'][2]['metrics'] == [{'metric': 0, 'value': 88}])" 1 0
if grep -q "Imported 3 month(s) of actuals; the actuals now run to March 2027" "$tmp/actuals.err" && grep -q 'Column "Notes" is not read' "$tmp/actuals.err"; then
  ok "import --actuals: summary and the unread column on stderr"; else bad "import --actuals summary" "$(cat "$tmp/actuals.err")"; fi
"$CLI" export --preset default --as json >"$tmp/default.json"
python3 - "$tmp/with_actuals.json" "$tmp/default.json" <<'PY' && ok "import --actuals: nothing but the actuals changed" || bad "import --actuals changed more than the actuals"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
a.pop("actuals"); b.pop("actuals", None)
assert a == b, [k for k in a if a[k] != b.get(k)]
PY
"$CLI" report "$tmp/with_actuals.json" --as-of 2027-03 --json >"$tmp/imported_review.json" || bad "report --as-of on the imported plan"
check_figure "import --actuals then report: March's Literacy applying is red" "$tmp/imported_review.json" \
  "int([v['status'] for v in d['variance'] if v['month'] == 3 and v['key'] == 'applying' and v['tier'] == 'AI Literacy'] == ['red'])" 1 0
"$CLI" import "$tmp/actuals.csv" --actuals --into "$tmp/default.json" >"$tmp/into_actuals.json" 2>/dev/null
if cmp -s "$tmp/with_actuals.json" "$tmp/into_actuals.json"; then ok "import --actuals --into PLAN.json = into the default preset"; else bad "import --actuals --into differs"; fi
/usr/bin/python3 - "$tmp/actuals.xlsx" <<'PY' || bad "openpyxl could not write actuals.xlsx"
import sys
from datetime import date
from openpyxl import Workbook
wb = Workbook(); ws = wb.active
ws.append(["Month", "Spend", "Applying T1", "Applying T2", "Applying T3"])
ws.append([date(2027, 1, 1), 38000, 0, 0, 0])
ws.append([date(2027, 2, 15), 63000, 20, 0, 0])
wb.save(sys.argv[1])
PY
"$CLI" import "$tmp/actuals.xlsx" --actuals >"$tmp/xlsx_actuals.json" 2>/dev/null
check_figure "import --actuals actuals.xlsx: dates read as plan months 1 and 2" "$tmp/xlsx_actuals.json" \
  "int([m['month'] for m in d['actuals']['months']] == [1, 2] and d['actuals']['as_of_month'] == 2)" 1 0

printf 'Month,Spend\n2027-13,5\n2027-02,ten\n' >"$tmp/bad_actuals.csv"
expect_exit 1 "import --actuals with bad rows" "$CLI" import "$tmp/bad_actuals.csv" --actuals
if grep -q 'Row 2, column "Month": "2027-13" is not a month' "$tmp/err" && grep -q 'Row 3, column "Spend": "ten" is not a number' "$tmp/err" && [ ! -s "$tmp/out" ]; then
  ok "import --actuals: bad rows named by row, column and value; nothing on stdout"
else bad "import --actuals bad-row messages" "$(cat "$tmp/err")"; fi
printf 'Month,Spend,Enrolled T1,Enrolled T2,Enrolled T3,Completed T1,Completed T2,Completed T3\n2027-01,5,10,0,0,20,0,0\n' >"$tmp/model_actuals.csv"
expect_exit 1 "import --actuals: more completed than enrolled" "$CLI" import "$tmp/model_actuals.csv" --actuals
if grep -q "January 2027" "$tmp/err"; then ok "import --actuals: the model's rule names the month: $(sed -n 2p "$tmp/err" | cut -c1-100)"; else bad "model rule message" "$(cat "$tmp/err")"; fi
expect_exit 2 "import --actuals with --group-by" "$CLI" import "$tmp/actuals.csv" --actuals --group-by Department
