import { chromium } from "playwright-core";
import { startServer } from "./lib/server.mjs";
import { openPlanner } from "./lib/planner_page.mjs";
const sites = { A: "/tmp/siteA", B: "/tmp/siteB" };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--use-gl=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"] });
const servers = {}; for (const k in sites) servers[k] = await startServer("/work/main/scripts/serve.py", sites[k]);
const best = { A: [], B: [] };
for (let round = 0; round < 4; round++) for (const k of ["A", "B"]) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await openPlanner(ctx, servers[k].url);
  await page.waitForFunction(() => !window.planner.busy(), null, { timeout: 120000, polling: 200 });
  await page.evaluate(() => window.planner.benchSimulate(5000));
  const runs = []; for (let i = 0; i < 5; i++) runs.push(await page.evaluate(() => window.planner.benchSimulate(5000)));
  best[k].push(Math.min(...runs)); await ctx.close();
}
console.log(JSON.stringify(best));
await browser.close(); for (const k in servers) await servers[k].stop();
