// guide.mjs — a first visit that explains itself (issue 14), tried as a new user:
//   1. the welcome shows on a first visit (nothing autosaved, no link) and never over a link;
//   2. from the welcome, a blank plan is completed by following only the guide's
//      buttons ("Go to ..." and then the outlined field), ending with results equal
//      to `planner-cli report --json` for the saved scenario; screenshots at 1280x720
//      and 1366x768;
//   3. an invalid entry keeps the last valid figures in the headline, marked
//      "Not updated: fix segment 6, HR & Legal", outlines the field, and fixing it
//      updates everything.
//
// Registered by run.mjs: registerGuideTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl }).
import assert from "node:assert/strict";

import { clickItem, openPlanner, results, scenario, typeIntoField, waitFrames } from "./lib/planner_page.mjs";

const rects = (page) => page.evaluate(() => window.planner.rects());
// The headline as a screen reader hears it (shell/web/a11y.cpp mirrors the cards' text).
const headline = (page) =>
  page.evaluate(() => [...document.querySelectorAll("#planner-a11y-figures > *")].map((e) => e.textContent));

// What a new user types into each field the guide takes them to; the others are buttons.
const kAnswers = {
  "org.description": "Cut the time marketing spends on weekly reports",
  "segments.0.current_at_tier.0": "4",
  "role_plan.skills": "Summarising campaign results with AI",
  "segments.0.target_share.0": "100",
};
const kButtons = ["segments.add", "target.count_applying"];

export function registerGuideTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl }) {
  test("guide: a new user completes a blank plan from the welcome with the guide's buttons only; results = CLI", async () => {
    const context = await newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await openPlanner(context, serverUrl());
      assert.ok((await rects(page)).welcome, "a first visit shows the welcome");
      await screenshot(page, "guide-welcome-1280");
      await clickItem(page, "welcome.blank");
      assert.equal((await scenario(page)).segments.length, 0, "a blank plan has no segments");
      assert.ok((await rects(page)).guide, "the guide opens with a blank plan");
      assert.ok(!(await rects(page)).welcome, "the welcome closed");

      const followed = [];
      for (let round = 0; round < 12; ++round) {
        const r = await rects(page);
        const done = [0, 1, 2, 3, 4, 5, 6].filter((i) => r[`guide.step.${i}.done`]);
        if (done.length === 7) break;
        await clickItem(page, "guide.go");
        await waitFrames(page, 3);
        const at = Object.keys(await rects(page)).find((k) => k.startsWith("guide.at."));
        assert.ok(at, "the guide outlines the field it took the user to");
        const field = at.slice("guide.at.".length);
        followed.push(field);
        if (kButtons.includes(field)) await clickItem(page, "guide.target");
        else if (kAnswers[field] !== undefined) await typeIntoField(page, "guide.target", kAnswers[field]);
        else assert.fail(`the guide asked for ${field}, which this new user has no answer for`);
        await waitFrames(page, 2);
      }
      note(`followed the guide to: ${followed.join(", ")}`);
      const r = await rects(page);
      assert.deepEqual([0, 1, 2, 3, 4, 5, 6].filter((i) => !r[`guide.step.${i}.done`]), [], "every step is done");
      await screenshot(page, "guide-done-1280");
      await page.setViewportSize({ width: 1366, height: 768 });
      await waitFrames(page, 3);
      await screenshot(page, "guide-done-1366");

      const s = await scenario(page);
      assert.equal(s.segments.length, 1);
      assert.equal(s.segments[0].role_plan.skills, kAnswers["role_plan.skills"]);
      assert.equal(s.description, kAnswers["org.description"]);
      const file = writeTemp("guided-plan.json", JSON.stringify(s, null, 2));
      const expected = JSON.parse(cli("report", file, "--json"));
      const got = await results(page);
      assert.deepEqual(got, expected, "the guided plan's results are the CLI's for the saved file");
      assert.ok(got.totals.learners > 0, "the guided plan trains people");
      note(`guided plan: ${got.totals.learners} learners, incremental cost ${got.totals.incremental_cost}`);
    } finally {
      await context.close();
    }
  });

  test("guide: the welcome never shows over a shared link", async () => {
    const context = await newContext();
    try {
      const l = cli("export", "--preset", "default", "--as", "link").trim();
      const page = await openPlanner(context, `${serverUrl()}${l.slice(l.indexOf("#"))}`);
      assert.ok(!(await rects(page)).welcome, "no welcome over a link");
    } finally {
      await context.close();
    }
  });

  test("guide: an invalid entry keeps the last figures, marks the field, names the segment 1-based; fixing updates all", async () => {
    const context = await newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const page = await openPlanner(context, serverUrl());
      await clickItem(page, "welcome.close");
      // Typed values apply keystroke by keystroke: "7" first, so that "700" passes through
      // "7" (valid, the same plan) before "70" (invalid: HR & Legal has 30 people).
      await typeIntoField(page, "segments.5.current_at_tier.0", "7");
      await waitFrames(page, 3);
      const before = await results(page);
      const shown = await headline(page);
      assert.equal(shown.length, 6, "six headline figures");
      await typeIntoField(page, "segments.5.current_at_tier.0", "700");
      await waitFrames(page, 3);
      const r = await rects(page);
      assert.ok(r["problem.segments.5.current_at_tier.0"], "the field is marked");
      assert.ok(r["segments.problem"], "the problem is said under the table");
      const stale = await headline(page);
      assert.equal(stale.length, 6);
      // "Label: value (detail)": the value stays, the detail says why it did not move.
      const value = (t) => t.slice(0, t.indexOf(" ("));
      for (let i = 0; i < 6; ++i) {
        assert.equal(value(stale[i]), value(shown[i]), `figure ${i} keeps its last valid value`);
        assert.match(stale[i], /Not updated: fix segment 6, HR & Legal/, stale[i]);
      }
      assert.ok((await results(page)).error, "results() reports the invalid scenario");
      await screenshot(page, "guide-invalid-1366");
      note(`kept: ${stale[0]}`);

      await typeIntoField(page, "segments.5.current_at_tier.0", "3");
      await waitFrames(page, 3);
      assert.ok(!(await rects(page))["problem.segments.5.current_at_tier.0"], "the mark is gone");
      const fixed = await headline(page);
      assert.ok(fixed.every((t) => !t.includes("Not updated")), "the headline is current again");
      const s = await scenario(page);
      assert.deepEqual(await results(page), JSON.parse(cli("report", writeTemp("fixed.json", JSON.stringify(s)), "--json")));
      assert.notDeepEqual(await results(page), before, "3 people at Literacy instead of 7 change the plan");
    } finally {
      await context.close();
    }
  });
}
