// touch.mjs — the ImGui editor on phones and tablets, and for screen readers
// (issue 12, parts 3 and 4): one tap switches a tab, a swipe scrolls a panel
// and leaves no tooltip, a long-press shows one, number fields raise the
// number pad, headline cards never cut a label or a figure, the ARIA live
// region holds the headline figures, the Tab key reaches the canvas; and
// screenshots of the editor at phone, tablet and laptop sizes, light and dark.
//
// Registered from run.mjs: registerTouchTests({ test, newContext, screenshot, note, assertShowsUi, serverUrl }).
import assert from "node:assert/strict";

import { clickItem, rectOf, waitFrames, waitReady } from "./lib/planner_page.mjs";

export const devices = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true },
  laptop: { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
};

// Opens the editor. Where a phone lands on the HTML reader first (a #reader
// element is visible), its "Edit this plan" button leads to the editor.
export async function openEditor(context, url) {
  const page = await context.newPage();
  page.plannerErrors = [];
  page.on("pageerror", (e) => page.plannerErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") page.plannerErrors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  const readerShown = () => {
    const r = document.getElementById("reader");
    return !!r && r.offsetParent !== null && getComputedStyle(r).display !== "none";
  };
  // A function, not a string: the page's Content-Security-Policy refuses eval, which a string predicate needs.
  await page.waitForFunction(() => {
    const r = document.getElementById("reader");
    const shown = !!r && r.offsetParent !== null && getComputedStyle(r).display !== "none";
    return (window.planner && window.planner.ready === true) || shown;
  }, null, { timeout: 90000, polling: 50 });
  if (await page.evaluate(readerShown)) {
    await page.getByRole("button", { name: "Edit this plan" }).click();
    await waitReady(page);
  }
  await waitFrames(page, 2);
  return page;
}

const uiState = (page) => page.evaluate(() => window.planner.uiState());
const centre = async (page, id) => {
  const r = await rectOf(page, id);
  return page.evaluate(([x, y]) => window.planner.toPage(x, y), [r.x + r.w / 2, r.y + r.h / 2]);
};

// A finger through CDP: down at `from`, then `moves` (page pixels) every
// `stepMs` (real time, as a finger moves, not one per drawn frame), then up.
// `holdUntil(page)`: keep the finger still until it returns true.
async function finger(page, context, from, moves = [], { stepMs = 16, holdUntil = null } = {}) {
  const cdp = await context.newCDPSession(page);
  const at = (p) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(from) });
  await waitFrames(page, 2);  // the start point is hovered in a drawn frame
  for (let i = 0; holdUntil && !(await holdUntil(page)); i++) {
    if (i > 200) throw new Error("the hold never took effect");
    await page.waitForTimeout(50);
  }
  for (const p of moves) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(p) });
    await page.waitForTimeout(stepMs);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

// A flick: the finger moves 60 times a second and lifts, as on a phone. The
// moves are dispatched in the page, spaced in real time, without waiting for
// frames: under software rendering a CDP event per step would take as long
// as a frame (a second here), and no finger is that slow.
async function flick(page, context, from, dx, dy, { steps = 10, stepMs = 16 } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
  await cdp.detach();
  await waitFrames(page, 2);  // the start point is hovered in a drawn frame
  await page.evaluate(([from, dx, dy, steps, stepMs]) => {
    const canvas = document.getElementById("canvas");
    const touch = (x, y) => new Touch({ identifier: 1, target: canvas, clientX: x, clientY: y });
    const send = (type, t) => canvas.dispatchEvent(new TouchEvent(type, {
      bubbles: true, cancelable: true, touches: type === "touchend" ? [] : [t], changedTouches: [t] }));
    let t = touch(from.x, from.y);
    for (let i = 1; i <= steps; i++) {
      const until = performance.now() + stepMs;
      while (performance.now() < until) { /* a finger's pace */ }
      t = touch(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
      send("touchmove", t);
    }
    send("touchend", t);
  }, [from, dx, dy, steps, stepMs]);
}

// Waits until the page stops drawing for gestures (taps finished, inertia over).
async function settle(page) {
  await waitFrames(page, 3);
  let last = null;
  for (let i = 0; i < 40; i++) {
    const s = JSON.stringify((await uiState(page)).scroll);
    if (s === last) return;
    last = s;
    await waitFrames(page, 3);
  }
}

function inside(text, card, id) {
  const slack = 0.5;
  assert.ok(text.x >= card.x - slack && text.x + text.w <= card.x + card.w + slack &&
            text.y >= card.y - slack && text.y + text.h <= card.y + card.h + slack,
    `${id} [${text.x.toFixed(1)}, ${text.y.toFixed(1)}, ${text.w.toFixed(1)} x ${text.h.toFixed(1)}] ` +
    `lies outside its card [${card.x.toFixed(1)}, ${card.y.toFixed(1)}, ${card.w.toFixed(1)} x ${card.h.toFixed(1)}]`);
}

// Every headline label, figure and detail line lies inside its card; returns the column count.
async function assertHeadlineWhole(page) {
  const rects = await page.evaluate(() => window.planner.rects());
  const cards = Object.keys(rects).filter((k) => /^headline\.\d+\.card$/.test(k));
  assert.equal(cards.length, 6, "six headline cards");
  const canvasW = await page.evaluate(() => document.getElementById("canvas").width);
  const tops = new Set();
  for (const id of cards) {
    const [x, y, w, h] = rects[id];
    const card = { x, y, w, h };
    assert.ok(x >= 0 && x + w <= canvasW + 0.5, `${id} lies within the canvas`);
    tops.add(Math.round(y));
    const prefix = id.replace(/card$/, "");
    const texts = Object.keys(rects).filter((k) => k.startsWith(prefix) && k !== id);
    assert.ok(texts.some((k) => k.endsWith(".value")), `${prefix}value drawn`);
    for (const k of texts) {
      const [tx, ty, tw, th] = rects[k];
      inside({ x: tx, y: ty, w: tw, h: th }, card, k);
    }
  }
  return 6 / tops.size;
}

// "$1.1M" -> 1100000
function money(text) {
  const m = /^-?[^\d-]*([\d,.]+)([KMBT]?)$/.exec(text.trim());
  if (!m) return NaN;
  return parseFloat(m[1].replace(/,/g, "")) * ({ "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 })[m[2]];
}

export function registerTouchTests({ test, newContext, screenshot, note, assertShowsUi, serverUrl }) {
  async function withEditor(options, fn) {
    const context = await newContext(options);
    try {
      const page = await openEditor(context, serverUrl());
      const out = await fn(page, context);
      assert.deepEqual(page.plannerErrors, [], "the page reported errors");
      return out;
    } finally {
      await context.close();
    }
  }

  for (const name of ["phone", "tablet"]) {
    const d = devices[name];
    const size = `${d.viewport.width}x${d.viewport.height}`;

    test(`touch ${name} ${size}: one tap switches an editor tab`, () => withEditor(d, async (page) => {
      assert.ok(!(await uiState(page)).tabs.includes("Plan"), "the Plan tab is not open at first");
      await page.touchscreen.tap(...Object.values(await centre(page, "tab.Plan")));
      await settle(page);
      const state = await uiState(page);
      assert.equal(state.gesture, "tap");
      assert.ok(state.tabs.includes("Plan"), `one tap opened the Plan tab (open tabs: ${state.tabs.join(", ")})`);
      assert.equal(state.tooltip, false, "no tooltip stays after the tap");
      // On a phone, inputs and results take turns in two tabs.
      if ((await page.evaluate(() => window.planner.rects()))["layout.results"]) {
        await page.touchscreen.tap(...Object.values(await centre(page, "layout.results")));
        await settle(page);
        assert.ok((await uiState(page)).tabs.includes("Results"), "one tap opened the Results tab");
        assertShowsUi(await screenshot(page, `editor-${name}-results`));
      }
    }));

    test(`touch ${name} ${size}: a swipe scrolls the panel under the finger, with inertia, and leaves no tooltip`, () =>
      withEditor(d, async (page, context) => {
        // A plan with many segments, so the Segments panel is taller than the screen.
        const s = await page.evaluate(() => window.planner.scenario());
        while (s.segments.length < 30) s.segments.push({ ...s.segments[0], name: `Team ${s.segments.length + 1}` });
        assert.equal(await page.evaluate((json) => window.planner.setScenario(json), s), true);
        await waitFrames(page, 3);
        const before = await uiState(page);
        const tall = Object.entries(before.scroll).filter(([w, v]) => v[3] > 0 && w !== "##MainMenuBar");
        assert.ok(tall.length > 0, `some panel can scroll down (${JSON.stringify(before.scroll)})`);
        // The swipe starts on a number field of the first segment and moves up:
        // a vertical swipe scrolls, it does not drag the number.
        const headcount = s.segments[0].headcount;
        const from = await centre(page, "segments.0.headcount");
        const dy = -Math.min(120, from.y - 40);
        await flick(page, context, from, 0, dy);
        const lifted = await uiState(page);
        await settle(page);
        const after = await uiState(page);
        assert.equal(after.gesture, "scroll");
        const moved = Object.keys(after.scroll).map((w) => ({
          w, by: after.scroll[w][1] - (before.scroll[w] ? before.scroll[w][1] : 0),
          atEnd: after.scroll[w][1] >= after.scroll[w][3] - 0.5,
          sinceLift: after.scroll[w][1] - (lifted.scroll[w] ? lifted.scroll[w][1] : 0),
        })).filter((m) => m.by > 0);
        assert.ok(moved.length > 0, `a panel scrolled down (windows: ${JSON.stringify(after.scroll)})`);
        const m = moved[0];
        note(`${name}: the swipe of ${-dy} CSS px scrolled ${m.w} by ${m.by.toFixed(0)} device px ` +
             `(${m.sinceLift.toFixed(0)} of them after the finger lifted${m.atEnd ? ", reached the end" : ""})`);
        if (!m.atEnd) assert.ok(m.sinceLift > 0, "the panel kept moving after the finger lifted (inertia)");
        assert.equal(after.tooltip, false, "no tooltip is left after the swipe");
        assert.equal((await page.evaluate(() => window.planner.scenario())).segments[0].headcount, headcount,
          "the swipe did not drag the number it started on");
      }));

    test(`touch ${name} ${size}: a long-press shows the tooltip; a tap on a number raises the number pad`, () =>
      withEditor(d, async (page, context) => {
        const at = await centre(page, "segments.0.headcount");
        await finger(page, context, at, [], { holdUntil: async (p) => (await uiState(p)).gesture === "long-press" });
        await waitFrames(page, 2);
        let state = await uiState(page);
        assert.equal(state.gesture, "long-press");
        assert.equal(state.tooltip, true, "the long-press shows the field's tooltip");
        await page.touchscreen.tap(at.x, at.y);
        await settle(page);
        state = await uiState(page);
        assert.equal(state.tooltip, false, "the next tap puts the tooltip away");
        const input = await page.evaluate(() => {
          const e = document.activeElement;
          return { id: e && e.id, mode: e && e.inputMode };
        });
        assert.deepEqual(input, { id: "planner-touch-input", mode: "decimal" },
          "the tap opened the number for typing and focused the off-screen input with the number pad");
      }));
  }

  test("touch phone: the toolbar's overflow menu keeps the case, undo, redo and copy link one tap away", () =>
    withEditor(devices.phone, async (page) => {
      const rects = await page.evaluate(() => window.planner.rects());
      const canvasW = await page.evaluate(() => document.getElementById("canvas").width);
      assert.ok(!rects["case.low"], "the case buttons do not fit beside the menus at 390 px");
      const more = rects["toolbar.more"];
      assert.ok(more && more[0] + more[2] <= canvasW + 0.5, "the overflow menu button lies on screen");
      await page.touchscreen.tap(...Object.values(await centre(page, "toolbar.more")));
      await settle(page);
      for (const id of ["toolbar.more.low", "toolbar.more.likely", "toolbar.more.high", "toolbar.more.copy_link"])
        assert.ok((await page.evaluate(() => window.planner.rects()))[id], `${id} is in the open menu`);
      await screenshot(page, "editor-phone-overflow-menu");
      await page.touchscreen.tap(...Object.values(await centre(page, "toolbar.more.high")));
      await settle(page);
      assert.equal((await page.evaluate(() => window.planner.results())).case, "high", "one tap chose the High case");
    }));

  test("editor at phone, tablet and laptop sizes: headline labels and figures are never cut; screenshots light and dark", async () => {
    for (const [name, d] of Object.entries(devices)) {
      for (const theme of ["light", "dark"]) {
        await withEditor({ ...d, colorScheme: theme }, async (page) => {
          const dark = theme === "dark";
          assert.equal(await page.evaluate(() => window.matchMedia("(prefers-color-scheme: dark)").matches), dark);
          const columns = await assertHeadlineWhole(page);
          // The first visit follows the system's theme: the screenshot shows which was applied.
          const file = await screenshot(page, `editor-${name}-${theme}`);
          assertShowsUi(file);
          note(`${name} ${theme}: ${columns} headline columns, screenshot build/screenshots/web-editor-${name}-${theme}.png`);
          assert.equal((await uiState(page)).dark, dark, `the first visit follows the system's ${theme} theme`);
        });
      }
    }
  }, { timeoutS: 600 });

  test("a saved theme wins over the system's on the next visit", async () => {
    const context = await newContext({ colorScheme: "dark" });
    try {
      let page = await openEditor(context, serverUrl());
      await page.evaluate(() => window.planner.setDark(false));  // the user picks light
      await waitFrames(page, 3);
      assert.equal(await page.evaluate(() => localStorage.getItem("ai-upskilling-planner/theme")), "light");
      await page.close();
      page = await openEditor(context, serverUrl());
      assert.equal(await page.evaluate(() => localStorage.getItem("ai-upskilling-planner/theme")), "light",
        "the choice is still saved after the reload");
      assert.equal((await uiState(page)).dark, false, "the saved light theme wins over the dark system");
    } finally {
      await context.close();
    }
  });

  test("screen readers: the live region holds the headline figures and follows edits; Tab reaches the canvas", () =>
    withEditor(devices.laptop, async (page) => {
      const region = () => page.evaluate(() => ({
        live: document.getElementById("planner-a11y-figures").getAttribute("aria-live"),
        items: [...document.querySelectorAll("#planner-a11y-figures li")].map((li) => li.textContent),
        hidden: document.getElementById("planner-a11y").getBoundingClientRect().width <= 1,
      }));
      await page.waitForFunction(() => document.querySelectorAll("#planner-a11y-figures li").length === 6, null,
        { timeout: 10000 });
      let r = await region();
      assert.equal(r.live, "polite");
      assert.ok(r.hidden, "the region is visually hidden");
      const results = await page.evaluate(() => window.planner.results());
      const cost = r.items.find((t) => t.startsWith("Incremental cost: "));
      assert.ok(cost, `an Incremental cost line (${r.items.join(" | ")})`);
      const shown = money(cost.slice("Incremental cost: ".length).split(" (")[0]);
      const engine = results.totals.incremental_cost;
      assert.ok(Math.abs(shown - engine) <= 0.05 * engine, `the region's cost ${shown} reads the engine's ${engine}`);
      for (const t of r.items) assert.match(t, /^[^:]+: \S/, "label: value");
      note(`live region: ${r.items.join(" | ")}`);

      const s = await page.evaluate(() => window.planner.scenario());
      s.segments[0].headcount *= 3;
      await page.evaluate((json) => window.planner.setScenario(json), s);
      await waitFrames(page, 2);
      await page.waitForFunction((old) => document.querySelector("#planner-a11y-figures li").textContent !== old,
        r.items[0], { timeout: 5000 });
      r = await region();
      assert.notEqual(r.items[0], cost, "the region followed the edit");

      // The field the keyboard (or a click) is on is said with its name and value.
      await clickItem(page, "segments.0.headcount");
      await page.waitForFunction(() => /^Headcount: \d/.test(document.getElementById("planner-a11y-focus").textContent),
        null, { timeout: 5000 });
      note(`focus: ${await page.evaluate(() => document.getElementById("planner-a11y-focus").textContent)}`);
      await page.keyboard.press("Escape");
      await waitFrames(page, 2);

      // Help > Keyboard lists the shortcuts.
      await clickItem(page, "menu.help");
      await clickItem(page, "menu.help.keyboard");
      await screenshot(page, "editor-help-keyboard");
      await page.keyboard.press("Escape");
      await waitFrames(page, 2);

      // The browser's Tab key moves focus from the page into the app.
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), "canvas");
    }));
}
