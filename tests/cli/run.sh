#!/usr/bin/env bash
# tests/cli/run.sh: acceptance checks through the real planner-cli binary
# (build/native/shell/cli/planner-cli, built here if missing). Every check
# prints "ok" or "FAIL"; the script exits 1 if any check failed.
#   CLI=path/to/planner-cli tests/cli/run.sh   to test another build.
#   REQUIRE_WASM=1 (set by ./test; or CI=true): fail when the wasm CLI is missing
#   instead of skipping the native-vs-wasm comparison.
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
CLI="${CLI:-build/native/shell/cli/planner-cli}"
if [ ! -x "$CLI" ]; then scripts/build.sh native planner-cli >/dev/null || { echo "FAIL: cannot build planner-cli"; exit 1; }; fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()   { pass=$((pass + 1)); echo "ok   $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && echo "     $2"; }

# json_get FILE EXPR: evaluates a Python expression over the document `d`.
json_get() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
# near A B [TOL]: |A - B| <= TOL (default 0.005)
near() { python3 -c "import sys; sys.exit(0 if abs(float(sys.argv[1]) - float(sys.argv[2])) <= float(sys.argv[3]) else 1)" "$1" "$2" "${3:-0.005}"; }
# expect_exit CODE NAME CMD...: runs CMD, checks its exit status.
expect_exit() {
  local want="$1" name="$2"; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" = "$want" ]; then ok "$name (exit $got)"; else bad "$name: exit $got, want $want" "$(head -3 "$tmp/err")"; fi
}
# check_figure NAME FILE EXPR WANT [TOL]
check_figure() {
  local got; got="$(json_get "$2" "$3")"
  if near "$got" "$4" "${5:-0.005}"; then ok "$1 = $got"; else bad "$1 = $got, want $4"; fi
}
report_json() {  # report_json OUT PRESET CASE
  "$CLI" report --preset "$2" --case "$3" --json >"$1" || bad "report --preset $2 --case $3 --json failed"
}

echo "== Leland 200 people, coaching per week: the article's \$84K-\$280K"
report_json "$tmp/week_low.json" leland-200-per-week low
report_json "$tmp/week_high.json" leland-200-per-week high
check_figure "per-week low incremental_cost" "$tmp/week_low.json" "d['totals']['incremental_cost']" 84000
check_figure "per-week high incremental_cost" "$tmp/week_high.json" "d['totals']['incremental_cost']" 280000

echo "== Leland 200 people, coaching per month as stated: x 12/52"
report_json "$tmp/month_low.json" leland-200-per-month low
report_json "$tmp/month_high.json" leland-200-per-month high
check_figure "per-month low incremental_cost (84000 x 12/52)" "$tmp/month_low.json" "d['totals']['incremental_cost']" 19384.6154 0.01
check_figure "per-month high incremental_cost (280000 x 12/52)" "$tmp/month_high.json" "d['totals']['incremental_cost']" 64615.3846 0.01
for f in week_low week_high month_low month_high; do
  check_figure "$f: monthly incremental_cost adds up to the total" "$tmp/$f.json" \
    "sum(m['incremental_cost'] for m in d['monthly']) - d['totals']['incremental_cost']" 0 0.01
done
check_figure "per-week low: 36 monthly rows" "$tmp/week_low.json" "len(d['monthly'])" 36 0
check_figure "per-week low: cost_by_model per month adds up to the month" "$tmp/week_low.json" \
  "max(abs(sum(m['cost_by_model'].values()) - m['incremental_cost']) for m in d['monthly'])" 0 0.01

echo "== Leland marketing team: 3.75 h x 8 people = 30 h/week = 0.75 FTE"
for c in low likely high; do
  report_json "$tmp/mkt_$c.json" leland-marketing-team "$c"
  check_figure "marketing ($c) hours_saved_per_week" "$tmp/mkt_$c.json" "d['totals']['hours_saved_per_week']" 30
  check_figure "marketing ($c) fte_returned" "$tmp/mkt_$c.json" "d['totals']['fte_returned']" 0.75
done

echo "== the results document"
check_figure "payback_month is null or a month" "$tmp/week_low.json" \
  "1 if d['totals']['payback_month'] is None or d['totals']['payback_month'] >= 1 else 0" 1 0
for key in cash_cost incremental_cost economic_cost cost_per_learner cost_per_capable_employee hours_saved_per_week \
           fte_returned roi_pct bcr payback_month npv months_to_target learners enrolments \
           hours_saved_per_week_month12 fte_returned_month12 economic_roi_pct economic_bcr economic_payback_month \
           economic_npv; do
  if [ "$(json_get "$tmp/week_low.json" "'$key' in d['totals']")" = True ]; then ok "totals.$key present"; else bad "totals.$key missing"; fi
done
check_figure "schedule lists groups with names" "$tmp/week_low.json" \
  "1 if d['schedule']['groups'] and all(isinstance(g['segment'], str) and isinstance(g['model'], str) for g in d['schedule']['groups']) else 0" 1 0
check_figure "per-week high: 5 teams of 10 at tier 2, 2 groups of 10 at tier 3" "$tmp/week_high.json" \
  "1 if [g['learners'] for g in d['schedule']['groups'] if g['tier_index'] == 1] == [10] * 5 and [g['learners'] for g in d['schedule']['groups'] if g['tier_index'] == 2] == [10] * 2 else 0" 1 0
check_figure "per-week high: binding constraints listed, never parallel groups" "$tmp/week_high.json" \
  "1 if isinstance(d['schedule']['binding_constraints'], list) and all(b['constraint'] != 'parallel groups' and b['text'] for b in d['schedule']['binding_constraints']) else 0" 1 0

echo "== the text report: both views, people and places, when hours are measured, the sources' claims"
# has_text NAME PRESET TEXT: the text report of PRESET (likely case) contains TEXT.
has_text() {
  if "$CLI" report --preset "$2" | grep -qF -- "$3"; then ok "$1"; else bad "$1: no '$3' in the report of $2"; fi
}
has_text "both views side by side" default "cash view       economic view"
has_text "learners named as people" default "Learners (people)"
has_text "enrolments named as places" default "Enrolments (places)"
has_text "hours at month 12" default "at month 12"
has_text "hours at horizon end" default "at horizon end (month 36)"
has_text "per-model table" jain-cohort-vs-lms "Cost by delivery model"
has_text "JAIN's claim set beside the model" jain-cohort-vs-lms "JAIN says cohorts cost less per unit of capability"
has_text "Leland per week: the unit named" leland-200-per-week "priced per learner per week"
has_text "Leland per month: what the stated unit gives" leland-200-per-month "\$19,385 (low case) to \$64,615 (high case)"
has_text "marketing team: 1,560 hours a year" leland-marketing-team "This plan: 1,560 h a year"
has_text "AIE's \$3.70 beside the preset's BCR" aie-rollout "AIE Network says \$3.70 returned per \$1 invested. This plan: \$"
# A plan on sunk seats alone: cash ROI and BCR are n/a in the text and null in the document.
"$CLI" export --preset default --as json >"$tmp/default_scenario.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); [m.update(cost={'low':0,'likely':0,'high':0}) for m in d['models']]; json.dump(d, open(sys.argv[2],'w'))" \
  "$tmp/default_scenario.json" "$tmp/free.json"
"$CLI" report "$tmp/free.json" --json >"$tmp/free_result.json" || bad "report of a free plan failed"
check_figure "free plan: cash roi_pct and bcr are null" "$tmp/free_result.json" \
  "int(d['totals']['roi_pct'] is None and d['totals']['bcr'] is None)" 1 0
check_figure "free plan: the economic view still has a value" "$tmp/free_result.json" \
  "int(d['totals']['economic_roi_pct'] is not None)" 1 0
if "$CLI" report "$tmp/free.json" | grep -qE "^  ROI +n/a \(no cost\)"; then ok "free plan: the text report says n/a"; else bad "free plan: text ROI not n/a"; fi
echo "== exit codes"
expect_exit 0 "report --preset default" "$CLI" report --preset default
expect_exit 0 "presets" "$CLI" presets
expect_exit 0 "--help" "$CLI" --help
expect_exit 2 "no arguments" "$CLI"
expect_exit 2 "unknown command" "$CLI" frobnicate
expect_exit 2 "report without a scenario" "$CLI" report
expect_exit 2 "report --case medium" "$CLI" report --preset default --case medium
expect_exit 2 "report with an unknown option" "$CLI" report --preset default --colour
expect_exit 2 "report --json --csv together" "$CLI" report --preset default --json --csv
expect_exit 1 "report --preset nonexistent" "$CLI" report --preset nonexistent
expect_exit 1 "report on a missing file" "$CLI" report "$tmp/missing.json"
expect_exit 1 "report --link with a broken link" "$CLI" report --link 'https://x.test/#s=1.not-a-plan'

echo "== validate reports every problem by path"
"$CLI" export --preset default --as json >"$tmp/default.json"
expect_exit 0 "validate a saved preset" "$CLI" validate "$tmp/default.json"
python3 - "$tmp/default.json" "$tmp/negative.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["segments"][1]["headcount"] = -5
d["org"]["horizon_months"] = "long"
json.dump(d, open(sys.argv[2], "w"), indent=2)
PY
expect_exit 1 "validate a negative headcount" "$CLI" validate "$tmp/negative.json"
if grep -q "segments\[1\].headcount: must be .*-5" "$tmp/out"; then ok "negative headcount named by path: $(grep -o 'segments\[1\].headcount.*' "$tmp/out")"; else bad "negative headcount not named by path" "$(cat "$tmp/out")"; fi
if grep -q 'org.horizon_months: expected a whole number, got "long"' "$tmp/out"; then ok "wrong type named by path"; else bad "wrong type not named by path" "$(cat "$tmp/out")"; fi
if [ "$(wc -l <"$tmp/out")" -ge 2 ]; then ok "one line per problem ($(wc -l <"$tmp/out") lines)"; else bad "expected every problem on its own line"; fi

echo "== --csv: the monthly table"
"$CLI" report --preset leland-200-per-week --case low --csv >"$tmp/monthly.csv"
python3 - "$tmp/monthly.csv" <<'PY' && ok "monthly CSV: header + 36 rows, dot decimals, no thousands separators, sums match" || bad "monthly CSV malformed"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][:3] == ["month", "calendar_month", "cash_cost"], rows[0][:3]
assert len(rows) == 37, len(rows)
col = rows[0].index("incremental_cost")
total = sum(float(r[col]) for r in rows[1:])
assert abs(total - 84000) < 0.01, total
for r in rows[1:]:
    for cell in r[2:]:
        float(cell)  # plain numbers only
PY

echo "== links: export a link, open it, get the same results"
link="$("$CLI" export --preset default --as link --base 'https://planner.example/')"
echo "     default preset link: ${#link} characters"
"$CLI" report --link "$link" --json >"$tmp/from_link.json"
"$CLI" report --preset default --json >"$tmp/from_preset.json"
if cmp -s "$tmp/from_link.json" "$tmp/from_preset.json"; then ok "report --link equals report --preset"; else bad "report --link differs from report --preset"; fi
expect_exit 1 "a cut-off link" "$CLI" report --link "${link:0:60}"
if grep -q "cut off" "$tmp/err"; then ok "cut-off link message: $(cat "$tmp/err")"; else bad "cut-off link message" "$(cat "$tmp/err")"; fi

echo "== links: a link over 2,000 characters gets a note on stderr (exit 0)"
# 100 segments with varied names and figures: too much for any link format.
"$CLI" export --preset default --as json | python3 -c '
import json, random, sys
d = json.load(sys.stdin); first = d["segments"][0]; rnd = random.Random(12)
word = lambda: "".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(4))
d["segments"] = [dict(first, name="%s %s" % (word().title(), word()), headcount=rnd.randint(10, 900),
                      hourly_cost=rnd.randint(2500, 9900) / 100, managers=rnd.randint(1, 9)) for i in range(100)]
d["plan"] = []
print(json.dumps(d))' >"$tmp/long.json"
expect_exit 0 "export --as link of a 100-segment plan" "$CLI" export "$tmp/long.json" --as link --base 'https://planner.example/'
long_chars="$(head -1 "$tmp/out" | tr -d '\n' | wc -c)"
if [ "$long_chars" -gt 2000 ] && grep -q "is $(python3 -c "print(f'{$long_chars:,}')") characters long" "$tmp/err" && grep -q "over 2,000 characters" "$tmp/err"; then
  ok "long link ($long_chars characters): $(cat "$tmp/err")"
else bad "no note for a long link ($long_chars characters)" "$(cat "$tmp/err")"; fi
expect_exit 0 "export --as link of the default preset" "$CLI" export --preset default --as link --base 'https://planner.example/'
if [ ! -s "$tmp/err" ]; then ok "no note for a short link"; else bad "a short link got a note" "$(cat "$tmp/err")"; fi

echo "== printable report"
expect_exit 0 "report --html" "$CLI" report --preset default --html "$tmp/report.html"
if grep -q "<h1[^>]*>300-person" "$tmp/report.html" && grep -q "Assumptions and sources" "$tmp/report.html" && ! grep -qi "<script" "$tmp/report.html"; then
  ok "HTML report has the title, the sources and no script"
else bad "HTML report content"; fi

echo "== quarterly review: report --as-of (issue 15)"
q1=tests/cli/fixtures/actuals-q1.json
expect_exit 0 "report --as-of 2027-03 (text)" "$CLI" report "$q1" --as-of 2027-03
if grep -q "review as of March 2027" "$tmp/out" && grep -q "Applying AI Fluency" "$tmp/out"; then
  ok "review text names the as-of month and shows applying apart from completion"
else bad "review text" "$(head -3 "$tmp/out")"; fi
"$CLI" report "$q1" --as-of 2027-03 --json >"$tmp/review.json" || bad "report --as-of --json failed"
check_figure "review: as_of is plan month 3" "$tmp/review.json" "d['as_of']['month']" 3 0
check_figure "review: three months of actuals" "$tmp/review.json" "len(d['actuals'])" 3 0
check_figure "review: February spend 63,000 vs plan is amber" "$tmp/review.json" \
  "int([v['status'] for v in d['variance'] if v['month'] == 2 and v['key'] == 'spend'] == ['amber'])" 1 0
check_figure "review: Literacy applying 42 of 53.1 in March is red" "$tmp/review.json" \
  "int([v['status'] for v in d['variance'] if v['month'] == 3 and v['key'] == 'applying' and v['tier'] == 'AI Literacy'] == ['red'])" 1 0
check_figure "review: forecast incremental cost = actual spend to date + the plan's rest (shifted)" "$tmp/review.json" \
  "int(d['forecast']['monthly'][2]['cumulative_cost_forecast'] == 38000 + 63000 + 45000)" 1 0
check_figure "review: the forecast returns less than the plan" "$tmp/review.json" \
  "int([f['forecast'] < f['plan'] for f in d['forecast']['figures'] if f['key'] == 'benefits'] == [True])" 1 0
seg=tests/cli/fixtures/actuals-by-segment.json
"$CLI" report "$seg" --as-of 2027-03 --json >"$tmp/review_seg.json" || bad "report by segment --json failed"
python3 - "$tmp/review_seg.json" <<'PY' && ok "review by segment: March's segment lines name the segment and sum to the organisation's" || bad "review by segment"
import json, sys
d = json.load(open(sys.argv[1]))
lines = [v for v in d["variance"] if "segment" in v]
assert lines and all(v["month"] == 3 for v in lines), lines[:2]
sales = [v for v in lines if v["segment"] == "Sales" and v["key"] == "applying" and v["tier"] == "AI Literacy"]
assert len(sales) == 1 and sales[0]["segment_index"] == 2 and sales[0]["actual"] == 10, sales
org = [v for v in d["variance"] if "segment" not in v and v["month"] == 3 and v["key"] == "applying" and v["tier"] == "AI Literacy"][0]
mine = [v for v in lines if v["key"] == "applying" and v["tier"] == "AI Literacy"]
assert len(mine) == 6
assert abs(sum(v["plan"] for v in mine) - org["plan"]) < 1e-6, (sum(v["plan"] for v in mine), org["plan"])
assert sum(v["actual"] for v in mine) == org["actual"] == 42
march = d["actuals"][2]
assert [r["name"] for r in march["segments"]][:3] == ["Customer Support", "Marketing", "Sales"]
assert "segments" not in d["actuals"][1]
PY
"$CLI" report --preset default --json >"$tmp/plain.json"
"$CLI" report --preset default --as-of 2027-06 --json >"$tmp/review_none.json" || bad "report --preset --as-of failed"
python3 - "$tmp/review_none.json" "$tmp/plain.json" <<'PY' && ok "review without actuals: every forecast figure equals report --json's" || bad "review without actuals differs from the plan"
import json, sys
r, p = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert all(f["forecast"] == f["plan"] == p["totals"][f["key"]] for f in r["forecast"]["figures"]), r["forecast"]["figures"]
assert r["actuals"] == [] and r["variance"] == []
PY
expect_exit 2 "report --as-of March" "$CLI" report "$q1" --as-of March
expect_exit 2 "report --as-of without a month" "$CLI" report "$q1" --as-of
expect_exit 2 "report --as-of with --csv" "$CLI" report "$q1" --as-of 2027-03 --csv
expect_exit 1 "report --as-of before the plan" "$CLI" report "$q1" --as-of 2026-12
if grep -q "outside the plan (January 2027 to December 2029)" "$tmp/err"; then ok "a month outside the plan is named with the plan's months"; else bad "as-of outside message" "$(cat "$tmp/err")"; fi
expect_exit 1 "report --as-of before the last month typed" "$CLI" report "$q1" --as-of 2027-02
if grep -q "actuals.months\[2\].month: March 2027 (month 3) is after the as-of month (February 2027)" "$tmp/err"; then
  ok "actuals after the as-of month are named by month and field"
else bad "actuals after as-of message" "$(cat "$tmp/err")"; fi
python3 -c "
import json, sys; d = json.load(open(sys.argv[1])); d['actuals']['months'][1]['applying'][0] = 999; print(json.dumps(d))" "$q1" >"$tmp/q1_bad.json"
expect_exit 1 "validate: more applying than completed" "$CLI" validate "$tmp/q1_bad.json"
if grep -q "February 2027 (month 2): more people applying AI Literacy (999) than completed it (205)" "$tmp/out" "$tmp/err"; then
  ok "more applying than completed is named by month, tier and field"
else bad "applying > completed message" "$(cat "$tmp/out" "$tmp/err" | head -3)"; fi

if [ -f build/wasm/shell/cli/planner-cli.js ]; then
  if cmp -s <("$CLI" report "$q1" --as-of 2027-03 --json) \
    <(node --no-experimental-fetch build/wasm/shell/cli/planner-cli.js report "$q1" --as-of 2027-03 --json); then
    ok "review JSON identical in wasm"
  else bad "review JSON differs between native and wasm"; fi
  if cmp -s <("$CLI" report "$seg" --as-of 2027-03 --json) \
    <(node --no-experimental-fetch build/wasm/shell/cli/planner-cli.js report "$seg" --as-of 2027-03 --json); then
    ok "review JSON by segment identical in wasm"
  else bad "review JSON by segment differs between native and wasm"; fi
fi

echo "== schema fixtures of every version open, and the unit tests' inline copies match"
for f in tests/io/fixtures/scenario_v*.json; do
  expect_exit 0 "validate $f" "$CLI" validate "$f"
done
python3 - <<'PY' && ok "migrate_test.cpp inlines tests/io/fixtures/scenario_v1.json byte for byte" || bad "inline fixture differs from tests/io/fixtures/scenario_v1.json"
src = open("tests/io/migrate_test.cpp", encoding="utf-8").read()
inline = src.split('R"json(', 1)[1].split(')json"', 1)[0]
assert inline == open("tests/io/fixtures/scenario_v1.json", encoding="utf-8").read()
PY

echo "== the Monte Carlo and the comparison on the forecast (issue 15)"
"$CLI" simulate "$q1" --samples 300 --forecast --json >"$tmp/sim_f.json" || bad "simulate --forecast failed"
"$CLI" simulate "$q1" --samples 300 --json >"$tmp/sim_p.json" || bad "simulate (plan with actuals) failed"
check_figure "simulate --forecast: from March 2027 (plan month 3)" "$tmp/sim_f.json" \
  "int(d['forecast_from'] == {'month': 3, 'label': 'March 2027'})" 1 0
check_figure "simulate without --forecast runs the plan" "$tmp/sim_p.json" "int('forecast_from' not in d)" 1 0
python3 - "$tmp/sim_f.json" "$tmp/sim_p.json" <<'PY' && ok "simulate --forecast: the draws give other figures than the plan's" || bad "simulate --forecast equals the plan's"
import json, sys
f, p = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert f["outputs"]["incremental_cost"] != p["outputs"]["incremental_cost"]
PY
expect_exit 1 "simulate --forecast on a plan without actuals" "$CLI" simulate --preset default --forecast
if grep -q "needs a plan with actuals" "$tmp/err"; then ok "simulate --forecast without actuals says why"; else bad "simulate --forecast message" "$(cat "$tmp/err")"; fi
"$CLI" compare "$q1" --with-preset default --forecast --json >"$tmp/cmp_f.json" || bad "compare --forecast failed"
check_figure "compare --forecast: current is the forecast from March 2027, other the plan" "$tmp/cmp_f.json" \
  "int(d['current']['forecast_from']['month'] == 3 and 'forecast_from' not in d['other'])" 1 0
python3 - "$tmp/cmp_f.json" "$tmp/review.json" <<'PY' && ok "compare --forecast: the current figures are the review's forecast" || bad "compare --forecast differs from the review's forecast"
import json, sys
c, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
fc = {f["key"]: f["forecast"] for f in r["forecast"]["figures"]}
for key in ("incremental_cost", "benefits", "npv"):
    assert abs(c["figures"][key]["current"] - fc[key]) < 1e-6, (key, c["figures"][key]["current"], fc[key])
PY
if cmp -s <("$CLI" compare --preset default --with-preset aie-rollout --json) \
          <("$CLI" compare --preset default --with-preset aie-rollout --forecast --json); then
  ok "compare --forecast without actuals equals compare"
else bad "compare --forecast without actuals differs"; fi
if [ -f build/wasm/shell/cli/planner-cli.js ]; then
  if cmp -s "$tmp/sim_f.json" <(node --no-experimental-fetch build/wasm/shell/cli/planner-cli.js simulate "$q1" --samples 300 --forecast --json); then
    ok "simulate --forecast JSON identical in wasm"
  else bad "simulate --forecast JSON differs between native and wasm"; fi
fi

echo "== every field of core/scenario.h is in the JSON field lists and in docs/schema.md"
if python3 tests/cli/check_schema_complete.py; then ok "schema complete"; else bad "schema incomplete (see above)"; fi

echo "== uncertainty commands (issue 6)"
"$CLI" simulate --preset default --samples 1000 --json >"$tmp/sim.json"
check_figure "simulate: P10 <= P50 <= P90 for every output" "$tmp/sim.json" \
  "int(all(o['p10'] <= o['p50'] <= o['p90'] for o in d['outputs'].values()))" 1 0
check_figure "simulate: 1000 samples taken" "$tmp/sim.json" "d['samples']" 1000 0
check_figure "simulate: chance ROI > 0 is a probability" "$tmp/sim.json" "int(0 <= d['chance_roi_positive'] <= 1)" 1 0
"$CLI" simulate --preset default --samples 1000 --seed 7 --json >"$tmp/sim7.json"
if cmp -s "$tmp/sim.json" "$tmp/sim7.json"; then bad "simulate: another seed gives the same percentiles"; else ok "simulate: the seed changes the draw"; fi
"$CLI" tornado --preset default --json >"$tmp/tornado.json"
check_figure "tornado: bars sorted by swing" "$tmp/tornado.json" \
  "int(len(d['bars']) > 3 and all(a['swing'] >= b['swing'] for a, b in zip(d['bars'], d['bars'][1:])))" 1 0
"$CLI" frontier --preset default --json >"$tmp/frontier.json"
check_figure "frontier: more budget never buys less capability" "$tmp/frontier.json" \
  "int(all(a['cost'] <= b['cost'] and a['capability'] <= b['capability'] for a, b in zip(d['points'], d['points'][1:])))" 1 0
"$CLI" seek --preset default --share 95% --tier 3 >"$tmp/seek.txt"
if grep -q "Infeasible" "$tmp/seek.txt"; then ok "seek: an unreachable target is reported as infeasible"; else bad "seek: 95% at tier 3 not reported infeasible" "$(head -3 "$tmp/seek.txt")"; fi

echo "== compare: two plans side by side (issue 6)"
"$CLI" compare --preset default --with-preset aie-rollout --json >"$tmp/cmp.json"
check_figure "compare: difference = current - other (incremental cost)" "$tmp/cmp.json" \
  "d['figures']['incremental_cost']['difference'] - (d['figures']['incremental_cost']['current'] - d['figures']['incremental_cost']['other'])" 0 0
check_figure "compare: a figure one plan lacks has a null difference" "$tmp/cmp.json" \
  "int(all(f['difference'] is None for f in d['figures'].values() if f['current'] is None or f['other'] is None))" 1 0
check_figure "compare: costs are never 'better'" "$tmp/cmp.json" \
  "int(d['figures']['incremental_cost']['favours'] is None and d['figures']['economic_cost']['favours'] is None)" 1 0
"$CLI" report --preset aie-rollout --case high --json >"$tmp/aie_high.json"
"$CLI" compare --preset default --with-preset aie-rollout --case high --json >"$tmp/cmp_high.json"
check_figure "compare --case high: the other plan's NPV is report --case high's" "$tmp/cmp_high.json" \
  "d['figures']['npv']['other'] - json.load(open('$tmp/aie_high.json'))['totals']['npv']" 0 0
"$CLI" export --preset aie-rollout --as json >"$tmp/aie.json"
link_a="$("$CLI" export --preset default --as link --base 'https://planner.example/')"
link_b="$("$CLI" export --preset aie-rollout --as link)"
both="${link_a}&b=${link_b#*#s=}"
"$CLI" compare --link "$both" --json >"$tmp/cmp_link.json"
if cmp -s "$tmp/cmp.json" "$tmp/cmp_link.json"; then ok "compare --link (s=&b=) equals --preset --with-preset"; else bad "compare --link with two plans differs"; fi
"$CLI" compare --preset default --with "$tmp/aie.json" --json >"$tmp/cmp_file.json"
if cmp -s "$tmp/cmp.json" "$tmp/cmp_file.json"; then ok "compare --with FILE.json equals --with-preset"; else bad "compare --with FILE differs"; fi
"$CLI" compare --preset default --with-link "$link_b" --json >"$tmp/cmp_wlink.json"
if cmp -s "$tmp/cmp.json" "$tmp/cmp_wlink.json"; then ok "compare --with-link equals --with-preset"; else bad "compare --with-link differs"; fi
expect_exit 0 "compare (readable table)" "$CLI" compare --preset default --with-preset leland-200-per-week
if grep -q "Incremental cost" "$tmp/out" && grep -q "difference" "$tmp/out"; then ok "compare prints the headline table"; else bad "compare table" "$(head -5 "$tmp/out")"; fi
expect_exit 2 "compare without a second plan" "$CLI" compare --preset default
expect_exit 2 "compare --link with one plan only" "$CLI" compare --link "$link_a"
expect_exit 2 "compare with two second plans" "$CLI" compare --preset default --with-preset default --with-link "$link_b"
expect_exit 2 "compare --case medium" "$CLI" compare --preset default --with-preset default --case medium
expect_exit 1 "compare --with-preset nonexistent" "$CLI" compare --preset default --with-preset nonexistent
expect_exit 1 "compare --link with a cut-off second plan" "$CLI" compare --link "${both:0:$((${#both} - 5))}"
if grep -q "plan to compare with" "$tmp/err"; then ok "broken second plan message: $(head -1 "$tmp/err")"; else bad "broken second plan message" "$(cat "$tmp/err")"; fi

source tests/cli/import_checks.sh  # planner-cli import (issue 13)
source tests/cli/actuals_checks.sh  # planner-cli import --actuals (issue 15)
source tests/cli/actuals_segment_checks.sh  # the same by segment

echo "== native and wasm give byte-identical documents and links"
WASM_CLI="${WASM_CLI:-build/wasm/shell/cli/planner-cli.js}"
if [ -f "$WASM_CLI" ]; then
  wasm() { node --no-experimental-fetch "$WASM_CLI" "$@"; }
  for p in $("$CLI" presets | awk '{print $1}'); do
    same=1
    for c in low likely high; do
      cmp -s <("$CLI" report --preset "$p" --case "$c" --json) <(wasm report --preset "$p" --case "$c" --json) || same=0
    done
    cmp -s <("$CLI" export --preset "$p" --as link) <(wasm export --preset "$p" --as link) || same=0
    cmp -s <("$CLI" report --preset "$p" --csv) <(wasm report --preset "$p" --csv) || same=0
    cmp -s <("$CLI" simulate --preset "$p" --samples 300 --json) <(wasm simulate --preset "$p" --samples 300 --json) || same=0
    cmp -s <("$CLI" compare --preset "$p" --with-preset default --case low --json) \
      <(wasm compare --preset "$p" --with-preset default --case low --json) || same=0
    if [ $same = 1 ]; then ok "$p: results JSON (3 cases), CSV, link, Monte Carlo and comparison identical in wasm"; else bad "$p: native and wasm differ"; fi
  done
elif [ -n "${REQUIRE_WASM:-}" ] || [ "${CI:-}" = true ]; then
  # Under ./test (REQUIRE_WASM=1) or CI the comparison is required: a missing
  # wasm CLI is a failure, not a silent pass.
  bad "native vs wasm: no $WASM_CLI (build it with scripts/build.sh wasm planner-cli)"
else
  echo "     (skipped: no $WASM_CLI; build it with scripts/build.sh wasm planner-cli; REQUIRE_WASM=1 makes this a failure)"
fi

echo "== the workbook out and the heat map (tests/cli/workbook.sh)"
if CLI="$CLI" tests/cli/workbook.sh >"$tmp/workbook.log" 2>&1; then ok "$(tail -1 "$tmp/workbook.log")"; else bad "tests/cli/workbook.sh" "$(grep FAIL "$tmp/workbook.log" | head -3)"; fi

echo
echo "cli acceptance: $pass passed, $fail failed"
[ "$fail" = 0 ]
