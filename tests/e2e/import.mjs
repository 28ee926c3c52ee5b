// import.mjs — the web page's imports (issue 13): a CSV dropped on the page
// opens the import dialog (its rows read in the tools worker, loaded on
// demand: web/tools_worker.js + tools.js/.wasm), a column mapped by hand, the
// segments Import makes (one undo step, the same as `planner-cli import`); a
// file the importer refuses, its message unchanged and the plan untouched;
// a skills survey changing the heat map; TSV rows pasted into the segments
// table; File > Export workbook read back with openpyxl; 100,000 employee
// rows (about 10 MB) timed while the page keeps drawing; the dialog at
// laptop and phone size (screenshots looked at).
//
// registerImportTests(h): h carries run.mjs's runner and helpers (see the call there).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";

import { clickItem, frames, lastError, openPlanner, pressKey, rectOf, scenario, waitFrames } from "./lib/planner_page.mjs";

// Per-employee rows as an HR system exports them (about 100 bytes a row);
// the department column has a name the importer does not know ("Unit
// name"): the user maps it by hand.
const kHeader = ["Employee ID", "Unit name", "Job title", "Email", "Location", "Hire date", "FTE", "Annual salary", "Manager ID"];
function peopleCsv(rows, units = ["Legal", "IT", "Ops"]) {
  const sites = ["Lisbon", "Leeds", "Austin", "Pune"];
  const lines = [kHeader.join(",")];
  for (let i = 1; i <= rows; ++i)
    lines.push([i, units[i % units.length], `Senior Analyst ${i % 7}`, `employee.${i}@northwind.example.com`,
      sites[i % sites.length], `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, i % 5 ? "1.0" : "0.8",
      50000 + (i * 37) % 40000, i > 3 ? 1 + (i % 3) : ""].join(","));
  return lines.join("\n") + "\n";
}

// Drops a file on the page as a user's drag from the desktop would (a drop
// event with a DataTransfer holding a File); returns performance.now() then.
export function dropFile(page, name, text) {
  return page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n));
    const at = performance.now();
    document.getElementById("canvas").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    return at;
  }, [name, text]);
}

// The tools worker's first reply of kind `op` after page time `since` (from
// the page's log of recent replies: a "load" is followed at once by its
// "preview", which may arrive before this looks).
export async function reply(page, op, since, timeoutMs = 60000) {
  const handle = await page.waitForFunction(([o, s]) => {
    const log = (window.plannerTools && window.plannerTools.log) || [];
    return log.find((r) => r.op === o && r.at > s) || false;
  }, [op, since], { timeout: timeoutMs, polling: 20 });
  const found = await handle.jsonValue();
  return { ...found, reply: JSON.parse(found.json) };
}

export const now = (page) => page.evaluate(() => performance.now());

export function registerImportTests({ test, note, newContext, screenshot, assertShowsUi, cli, writeTemp, serverUrl }) {
  const cliImport = (...args) => JSON.parse(cli("import", ...args));

  test("import: a CSV dropped on the page, a column mapped by hand, Import makes the CLI's segments (one undo step)", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      const before = await scenario(page);
      assert.equal(await page.evaluate(() => Boolean(window.plannerTools["w"])), false, "no worker before the first import");
      const csv = peopleCsv(60);
      const t0 = await dropFile(page, "people.csv", csv);
      let got = await reply(page, "preview", t0);
      assert.deepEqual(got.reply.header, kHeader);
      assert.deepEqual(got.reply.group_by, ["Job title"], "no column names a department yet: grouped by job title");
      await waitFrames(page, 3);
      // By hand: the "Unit name" column's combo, then "Department".
      await clickItem(page, "import.map.1");
      await waitFrames(page, 3);
      const department = got.reply.fields.indexOf("Department");
      const t1 = await now(page);
      await clickItem(page, `import.field.${department}`);
      got = await reply(page, "preview", t1);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      assert.equal(got.reply.recognised[1], "Department");
      assert.deepEqual(got.reply.group_by, ["Unit name"], "now grouped by the column mapped by hand");
      await waitFrames(page, 4);
      const shot = await screenshot(page, "import-dialog");
      assertShowsUi(shot);
      note(`import dialog: ${shot}`);
      // The CLI groups the same file by the same column.
      const want = cliImport(writeTemp("people.csv", csv), "--group-by", "Unit name");
      assert.deepEqual(got.reply.segments.map((s) => [s.name, s.headcount, s.hourly_cost]),
        want.segments.map((s) => [s.name, s.headcount, s.hourly_cost]), "the dialog's segments are the CLI's");
      await clickItem(page, "import.import");
      await waitFrames(page, 3);
      const after = await scenario(page);
      assert.deepEqual(after.segments, want.segments, "Import applied the previewed segments");
      assert.deepEqual(after.models, before.models, "the plan's other inputs are untouched");
      assert.equal(await lastError(page), "");
      await pressKey(page, "Control+z");
      assert.deepEqual((await scenario(page)).segments, before.segments, "one undo brings the old segments back");
      note(`import: ${want.segments.length} segments from 60 rows; worker preview ${got.ms.toFixed(1)} ms`);
    } finally {
      await context.close();
    }
  });

  test("import: a file the importer refuses shows its message unchanged; the plan is untouched; a dropped .json opens", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      const before = await scenario(page);
      const t0 = await dropFile(page, "people.xlsx", "Name,Team\nthis is not a workbook\n");
      const got = await reply(page, "load", t0);
      assert.equal(got.reply.ok, false);
      let cliMessage = "";
      try {
        cli("import", writeTemp("people.xlsx", "Name,Team\nthis is not a workbook\n"));
      } catch (e) {
        cliMessage = e.message;
      }
      assert.ok(got.reply.problems.length > 0);
      for (const p of got.reply.problems) assert.ok(cliMessage.includes(p), `"${p}" is the importer's own words`);
      await waitFrames(page, 3);
      const r = await rectOf(page, "import.problems");
      assert.ok(r.w > 0, "the dialog lists the problems");
      note(`refused file: ${await screenshot(page, "import-refused")} — "${got.reply.problems[0]}"`);
      await clickItem(page, "import.cancel");
      await waitFrames(page, 2);
      assert.deepEqual(await scenario(page), before, "the plan is untouched");
      // A dropped .json still opens as a plan.
      await dropFile(page, "mine.json", JSON.stringify({ ...before, title: "A dropped plan" }));
      await page.waitForFunction(() => window.planner.scenario().title === "A dropped plan", null, { timeout: 20000 });
    } finally {
      await context.close();
    }
  });

  test("import: months of actuals dropped on the page read as actuals; Import sets them as `planner-cli import --actuals` does", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      const before = await scenario(page);
      const csv = fs.readFileSync(new URL("../fuzz/corpus/import/actuals-q1.csv", import.meta.url), "utf8");
      const t0 = await dropFile(page, "actuals-q1.csv", csv);
      const loaded = await reply(page, "load", t0);
      assert.equal(loaded.reply.kind, "actuals", "a Month column: the dialog opens on actuals");
      const got = await reply(page, "preview", t0);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      assert.equal(got.reply.result.rows.length, 3, "three months");
      await waitFrames(page, 4);
      note(`actuals in the dialog: ${await screenshot(page, "import-actuals")}`);
      const want = cliImport(writeTemp("actuals-q1.csv", csv), "--actuals");
      await clickItem(page, "import.import");
      await waitFrames(page, 3);
      const after = await scenario(page);
      assert.deepEqual(after.actuals, want.actuals, "the page's actuals are the CLI's");
      assert.deepEqual(after.segments, before.segments, "nothing but the actuals changes");
      assert.equal(after.actuals.as_of_month, 3);
      await pressKey(page, "Control+z");
      assert.deepEqual((await scenario(page)).actuals, before.actuals, "one undo takes the actuals back");
    } finally {
      await context.close();
    }
  });

  test("import: a skills survey (File > Import, the file picker) sets the current tiers as the CLI does, and the heat map changes", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      const people = peopleCsv(30);
      const survey = ["Department,Level", "Legal,Fluency", "Legal,Literacy", "IT,None", "IT,Integration", "Ops,Literacy"].join("\n") + "\n";
      const base = cliImport(writeTemp("p.csv", people), "--group-by", "Unit name");
      assert.ok(await page.evaluate((j) => window.planner.setScenario(j), JSON.stringify(base)));
      await waitFrames(page, 2);
      const heat = (s) => JSON.parse(cli("report", writeTemp("heat.json", JSON.stringify(s)), "--json", "--heat-map")).heat_map;
      const heatBefore = heat(await scenario(page));
      // This time through File > Import... and the browser's file picker.
      const t0 = await now(page);
      await clickItem(page, "menu.file");
      await waitFrames(page, 2);
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), clickItem(page, "menu.file.import")]);
      await chooser.setFiles({ name: "survey.csv", mimeType: "text/csv", buffer: Buffer.from(survey) });
      await reply(page, "preview", t0);
      await waitFrames(page, 3);
      const t1 = await now(page);
      await clickItem(page, "import.kind.survey");
      const got = await reply(page, "preview", t1);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      for (const s of got.reply.survey) assert.ok(Math.abs(s.response_rate - s.respondents / s.headcount) < 1e-9, s.name);
      await waitFrames(page, 3);
      note(`survey preview: ${await screenshot(page, "import-survey")}`);
      await clickItem(page, "import.import");
      await waitFrames(page, 3);
      const after = await scenario(page);
      const want = cliImport(writeTemp("p.csv", people), "--group-by", "Unit name", "--survey", writeTemp("s.csv", survey));
      assert.deepEqual(after.segments.map((s) => s.current_at_tier), want.segments.map((s) => s.current_at_tier),
        "the current tier counts are the CLI's");
      const heatAfter = heat(after);
      assert.notDeepEqual(heatAfter.rows, heatBefore.rows, "the heat map changed");
      note(`survey: ${got.reply.survey.map((s) => `${s.name} ${s.respondents}/${s.headcount}`).join(", ")}`);
    } finally {
      await context.close();
    }
  });

  test("import: an XLSX with two sheets, read in the worker; the second sheet chosen", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      // Written by openpyxl: a title row above the header on the second sheet.
      const file = writeTemp("two-sheets.xlsx", "");
      execFileSync("/usr/bin/python3", ["-c", [
        "import sys, openpyxl",
        "wb = openpyxl.Workbook(); a = wb.active; a.title = 'Readme'; a.append(['Exported from the HR system'])",
        "b = wb.create_sheet('Staff'); b.append(['Staff list, 2026']); b.append(['Employee ID', 'Department', 'Annual salary'])",
        "[b.append([i, ['Legal', 'IT'][i % 2], 60000 + i * 1000]) for i in range(1, 9)]",
        "wb.save(sys.argv[1])"].join("\n"), file]);
      const bytes = fs.readFileSync(file).toString("base64");
      const t0 = await page.evaluate((b64) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "staff.xlsx"));
        const at = performance.now();
        document.getElementById("canvas").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
        return at;
      }, bytes);
      const loaded = await reply(page, "load", t0);
      assert.deepEqual(loaded.reply.sheets, ["Readme", "Staff"]);
      await reply(page, "preview", t0);
      await waitFrames(page, 3);
      await clickItem(page, "import.sheet");
      await waitFrames(page, 3);
      const t1 = await now(page);
      await clickItem(page, "import.sheet.1");
      const got = await reply(page, "preview", t1);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      assert.equal(got.reply.header_row, 2, "the header found below the title row");
      const want = cliImport(file, "--sheet", "Staff");
      assert.deepEqual(got.reply.segments.map((s) => [s.name, s.headcount, s.hourly_cost]),
        want.segments.map((s) => [s.name, s.headcount, s.hourly_cost]), "the CLI's segments from the same sheet");
      await waitFrames(page, 3);
      note(`xlsx, sheet Staff: ${await screenshot(page, "import-xlsx")}`);
    } finally {
      await context.close();
    }
  });

  test("paste: TSV rows pasted into the segments table add rows, as one undo step", async () => {
    const context = await newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    try {
      const page = await openPlanner(context, serverUrl());
      const before = await scenario(page);
      const n = before.segments.length;
      await clickItem(page, `segments.${n - 1}.name`);
      await waitFrames(page, 2);
      // Two rows copied from a spreadsheet, starting in the last row's Segment cell.
      await page.evaluate(() => navigator.clipboard.writeText("Legal\t25\nIT\t140\n"));
      const t0 = await now(page);
      await pressKey(page, "Control+v");
      const got = await reply(page, "paste", t0);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      await waitFrames(page, 3);
      const after = await scenario(page);
      assert.equal(after.segments.length, n + 1, "the second row was added");
      assert.deepEqual([after.segments[n - 1].name, after.segments[n - 1].headcount], ["Legal", 25]);
      assert.deepEqual([after.segments[n].name, after.segments[n].headcount], ["IT", 140]);
      assert.ok(!after.segments.some((s) => s.name.includes("\t") || s.name.includes("25")), "nothing joined into one cell");
      note(`paste: ${await screenshot(page, "paste")}`);
      await pressKey(page, "Escape");
      await pressKey(page, "Control+z");
      assert.deepEqual((await scenario(page)).segments, before.segments, "one undo step");
      // Rows the importer refuses: its words in the banner, the table unchanged.
      await clickItem(page, "segments.0.name");
      await waitFrames(page, 2);
      await page.evaluate(() => navigator.clipboard.writeText("Ops\tmany\n"));
      const t1 = await now(page);
      await pressKey(page, "Control+v");
      const refused = await reply(page, "paste", t1);
      assert.equal(refused.reply.ok, false);
      await waitFrames(page, 3);
      await pressKey(page, "Escape");
      const banner = await lastError(page);
      for (const p of refused.reply.problems) assert.ok(banner.includes(p), `the banner says "${p}"`);
      assert.deepEqual((await scenario(page)).segments, before.segments, "the table is unchanged");
      note(`refused paste: ${banner.replace(/\n/g, " / ")}`);
    } finally {
      await context.close();
    }
  });

  test("workbook: File > Export workbook downloads an .xlsx that openpyxl reads back", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      await clickItem(page, "menu.file");
      await waitFrames(page, 2);
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }),
        clickItem(page, "menu.file.export_workbook")]);
      const file = writeTemp("workbook.xlsx", "");  // openpyxl wants the .xlsx name
      await download.saveAs(file);
      const sheets = execFileSync("/usr/bin/python3", ["-c",
        "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print('|'.join(wb.sheetnames)); " +
        "print(wb['Segments'].max_row)", file], { encoding: "utf8" }).trim().split("\n");
      assert.deepEqual(sheets[0].split("|"), ["Summary", "Monthly", "Schedule", "Segments", "Heat map", "Assumptions & sources"]);
      const plan = await scenario(page);
      assert.ok(Number(sheets[1]) >= plan.segments.length + 1, "a row per segment under the header");
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      note(`workbook: ${download.suggestedFilename()}, ${fs.statSync(file).size} bytes, sheets ${sheets[0]}`);
    } finally {
      await context.close();
    }
  });

  test("import: 100,000 employee rows (about 10 MB) in the worker while the page keeps drawing", async () => {
    const context = await newContext();
    try {
      const page = await openPlanner(context, serverUrl());
      // The worker and its module are loaded first (as after any earlier
      // import), so the figure is the import itself.
      let t = await dropFile(page, "warm.csv", peopleCsv(10));
      await reply(page, "preview", t);
      await clickItem(page, "import.cancel");
      await waitFrames(page, 2);
      const csv = peopleCsv(100000, Array.from({ length: 40 }, (_, i) => `Unit ${i + 1}`));
      const framesBefore = await frames(page);
      t = await dropFile(page, "big.csv", csv);
      const load = await reply(page, "load", t);
      const preview = await reply(page, "preview", t);
      const framesDuring = (await frames(page)) - framesBefore;
      const total = preview.at - t;
      assert.equal(load.reply.ok, true, JSON.stringify(load.reply.problems));
      assert.ok(framesDuring > 0, "frames were drawn during the import");
      note(`100,000 rows (${(csv.length / 1e6).toFixed(1)} MB): drop to preview ${total.toFixed(0)} ms ` +
           `(worker: read ${load.ms.toFixed(0)} ms, preview ${preview.ms.toFixed(0)} ms); ${framesDuring} frames drawn meanwhile`);
    } finally {
      await context.close();
    }
  }, { timeoutS: 300 });

  test("import: the dialog at phone size", async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    try {
      const page = await openPlanner(context, serverUrl());
      const t0 = await dropFile(page, "people.csv", peopleCsv(12).replace("Unit name", "Department"));
      const got = await reply(page, "preview", t0);
      assert.equal(got.reply.ok, true, JSON.stringify(got.reply.problems));
      await waitFrames(page, 4);
      const shot = await screenshot(page, "import-dialog-phone");
      assertShowsUi(shot);
      const r = await rectOf(page, "import.import");
      assert.ok(r.w > 0, "the Import button is drawn");
      note(`import dialog at phone size: ${shot}`);
    } finally {
      await context.close();
    }
  });
}
