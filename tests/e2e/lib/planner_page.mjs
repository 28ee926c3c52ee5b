// planner_page.mjs — acting on the planner page as a user would, through
// window.planner (shell/web/test_hook.cpp) for reading what the app computed.
//
// ImGui 1.86 polls mouse and key state once per frame: a click's press and
// release each land in a drawn frame, after a hover frame; a pause between
// clicks keeps ImGui from seeing a double-click. (Key taps need no such care:
// the host keeps them, see shell/web/input.h.)

// A phone-sized or touch-first page, or a view=summary link, downloads the
// reader module first (web/loader.js, shell/reader/); tests of the editor
// then tap "Edit this plan", as a user would, which loads the editor.
// `reader: true` stays in the reader (window.plannerReader is its hook; the
// editor's, window.planner, exists only once the editor runs).
export async function openPlanner(context, url, { timeoutMs = 90000, reader = false } = {}) {
  const page = await context.newPage();
  page.plannerErrors = [];
  page.on("pageerror", (e) => page.plannerErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") page.plannerErrors.push(`console: ${m.text()}`);
  });
  // Playwright turns on file-chooser interception asynchronously when the
  // first listener appears; a chooser opened before that is missed. Turn it
  // on now, so a later waitForEvent("filechooser") sees every chooser.
  page.on("filechooser", () => {});
  await page.goto(url);
  await page.waitForFunction(
    () => (window.planner && window.planner.ready === true) || (window.plannerReader && window.plannerReader.ready === true),
    null, { timeout: timeoutMs, polling: 50 });
  if (!reader) await leaveReader(page, timeoutMs);
  return page;
}

export const readerShowing = (page) => page.evaluate(() => document.body.classList.contains("reading"));

// "Edit this plan": in the reader module it loads the editor, which takes
// over at its first frame; in the editor it shows the editor again.
export async function leaveReader(page, timeoutMs = 90000) {
  if (!(await readerShowing(page))) return;
  await page.click("#reader-edit");
  await waitEditor(page, timeoutMs);
}

// The editor runs and shows (the reader hidden), and has drawn since.
export async function waitEditor(page, timeoutMs = 90000) {
  await page.waitForFunction(
    () => window.planner && window.planner.ready === true && !document.body.classList.contains("reading"),
    null, { timeout: timeoutMs, polling: 50 });
  await waitFrames(page, 2);
}

export async function waitReady(page, timeoutMs = 90000) {
  await page.waitForFunction(() => window.planner && window.planner.ready === true, null, {
    timeout: timeoutMs,
    polling: 50,
  });
}

export const frames = (page) => page.evaluate(() => window.planner.frames());
export const results = (page) => page.evaluate(() => window.planner.results());
export const scenario = (page) => page.evaluate(() => window.planner.scenario());
// The quarterly review at the as-of month, as `planner-cli report --as-of --json` (issue 15).
export const review = (page) => page.evaluate(() => window.planner.review());
export const lastError = (page) => page.evaluate(() => window.planner.lastError());

// Waits until n more frames have been drawn (generous: software-rendered
// frames on a loaded 2-core machine can take seconds). The page is woken in
// the same step as the count is read: an idle page draws only a few frames
// after an event, and on a loaded machine those may all be drawn before the
// count is read, leaving nothing to wait for. (The idle test, which asks
// whether the page draws by itself, does not use this.)
export async function waitFrames(page, n = 1, timeoutMs = 60000) {
  const start = await page.evaluate(() => {
    const f = window.planner.frames();
    if (window.planner.wake) window.planner.wake();
    return f;
  });
  await page.waitForFunction((target) => window.planner.frames() >= target, start + n, {
    timeout: timeoutMs,
    polling: 10,
  });
}

// The rectangle the UI recorded for a widget id, in canvas pixels.
export async function rectOf(page, id) {
  const rects = await page.evaluate(() => window.planner.rects());
  const r = rects[id];
  if (!r) throw new Error(`the UI reports no rectangle '${id}' (it has: ${Object.keys(rects).join(", ") || "none"})`);
  return Array.isArray(r) ? { x: r[0], y: r[1], w: r[2], h: r[3] } : r;
}

async function toPage(page, x, y) {
  return page.evaluate(([cx, cy]) => window.planner.toPage(cx, cy), [x, y]);
}

// ImGui takes two clicks within 0.30 s as a double-click: a click waits until
// 350 ms have passed since the page's previous click (not a fixed pause).
const kDoubleClickGapMs = 350;
async function waitClickGap(page) {
  const since = Date.now() - (page.plannerLastClick || 0);
  if (since < kDoubleClickGapMs) await page.waitForTimeout(kDoubleClickGapMs - since);
}

// Clicks at canvas pixel (x, y): hover, press, release, each in its own frame.
export async function clickCanvas(page, x, y, { modifiers = [] } = {}) {
  await waitClickGap(page);
  const p = await toPage(page, x, y);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await waitFrames(page, 2);
  for (const m of modifiers) await page.keyboard.down(m);
  if (modifiers.length) await waitFrames(page, 1);
  await page.mouse.down();
  await waitFrames(page, 1);
  await page.mouse.up();
  await waitFrames(page, 1);
  page.plannerLastClick = Date.now();
  for (const m of modifiers) await page.keyboard.up(m);
  await waitFrames(page, 2);
}

export async function clickItem(page, id, options) {
  const r = await rectOf(page, id);
  await clickCanvas(page, r.x + r.w / 2, r.y + r.h / 2, options);
}

// A quick key tap (or chord like "Control+z"): pressed and released at once.
// The host holds a release back until a frame has seen the key down, so the
// app sees exactly one press; holding the key across slow frames (SwiftShader
// frames take 100+ ms here) would trigger ImGui's key repeat instead.
export async function pressKey(page, chord) {
  const keys = chord.split("+");
  for (const k of keys) await page.keyboard.down(k);
  for (const k of [...keys].reverse()) await page.keyboard.up(k);
  await waitFrames(page, 2);
}

// Types into the text field that has focus (characters are queued by ImGui,
// so they need no frame each).
export async function typeText(page, text) {
  await page.keyboard.type(text);
  await waitFrames(page, 1);
}

// Replaces a number field's value by typing: Ctrl+click opens text input on
// both drag and input widgets, Ctrl+A selects it, Enter commits.
export async function typeIntoField(page, id, text) {
  await clickItem(page, id, { modifiers: ["Control"] });
  await pressKey(page, "Control+a");
  await typeText(page, text);
  await pressKey(page, "Enter");
}
