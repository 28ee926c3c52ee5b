// actuals.mjs — issue 15 in the browser, as an L&D lead three months in: open
// the Actuals tab, set the as-of month, start three months from the plan's
// figures, type an overspend and a shortfall in people applying; the variance
// and the forecast move (read through planner-cli on the page's own scenario),
// and the reader's review reads exactly as `planner-cli report --as-of`.
//
// Registered by run.mjs: registerActualsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl }).
import assert from "node:assert/strict";
import path from "node:path";

import { clickItem, openPlanner, readerShowing, review as pageReview, scenario, typeIntoField, waitFrames } from "./lib/planner_page.mjs";

const kAsOf = "2027-03";  // the default preset starts in January 2027: plan month 3

export function registerActualsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl }) {
  const review = (s, name) => JSON.parse(cli("report", writeTemp(name, JSON.stringify(s)), "--as-of", kAsOf, "--json"));
  const figure = (doc, key) => doc.forecast.figures.find((f) => f.key === key);

  test("actuals: three months typed in the Actuals tab move the variance and the forecast; the reader's review reads as the CLI's", async () => {
    const context = await newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await openPlanner(context, serverUrl());
    await clickItem(page, "tab.Actuals");
    await typeIntoField(page, "actuals.as_of", "3");
    for (const m of [1, 2, 3]) await clickItem(page, `actuals.m${m}.add`);
    let s = await scenario(page);
    assert.equal(s.actuals.as_of_month, 3);
    assert.deepEqual(s.actuals.months.map((a) => a.month), [1, 2, 3], "three months started from the plan");
    const started = review(s, "actuals-started.json");
    // Started from the plan's own figures (whole people, whole dollars): on plan.
    assert.ok(started.variance.filter((v) => v.key === "spend").every((v) => v.status === "green"), "spend on plan");
    const planCost = figure(started, "incremental_cost").plan;
    assert.ok(Math.abs(figure(started, "incremental_cost").forecast - planCost) < 5, "forecast cost = plan cost, to the dollar");

    await typeIntoField(page, "actuals.m2.spend", "90000");
    await typeIntoField(page, "actuals.m3.t1.applying", "10");
    s = await scenario(page);
    assert.equal(s.actuals.months[1].spend, 90000);
    assert.equal(s.actuals.months[2].applying[0], 10);
    const typed = review(s, "actuals-typed.json");
    const spend2 = typed.variance.find((v) => v.month === 2 && v.key === "spend");
    assert.equal(spend2.status, "red", `February's spend ${spend2.actual} against ${spend2.plan} is red`);
    const applying3 = typed.variance.find((v) => v.month === 3 && v.key === "applying" && v.tier === "AI Literacy");
    assert.equal(applying3.status, "red", "10 applying Literacy against the plan's is red");
    const cost = figure(typed, "incremental_cost"), benefits = figure(typed, "benefits");
    assert.ok(cost.forecast > figure(started, "incremental_cost").forecast, "the overspend raises the forecast cost");
    assert.ok(benefits.forecast < figure(started, "benefits").forecast, "fewer applying lowers the forecast benefits");
    note(`forecast incremental cost ${Math.round(cost.plan)} -> ${Math.round(cost.forecast)}, benefits ${Math.round(benefits.plan)} -> ${Math.round(benefits.forecast)}`);
    // The page's review is the CLI's for the saved file, field for field.
    const onPage = await pageReview(page);
    assert.ok(onPage && onPage.variance.length > 0, "the page gives a review");
    assert.deepEqual(onPage, typed, "planner.review() = planner-cli report FILE --as-of 2027-03 --json");
    note(`page review = CLI review: ${onPage.variance.length} variance lines, ${onPage.forecast.figures.length} forecast figures`);
    await waitFrames(page, 2);
    assertShowsUi(await screenshot(page, "actuals-editor"));
    // The measurement plan editor: a Fluency target typed on the page reaches the scenario and the review.
    await clickItem(page, "measures.open");
    await typeIntoField(page, "measures.4.target", "3");
    s = await scenario(page);
    assert.equal(s.measures.length, 9, "Leland's nine metrics, written out on the first edit");
    assert.equal(s.measures[4].name, "Hours saved per workflow");
    assert.equal(s.measures[4].target, 3);
    const measured = review(s, "actuals-measured.json");
    assert.equal(measured.measures[4].target, 3, "the CLI's review carries the edited target");
    assert.deepEqual(await pageReview(page), measured, "after the edit too, the page's review is the CLI's");
    assertShowsUi(await screenshot(page, "actuals-measures"));
    await page.evaluate(() => window.scrollTo(0, 0));

    // The same plan in the reader: its review section reads as the CLI's text review.
    const fragment = await page.evaluate(() => window.planner.linkFragment());
    const reader = await openPlanner(context, `${serverUrl()}#${fragment}&view=summary`, { reader: true });
    assert.ok(await readerShowing(reader), "a view=summary link opens the reader");
    const rows = await reader.evaluate(() => {
      const table = document.querySelector("#rd-review")?.closest("section")?.querySelector("table");
      return table ? [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent.trim())) : null;
    });
    assert.ok(rows && rows.length >= 6, "the reader shows the review's plan and forecast table");
    const text = cli("report", writeTemp("actuals-typed.json", JSON.stringify(s)), "--as-of", kAsOf);
    const cliRows = new Map(text.split("\n").map((l) => l.trim().split(/\s{2,}/)).filter((c) => c.length === 3).map((c) => [c[0], c]));
    for (const [label, plan, forecast] of rows) {
      assert.ok(cliRows.has(label), `the CLI review has "${label}"`);
      assert.deepEqual([plan, forecast], cliRows.get(label).slice(1), `${label}: plan and forecast as the CLI gives them`);
    }
    note(`reader review: ${rows.map((r) => `${r[0]} ${r[1]} -> ${r[2]}`).slice(0, 3).join("; ")}`);
    await reader.evaluate(() => document.querySelector("#rd-review").scrollIntoView());
    const shot = await screenshot(reader, "actuals-reader");
    note(`screenshots: web-actuals-editor.png, ${path.basename(shot)}`);
    assert.deepEqual(page.plannerErrors, [], "no page errors in the editor");
    assert.deepEqual(reader.plannerErrors, [], "no page errors in the reader");
  }, { timeoutS: 480 });
}
