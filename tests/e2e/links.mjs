// links.mjs — links that survive mail and chat (issue 12, part 5), in the browser:
// Copy link on a 100-segment plan gives a link within 2,000 characters that
// opens with identical results(); a stored format-1 link opens with the
// results it gave; a link over the limit is still copied and the note offers
// the file or the summary as text; a fragment that is not a planner link, or
// one from a newer planner, gets a message instead of opening something else.
//
// registerLinkTests(h): h carries run.mjs's runner and helpers (see the call there).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { clickItem, lastError, openPlanner, results, waitFrames } from "./lib/planner_page.mjs";

const kMaxShareLinkChars = 2000;  // io::kMaxShareLinkChars: the whole link

export function registerLinkTests({ test, note, newContext, serverUrl, cli, screenshot, assertShowsUi, root }) {
  const fixtures = path.join(root, "tests/io/fixtures/links-format1");
  const storedLink = (name) => fs.readFileSync(path.join(fixtures, `${name}.link`), "utf8").trim();
  const storedResults = (name) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(fixtures, `${name}.json.gz`))));
  const planOf = (name) => cli("export", "--link", storedLink(name), "--as", "json");
  const rects = (page) => page.evaluate(() => window.planner.rects());
  const lastNotice = (page) => page.evaluate(() => window.planner.lastNotice());

  // Loads a plan through the hook and copies its link with the toolbar button.
  async function copyLinkOf(page, json) {
    assert.equal(await page.evaluate((j) => window.planner.setScenario(j), json), true, "the plan loads");
    await waitFrames(page, 2);
    await clickItem(page, "toolbar.copy_link");
    await waitFrames(page, 2);
    return page.evaluate(() => window.planner.lastCopied());
  }

  test("links: Copy link on a 100-segment plan gives <= 2,000 characters and opens with identical results()", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      for (const name of ["large-100-segments", "large-100-segments-named"]) {
        const link = await copyLinkOf(page, planOf(name));
        assert.match(link, /#s=2\./, "Copy link writes link format 2");
        note(`${name}: Copy link gave ${link.length} characters (whole link; format 1 gave ${storedLink(name).length - 1} after '#')`);
        assert.ok(link.length <= kMaxShareLinkChars, `${name}: ${link.length} characters`);
        assert.ok(!("long_link.text" in (await rects(page))), "no too-long note for a link within the limit");
        const opened = await openPlanner(context, link);
        assert.deepEqual(await results(opened), await results(page), "the link opens the same plan");
        assert.deepEqual(await results(opened), storedResults(name), "= the results the format-1 link gave");
        assert.equal(await lastError(opened), "");
        await opened.close();
      }
    } finally {
      await context.close();
    }
  });

  test("links: a stored format-1 link opens with the results it gave", async () => {
    const context = await newContext();
    try {
      for (const name of ["large-100-segments-varied", "comparison-default-vs-aie", "view-summary-jain"]) {
        const page = await openPlanner(context, `${serverUrl()}${storedLink(name)}`);
        assert.deepEqual(await results(page), storedResults(name), name);
        assert.equal(await lastError(page), "", name);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  test("links: over 2,000 characters Copy link still copies, says so, and offers the file or the summary as text", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      const name = "large-100-segments-varied";
      const link = await copyLinkOf(page, planOf(name));
      assert.ok(link.length > kMaxShareLinkChars, `the varied plan's link is ${link.length} characters`);
      note(`${name}: ${link.length} characters, over the limit: the note shows`);
      const shown = await rects(page);
      for (const id of ["long_link.text", "long_link.save", "long_link.copy_summary"]) assert.ok(id in shown, id);
      const shot = await screenshot(page, "long-link-note");
      assertShowsUi(shot);
      note(`screenshot ${path.relative(root, shot)}`);
      const opened = await openPlanner(context, link);  // still a working link
      assert.deepEqual(await results(opened), storedResults(name));
      await opened.close();
      await clickItem(page, "long_link.copy_summary");
      await waitFrames(page, 2);
      const text = await page.evaluate(() => window.planner.lastCopied());
      assert.equal(text.trim(), cli("report", "--link", storedLink(name)).trim(), "the summary = planner-cli report");
      assert.ok(!("long_link.text" in (await rects(page))), "the note closed");
    } finally {
      await context.close();
    }
  });

  test("links: a fragment that is not a planner link, or from a newer planner, shows a message", async () => {
    const context = await newContext();
    try {
      const home = await openPlanner(context, serverUrl());
      const mine = await results(home);
      await home.close();
      const foreign = await openPlanner(context, `${serverUrl()}#section-2`);
      const notice = await lastNotice(foreign);
      assert.match(notice, /^This link is not a planner link \(it ends in "#section-2"/, notice);
      note(`not a planner link: "${notice}"`);
      assert.deepEqual(await results(foreign), mine, "the user's own plan is on screen");
      await waitFrames(foreign, 2);
      assertShowsUi(await screenshot(foreign, "not-a-planner-link"));
      await foreign.close();
      const newer = await openPlanner(context, `${serverUrl()}#s=9.xyz`);
      assert.match(await lastError(newer), /^This link was made by a newer version of the planner/);
      note(`newer link: "${await lastError(newer)}"`);
      await newer.close();
      const plain = await openPlanner(context, serverUrl());
      assert.equal(await lastNotice(plain), "", "no message without a fragment");
      await plain.close();
    } finally {
      await context.close();
    }
  });
}
