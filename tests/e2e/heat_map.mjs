// heat_map.mjs — the capability heat map (issue 13, part 4) in the browser:
// the editor's results tab "Heat map" (month slider, screenshot looked at),
// the reader's section whose rows and status words are the engine's
// (`planner-cli report --json --heat-map`), and the File menu's "Export
// workbook" (written by the tools worker: import.mjs downloads and reads it).
//
// registerHeatMapTests(h): h carries run.mjs's runner and helpers (see the call there).
import assert from "node:assert/strict";

import { clickCanvas, clickItem, lastError, openPlanner, rectOf, waitFrames } from "./lib/planner_page.mjs";

const kPreset = "default";

export function registerHeatMapTests({ test, note, newContext, screenshot, assertShowsUi, cli, serverUrl }) {
  const heatMap = () => JSON.parse(cli("report", "--preset", kPreset, "--json", "--heat-map")).heat_map;
  const link = (view) => {
    const l = cli("export", "--preset", kPreset, "--as", "link").trim();
    return `${serverUrl()}${l.slice(l.indexOf("#"))}${view ? `&view=${view}` : ""}`;
  };

  test("heat map: the editor's Heat map tab shows the month slider; the File menu offers the workbook", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, link());
      // At 1280 px the last tabs are beyond the bar's right end: a user scrolls
      // the bar with its arrow (at the bar's right end) until the tab shows, then clicks it.
      const view = page.viewportSize();
      let tab = await rectOf(page, "results.Heat map");
      for (let i = 0; i < 12 && tab.x + tab.w > view.width - 40; ++i) {
        await clickCanvas(page, view.width - 17, tab.y + tab.h / 2);
        await waitFrames(page, 2);
        tab = await rectOf(page, "results.Heat map");
      }
      await clickCanvas(page, tab.x + tab.w / 2, tab.y + tab.h / 2);
      await waitFrames(page, 3);
      const file = await screenshot(page, "heat-map");
      const slider = await rectOf(page, "results.heat_map.month");
      assert.ok(slider.w > 0 && slider.h > 0, "the month slider is drawn");
      const v = assertShowsUi(file);
      note(`heat map tab: ${file} (${v.colours} colours)`);
      assert.equal(await lastError(page), "");
      await clickItem(page, "menu.file");
      await waitFrames(page, 2);
      const rects = await page.evaluate(() => window.planner.rects());
      assert.ok("menu.file.export_workbook" in rects, "Export workbook (the tools worker writes it)");
      await page.keyboard.press("Escape");
    } finally {
      await context.close();
    }
  });

  test("heat map: the reader's section lists the engine's rows, in order, with status in words", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, link("summary"), { reader: true });
      const section = await page.evaluate(() => {
        const h = document.getElementById("rd-heat-map");
        if (!h) return null;
        const rows = [...h.parentElement.querySelectorAll("tbody tr")].map((tr) => ({
          segment: tr.querySelector("th").textContent,
          cells: [...tr.querySelectorAll("td")].map((td) => ({ cls: td.className, text: td.textContent })),
        }));
        return { intro: h.parentElement.querySelector("p").textContent, rows };
      });
      assert.ok(section, "the reader has a Capability heat map section");
      const want = heatMap();
      assert.match(section.intro, new RegExp(`At month ${want.month} `));
      assert.deepEqual(section.rows.map((r) => r.segment), want.rows.map((r) => r.segment), "rows in the engine's order");
      section.rows.forEach((row, i) => want.rows[i].tiers.forEach((t, k) => {
        assert.equal(row.cells[k].cls, `heat-${t.status}`, `${row.segment} / ${t.tier}: colour`);
        assert.ok(row.cells[k].text.includes(`${t.status}: `), `${row.segment} / ${t.tier}: status in words`);
      }));
      note(`reader heat map: ${section.rows.length} segments, first ${section.rows[0].segment} (${want.rows[0].status})`);
      await page.evaluate(() => document.getElementById("rd-heat-map").scrollIntoView());
      note(`reader heat map: ${await screenshot(page, "reader-heat-map")}`);
    } finally {
      await context.close();
    }
  });
}
