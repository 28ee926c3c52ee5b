#!/usr/bin/env node
// run.mjs — browser end-to-end tests of the planner's web build (build/web/),
// in headless Chromium through playwright-core, acting as a user would and
// reading what the app computed through window.planner.
//
//   node tests/e2e/run.mjs [--only SUBSTRING]
//
// Sections
//   1. Set-up      paths, the CLI the results are compared with, the tiny runner
//   2. Tests       the page (rendering, idle, resize/dpr, touch, offline, updates,
//                  loading, no WebGL2, lost context), input (clipboard, wheel,
//                  typing + undo), presets vs the CLI, the Uncertainty tab (ranges ->
//                  percentiles, frontier pick + undo, sampling frames, Monte Carlo
//                  in Chromium vs native), themes, links, autosave, files (CSV,
//                  report, save, open), timing
//   3. Main        serve the site on a free loopback port, run, print "N passed, N failed"
//
// Screenshots go to build/screenshots/web-*.png. Needs build/web (scripts/build.sh
// wasm) and build/native/shell/cli/planner-cli (scripts/build.sh native).
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { decodePng, imageVariety } from "./lib/png.mjs";
import { registerLinkTests } from "./links.mjs";
import { startServer } from "./lib/server.mjs";
import { registerReaderTests } from "./reader.mjs";
import { registerActualsTests } from "./actuals.mjs";
import { registerActualsSegmentsTests } from "./actuals_segments.mjs";
import { registerForecastTests } from "./forecast.mjs";
import { registerTouchTests } from "./touch.mjs";
import { registerDownloadTests } from "./download.mjs";
import { registerGuideTests } from "./guide.mjs";
import { registerHeatMapTests } from "./heat_map.mjs";
import { registerImportTests } from "./import.mjs";
import { registerImportSegmentTests } from "./import_segments.mjs";
import {
  clickableDots, frontierRects, mouseAway, openUncertaintyTab, scrollIntoView, stats, typeIntoInput, uncertainty, waitSampled,
} from "./lib/uncertainty.mjs";
import {
  clickItem, frames, lastError, openPlanner, pressKey, rectOf, results, scenario, typeIntoField, waitFrames, waitReady,
} from "./lib/planner_page.mjs";

// ---- 1. Set-up ----------------------------------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = process.env.PLANNER_E2E_SITE || path.join(root, "build/web");  // override: a site built elsewhere
const cliPath = process.env.PLANNER_E2E_CLI || path.join(root, "build/native/shell/cli/planner-cli");
const shotDir = path.join(root, "build/screenshots");
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-e2e-"));

// Flags checked on this kind of machine (shared/TOOLCHAIN.md): WebGL2 through SwiftShader.
const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
];

function cli(...args) {
  if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: build it with scripts/build.sh native`);
  try {
    return execFileSync(cliPath, args, { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`planner-cli ${args.join(" ")} failed: ${(error.stderr || error.message).trim()}`);
  }
}

function writeTemp(name, text) {
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function screenshot(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  const file = path.join(shotDir, `web-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// A screenshot that shows a drawn UI, not a blank or single-colour canvas.
function assertShowsUi(file) {
  const v = imageVariety(decodePng(fs.readFileSync(file)));
  assert.ok(v.colours >= 8 && v.nonBackgroundShare >= 0.01,
    `${path.basename(file)} looks blank (${v.colours} colours, ${(v.nonBackgroundShare * 100).toFixed(2)} % non-background)`);
  return v;
}

function assertNoPageErrors(page) {
  assert.deepEqual(page.plannerErrors, [], "the page reported errors");
}

// A test fails on its first failed assertion, or when it runs past its time
// limit (PLANNER_E2E_TIMEOUT_S, default 240 s; a test may ask for more): then
// every browser context it opened is closed, which stops it where it waits.
const tests = [];
const test = (name, fn, { timeoutS } = {}) => tests.push({ name, fn, timeoutS });
const notes = [];  // figures printed after the summary line of each test
const note = (text) => notes.push(text);

let browser, server;
const openContexts = new Set();  // contexts of the running test, closed if it times out
async function newContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true, ...options });
  openContexts.add(context);
  context.on("close", () => openContexts.delete(context));
  return context;
}
async function withPlanner(options, fn) {
  const context = await newContext(options);
  try {
    const page = await openPlanner(context, server.url);
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

// ---- 2. Tests -------------------------------------------------------------------

test("page renders the ImGui UI, with no request leaving the site", async () => {
  const context = await newContext();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  try {
    const page = await openPlanner(context, server.url);
    await rendersUi(page);
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:"));
    assert.deepEqual(foreign, [], "every request goes to the site itself");
  } finally {
    await context.close();
  }
});

async function rendersUi(page) {
  const shot = await screenshot(page, "default");
  const v = assertShowsUi(shot);
  const size = await page.evaluate(() => [document.getElementById("canvas").width, document.getElementById("canvas").height]);
  assert.deepEqual(size, [1280, 720], "canvas drawing buffer = CSS size x devicePixelRatio");
  assert.equal(await page.evaluate(() => document.getElementById("overlay").classList.contains("hidden")), true,
    "the loading overlay is gone");
  assertNoPageErrors(page);
  note(`screenshot ${path.relative(root, shot)}: ${v.colours} colours`);
}

test("idle: after 2 s without input, frames() grows by at most 1 over the next 3 s", () => withPlanner({}, async (page) => {
  // Work in progress (the Monte Carlo sampling after load) rightly keeps drawing.
  const t0 = Date.now();
  await page.waitForFunction(() => !window.planner.busy(), null, { timeout: 60000, polling: 100 });
  note(`the app was busy for ${((Date.now() - t0) / 1000).toFixed(1)} s after ready`);
  await page.waitForTimeout(2000);
  const f0 = await frames(page);
  await page.waitForTimeout(3000);
  const f1 = await frames(page);
  note(`idle frames: ${f0} -> ${f1} over 3 s (grew by ${f1 - f0})`);
  assert.ok(f1 - f0 <= 1, `frames grew by ${f1 - f0} while idle`);
  // ...and it still draws when the user acts.
  await page.mouse.move(300, 200);
  await page.mouse.move(320, 220);
  // Counted from f1 (not from after the moves: their frames may be drawn by then).
  await page.waitForFunction((f) => window.planner.frames() > f, f1, { timeout: 5000, polling: 10 });
}));

test("canvas follows window resizes and devicePixelRatio", async () => {
  await withPlanner({}, async (page) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.waitForFunction(() => document.getElementById("canvas").width === 1000, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.getElementById("canvas").height), 600);
  });
  await withPlanner({ deviceScaleFactor: 2 }, async (page) => {
    const size = await page.evaluate(() => [document.getElementById("canvas").width, document.getElementById("canvas").height]);
    assert.deepEqual(size, [2560, 1440], "dpr 2: the drawing buffer has twice the CSS size");
  });
  // Browser zoom / moving to another monitor: devicePixelRatio changes on a live page.
  await withPlanner({}, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 720, deviceScaleFactor: 1.5, mobile: false });
    // Browser zoom changes devicePixelRatio and fires `resize`; the emulation
    // above changes only the ratio, so the event is sent here.
    await page.evaluate(() => window.dispatchEvent(new Event("resize")));
    await page.waitForFunction(() => document.getElementById("canvas").width === 1920, null, { timeout: 10000 });
    await waitFrames(page, 2);  // a frame drawn at the new size
    assertShowsUi(await screenshot(page, "dpr-1.5-live"));
    assertNoPageErrors(page);
  });
});

test("touch: a tap on the canvas acts where the finger is", () => withPlanner({ hasTouch: true }, async (page) => {
  assert.ok(await rectOf(page, "segments.0.headcount"), "the Segments tab is open at first");
  const tab = await rectOf(page, "tab.Plan");
  const p = await page.evaluate(([x, y]) => window.planner.toPage(x, y), [tab.x + tab.w / 2, tab.y + tab.h / 2]);
  await page.touchscreen.tap(p.x, p.y);
  await waitFrames(page, 3);
  const ids = Object.keys(await page.evaluate(() => window.planner.rects()));
  assert.ok(!ids.includes("segments.0.headcount"), "the tap opened the Plan tab (the segments table is gone)");
}));

// Touch gestures through CDP (page.touchscreen has taps only): a finger down,
// moved in steps, then lifted (touchEnd) or taken by the system (touchCancel).
async function touchGesture(page, context, from, to, { steps = 8, end = "touchEnd" } = {}) {
  const cdp = await context.newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from) });
  await waitFrames(page, 2);
  for (let i = 1; i <= steps && to; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(p) });
    await waitFrames(page, 1);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: end, touchPoints: [] });
  await waitFrames(page, 3);
  await cdp.detach();
}
const centreOnPage = async (page, id) => {
  const r = await rectOf(page, id);
  return page.evaluate(([x, y]) => window.planner.toPage(x, y), [r.x + r.w / 2, r.y + r.h / 2]);
};

test("touch: a drag on a number field changes it, as a mouse drag would", () =>
  withPlanner({ hasTouch: true }, async (page, context) => {
    const before = (await scenario(page)).segments[0].headcount;
    const from = await centreOnPage(page, "segments.0.headcount");
    await touchGesture(page, context, from, { x: from.x + 120, y: from.y });
    const after = (await scenario(page)).segments[0].headcount;
    note(`headcount ${before} -> ${after} after a 120 px drag to the right`);
    assert.ok(after > before, `dragging right raised the headcount (${before} -> ${after})`);
    const tabs = Object.keys(await page.evaluate(() => window.planner.rects()));
    assert.ok(tabs.includes("segments.0.headcount"), "still on the Segments tab: the drag was no tap elsewhere");
  }));

test("touch: a cancelled touch (the system took the gesture) does not press a button", () =>
  withPlanner({ hasTouch: true }, async (page, context) => {
    // A button acts on release (a tab acts on press, so it cannot show this).
    const count = (await scenario(page)).segments.length;
    const revision = await page.evaluate(() => window.planner.revision());
    await touchGesture(page, context, await centreOnPage(page, "segments.add"), null, { end: "touchCancel" });
    assert.equal((await scenario(page)).segments.length, count, "no segment added: a cancel is not a tap");
    assert.equal(await page.evaluate(() => window.planner.revision()), revision, "nothing was edited");
    // ...and the next tap still works (the cancel left no button held).
    await touchGesture(page, context, await centreOnPage(page, "segments.add"), null);
    assert.equal((await scenario(page)).segments.length, count + 1, "a tap after the cancel adds a segment");
  }));

test("offline: after the first visit a reload with the network off still shows the planner", async () => {
  const context = await newContext();
  try {
    const page = await openPlanner(context, server.url);
    // The service worker must have precached the site and taken control.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const sw = await (await fetch(`${server.url}sw.js`)).text();
    const version = /const VERSION = "([0-9a-f]{16})"/.exec(sw);
    assert.ok(version, "the build stamped sw.js with a content version");
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`planner-${version[1]}`], "one cache, named after the version");
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    const shot = await screenshot(page, "offline");
    assertShowsUi(shot);
    assert.ok((await results(page)) !== null, "results() answers offline");
    note(`offline reload: planner ready, screenshot ${path.relative(root, shot)}`);
    await context.setOffline(false);
  } finally {
    await context.close();
  }
});

test("an update: a new build's service worker replaces the cache and offers a reload", async () => {
  // A copy of the site, so this test can publish a "new build" of it.
  const copy = path.join(tmpDir, "site-copy");
  fs.cpSync(siteDir, copy, { recursive: true });
  const copyServer = await startServer(path.join(root, "scripts/serve.py"), copy);
  const context = await newContext();
  try {
    const page = await openPlanner(context, copyServer.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const swFile = path.join(copy, "sw.js");
    const oldVersion = /const VERSION = "([0-9a-f]{16})"/.exec(fs.readFileSync(swFile, "utf8"))[1];
    const newVersion = oldVersion.split("").reverse().join("");
    fs.writeFileSync(swFile, fs.readFileSync(swFile, "utf8").replace(oldVersion, newVersion));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0] === `planner-${v}`),
      newVersion, { timeout: 20000, polling: 200 });
    await page.waitForSelector("#update", { state: "visible", timeout: 10000 });
    note(`cache planner-${oldVersion} replaced by planner-${newVersion}; the page offers a reload`);
  } finally {
    await context.close();
    await copyServer.stop();
  }
});

test("a loading indicator shows the download's progress", async () => {
  const context = await newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions",
      { offline: false, latency: 40, downloadThroughput: 500 * 1024, uploadThroughput: 500 * 1024 });
    await page.goto(server.url);
    await page.waitForFunction(() => /^Loading \d+\.\d MB of \d+\.\d MB/.test(document.getElementById("card-text").textContent),
      null, { timeout: 20000, polling: 50 });
    const bar = await page.evaluate(() => parseFloat(document.getElementById("bar-fill").style.width));
    assert.ok(bar > 0 && bar < 100, `the bar is part-way (${bar} %)`);
    await screenshot(page, "loading");
    await waitReady(page);
    assert.equal(await page.evaluate(() => document.getElementById("overlay").classList.contains("hidden")), true);
  } finally {
    await context.close();
  }
});

test("without WebGL2 the page says so and downloads nothing more", async () => {
  const context = await newContext();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === "webgl2" ? null : original.call(this, type, ...rest);
      };
    });
    await page.goto(server.url);
    await page.waitForSelector("#card.error", { timeout: 10000 });
    const text = await page.evaluate(() => document.getElementById("card").innerText);
    assert.match(text, /WebGL2 is not available/);
    await page.waitForLoadState("networkidle");  // whatever the page would still fetch has been asked for
    assert.ok(!requests.some((u) => u.endsWith("planner.wasm")), "planner.wasm is not fetched");
    await screenshot(page, "no-webgl2");
  } finally {
    await context.close();
  }
});

test("a lost WebGL context shows a message and the last edit is saved", () => withPlanner({}, async (page) => {
  const s = await scenario(page);
  s.segments[0].headcount = 111;
  await page.evaluate((json) => window.planner.setScenario(json), s);
  await page.evaluate(() => document.getElementById("canvas").getContext("webgl2").getExtension("WEBGL_lose_context").loseContext());
  await page.waitForSelector("#card.error", { timeout: 10000 });
  assert.match(await page.evaluate(() => document.getElementById("card").innerText), /graphics context was lost/);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("ai-upskilling-planner/autosave")));
  assert.equal(saved.segments[0].headcount, 111, "the edit was saved at once, not after the usual delay");
}));

test("clipboard: system text pastes into a field, and copying from a field reaches the system", async () => {
  const context = await newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  try {
    const page = await openPlanner(context, server.url);
    await clickItem(page, "segments.0.headcount", { modifiers: ["Control"] });
    await pressKey(page, "Control+a");
    // Text another program put on the system clipboard; Ctrl+V makes the
    // browser fire `paste` with it before ImGui's next frame reads it.
    await page.evaluate(() => navigator.clipboard.writeText("246"));
    await pressKey(page, "Control+v");
    await pressKey(page, "Control+a");
    await pressKey(page, "Control+c");
    await pressKey(page, "Enter");
    assert.equal((await scenario(page)).segments[0].headcount, 246, "the pasted text was typed");
    assert.equal(await page.evaluate(() => window.planner.lastCopied()), "246");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "246", "the system clipboard has it");
  } finally {
    await context.close();
  }
});

test("wheel: one notch scrolls the panel under the mouse by one step, the right way", () =>
  withPlanner({ viewport: { width: 1280, height: 400 } }, async (page) => {
    const before = await rectOf(page, "segments.5.headcount");
    const first = await rectOf(page, "segments.0.headcount");
    const p = await page.evaluate(([x, y]) => window.planner.toPage(x, y), [first.x + first.w / 2, first.y + first.h / 2]);
    await page.mouse.move(p.x, p.y);
    await waitFrames(page, 2);
    await page.mouse.wheel(0, 100);  // one notch down (100 px, Chromium's step)
    await waitFrames(page, 3);
    const after = await rectOf(page, "segments.5.headcount");
    const moved = before.y - after.y;
    note(`one wheel notch scrolled ${moved} px`);
    assert.ok(moved > 0, "content moved up (scrolling down)");
    assert.ok(moved <= 200, `one notch is one step, not ${moved} px`);
  }));

test("typing a headcount into the canvas changes results() as the engine says; Ctrl+Z returns them", () =>
  withPlanner({}, async (page) => {
    const before = await results(page);
    const original = await scenario(page);
    const typed = original.segments[0].headcount === 321 ? 654 : 321;
    await typeIntoField(page, "segments.0.headcount", String(typed));
    const edited = await scenario(page);
    assert.equal(edited.segments[0].headcount, typed, "the typed headcount is in the scenario");
    const after = await results(page);
    assert.notDeepEqual(after.totals, before.totals, "the totals changed");
    const engine = JSON.parse(cli("report", writeTemp("edited.json", JSON.stringify(edited)), "--json"));
    assert.deepEqual(after, engine, "results() = planner-cli report --json for the edited scenario");
    await screenshot(page, "edit-headcount");
    await pressKey(page, "Control+z");
    assert.deepEqual(await results(page), before, "Ctrl+Z restores the results");
    assert.equal((await scenario(page)).segments[0].headcount, original.segments[0].headcount);
    await screenshot(page, "edit-undone");
    assertNoPageErrors(page);
  }));

test("presets from the menu give the same results() as `planner-cli report --preset NAME --json`", () =>
  withPlanner({}, async (page) => {
    const names = cli("presets").split("\n").map((l) => l.trim().split(/\s+/)[0]).filter(Boolean);
    assert.ok(names.length > 0, "the CLI lists presets");
    for (const name of names) {
      await clickItem(page, "menu.presets");
      await clickItem(page, `preset.${name}`);
      const engine = JSON.parse(cli("report", "--preset", name, "--json"));
      assert.deepEqual(await results(page), engine, `preset ${name}`);
      await screenshot(page, `preset-${name}`);
    }
    note(`presets compared: ${names.join(", ")}`);
  }));

test("uncertainty: the page's Monte Carlo equals `planner-cli simulate --json`", () => withPlanner({}, async (page) => {
  await page.waitForFunction(() => !window.planner.busy(), null, { timeout: 120000, polling: 200 });
  const file = writeTemp("simulated.json", JSON.stringify(await scenario(page)));
  const shown = await page.evaluate(() => window.planner.uncertainty());
  assert.ok(shown.samples > 0, "the page has samples");
  assert.deepEqual(shown, JSON.parse(cli("simulate", file, "--json")), "same samples, same percentiles");
}));

// ---- Uncertainty tab as a user (issue 6): ranges -> percentiles, frontier pick + undo, sampling frames, benchmark.
// results() is the likely case and equals `planner-cli report --json`, so the
// percentiles are read through uncertainty() (= `planner-cli simulate --json`).

test("uncertainty: typing a higher cost into a range raises P90 of incremental cost in uncertainty()", () =>
  withPlanner({}, async (page) => {
    await openUncertaintyTab(page);
    const before = await waitSampled(page);
    const resultsBefore = await results(page);
    assert.ok(resultsBefore.by_model.coaching.learners > 0, "the default plan uses coaching");
    await mouseAway(page);
    await screenshot(page, "uncertainty-mc");
    // Models tab -> the coaching row -> its high cost, typed.
    await clickItem(page, "tab.Models");
    await clickItem(page, "models.coaching");
    const old = (await scenario(page)).models.find((m) => m.id === "coaching").cost;
    const high = old.high * 2;
    await typeIntoField(page, "model.cost.high", String(high));
    const edited = await scenario(page);
    assert.deepEqual(edited.models.find((m) => m.id === "coaching").cost, { ...old, high }, "only the high end changed");
    const after = await waitSampled(page);
    const [b, a] = [before.outputs.incremental_cost, after.outputs.incremental_cost];
    const money = (v) => `$${Math.round(v).toLocaleString("en-US")}`;
    note(`coaching high ${money(old.high)} -> ${money(high)}: incremental cost P10 ${money(b.p10)} -> ${money(a.p10)}, ` +
      `P50 ${money(b.p50)} -> ${money(a.p50)}, P90 ${money(b.p90)} -> ${money(a.p90)} (${after.samples} samples)`);
    assert.ok(a.p90 > b.p90, `P90 of incremental cost rose (${b.p90} -> ${a.p90})`);
    assert.ok(after.outputs.economic_cost.p90 >= before.outputs.economic_cost.p90, "P90 of economic cost did not fall");
    assert.deepEqual(after, JSON.parse(cli("simulate", writeTemp("range-edited.json", JSON.stringify(edited)), "--json")),
      "uncertainty() = planner-cli simulate --json for the edited scenario");
    assert.deepEqual(await results(page), resultsBefore, "the likely case (results()) is unchanged by a high end");
    await mouseAway(page);
    await screenshot(page, "uncertainty-range-edited");
    // Undo brings the old spread back.
    await pressKey(page, "Control+z");
    assert.deepEqual((await waitSampled(page)).outputs, before.outputs, "Ctrl+Z restores the percentiles");
    assertNoPageErrors(page);
  }));

test("uncertainty: picking a frontier point adopts that plan; Ctrl+Z restores scenario() and results()", () =>
  withPlanner({}, async (page) => {
    await openUncertaintyTab(page);
    await waitSampled(page);
    const scenarioBefore = await scenario(page);
    const resultsBefore = await results(page);
    const engine = JSON.parse(cli("frontier", writeTemp("frontier.json", JSON.stringify(scenarioBefore)), "--json"));
    await scrollIntoView(page, "uncertainty.tornado_end");
    await mouseAway(page);
    await screenshot(page, "uncertainty-tornado");
    await scrollIntoView(page, "uncertainty.find_frontier");
    await clickItem(page, "uncertainty.find_frontier");
    await page.waitForFunction(() => !window.planner.busy() && window.planner.rects()["uncertainty.frontier.0"],
      null, { timeout: 120000, polling: 200 });
    const dots = await frontierRects(page);
    assert.equal(dots.length, engine.points.length, "the UI draws as many frontier points as planner-cli frontier finds");
    // A point a click really hits, priced well away from the current plan (a different plan).
    const current = engine.current.cost;
    const candidates = clickableDots(dots).filter((d) => Math.abs(engine.points[d.i].cost - current) > 0.05 * current);
    assert.ok(candidates.length > 0, "some frontier point can be clicked");
    const pick = candidates.reduce((best, d) =>
      Math.abs(engine.points[d.i].cost - current / 2) < Math.abs(engine.points[best.i].cost - current / 2) ? d : best);
    const point = engine.points[pick.i];
    await scrollIntoView(page, "uncertainty.seek_budget");  // the whole chart and the goal-seek row
    await mouseAway(page);
    await screenshot(page, "uncertainty-frontier");
    await scrollIntoView(page, `uncertainty.frontier.${pick.i}`);
    const revision = await page.evaluate(() => window.planner.revision());
    await clickItem(page, `uncertainty.frontier.${pick.i}`);
    await page.waitForFunction((r) => window.planner.revision() > r, revision, { timeout: 10000 });
    const adopted = await scenario(page);
    const resultsAfter = await results(page);
    assert.notDeepEqual(adopted.plan, scenarioBefore.plan, "the plan changed");
    assert.notDeepEqual(resultsAfter.totals, resultsBefore.totals, "the totals changed");
    assert.deepEqual(resultsAfter, JSON.parse(cli("report", writeTemp("adopted.json", JSON.stringify(adopted)), "--json")),
      "results() = planner-cli report --json for the adopted plan");
    assert.ok(Math.abs(resultsAfter.totals.incremental_cost - point.cost) < 1e-6 * Math.max(1, point.cost),
      `the adopted plan costs what frontier point ${pick.i} says (${resultsAfter.totals.incremental_cost} vs ${point.cost})`);
    note(`picked point ${pick.i} of ${dots.length}: ${point.plan.description}; incremental cost ` +
      `${Math.round(resultsBefore.totals.incremental_cost)} -> ${Math.round(resultsAfter.totals.incremental_cost)}`);
    await waitFrames(page, 2);
    await mouseAway(page);
    await screenshot(page, "uncertainty-frontier-adopted");
    await pressKey(page, "Control+z");
    assert.deepEqual(await scenario(page), scenarioBefore, "Ctrl+Z restores the scenario");
    assert.deepEqual(await results(page), resultsBefore, "Ctrl+Z restores the results");
    assertNoPageErrors(page);
  }));

test("uncertainty: 100,000 samples from the UI show partial results while sampling (frame times reported)", () =>
  withPlanner({}, async (page) => {
    await openUncertaintyTab(page);
    await waitSampled(page);
    await page.evaluate(() => window.planner.logFrames(true));
    await typeIntoInput(page, "uncertainty.samples", "100000");
    const seen = [];  // sample counts read while sampling runs
    let shot = false;
    const deadline = Date.now() + 200000;
    for (;;) {
      const u = await uncertainty(page);
      if (u.samples_requested === 100000) {
        seen.push({ samples: u.samples, p50: u.outputs.incremental_cost.p50 });
        if (!shot && u.samples > 20000 && u.samples < 100000) {
          await mouseAway(page);
          await screenshot(page, "uncertainty-sampling");
          shot = true;
        }
        if (u.samples === 100000) break;
      }
      assert.ok(Date.now() < deadline, "100,000 samples finished within 200 s");
      await page.waitForTimeout(100);
    }
    const doneAt = await page.evaluate(() => performance.now());
    const log = (await page.evaluate(() => window.planner.logFrames(false))).filter((f) => f.t <= doneAt);
    const partial = [...new Set(seen.filter((s) => s.samples < 100000).map((s) => s.samples))];
    note(`partial sample counts seen: ${partial.length} (${partial.slice(0, 6).join(", ")}${partial.length > 6 ? ", ..." : ""})`);
    assert.ok(partial.length >= 3, "partial results appear several times before the end");
    assert.ok(partial.every((n, k) => k === 0 || n > partial[k - 1]), "samples_done only grows");
    assert.ok(seen.filter((s) => s.samples < 100000).every((s) => Number.isFinite(s.p50)), "partial percentiles are numbers");
    const ui = stats(log.map((f) => f.ui));
    const work = stats(log.map((f) => f.work));
    const gaps = stats(log.slice(1).map((f, k) => f.t - log[k].t));
    const span = log.length ? (log[log.length - 1].t - log[0].t) / 1000 : 0;
    note(`${log.length} frames in ${span.toFixed(1)} s while sampling; app's frame work (NewFrame + draw incl. ` +
      `the sampling slice + Render): median ${ui.median.toFixed(1)} ms, p95 ${ui.p95.toFixed(1)}, max ${ui.max.toFixed(1)}; ` +
      `frames over 10 ms: ${log.filter((f) => f.ui > 10).length}`);
    note(`of that, the sampling slice (uncertainty_work; summaries included): median ${work.median.toFixed(1)} ms, ` +
      `p95 ${work.p95.toFixed(1)}, max ${work.max.toFixed(1)}; slices over 10 ms: ${log.filter((f) => f.work > 10).length}`);
    note(`frame-to-frame interval (incl. SwiftShader rasterising): median ${gaps.median.toFixed(1)} ms, ` +
      `p95 ${gaps.p95.toFixed(1)}, max ${gaps.max.toFixed(1)}`);
    assert.ok(log.length >= 3, "the page kept drawing frames while sampling");
    assertNoPageErrors(page);
  }));

// Benchmarks with a bound: the figures are printed, and each must stay within
// a generous multiple of its goal (README, Performance), so a regression by an
// order of magnitude fails rather than scrolling past.
test("uncertainty: 5,000 Monte Carlo samples of `default` in Chromium vs native (bound: median < 1 s, < 6x native)", () =>
  withPlanner({}, async (page) => {
    await page.waitForFunction(() => !window.planner.busy(), null, { timeout: 120000, polling: 200 });
    await page.evaluate(() => window.planner.benchSimulate(5000));  // warm-up (tier-up of the wasm code)
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await page.evaluate(() => window.planner.benchSimulate(5000)));
    assert.ok(runs.every((ms) => ms > 0), "benchSimulate ran every sample");
    const wasm = stats(runs);
    note(`Chromium (wasm): 5,000 samples in median ${wasm.median.toFixed(1)} ms over ${runs.length} runs ` +
      `(${runs.map((ms) => ms.toFixed(0)).join(", ")})`);
    // Goal < 100 ms (measured ~67 ms); 10x the goal allows for a loaded machine.
    assert.ok(wasm.median < 1000, `5,000 samples took a median ${wasm.median.toFixed(0)} ms in Chromium (bound 1,000 ms)`);
    const bench = process.env.PLANNER_E2E_BENCH || path.join(root, "build/native/bench/planner_bench");
    if (!fs.existsSync(bench)) {
      note(`native: ${bench} is missing (scripts/build.sh native planner_bench); no ratio`);
      return;
    }
    const out = JSON.parse(execFileSync(bench, ["--benchmark_filter=MonteCarlo5000", "--benchmark_repetitions=5",
      "--benchmark_report_aggregates_only=true", "--benchmark_format=json"], { encoding: "utf8" }));
    const median = out.benchmarks.find((b) => b.aggregate_name === "median");
    const nativeMs = median.real_time * { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[median.time_unit];
    note(`native: median ${nativeMs.toFixed(1)} ms (${median.run_name}, 5 repetitions); ` +
      `Chromium / native = ${(wasm.median / nativeMs).toFixed(2)}x`);
    // Measured 1.46x in one session; the two runs are seconds apart on a machine
    // whose speed drifts, so only a gross gap fails.
    assert.ok(wasm.median / nativeMs < 6, `Chromium is ${(wasm.median / nativeMs).toFixed(1)}x native (bound 6x)`);
  }));

test("themes: light and dark at 1280x720 and 2560x1440 (dpr 2)", async () => {
  for (const dpr of [1, 2]) {
    for (const theme of ["light", "dark"]) {
      await withPlanner({ deviceScaleFactor: dpr }, async (page) => {
        if (theme === "dark") {
          await page.evaluate(() => window.planner.setDark(true));
          await waitFrames(page, 2);
        }
        const width = await page.evaluate(() => document.getElementById("canvas").width);
        assert.equal(width, 1280 * dpr);
        assertShowsUi(await screenshot(page, `theme-${theme}-${1280 * dpr}x${720 * dpr}`));
        assertNoPageErrors(page);
      });
    }
  }
});

const kAutosave = "ai-upskilling-planner/autosave";
const autosaved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || "null"), kAutosave);

// Waits for the storage write: the autosave holds headcount `value` (the URL
// fragment is written in the same step).
async function waitAutosaved(page, value, timeoutMs = 10000) {
  await page.waitForFunction(([key, v]) => {
    const saved = JSON.parse(localStorage.getItem(key) || "null");
    return saved && saved.segments[0].headcount === v;
  }, [kAutosave, value], { timeout: timeoutMs, polling: 20 });
}

// Changes the first segment's headcount through the hook (the typing path has its own test).
async function editHeadcount(page, value) {
  const s = await scenario(page);
  s.segments[0].headcount = value;
  assert.equal(await page.evaluate((json) => window.planner.setScenario(json), s), true, "setScenario accepted the edit");
  await waitAutosaved(page, value);
  return s;
}

test("links: edit, copy the link, open it in a new page -> identical results()", async () => {
  const context = await newContext();
  try {
    const page = await openPlanner(context, server.url);
    await editHeadcount(page, 777);
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /^#s=/, "the URL fragment follows the edit");
    await clickItem(page, "toolbar.copy_link");
    const link = await page.evaluate(() => window.planner.lastCopied());
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/.*#s=/, "Copy link put a link on the clipboard");
    note(`link length for the edited default: ${link.length - link.indexOf("#") - 1} characters after '#'`);
    const reader = await openPlanner(context, link);
    assert.deepEqual(await results(reader), await results(page), "the link opens the same plan");
    assert.equal((await scenario(reader)).segments[0].headcount, 777);
    await screenshot(reader, "opened-link");
    // Pasting another link into the same tab's address bar (only the fragment changes).
    await editHeadcount(page, 888);
    const other = await page.evaluate(() => window.planner.linkFragment());
    await reader.evaluate((fragment) => { location.hash = fragment; }, other);
    await reader.waitForFunction(() => window.planner.scenario().segments[0].headcount === 888, null, { timeout: 10000 });
    assert.deepEqual(await results(reader), await results(page), "a changed fragment opens that plan");
  } finally {
    await context.close();
  }
});

test("a broken link shows a message and the autosaved plan stays intact", async () => {
  const context = await newContext();
  try {
    const page = await openPlanner(context, server.url);
    const mine = await editHeadcount(page, 432);
    const saved = await page.evaluate(() => localStorage.getItem("ai-upskilling-planner/autosave"));
    assert.ok(saved, "the edit was autosaved");
    await page.close();
    const broken = await openPlanner(context, `${server.url}#s=AAAA-this-is-not-a-plan`);
    const message = await lastError(broken);
    assert.ok(message.length > 0, "the app shows a message for the broken link");
    note(`broken link message: "${message}"`);
    assert.equal((await scenario(broken)).segments[0].headcount, mine.segments[0].headcount, "my plan is on screen");
    assert.equal(await broken.evaluate(() => localStorage.getItem("ai-upskilling-planner/autosave")), saved,
      "the autosave is untouched");
    await screenshot(broken, "broken-link");
  } finally {
    await context.close();
  }
});

test("reload finds the last edit (autosave)", async () => {
  const context = await newContext();
  try {
    const page = await openPlanner(context, server.url);
    const edited = await editHeadcount(page, 555);
    const expected = await results(page);
    await page.goto(server.url);  // no fragment: the autosave alone must bring the edit back
    await waitReady(page);
    assert.equal((await scenario(page)).segments[0].headcount, edited.segments[0].headcount);
    assert.deepEqual(await results(page), expected);
  } finally {
    await context.close();
  }
});

// Issue 16, item 6: opening someone's link never overwrites my autosave, in
// another page of the same browser profile too; editing the linked plan does.
test("autosave guard: a link opened in a fresh page keeps my autosave; a reload without it shows mine; editing the link's plan saves it", async () => {
  const context = await newContext();
  try {
    const mine = await openPlanner(context, server.url);
    const a = await editHeadcount(mine, 431);  // plan A, autosaved
    const savedA = await mine.evaluate((key) => localStorage.getItem(key), kAutosave);
    const link = cli("export", "--preset", "aie-rollout", "--as", "link").trim();
    const b = JSON.parse(cli("export", "--preset", "aie-rollout", "--as", "json"));
    assert.notEqual(b.title, a.title, "plans A and B differ");
    const linked = await openPlanner(context, `${server.url}${link.slice(link.indexOf("#"))}`);
    assert.equal((await scenario(linked)).title, b.title, "the link opens plan B");
    await waitFrames(linked, 5);
    assert.equal(await linked.evaluate((key) => localStorage.getItem(key), kAutosave), savedA,
      "opening the link left the autosave (plan A) as it was");
    const plain = await openPlanner(context, server.url);  // the site again, no link
    const reopened = await scenario(plain);
    assert.equal(reopened.title, a.title, "without the link the page opens my plan A");
    assert.equal(reopened.segments[0].headcount, 431);
    await plain.close();
    // Editing B makes it mine: now B is autosaved and comes back without the link.
    const edited = await editHeadcount(linked, 222);
    assert.equal((await autosaved(linked)).title, b.title, "the edited plan B is autosaved");
    const again = await openPlanner(context, server.url);
    assert.equal((await scenario(again)).title, b.title, "a page without the link now opens B");
    assert.equal((await scenario(again)).segments[0].headcount, edited.segments[0].headcount);
    assertNoPageErrors(again);
  } finally {
    await context.close();
  }
});

test("autosave: an edit still waiting for its write is saved before a changed link replaces it (the flush)", async () => {
  const context = await newContext();
  try {
    const page = await openPlanner(context, server.url);
    const s = await scenario(page);
    const link = cli("export", "--preset", "aie-rollout", "--as", "link").trim();
    const titleB = JSON.parse(cli("export", "--preset", "aie-rollout", "--as", "json")).title;
    const first = structuredClone(s), second = structuredClone(s);
    first.segments[0].headcount = 401;
    second.segments[0].headcount = 402;
    // In the page: edit, wait for that edit's write, then at once edit again
    // (its write is held back: at most one write per 300 ms) and change the
    // link in the same task. Only the flush on the hash change can save 402.
    const gapMs = await page.evaluate(async ([e1, e2, fragment, key]) => {
      const saved = () => JSON.parse(localStorage.getItem(key) || "null");
      window.planner.setScenario(e1);
      while (!(saved() && saved().segments[0].headcount === 401)) await new Promise((r) => setTimeout(r, 2));
      const t = performance.now();
      window.planner.setScenario(e2);
      location.hash = fragment;
      return performance.now() - t;
    }, [first, second, link.slice(link.indexOf("#") + 1), kAutosave]);
    assert.ok(gapMs < 100, `the second edit came within the 300 ms throttle (${gapMs.toFixed(1)} ms)`);
    await page.waitForFunction((t) => window.planner.scenario().title === t, titleB, { timeout: 10000 });
    assert.equal((await autosaved(page)).segments[0].headcount, 402, "the held-back edit was written before the link opened");
    await waitFrames(page, 3);
    assert.equal(await page.evaluate(() => location.hash), link.slice(link.indexOf("#")),
      "the address bar keeps the link typed into it (the flush did not write the old plan's link over it)");
    const fresh = await openPlanner(context, server.url);
    assert.equal((await scenario(fresh)).segments[0].headcount, 402, "a reload without the link finds the last edit");
  } finally {
    await context.close();
  }
});

// Issue 16, item 7: a small plan entered through the UI (a file opened with
// the picker, then figures typed into the canvas) and checked against
// figures worked out here, not read from the CLI.
test("a plan typed by hand: incremental cost, learner hours and economic cost = the figures worked in the test", () =>
  withPlanner({}, async (page) => {
    // One tier, one model, one segment; no practice time, dip, manager or pilot.
    const s = await scenario(page);
    const model = { ...s.models.find((m) => m.id === "platform"), basis: "per_learner",
      cost: { low: 1, likely: 35, high: 1000 }, duration_weeks: { low: 2, likely: 2, high: 2 },
      needs_manager: false, needs_coach: false, min_tier: 0, max_tier: 0 };
    const tiny = { ...s, title: "Typed by hand", plan: [], models: [model],
      framework: { ...s.framework, tiers: [{ ...s.framework.tiers[0], default_model: model.id,
        learning_hours: { low: 6, likely: 6, high: 6 } }] },
      segments: [{ ...s.segments[0], headcount: 10, hourly_cost: 38, current_at_tier: [0], target_share: [1], wave: 1, managers: 1 }],
      capacity: { ...s.capacity, first_wave_share: 0, monthly_spend_cap: 0 },
      readiness: { ...s.readiness, practice_hours_week: 0, productivity_dip: 0 },
      adjustments: { ...s.adjustments, overhead: 0.05, contingency: 0.10 },
      target: { ...s.target, tier: 0 } };
    const revision = await page.evaluate(() => window.planner.revision());
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), pressKey(page, "Control+o")]);
    await chooser.setFiles(writeTemp("typed.json", JSON.stringify(tiny)));
    await page.waitForFunction((r) => window.planner.revision() > r, revision, { timeout: 10000 });
    assert.equal((await scenario(page)).title, "Typed by hand");
    // Typed: 37 people at $60 an hour; the course costs $250 a learner.
    await typeIntoField(page, "segments.0.headcount", "37");
    await typeIntoField(page, "segments.0.hourly_cost", "60");
    await clickItem(page, "tab.Models");
    await clickItem(page, `models.${model.id}`);
    await typeIntoField(page, "model.cost.likely", "250");
    const typed = await scenario(page);
    assert.equal(typed.segments[0].headcount, 37);
    assert.equal(typed.segments[0].hourly_cost, 60);
    assert.equal(typed.models[0].cost.likely, 250);
    // By hand: 37 learners x $250, paid once, x (1 + 5 % overhead + 10 % contingency)
    //   = 9,250 x 1.15 = 10,637.50;
    // learner time 37 x 6 h = 222 h, at $60 = 13,320; economic = 10,637.50 + 13,320 = 23,957.50.
    const t = (await results(page)).totals;
    const near = (x, y) => Math.abs(x - y) < 1e-6;
    assert.ok(near(t.incremental_cost, 10637.5), `incremental cost ${t.incremental_cost}, by hand 10,637.50`);
    assert.ok(near(t.learner_hours, 222), `learner hours ${t.learner_hours}, by hand 222`);
    assert.ok(near(t.economic_cost, 23957.5), `economic cost ${t.economic_cost}, by hand 23,957.50`);
    note(`typed 37 people, $60/h, $250 a learner: incremental ${t.incremental_cost}, learner hours ${t.learner_hours}, economic ${t.economic_cost}`);
    await screenshot(page, "typed-by-hand");
    assertNoPageErrors(page);
  }));

// The File menu by keyboard (the UI records no rectangles inside it): a click
// opens it with "Open scenario" current; each ArrowDown moves one item (the
// separator is skipped); ArrowRight opens a submenu; Space activates.
// Items: 0 Open, 1 Save, 2 Export CSV > (Monthly table, Schedule, Segments), 3 Printable report.
async function fileMenu(page, ...keys) {
  await clickItem(page, "menu.file");
  for (const k of keys) await pressKey(page, k);
}

test("downloads: Ctrl+S saves the scenario; File > Export CSV and Printable report carry the plan", () =>
  withPlanner({}, async (page, context) => {
    const current = await scenario(page);
    const file = writeTemp("current.json", JSON.stringify(current));

    const [saved] = await Promise.all([page.waitForEvent("download"), pressKey(page, "Control+s")]);
    assert.deepEqual(JSON.parse(fs.readFileSync(await saved.path(), "utf8")), current, "the saved JSON is the scenario");
    note(`Ctrl+S saved ${saved.suggestedFilename()}`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      // Open, Import, Save, Export CSV (issue 13 added Import and the workbook on the web).
      fileMenu(page, "ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight", "Space"),
    ]);
    const csv = fs.readFileSync(await download.path(), "utf8");
    assert.equal(csv, cli("export", file, "--as", "csv-monthly"), `${download.suggestedFilename()} = planner-cli export --as csv-monthly`);
    const header = csv.split("\n")[0].split(",");
    assert.ok(header[0] === "month" && header.every((h) => h && !/^-?[0-9.]+$/.test(h)), "a header row of column names");
    note(`CSV ${download.suggestedFilename()}: ${csv.split("\n").length - 1} lines; header ${csv.split("\n")[0].slice(0, 70)}...`);

    const [report] = await Promise.all([context.waitForEvent("page"), fileMenu(page, "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "Space")]);
    await report.waitForLoadState();
    const shown = await report.evaluate(() => document.body.innerText);
    const expectedPage = await context.newPage();
    await expectedPage.setContent(cli("export", file, "--as", "html"));
    const expected = await expectedPage.evaluate(() => document.body.innerText);
    assert.equal(shown, expected, "the report tab shows what planner-cli export --as html writes");
    fs.mkdirSync(shotDir, { recursive: true });
    await report.screenshot({ path: path.join(shotDir, "web-report.png"), fullPage: true });
  }));

test("Ctrl+O opens a scenario file through the file picker", () => withPlanner({}, async (page) => {
  const names = cli("presets").split("\n").map((l) => l.trim().split(/\s+/)[0]).filter(Boolean);
  const name = names[names.length - 1];
  const file = writeTemp("picked.json", cli("export", "--preset", name, "--as", "json"));
  const revision = await page.evaluate(() => window.planner.revision());
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), pressKey(page, "Control+o")]);
  await chooser.setFiles(file);
  await page.waitForFunction((r) => window.planner.revision() > r, revision, { timeout: 10000 });
  assert.deepEqual(await results(page), JSON.parse(cli("report", "--preset", name, "--json")), `the opened file (${name}) is on screen`);
}));

test("timing: recompute + draw for the default preset, averaged over many frames (bound: recompute < 2 ms, ImGui median < 50 ms)", () =>
  withPlanner({}, async (page) => {
    const draw = await page.evaluate(() => window.planner.measure(120, false));
    const edit = await page.evaluate(() => window.planner.measure(120, true));
    assert.ok(draw && edit, "measure() answers");
    const line = (m) => `mean ${m.mean_ms.toFixed(2)} ms, median ${m.median_ms.toFixed(2)}, p95 ${m.p95_ms.toFixed(2)}, max ${m.max_ms.toFixed(2)}`;
    // Live: frames per second while the mouse keeps moving (the paced loop at work).
    const f0 = await frames(page), t0 = Date.now();
    for (let i = 0; i < 60; i++) await page.mouse.move(700 + (i % 20) * 10, 300 + (i % 7) * 10);
    const fps = ((await frames(page)) - f0) / ((Date.now() - t0) / 1000);
    note(`live: ${fps.toFixed(1)} frames/s while the mouse moves; ${draw.vertices} vertices per frame`);
    note(`redraw, ${draw.frames} frames: ImGui (NewFrame + App::draw + Render) ${line(draw.ui)}`);
    note(`edit + recompute + redraw, ${edit.frames} frames: ImGui ${line(edit.ui)}; recompute alone mean ${edit.recompute_mean_ms.toFixed(3)} ms`);
    note(`GL submission of the draw lists: redraw ${line(draw.gl)}; edit ${line(edit.gl)}`);
    // Measured: recompute 0.12 ms, ImGui work 5-6 ms median. The bounds are
    // ~15x and ~8x that: only a gross regression fails.
    assert.ok(edit.recompute_mean_ms < 2, `recompute takes ${edit.recompute_mean_ms.toFixed(3)} ms (bound 2 ms)`);
    assert.ok(draw.ui.median_ms < 50 && edit.ui.median_ms < 50,
      `ImGui frame work median ${draw.ui.median_ms.toFixed(1)} / ${edit.ui.median_ms.toFixed(1)} ms (bound 50 ms)`);
    assert.ok(fps > 0, "frames are drawn while the mouse moves");
    note(`whole frame incl. rasterisation (glFinish; SwiftShader = a software GPU here): redraw ${line(draw.with_gpu)}; edit ${line(edit.with_gpu)}`);
  }));

// Scenarios side by side (issue 6): a link carrying two plans opens the
// comparison; the page's document equals `planner-cli compare --json`.
test("compare: a link with two plans shows the comparison = `planner-cli compare --json`", () =>
  withPlanner({}, async (page, context) => {
    const linkA = cli("export", "--preset", "leland-200-per-week", "--as", "link").trim();
    const linkB = cli("export", "--preset", "aie-rollout", "--as", "link").trim();
    const fragment = `${linkA.slice(linkA.indexOf("#s=") + 1)}&b=${linkB.slice(linkB.indexOf("#s=") + 3)}`;
    const expected = JSON.parse(cli("compare", "--link", `#${fragment}`, "--json"));
    assert.equal(await page.evaluate(() => window.planner.comparison()), null, "nothing compared before the link");
    for (const [name, view] of [["compare", ""], ["compare-summary", "&view=summary"]]) {
      const shared = await openPlanner(context, `${server.url}#${fragment}${view}`);
      assert.deepEqual(await shared.evaluate(() => window.planner.comparison()), expected,
        "comparison() = planner-cli compare --json for the same pair");
      assert.equal(await lastError(shared), "", "no message for a good link");
      await waitFrames(shared, 2);
      const shot = await screenshot(shared, name);
      const v = assertShowsUi(shot);
      note(`screenshot ${path.relative(root, shot)}: ${v.colours} colours`);
      if (!view) {
        await clickItem(shared, "compare.copy_link");
        const copied = await shared.evaluate(() => window.planner.lastCopied());
        assert.match(copied, /#s=2\.[^&]+&b=2\./, "Copy comparison link carries both plans");
      }
      assertNoPageErrors(shared);
      await shared.close();
    }
  }));

registerLinkTests({ test, note, newContext, serverUrl: () => server.url, cli, screenshot, assertShowsUi, root });
registerTouchTests({ test, newContext, screenshot, note, assertShowsUi, serverUrl: () => server.url });
registerDownloadTests({ test, newContext, note, siteUrl: () => server.url });

registerReaderTests({ test, note, newContext, screenshot, cli, serverUrl: () => server.url });
registerGuideTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl: () => server.url });
registerHeatMapTests({ test, note, newContext, screenshot, assertShowsUi, cli, serverUrl: () => server.url });
registerImportTests({ test, note, newContext, screenshot, assertShowsUi, cli, writeTemp, serverUrl: () => server.url });
registerImportSegmentTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl: () => server.url });
registerActualsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl: () => server.url });
registerActualsSegmentsTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl: () => server.url });
registerForecastTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl: () => server.url, root });

// ---- 3. Main ----------------------------------------------------------------------

async function main() {
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
  for (const f of ["index.html", "planner.js", "planner.wasm", "sw.js"]) {
    if (!fs.existsSync(path.join(siteDir, f))) {
      console.log(`build/web/${f} is missing: build the site with scripts/build.sh wasm`);
      console.log("0 passed, 1 failed");
      process.exit(1);
    }
  }
  server = await startServer(path.join(root, "scripts/serve.py"), siteDir);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  let passed = 0, failed = 0;
  try {
    for (const t of tests) {
      if (only && !t.name.includes(only)) continue;
      notes.length = 0;
      const t0 = Date.now();
      const limitS = t.timeoutS || Number(process.env.PLANNER_E2E_TIMEOUT_S || 240);
      let timer;
      try {
        await Promise.race([
          t.fn(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${limitS} s (its pages were closed)`)), limitS * 1000);
          }),
        ]);
        passed++;
        console.log(`ok   ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${error.message.split("\n").slice(0, 6).join("\n     ")}`);
        // Where it stopped (a timed-out wait names no line of its own).
        const at = (error.stack || "").split("\n").find((l) => l.includes("run.mjs:"));
        if (at) console.log(`     at ${at.trim().replace(/^at /, "").replace(/.*\/tests\/e2e\//, "")}`);
        // What the pages said (an abort in the wasm stops the frames: a wait then times out).
        for (const context of openContexts)
          for (const page of context.pages())
            for (const e of (page.plannerErrors || []).slice(0, 3)) console.log(`     page: ${e.slice(0, 300)}`);
      } finally {
        clearTimeout(timer);
        // Stop whatever the test left running (after a timeout, its awaits fail and it ends).
        for (const context of [...openContexts]) await context.close().catch(() => {});
        openContexts.clear();
      }
      for (const n of notes) console.log(`     ${n}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.log(`e2e set-up failed: ${error.stack || error}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
