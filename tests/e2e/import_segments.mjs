// import_segments.mjs — actuals by segment dropped on the page (issue 15): a
// CSV with a Team column, the dialog's preview listing each month's segments
// under it and the segments counted as no one in its notes; Import sets the
// same actuals as `planner-cli import FILE --actuals --into PLAN` (one undo
// step); screenshot looked at.
//
// Registered by run.mjs: registerImportSegmentTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl }).
import assert from "node:assert/strict";

import { dropFile, now, reply } from "./import.mjs";
import { clickItem, openPlanner, pressKey, scenario, waitFrames } from "./lib/planner_page.mjs";

// The default preset's segments: Customer Support, Marketing, Sales, Engineering, Finance & Operations, HR & Legal.
const kBySegment = [
  "Month,Team,Spend,Enrolled T1,Enrolled T2,Enrolled T3,Applying T1,Applying T2,Applying T3,Hours saved per week,Completion",
  "2027-01,Sales,12000,20,0,0,4,0,0,6,",
  "2027-01,Engineering,15000,25,0,0,5,0,0,8,",
  "2027-02,Sales,9000,30,4,0,12,1,0,20,84",
  "2027-02,Engineering,11000,40,6,0,15,2,0,26,",
  "2027-02,hr & legal,3000,8,0,0,2,0,0,,",
  "2027-03,,30000,90,12,0,40,4,0,70,88",
].join("\n") + "\n";

export function registerImportSegmentTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl }) {
  test("import: actuals by segment — the dialog lists each month's segments; Import sets them as `planner-cli import --actuals --into` does", async () => {
    const context = await newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await openPlanner(context, serverUrl());
      const before = await scenario(page);
      const t0 = await dropFile(page, "actuals-by-team.csv", kBySegment);
      assert.equal((await reply(page, "load", t0)).reply.kind, "actuals", "a Month column: actuals");
      const got = await reply(page, "preview", t0);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      const rows = got.reply.result.rows.map((r) => r[0]);
      assert.deepEqual(rows, ["January 2027", "   Sales", "   Engineering", "February 2027", "   Sales", "   Engineering",
        "   HR & Legal", "March 2027"], "months with their segments under them");
      assert.ok(got.reply.notes.includes("February 2027: no row for Customer Support, Marketing, Finance & Operations, counted as no one."),
        JSON.stringify(got.reply.notes));
      await waitFrames(page, 4);
      note(`actuals by segment in the dialog: ${await screenshot(page, "import-actuals-by-segment")}`);

      const plan = writeTemp("plan-for-segments.json", JSON.stringify(before));
      const want = JSON.parse(cli("import", writeTemp("actuals-by-team.csv", kBySegment), "--actuals", "--into", plan));
      await clickItem(page, "import.import");
      await waitFrames(page, 3);
      const after = await scenario(page);
      assert.deepEqual(after.actuals, want.actuals, "the page's actuals are the CLI's");
      assert.deepEqual(after.actuals.months[1].segments.map((g) => g.segment), [2, 3, 5], "February: Sales, Engineering, HR & Legal");
      assert.equal(after.actuals.months[1].spend, 23000, "the month's spend is its rows' sum");
      assert.deepEqual(after.actuals.months[1].applying, [29, 3, 0], "the month's people are its segments' sums");
      assert.deepEqual(after.segments, before.segments, "nothing but the actuals changes");
      await pressKey(page, "Control+z");
      assert.deepEqual((await scenario(page)).actuals, before.actuals, "one undo takes the actuals back");
    } finally {
      await context.close();
    }
  });
}
