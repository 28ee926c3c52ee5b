// forecast.mjs — issue 15 part 4 in the browser: a plan three months in (the
// CLI's actuals fixture, opened from its link) switches its Monte Carlo and
// its comparison from the plan to the forecast from March 2027; the page's
// documents equal `planner-cli simulate --forecast --json` and
// `planner-cli compare --forecast --json`, and the forecast's spread differs
// from the plan's.
//
// Registered by run.mjs: registerForecastTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl, root }).
import assert from "node:assert/strict";
import path from "node:path";

import { clickItem, openPlanner, scenario, waitFrames } from "./lib/planner_page.mjs";
import { mouseAway, openUncertaintyTab, uncertainty, waitSampled } from "./lib/uncertainty.mjs";

export function registerForecastTests({ test, note, newContext, screenshot, cli, writeTemp, assertShowsUi, serverUrl, root }) {
  const fixture = () => path.join(root, "tests/cli/fixtures/actuals-q1.json");
  const fragmentOf = (link) => link.slice(link.indexOf("#s=") + 1);

  test("forecast: the Monte Carlo and the comparison switch to the forecast from March 2027 = planner-cli --forecast", async () => {
    const context = await newContext({ viewport: { width: 1600, height: 1000 } });
    try {
      const current = fragmentOf(cli("export", fixture(), "--as", "link").trim());
      const page = await openPlanner(context, `${serverUrl()}#${current}`);
      const file = writeTemp("forecast-q1.json", JSON.stringify(await scenario(page)));

      await openUncertaintyTab(page);
      const plan = await waitSampled(page);
      assert.equal(plan.forecast_from, undefined, "the plan's Monte Carlo until the switch");
      await clickItem(page, "uncertainty.basis.forecast");
      await page.waitForFunction(() => window.planner.uncertainty().forecast_from?.month === 3, null, { timeout: 60000, polling: 100 });
      const forecast = await waitSampled(page);
      assert.deepEqual(forecast.forecast_from, { month: 3, label: "March 2027" });
      assert.deepEqual(forecast, JSON.parse(cli("simulate", file, "--forecast", "--json")),
        "uncertainty() on the forecast = planner-cli simulate --forecast --json");
      const [p, f] = [plan.outputs.incremental_cost, forecast.outputs.incremental_cost];
      assert.notDeepEqual(f, p, "the forecast's cost spread is not the plan's");
      note(`incremental cost P10/P50/P90: plan ${[p.p10, p.p50, p.p90].map(Math.round).join(" / ")}, ` +
        `forecast from March 2027 ${[f.p10, f.p50, f.p90].map(Math.round).join(" / ")}`);
      await mouseAway(page);
      await waitFrames(page, 2);
      assertShowsUi(await screenshot(page, "forecast-uncertainty"));

      // The same plan against the default preset, from a two-plan link.
      const other = cli("export", "--preset", "default", "--as", "link").trim();
      const pair = `${current}&b=${other.slice(other.indexOf("#s=") + 3)}`;
      const shared = await openPlanner(context, `${serverUrl()}#${pair}`);
      assert.equal((await shared.evaluate(() => window.planner.comparison())).current.forecast_from, undefined, "plans until the switch");
      await clickItem(shared, "compare.basis.forecast");
      await waitFrames(shared, 2);
      const compared = await shared.evaluate(() => window.planner.comparison());
      assert.deepEqual(compared, JSON.parse(cli("compare", "--link", `#${pair}`, "--forecast", "--json")),
        "comparison() on the forecast = planner-cli compare --forecast --json");
      assert.equal(compared.current.forecast_from.label, "March 2027");
      note(`compared on the forecast: incremental cost ${Math.round(compared.figures.incremental_cost.current)} vs ` +
        `${Math.round(compared.figures.incremental_cost.other)}`);
      await mouseAway(shared);
      await waitFrames(shared, 2);
      assertShowsUi(await screenshot(shared, "forecast-compare"));
      assert.deepEqual(page.plannerErrors, [], "no page errors");
      assert.deepEqual(shared.plannerErrors, [], "no page errors in the comparison");
    } finally {
      await context.close();
    }
  }, { timeoutS: 480 });
}
