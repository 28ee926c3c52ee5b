// actuals_segments.mjs — issue 15's actuals by segment in the browser: in the
// Actuals tab, report March by segment (rows start from the plan's own
// figures by segment), type Sales's people applying; the month's total
// follows, the variance has Sales's own line, the toggle is one undo step,
// the reader's review shows the table by segment, and the page's review JSON
// is the CLI's. Screenshots: the editor at laptop size, the reader (what a
// phone opens) at laptop and phone size.
//
// Registered by run.mjs: registerActualsSegmentsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl }).
import assert from "node:assert/strict";

import {
  clickItem, openPlanner, pressKey, readerShowing, rectOf, review as pageReview, scenario, typeIntoField, waitFrames,
} from "./lib/planner_page.mjs";

const kAsOf = "2027-03";
const sum = (rows, field, k) => rows.reduce((t, r) => t + r[field][k], 0);

export function registerActualsSegmentsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl }) {
  const review = (s, name) => JSON.parse(cli("report", writeTemp(name, JSON.stringify(s)), "--as-of", kAsOf, "--json"));

  test("actuals by segment: March reported by segment, Sales's applying typed; the total, the variance and the reader follow", async () => {
    const context = await newContext({ viewport: { width: 1366, height: 768 } });
    const page = await openPlanner(context, serverUrl());
    await clickItem(page, "tab.Actuals");
    await typeIntoField(page, "actuals.as_of", "3");
    for (const m of [1, 2, 3]) await clickItem(page, `actuals.m${m}.add`);
    const before = await scenario(page);
    const totals = before.actuals.months[2];
    await clickItem(page, "actuals.m3.by_segment");
    let s = await scenario(page);
    let march = s.actuals.months[2];
    assert.equal(march.segments.length, s.segments.length, "one row per plan segment");
    for (const field of ["enrolled", "completed", "applying"])
      for (let k = 0; k < s.framework.tiers.length; ++k)
        assert.equal(march[field][k], sum(march.segments, field, k), `${field} tier ${k + 1} = the rows' sum`);
    note(`March by segment: applying ${totals.applying.join("/")} -> ${march.applying.join("/")} (the plan's own figures by segment, whole people)`);

    // One undo step takes the toggle back; redo it by clicking again.
    await pressKey(page, "Control+z");
    assert.deepEqual((await scenario(page)).actuals, before.actuals, "one undo: March has its totals back and no rows");
    await clickItem(page, "actuals.m3.by_segment");

    const sales = s.segments.findIndex((g) => g.name === "Sales");
    assert.ok(sales >= 0, "the default preset has a Sales segment");
    const cell = `actuals.m3.s${sales + 1}.t1.applying`;
    const was = (await scenario(page)).actuals.months[2];
    await typeIntoField(page, cell, "2");
    s = await scenario(page);
    march = s.actuals.months[2];
    const row = march.segments.find((r) => r.segment === sales);
    assert.equal(row.applying[0], 2);
    assert.equal(march.applying[0], was.applying[0] - was.segments.find((r) => r.segment === sales).applying[0] + 2,
      "the month's Literacy applying follows the Sales row");
    assert.ok((await rectOf(page, "actuals.m3.t1.applying")).w > 0, "the month's total is shown (read-only)");

    const cliReview = review(s, "actuals-segments.json");
    const line = cliReview.variance.find((v) => v.month === 3 && v.segment === "Sales" && v.key === "applying" && v.tier === "AI Literacy");
    assert.ok(line, "the variance has Sales's own Literacy applying line");
    assert.equal(line.segment_index, sales);
    assert.equal(line.actual, 2);
    // Red when 2 is more than 15 % short of Sales's plan (plan > 2 / 0.85), as the rule says.
    if (line.plan > 2 / 0.85) assert.equal(line.status, "red", `2 against Sales's plan of ${line.plan}`);
    note(`variance: Applying AI Literacy, Sales: plan ${line.plan.toFixed(1)}, actual 2, ${line.status}`);
    const onPage = await pageReview(page);
    assert.deepEqual(onPage, cliReview, "planner.review() = planner-cli report FILE --as-of 2027-03 --json");
    note(`page review = CLI review: ${onPage.variance.filter((v) => v.segment).length} lines by segment`);
    await waitFrames(page, 2);
    assertShowsUi(await screenshot(page, "actuals-segments-laptop"));
    assert.deepEqual(page.plannerErrors, [], "no page errors in the editor");

    // The reader: the review's table by segment, Sales's Literacy row as the variance has it.
    const fragment = await page.evaluate(() => window.planner.linkFragment());
    const reader = await openPlanner(context, `${serverUrl()}#${fragment}&view=summary`, { reader: true });
    assert.ok(await readerShowing(reader), "a view=summary link opens the reader");
    const rows = await reader.evaluate(() => {
      const caption = [...document.querySelectorAll("caption")]
        .find((c) => c.textContent.startsWith("By segment"));
      const table = caption?.closest("table");
      return table ? [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent.trim())) : null;
    });
    assert.ok(rows, "the reader's review has a table by segment");
    const completedOf = (v) => cliReview.variance.find((c) => c.month === 3 && c.key === "completed" && c.segment === v.segment && c.tier === v.tier);
    const expected = cliReview.variance.filter((v) => v.month === 3 && v.segment && v.key === "applying" &&
      [v.plan, v.actual, completedOf(v).plan, completedOf(v).actual].some((x) => x !== 0));
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), expected.map((v) => [v.segment, v.tier]),
      "a row per segment and tier with anyone planned or reported, in the variance's order");
    const salesRow = rows.find((r) => r[0] === "Sales" && r[1] === "AI Literacy");
    assert.ok(salesRow, "Sales, AI Literacy is a row");
    assert.equal(salesRow[3], "2", "Sales's Literacy applying as typed");
    assert.ok(salesRow[4].startsWith(line.status), `status ${line.status}`);
    await reader.evaluate(() => [...document.querySelectorAll("caption")].find((c) => c.textContent.startsWith("By segment"))?.scrollIntoView());
    await screenshot(reader, "actuals-segments-reader");
    assert.deepEqual(reader.plannerErrors, [], "no page errors in the reader");
    await context.close();

    // Phone size: a phone opens the reader (web/loader.js); the review's table by segment there.
    const phone = await newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
    try {
      const p = await openPlanner(phone, `${serverUrl()}#${fragment}`, { reader: true });
      assert.ok(await readerShowing(p), "a phone opens the reader");
      const fits = await p.evaluate(() => {
        const caption = [...document.querySelectorAll("caption")].find((c) => c.textContent.startsWith("By segment"));
        caption?.scrollIntoView();
        return caption ? document.documentElement.scrollWidth <= window.innerWidth + 1 : null;
      });
      assert.equal(fits, true, "the table by segment is there and the page does not scroll sideways");
      await screenshot(p, "actuals-segments-phone");
      assert.deepEqual(p.plannerErrors, [], "no page errors at phone size");
    } finally {
      await phone.close();
    }
  }, { timeoutS: 480 });
}
