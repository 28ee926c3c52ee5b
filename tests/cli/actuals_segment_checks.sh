# tests/cli/actuals_segment_checks.sh: `planner-cli import FILE --actuals
# --into PLAN` with a Segment column (issue 15, actuals by segment), sourced by
# tests/cli/run.sh after actuals_checks.sh (uses its CLI, tmp, ok, bad,
# expect_exit, check_figure and $tmp/default.json).

echo "== import --actuals by segment: rows per month and segment into a plan"
cat >"$tmp/by_segment.csv" <<'CSV'
Month,Team,Spend,Applying T1,Applying T2,Applying T3,Hours saved per week,Completion
2027-01,Sales,1000,3,0,0,5,
2027-01,Engineering,2000,4,0,0,,
2027-02,Sales,800,6,1,0,10,82
2027-02,hr & legal,300,2,0,0,,
2027-02, Customer support ,0,5,0,0,,
CSV
"$CLI" import "$tmp/by_segment.csv" --actuals --into "$tmp/default.json" >"$tmp/by_segment.json" 2>"$tmp/by_segment.err"; rc=$?
if [ $rc = 0 ]; then ok "import --actuals --into PLAN by_segment.csv (exit 0)"; else bad "import by segment: exit $rc" "$(cat "$tmp/by_segment.err")"; fi
check_figure "by segment: January's spend is the rows' sum" "$tmp/by_segment.json" "d['actuals']['months'][0]['spend']" 3000 0
check_figure "by segment: February's hours are the rows' sum" "$tmp/by_segment.json" "d['actuals']['months'][1]['hours_saved_per_week']" 10 0
check_figure "by segment: February's Literacy applying = 6 + 2 + 5" "$tmp/by_segment.json" "d['actuals']['months'][1]['applying'][0]" 13 0
check_figure "by segment: February's rows as the plan's segments (Customer Support, Sales, HR & Legal)" "$tmp/by_segment.json" \
  "int([g['segment'] for g in d['actuals']['months'][1]['segments']] == [0, 2, 5])" 1 0
check_figure "by segment: the metric on one row is the month's" "$tmp/by_segment.json" \
  "int(d['actuals']['months'][1]['metrics'] == [{'metric': 0, 'value': 82}])" 1 0
if grep -qF "Imported 2 month(s) of actuals, 2 by segment; the actuals now run to February 2027" "$tmp/by_segment.err" &&
  grep -qF "note: February 2027: no row for Marketing, Engineering, Finance & Operations, counted as no one." "$tmp/by_segment.err" &&
  ! grep -q "no plan was given" "$tmp/by_segment.err"; then
  ok "by segment: summary and the segments counted as no one on stderr"
else bad "by segment summary" "$(cat "$tmp/by_segment.err")"; fi
"$CLI" report "$tmp/by_segment.json" --as-of 2027-02 --json >"$tmp/by_segment_review.json" || bad "report --as-of on the plan imported by segment"
check_figure "by segment then report --as-of: two months of actuals" "$tmp/by_segment_review.json" "len(d['actuals'])" 2 0

"$CLI" import "$tmp/by_segment.csv" --actuals >/dev/null 2>"$tmp/by_segment_np.err"
if grep -qF "note: the file's Segment column names the plan's segments, and no plan was given (--into PLAN.json): these are the default preset's." "$tmp/by_segment_np.err"; then
  ok "by segment without --into: says the segments are the default preset's"
else bad "by segment without --into" "$(cat "$tmp/by_segment_np.err")"; fi

printf 'Month,Segment,Spend\n2027-01,Sales,5\n2027-01,Salse,5\nJan 2027,sales,5\n' >"$tmp/bad_segments.csv"
expect_exit 1 "import --actuals by segment with bad rows" "$CLI" import "$tmp/bad_segments.csv" --actuals --into "$tmp/default.json"
if grep -qF 'Row 3, column "Segment": "Salse" is not a segment of the plan; its segments are Customer Support, Marketing, Sales, Engineering, Finance & Operations, HR & Legal.' "$tmp/err" &&
  grep -qF 'Row 4, column "Month": "Jan 2027" with Sales is already on row 2: one row per month and segment.' "$tmp/err" && [ ! -s "$tmp/out" ]; then
  ok "by segment: an unknown segment and a repeated month and segment named by row; nothing on stdout"
else bad "by segment bad-row messages" "$(cat "$tmp/err")"; fi
