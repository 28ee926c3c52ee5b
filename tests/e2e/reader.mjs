// reader.mjs — the plan as a page of real text (issue 12, shell/web/reader.h),
// tried as a CFO would: a link opened on a phone and a tablet lands in the
// reader, whose figures read exactly as `planner-cli report --json` gives
// them (`planner-cli report --figures`, formatted by io/format.h), nothing cut, the case
// buttons and "Edit this plan" work; on a laptop the figures are text that
// window.find, the accessibility tree and a printed PDF (from the reader and
// from the editor) all contain, in at most two A4 pages; a broken reader link
// shows the message and keeps the autosave; scenario text is never markup.
// Every page must log no error (a Content-Security-Policy violation is one).
//
// Registered by run.mjs: registerReaderTests({ test, note, newContext, screenshot, cli, writeTemp, serverUrl }).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { kSlow4G } from "./download.mjs";
import { lastError, leaveReader, openPlanner, readerShowing, scenario, waitEditor } from "./lib/planner_page.mjs";

const shotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../build/screenshots");
const kAutosave = "ai-upskilling-planner/autosave";
const kPreset = "default";
// Every headline figure the reader must show (src/io/reader_html.cpp).
const kHeadline = [
  "incremental_cost", "cash_cost", "economic_cost", "benefits", "months_to_target", "roi_pct", "bcr", "payback_month",
  "npv", "economic_roi_pct", "economic_bcr", "economic_payback_month", "economic_npv", "learners", "enrolments",
  "cost_per_learner", "capable_employees", "cost_per_capable_employee", "hours_saved_per_week_month12",
  "fte_returned_month12", "hours_saved_per_week", "fte_returned",
];

export function registerReaderTests({ test, note, newContext, screenshot, cli, serverUrl }) {
  const link = (view) => {
    const l = cli("export", "--preset", kPreset, "--as", "link").trim();
    return `${serverUrl()}${l.slice(l.indexOf("#"))}${view ? `&view=${view}` : ""}`;
  };
  const expected = (caseName) => JSON.parse(cli("report", "--preset", kPreset, "--case", caseName, "--figures")).figures;

  // {key: text} of every figure element in the reader.
  const figures = (page) => page.evaluate(() => {
    const out = {};
    for (const e of document.querySelectorAll("#reader-content [data-figure-key]")) out[e.dataset.figureKey] = e.textContent;
    return out;
  });

  async function assertFiguresMatch(page, caseName) {
    const want = expected(caseName), got = await figures(page);
    for (const key of kHeadline) assert.ok(key in got, `the reader shows ${key}`);
    for (const [key, text] of Object.entries(got))
      assert.equal(text, want[key], `${key} (${caseName}) reads as planner-cli report --figures`);
    return got;
  }

  async function chooseCase(page, index) {
    await page.click(`#reader [data-case="${index}"]`);
    await page.waitForFunction((i) => document.querySelector(`#reader [data-case="${i}"]`).getAttribute("aria-pressed") === "true",
      index, { timeout: 10000 });
  }

  // Nothing cut: no sideways scroll of the page or the reader, every figure on
  // one line inside the viewport, every label and card as wide as its text.
  async function assertNothingCut(page) {
    const problems = await page.evaluate(() => {
      const out = [];
      const reader = document.getElementById("reader");
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) out.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      if (reader.scrollWidth > reader.clientWidth) out.push(`the reader scrolls sideways (${reader.scrollWidth} > ${reader.clientWidth})`);
      for (const e of document.querySelectorAll("#reader-content .fig")) {
        const rects = e.getClientRects();
        const r = e.getBoundingClientRect();
        if (rects.length !== 1) out.push(`${e.dataset.figureKey} "${e.textContent}" is split over ${rects.length} lines`);
        if (r.left < 0 || r.right > window.innerWidth + 0.5) out.push(`${e.dataset.figureKey} sticks out (${r.left}..${r.right})`);
      }
      for (const e of document.querySelectorAll("#reader-content dt, #reader-content dd, #reader-content .card, .reader-bar button"))
        if (e.scrollWidth > e.clientWidth + 1) out.push(`"${e.textContent.trim().slice(0, 40)}" is cut (${e.scrollWidth} > ${e.clientWidth})`);
      for (const e of document.querySelectorAll(".reader-bar button")) {
        const r = e.getBoundingClientRect();
        if (r.right > window.innerWidth + 0.5) out.push(`the "${e.textContent}" button is off-screen`);
      }
      return out;
    });
    assert.deepEqual(problems, [], "nothing in the reader is cut");
  }

  async function shots(page, name) {
    const files = [];
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => { document.getElementById("reader").scrollTop = 0; });
      files.push(await screenshot(page, `reader-${name}-${scheme}`));
      // Further down: the chart and the tables.
      await page.evaluate(() => document.querySelector("#rd-monthly").scrollIntoView());
      files.push(await screenshot(page, `reader-${name}-${scheme}-tables`));
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.evaluate(() => { document.getElementById("reader").scrollTop = 0; });
    note(`screenshots: ${files.map((f) => path.basename(f)).join(", ")}`);
  }

  const devices = [
    { name: "phone", viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
    { name: "tablet", viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true },
  ];
  for (const d of devices) {
    test(`reader: a plain link on a ${d.name} (${d.viewport.width}x${d.viewport.height}) opens the reader, figures as the CLI gives them, nothing cut`, async () => {
      const { name, ...options } = d;
      // No service worker: its precache would have the editor cached before
      // the tap below, and the editor's download (and its progress) is what is looked at.
      const context = await newContext({ ...options, serviceWorkers: "block" });
      const page = await openPlanner(context, link(""), { reader: true });
      assert.ok(await readerShowing(page), `a plain link on a ${name} opens the reader`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("canvas")).visibility), "hidden");
      const got = await assertFiguresMatch(page, "likely");
      note(`${Object.keys(got).length} figures, e.g. incremental cost ${got.incremental_cost}, ROI ${got.roi_pct}, economic ROI ${got.economic_roi_pct}`);
      await assertNothingCut(page);
      // The toolbar is one row of real buttons, each with its whole name.
      const bar = await page.evaluate(() => [...document.querySelectorAll(".reader-bar button")].map((b) => ({
        top: Math.round(b.getBoundingClientRect().top), name: b.getAttribute("aria-label") || b.textContent })));
      assert.equal(new Set(bar.map((b) => b.top)).size, 1, `one row: ${JSON.stringify(bar)}`);
      for (const b of ["Low", "Likely", "High", "Edit this plan", "Print", "Copy link"])
        assert.ok(bar.some((x) => x.name === b), `a "${b}" button`);
      await shots(page, name);
      for (const [index, caseName] of [[2, "high"], [0, "low"], [1, "likely"]]) {
        await chooseCase(page, index);
        await assertFiguresMatch(page, caseName);
        await assertNothingCut(page);
      }
      // One tap away: the editor, downloaded now (the reader module came
      // alone), its progress on the button; the reader stays until it draws.
      // Slow 4G for the editor's download, so its progress can be seen.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", kSlow4G);
      await page.tap("#reader-edit");
      await page.waitForFunction(() => /Loading editor [1-9]/.test(document.getElementById("reader-edit").textContent),
        null, { timeout: 30000, polling: 10 });
      assert.ok(await readerShowing(page), "the reader stays while the editor downloads");
      await screenshot(page, `reader-${name}-loading-editor`);
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await waitEditor(page);
      assert.equal(await page.evaluate(() => window.planner.results().case), "likely", "the editor opens in the reader's case");
      assert.equal(await readerShowing(page), false, "Edit this plan shows the editor");
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("canvas")).visibility), "visible");
      await screenshot(page, `reader-${name}-then-editor`);
      assert.deepEqual(page.plannerErrors, [], "no page errors (CSP violations included)");
    });
  }

  test("reader: on a laptop the figures are text: window.find, the accessibility tree, a printed PDF from the reader and the editor", async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const plain = await openPlanner(context, link(""), { reader: true });
    assert.equal(await readerShowing(plain), false, "a plain link on a laptop opens the editor");
    await plain.close();
    const page = await openPlanner(context, link("summary"), { reader: true });
    assert.ok(await readerShowing(page), "a view=summary link opens the reader");
    const got = await assertFiguresMatch(page, "likely");
    await assertNothingCut(page);
    await shots(page, "laptop");
    // Copy link in the reader module: a view=summary link to the same plan.
    await page.click("#reader-copy");
    const copied = await page.evaluate(() => window.plannerReaderPage.lastCopied);
    assert.ok(copied.startsWith(serverUrl()) && copied.endsWith("&view=summary"), `a reader link: ${copied}`);
    assert.deepEqual(JSON.parse(cli("report", "--link", copied, "--figures")).figures, expected("likely"),
      "the copied link opens the same plan");
    const texts = [...new Set(kHeadline.map((k) => got[k]))];
    const unfound = await page.evaluate((list) => list.filter((t) => {
      window.getSelection().removeAllRanges();
      return !window.find(t, true, false, true);
    }), texts);
    assert.deepEqual(unfound, [], "window.find finds every figure");
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const spoken = nodes.filter((n) => !n.ignored).map((n) => (n.name && n.name.value) || "").join("\n");
    assert.deepEqual(texts.filter((t) => !spoken.includes(t)), [], "every figure is in the accessibility tree");
    for (const heading of ["Headline figures", "Cash view", "Economic view", "Schedule"])
      assert.ok(nodes.some((n) => n.role && n.role.value === "heading" && n.name && n.name.value === heading), `heading "${heading}"`);
    assert.ok(nodes.some((n) => n.role && n.role.value === "main"), "a main landmark");
    for (const b of ["Low", "Likely", "High", "Edit this plan", "Print", "Copy link"])
      assert.ok(nodes.some((n) => n.role && n.role.value === "button" && n.name && n.name.value === b), `button "${b}"`);
    await cdp.detach();

    // What a case switch costs in the reader: recompute, fragment, innerHTML (median of 30).
    const ms = await page.evaluate(() => {
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        window.plannerReader.setCase((i + 2) % 3);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[15];
    });
    note(`a case switch redraws the reader module's page in ${ms.toFixed(1)} ms (median of 30: recompute, fragment, innerHTML)`);
    await assertFiguresMatch(page, "likely");  // the last of the 30 was Likely

    const fromReader = await printed(page, "reader");
    assert.deepEqual(texts.filter((t) => !fromReader.text.includes(t)), [], "the reader's PDF holds every figure as text");
    assert.ok(fromReader.pages <= 2, `the reader prints on ${fromReader.pages} pages (at most 2)`);

    // The editor prints the reader, kept current while hidden: change the
    // plan in the editor, then print. High first: the editor opens in the reader's case.
    await page.click('#reader [data-case="2"]');
    await leaveReader(page);
    assert.equal(await page.evaluate(() => window.planner.results().case), "high", "the editor opens in the reader's case");
    const s = await scenario(page);
    s.segments[0].headcount += 40;
    assert.equal(await page.evaluate((json) => window.planner.setScenario(json), s), true);
    const fragment = await page.evaluate(() => window.planner.linkFragment());
    const now = JSON.parse(cli("report", "--link", `${serverUrl()}#${fragment}`, "--case", "high", "--figures")).figures;
    const fromEditor = await printed(page, "editor");
    const want = [...new Set(kHeadline.map((k) => now[k]))];
    assert.deepEqual(want.filter((t) => !fromEditor.text.includes(t)), [], "the editor's PDF holds the edited plan's figures");
    assert.ok(fromEditor.pages <= 2, `the editor prints on ${fromEditor.pages} pages (at most 2)`);
    const high = expected("high");
    assert.notEqual(now.learners + now.incremental_cost, high.learners + high.incremental_cost, "the edit changed the figures");
    note(`PDF pages: reader ${fromReader.pages}, editor ${fromEditor.pages}`);
    assert.deepEqual(page.plannerErrors, [], "no page errors (CSP violations included)");
  });

  // page.pdf() as A4, read back with pdftotext (poppler-utils).
  async function printed(page, name) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-pdf-"));
    const file = path.join(dir, `${name}.pdf`);
    try {
      await page.pdf({ path: file, format: "A4", printBackground: true });
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      const pages = text.split("\f").filter((p) => p.trim()).length;
      // The pages as pictures, to look at: build/screenshots/web-print-<name>-<page>.png.
      fs.mkdirSync(shotDir, { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "70", file, path.join(shotDir, `web-print-${name}`)]);
      return { text, pages };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test("reader: a view=summary link with a broken plan shows the editor's message and keeps the autosave", async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
    const mine = await openPlanner(context, serverUrl());
    const s = await scenario(mine);
    s.title = "My own plan";
    s.segments[0].headcount = 432;
    assert.equal(await mine.evaluate((json) => window.planner.setScenario(json), s), true);
    await mine.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) || "null") || {}).title === "My own plan",
      kAutosave, { timeout: 10000 });
    const saved = await mine.evaluate((key) => localStorage.getItem(key), kAutosave);
    await mine.close();
    const page = await openPlanner(context, `${serverUrl()}#s=AAAA-this-is-not-a-plan&view=summary`, { reader: true });
    assert.ok(await readerShowing(page), "the reader link opens the reader");
    const shown = await page.evaluate(() => {
      const box = document.getElementById("reader-message");
      return { text: box.textContent, hidden: box.hidden, children: box.children.length };
    });
    assert.ok(shown.text.length > 0 && !shown.hidden && shown.children === 0, "the reader shows a message, as text");
    assert.equal(await page.evaluate(() => document.getElementById("rd-title").textContent), "My own plan",
      "the reader offers the autosaved plan");
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), kAutosave), saved, "the autosave is untouched");
    note(`message: "${shown.text}"`);
    await screenshot(page, "reader-broken-link");
    // The editor, opened from the reader on the same link, says the same.
    await leaveReader(page);
    assert.equal(await lastError(page), shown.text, "the editor's message for the link is the reader's");
    assert.equal((await scenario(page)).title, "My own plan", "the editor keeps the autosaved plan");
    assert.deepEqual(page.plannerErrors, [], "no page errors");
  });

  test("reader: another link pasted into the address bar opens in the reader module; a fragment that is not a link says so", async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
    const page = await openPlanner(context, link(""), { reader: true });
    assert.ok(await page.evaluate(() => window.plannerReader && window.plannerReader.ready), "the reader module runs");
    const other = cli("export", "--preset", "aie-rollout", "--as", "link").trim();
    const title = JSON.parse(cli("export", "--preset", "aie-rollout", "--as", "json")).title;
    await page.evaluate((fragment) => { location.hash = fragment; }, other.slice(other.indexOf("#") + 1));
    await page.waitForFunction((t) => document.getElementById("rd-title").textContent === t, title, { timeout: 10000 });
    const want = JSON.parse(cli("report", "--preset", "aie-rollout", "--figures")).figures;
    const got = await figures(page);
    for (const key of kHeadline) assert.equal(got[key], want[key], `${key} of the pasted link`);
    await page.evaluate(() => { location.hash = "section-2"; });
    await page.waitForFunction(() => !document.getElementById("reader-message").hidden, null, { timeout: 10000 });
    const notice = await page.evaluate(() => document.getElementById("reader-message").textContent);
    assert.match(notice, /not a planner link/, "the notice for a fragment that is not a link");
    assert.equal(await page.evaluate(() => document.getElementById("rd-title").textContent), title, "the plan stays");
    note(`notice: "${notice}"`);
    assert.deepEqual(page.plannerErrors, [], "no page errors");
  });

  test("reader: scenario text is shown as text, never as markup", async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    // The reader module reads the autosave: a hostile plan saved there, then the page opened.
    const evil = "<img src=x onerror=\"window.plannerPwned=1\"> & 'quotes'";
    const s = JSON.parse(cli("export", "--preset", kPreset, "--as", "json"));
    s.title = evil;
    s.segments[0].name = evil;
    s.models[0].name = evil;
    s.framework.tiers[0].source = evil;
    await context.addInitScript(([key, json]) => {
      if (!sessionStorage.getItem("seeded")) { localStorage.setItem(key, json); sessionStorage.setItem("seeded", "1"); }
    }, [kAutosave, JSON.stringify(s)]);
    const page = await openPlanner(context, serverUrl(), { reader: true });
    assert.ok(await readerShowing(page), "a phone opens the reader module");
    await page.waitForFunction((t) => document.getElementById("rd-title").textContent === t, evil, { timeout: 10000 });
    const seen = await page.evaluate(() => ({
      images: document.querySelectorAll("#reader img").length,
      pwned: window.plannerPwned === 1,
      titles: [...document.querySelectorAll("#reader-content th, #reader-content td")].filter((e) => e.textContent.includes("<img")).length,
    }));
    assert.deepEqual({ images: seen.images, pwned: seen.pwned }, { images: 0, pwned: false }, "no element came from the plan's text");
    assert.ok(seen.titles >= 2, "the hostile names are shown as text in the tables");
    assert.deepEqual(page.plannerErrors, [], "no page errors");
  });

  test("reader: the page's Content-Security-Policy allows no third-party request and no eval", async () => {
    const context = await newContext();
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await openPlanner(context, link("summary"), { reader: true });
    const foreign = requests.filter((u) => !u.startsWith(serverUrl()) && !/^(blob|data):/.test(u));
    assert.deepEqual(foreign, [], "every request goes to the site itself");
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, "scripts from the site only, wasm compiled, no eval");
    await page.waitForTimeout(500);
    assert.deepEqual(page.plannerErrors, [], "no CSP violation (or other error) while the page loaded and drew");
    // An inline script and a string timer (eval by another name) must both be refused.
    const tried = await page.evaluate(() => new Promise((resolve) => {
      const seen = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
      const s = document.createElement("script");
      s.textContent = "window.plannerInlineRan = true";
      document.head.appendChild(s);
      setTimeout("window.plannerStringTimerRan = true", 0);
      setTimeout(() => resolve({ inline: !!window.plannerInlineRan, timer: !!window.plannerStringTimerRan, seen }), 300);
    }));
    assert.deepEqual({ inline: tried.inline, timer: tried.timer }, { inline: false, timer: false }, "inline script and eval are refused");
    assert.ok(tried.seen.length >= 2, `the browser reported the refusals (${tried.seen.join(", ")})`);
    assert.ok(page.plannerErrors.every((e) => /Content Security Policy/.test(e)), "the refusals are what the console logged");
  });
}
