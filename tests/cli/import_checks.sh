# tests/cli/import_checks.sh: the `planner-cli import` contract (issue 13),
# sourced by tests/cli/run.sh (uses its CLI, tmp, ok, bad, expect_exit,
# json_get and check_figure). Files are written here, XLSX by openpyxl.

echo "== import: an HR export into a plan (stdout JSON, stderr summary, exit codes)"
printf '\xEF\xBB\xBFHeadcount export\r\n\r\nEmployee ID;Department;Location;Manager ID;Annual salary\r\n1;Legal;NY;;120000\r\n2;Legal;NY;1;65000\r\n3;"IT; Ops";SF;5;95000\r\n4;"IT; Ops";LA;5;105000\r\n5;"IT; Ops";SF;;150000\r\n' >"$tmp/staff.csv"
"$CLI" import "$tmp/staff.csv" >"$tmp/imported.json" 2>"$tmp/import.err"; rc=$?
if [ $rc = 0 ]; then ok "import staff.csv (exit 0)"; else bad "import staff.csv: exit $rc" "$(cat "$tmp/import.err")"; fi
check_figure "import: two segments" "$tmp/imported.json" "len(d['segments'])" 2 0
check_figure "import: Legal hourly = 92,500 / 2,080 / 0.70" "$tmp/imported.json" "d['segments'][0]['hourly_cost']" 63.53
check_figure "import: IT; Ops headcount (quoted semicolon)" "$tmp/imported.json" "d['segments'][1]['headcount']" 3 0
check_figure "import: IT; Ops managers (5)" "$tmp/imported.json" "d['segments'][1]['managers']" 1 0
if grep -q "Imported 5 people from 5 rows into 2 segment(s), grouped by Department" "$tmp/import.err"; then
  ok "import: summary on stderr"; else bad "import: summary on stderr" "$(cat "$tmp/import.err")"; fi
"$CLI" validate "$tmp/imported.json" >/dev/null && ok "import: the output is a valid scenario" || bad "import: output does not validate"
"$CLI" export --preset default --as json >"$tmp/base.json"
check_figure "import: the plan's other inputs untouched (models)" "$tmp/imported.json" \
  "len(d['models']) - len(json.load(open('$tmp/base.json'))['models'])" 0 0

"$CLI" import "$tmp/staff.csv" --group-by Department,Location --preset aie-rollout >"$tmp/by2.json" 2>/dev/null
check_figure "import --group-by Department,Location: three segments" "$tmp/by2.json" "len(d['segments'])" 3 0
"$CLI" export --preset aie-rollout --as json >"$tmp/aie.json"
check_figure "import --preset aie-rollout keeps that plan's title and models" "$tmp/by2.json" \
  "int(d['title'] == json.load(open('$tmp/aie.json'))['title'] and d['models'] == json.load(open('$tmp/aie.json'))['models'])" 1 0
"$CLI" import --preset aie-rollout "$tmp/staff.csv" >"$tmp/by-first.json" 2>/dev/null
check_figure "import --preset NAME before the file" "$tmp/by-first.json" "len(d['segments'])" 2 0
"$CLI" import "$tmp/staff.csv" --into "$tmp/base.json" >"$tmp/into.json" 2>/dev/null
check_figure "import --into PLAN.json" "$tmp/into.json" "len(d['segments'])" 2 0

echo "== import: XLSX (openpyxl) and a skills survey"
if /usr/bin/python3 tests/import/make_xlsx_fixtures.py "$tmp/xlsx" >/dev/null 2>&1; then
  "$CLI" import "$tmp/xlsx/sheets.xlsx" --sheet "Per group" >"$tmp/sheet.json" 2>/dev/null
  check_figure "import --sheet 'Per group': people" "$tmp/sheet.json" "sum(s['headcount'] for s in d['segments'])" 75 0
  "$CLI" import "$tmp/xlsx/staff.xlsx" --survey "$tmp/xlsx/survey.xlsx" >"$tmp/survey.json" 2>"$tmp/survey.err"
  check_figure "import --survey: IT current tiers (2 fluency, 1 integration of 3)" "$tmp/survey.json" \
    "d['segments'][1]['current_at_tier'][1] * 10 + d['segments'][1]['current_at_tier'][2]" 21 0
  if grep -q "response rate 100 %" "$tmp/survey.err"; then ok "import --survey: response rate on stderr"; else bad "import --survey: response rate" "$(cat "$tmp/survey.err")"; fi
  if grep -q "r0\|r1" "$tmp/survey.json"; then bad "import --survey: a respondent ID reached the scenario"; else ok "import --survey: no respondent ID in the scenario"; fi
  expect_exit 1 "import a zip bomb" "$CLI" import "$tmp/xlsx/bomb.xlsx"
  grep -q "zip bomb" "$tmp/err" && ok "zip bomb message: $(tail -1 "$tmp/err")" || bad "zip bomb message" "$(cat "$tmp/err")"
  expect_exit 1 "import --sheet that does not exist" "$CLI" import "$tmp/xlsx/sheets.xlsx" --sheet Staff
  grep -q 'no sheet "Staff"; its sheets are "Read me", "Per group"' "$tmp/err" && ok "unknown sheet message" || bad "unknown sheet message" "$(cat "$tmp/err")"
else
  bad "import: cannot write XLSX fixtures (/usr/bin/python3 with python3-openpyxl: scripts/setup.sh)"
fi

echo "== import: bad input names row, column and value; nothing on stdout"
printf 'Department,Annual salary\nLegal,eighty\n' >"$tmp/bad.csv"
expect_exit 1 "import a non-numeric salary" "$CLI" import "$tmp/bad.csv"
grep -q 'Row 2, column "Annual salary": "eighty" is not a number.' "$tmp/err" && ok "message: $(sed -n 2p "$tmp/err")" || bad "non-numeric salary message" "$(cat "$tmp/err")"
[ -s "$tmp/out" ] && bad "import: a failed import printed a scenario" || ok "import: a failed import prints nothing on stdout"
printf 'Segment,Level\nMarketing,Fluency\n' >"$tmp/survey_bad.csv"
expect_exit 1 "import --survey naming a segment the file lacks" "$CLI" import "$tmp/staff.csv" --survey "$tmp/survey_bad.csv"
grep -q 'Row 2, column "Segment": "Marketing" is not a segment of the plan' "$tmp/err" && ok "survey segment message" || bad "survey segment message" "$(cat "$tmp/err")"
cp "$tmp/staff.csv" "$tmp/renamed.xlsx"
expect_exit 1 "import a text file renamed .xlsx" "$CLI" import "$tmp/renamed.xlsx"
grep -q "plain text (a CSV renamed .xlsx?)" "$tmp/err" && ok "renamed file message" || bad "renamed file message" "$(cat "$tmp/err")"
expect_exit 1 "import a missing file" "$CLI" import "$tmp/nowhere.csv"
expect_exit 2 "import without a file" "$CLI" import
expect_exit 2 "import --group-by without a value" "$CLI" import "$tmp/staff.csv" --group-by
expect_exit 2 "import --into and --preset together" "$CLI" import "$tmp/staff.csv" --into "$tmp/base.json" --preset default
expect_exit 1 "import --group-by an unknown column" "$CLI" import "$tmp/staff.csv" --group-by Team

echo "== import: native and wasm give the same plan (minizip and expat built from Debian's sources for wasm)"
WASM_CLI="${WASM_CLI:-build/wasm/shell/cli/planner-cli.js}"
if [ -f "$WASM_CLI" ] && [ -d "$tmp/xlsx" ]; then
  both() { cmp -s <("$CLI" import "$@" 2>&1) <(node --no-experimental-fetch "$WASM_CLI" import "$@" 2>&1); }
  same=1
  both "$tmp/staff.csv" || same=0
  both "$tmp/xlsx/staff.xlsx" --survey "$tmp/xlsx/survey.xlsx" || same=0
  both "$tmp/xlsx/sheets.xlsx" --sheet "Per group" || same=0
  both "$tmp/xlsx/bomb.xlsx" || same=0
  if [ $same = 1 ]; then ok "import: CSV, XLSX, survey, named sheet and zip bomb identical in wasm (stdout and stderr)"; else bad "import: native and wasm differ"; fi
elif [ -n "${REQUIRE_WASM:-}" ] || [ "${CI:-}" = true ]; then
  bad "import native vs wasm: no $WASM_CLI (scripts/build.sh wasm planner-cli)"
else
  echo "     (skipped: no $WASM_CLI; build it with scripts/build.sh wasm planner-cli)"
fi
