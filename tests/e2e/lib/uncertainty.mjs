// uncertainty.mjs — acting on the Uncertainty tab (Monte Carlo, tornado,
// frontier) as a user would: open it, wait for sampling, scroll a widget into
// view with the mouse wheel, pick a frontier point that a click really hits.
import { clickCanvas, clickItem, pressKey, rectOf, typeText, waitFrames } from "./planner_page.mjs";

export const uncertainty = (page) => page.evaluate(() => window.planner.uncertainty());

// Opens the results column's Uncertainty tab.
export async function openUncertaintyTab(page) {
  await clickItem(page, "results.Uncertainty");
}

// Waits until every requested sample is done and nothing else runs
// (sampling restarts a frame after each scenario change).
export async function waitSampled(page, timeoutMs = 120000) {
  await page.waitForFunction(() => {
    if (window.planner.busy()) return false;
    const u = window.planner.uncertainty();
    return u.samples > 0 && u.samples === u.samples_requested;
  }, null, { timeout: timeoutMs, polling: 100 });
  return uncertainty(page);
}

// Scrolls the Uncertainty tab with the wheel (the mouse over the tab's body)
// until the widget `id` lies wholly inside the visible part of the tab.
export async function scrollIntoView(page, id, { maxNotches = 60 } = {}) {
  const tab = await rectOf(page, "results.Uncertainty");
  const canvasH = await page.evaluate(() => document.getElementById("canvas").height);
  const top = tab.y + tab.h + 4, bottom = canvasH - 8;
  // The mouse sits over the tab's body, left of the charts' hover areas.
  const at = await page.evaluate(([x, y]) => window.planner.toPage(x, y), [tab.x + 4, (top + bottom) / 2]);
  await page.mouse.move(at.x, at.y);
  await waitFrames(page, 2);
  for (let i = 0; i < maxNotches; i++) {
    const r = await rectOf(page, id);
    if (r.y >= top && r.y + r.h <= bottom) return r;
    await page.mouse.wheel(0, r.y + r.h > bottom ? 100 : -100);
    await waitFrames(page, 2);
  }
  throw new Error(`could not scroll '${id}' into view`);
}

// Parks the mouse in the window's bottom-left padding, where it hovers
// nothing, so a screenshot shows no tooltip.
export async function mouseAway(page) {
  const h = await page.evaluate(() => document.getElementById("canvas").height);
  const p = await page.evaluate(([x, y]) => window.planner.toPage(x, y), [2, h - 2]);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await waitFrames(page, 2);
}

// Replaces an input's text by typing: a click near the left end of its
// rectangle (an InputInt's rectangle also covers its -/+ buttons and label),
// Ctrl+A, the text, Enter.
export async function typeIntoInput(page, id, text) {
  const r = await rectOf(page, id);
  await clickCanvas(page, r.x + Math.min(20, r.w / 4), r.y + r.h / 2);
  await pressKey(page, "Control+a");
  await typeText(page, text);
  await pressKey(page, "Enter");
}

// The frontier's clickable dots ("uncertainty.frontier.N"), in index order.
export async function frontierRects(page) {
  const rects = await page.evaluate(() => window.planner.rects());
  const out = [];
  for (let i = 0; rects[`uncertainty.frontier.${i}`]; i++) {
    const [x, y, w, h] = rects[`uncertainty.frontier.${i}`];
    out.push({ i, x, y, w, h, cx: x + w / 2, cy: y + h / 2 });
  }
  return out;
}

// Dots overlap where budgets are close. The chart picks the dot nearest the
// mouse, so a click at dot i's centre lands on i; this keeps, to be safe with
// rounding of the click position, only dots no earlier dot covers.
export function clickableDots(dots) {
  return dots.filter((d) => !dots.some((e) => e.i < d.i && d.cx >= e.x && d.cx <= e.x + e.w && d.cy >= e.y && d.cy <= e.y + e.h));
}

// Simple order statistics of an array of numbers.
export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: NaN, p95: NaN, max: NaN, mean: NaN };
  const at = (p) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
  return { n: v.length, median: at(0.5), p95: at(0.95), max: v[v.length - 1], mean: v.reduce((a, b) => a + b, 0) / v.length };
}
