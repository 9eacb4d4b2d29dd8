/**
 * The sidebar's workbook (taskpane/workbook/sheets.ts) over a fake google.script.run that calls
 * the top-level functions of the built Code.js, which run against a fake SpreadsheetApp: the same
 * pane workflow as in Excel (sample data, Build matrix), one server call per workbook method.
 */
import { friendlyError } from "../../../app/i18n/errors";
import * as fs from "fs";
import type { Context } from "vm";
import { createPane } from "../../../app/pane";
import { buildReport } from "../../../app/report/buildReport";
import { SAMPLE_SHEET_NAME, sampleTable } from "../../../app/sample/sampleData";
import { SheetsClientWorkbook } from "../../../hosts/sheets/sidebar/sheets-workbook";
import { buildSheets, loadCode } from "./build-sheets";
import { FakeSpreadsheet, isWrite } from "../../support/apps-script-fake";
import { throughScriptRun } from "../../support/script-run";

let outDir: string;
beforeAll(async () => {
  outDir = await buildSheets("code");
}, 180_000);
afterAll(() => outDir && fs.rmSync(outDir, { recursive: true, force: true }));

/** google.script.run as the browser has it: handlers first, then the server function by name. */
function installScriptRun(code: Context, served: string[]) {
  const runner = (success: (r: unknown) => void = () => {}, failure: (e: unknown) => void = () => {}): unknown =>
    new Proxy(
      {},
      {
        get: (_t, prop: string) => {
          if (prop === "withSuccessHandler") return (f: (r: unknown) => void) => runner(f, failure);
          if (prop === "withFailureHandler") return (f: (e: unknown) => void) => runner(success, f);
          if (typeof code[prop] !== "function") throw new TypeError(`google.script.run.${prop} is not a function`);
          return (...args: unknown[]) => {
            served.push(prop);
            // Arguments and results travel as plain data, asynchronously (test/support/script-run.ts).
            setTimeout(() => {
              try {
                success(throughScriptRun(args, (sent) => (code[prop] as (...a: unknown[]) => unknown)(...sent)));
              } catch (e) {
                failure(e);
              }
            });
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = {
    script: {
      get run() {
        return runner();
      },
    },
  };
}

function setup() {
  const ss = new FakeSpreadsheet();
  const { SpreadsheetApp, Charts, PropertiesService, HtmlService, Utilities, LockService } = ss.services();
  const code = loadCode(outDir, { SpreadsheetApp, Charts, PropertiesService, HtmlService, Utilities, LockService });
  const served: string[] = [];
  installScriptRun(code, served);
  return { ss, served, workbook: new SheetsClientWorkbook() };
}

afterEach(() => delete (globalThis as { google?: unknown }).google);

test("each workbook method is one server call to its top-level function", async () => {
  const { ss, served, workbook } = setup();
  ss.addSheet("Accounts", [
    ["Account", "Revenue"],
    ["Acme", 10],
  ]);
  expect(await workbook.listTables()).toEqual([]);
  expect(
    await workbook.addDataSheet("Accounts", [
      ["Account", "Revenue"],
      ["Beta", 5],
    ]),
  ).toBe("Accounts (2)");
  expect((await workbook.readTable({ selection: true }))?.rows).toEqual([["Beta", 5]]);
  await workbook.saveSettings({ language: "de" });
  expect(await workbook.loadSettings()).toEqual({ language: "de" });
  expect(served).toEqual(["kamListTables", "kamAddDataSheet", "kamReadTable", "kamSaveSettings", "kamLoadSettings"]);
});

test("a server error reaches the pane as a rejected promise, its code and words intact in German", async () => {
  const { workbook } = setup();
  const error = await workbook.readTable({ tableName: "Nope" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "noSuchTable", params: { name: "Nope" } });
  expect(friendlyError(error, "de")).toMatch(/^In dieser Mappe gibt es keine Tabelle „Nope“; sie hat keine Tabellen/);
});

test("sample data and Build matrix give the same report sheet as the pane builds, without touching the data", async () => {
  const { ss, served, workbook } = setup();
  const pane = createPane(workbook, "en", { debounceMs: 0 });
  const controller = pane.matrix;
  await controller.start();
  await controller.insertSample();
  await controller.idle();
  const source = ss.sheet(SAMPLE_SHEET_NAME);
  const sample = sampleTable();
  const sourceBefore = source.block(1, 1, sample.length, sample[0].length);
  const writesBefore = ss.calls.filter((c) => c.sheet === SAMPLE_SHEET_NAME && isWrite(c)).length;
  served.length = 0;

  await controller.build();
  await controller.idle();

  const state = controller.getState();
  expect(state.error).toBeNull();
  expect(state.lastBuild?.sheetName).toBe("KAM Matrix");
  // The sample comes with its plan and actions: Build matrix reads both again, then writes.
  expect(served).toEqual(["kamReadHistory", "kamReadHistory", "kamSaveSettings", "kamWriteReport"]);

  // The report the pane builds from the table it read and its settings, as written by the server.
  const { report } = buildReport(state.table!, state.settings, { plan: pane.plan.forBuild(state.table!, state.settings) });
  expect(report.tables.find((t) => t.id === "results")!.header).toContain("Owner");
  // Sheets reads empty cells as "", as Excel does.
  expect(state.table!.rows).toEqual(sample.slice(1).map((r) => r.map((v) => (v === null ? "" : v))));
  expect(ss.properties.get("kam-matrix-settings")).toBeTruthy();
  const results = report.tables.find((t) => t.id === "results")!;
  const sheet = ss.sheet("KAM Matrix");
  const { row, col } = results.anchor;
  // The Stability column (after Coverage) arrives with the what-if pass; it is checked in its own tests.
  const wide = sheet.block(row + 2, col + 1, 1 + results.rows.length, results.header.length + 1);
  const at = wide[0].indexOf("Stability");
  const written = wide.map((r) => (at < 0 ? r.slice(0, -1) : [...r.slice(0, at), ...r.slice(at + 1)]));
  expect(written).toEqual([results.header, ...results.rows].map((r) => r.map((v) => (v === null ? "" : v))));
  expect(written.flat()).toEqual(expect.arrayContaining(["@Home Furnishing Ltd", "-Minus Zero Packaging"]));
  expect(sheet.formulas.size + source.formulas.size).toBe(0);
  expect(sheet.charts).toHaveLength(1);

  expect(source.block(1, 1, sample.length, sample[0].length)).toEqual(sourceBefore);
  expect(ss.calls.filter((c) => c.sheet === SAMPLE_SHEET_NAME && isWrite(c))).toHaveLength(writesBefore);
  controller.dispose();
});

test("what-if: Show selected account reads the active row with one server call and opens its card (its actions read once more); borderline accounts get their own chart series", async () => {
  const { ss, served, workbook } = setup();
  const controller = createPane(workbook, "en", { debounceMs: 0 }).matrix;
  await controller.start();
  // Sheets cannot push selections: the pane offers the button instead of listening.
  expect(controller.pushesSelection).toBe(false);
  await controller.insertSample();
  await controller.build();
  await controller.idle();
  const sheet = ss.sheet("KAM Matrix");

  // The user selects row 6 of the results table (title row 1, header row 2: the 4th account).
  sheet.getRange(6, 3, 1, 1).activate();
  served.length = 0;
  await controller.showSelectedAccount();
  // One call for the selected row; the card then reads KAM Actions once, to list the account's actions as they are now.
  expect(served).toEqual(["kamReadSelection", "kamReadHistory"]);
  expect(controller.getState().whatIf.card).toMatchObject({ name: sheet.value(6, 1), priority: 4, scored: true });
  // A row of the source table: the 12th account of the sample sits on sheet row 13.
  ss.sheet(SAMPLE_SHEET_NAME).getRange(13, 2, 1, 1).activate();
  await controller.showSelectedAccount();
  expect(controller.getState().whatIf.card!.name).toBe(sampleTable()[12][0]);

  // No hollow markers in Sheets: each quadrant's borderline accounts are a series of their own
  // (same colour, diamond points), named "<label> (borderline)".
  const borderline = controller.getState().lastBuild!.borderline!;
  expect(borderline).toBeGreaterThan(0);
  const chart = sheet.charts[0];
  const header = chart.ranges[0].getValues()[0] as string[];
  const hollowColumns = header.map((h, k) => [h, k] as const).filter(([h]) => / \(borderline\)$/.test(h));
  expect(hollowColumns.length).toBeGreaterThan(0);
  const series = chart.options.series as Record<number, { pointShape?: string }>;
  for (const [, k] of hollowColumns) expect(series[k - 1].pointShape).toBe("diamond");
  const rows = chart.ranges[0].getValues().slice(1);
  const hollowPoints = rows.filter((r) => hollowColumns.some(([, k]) => r[k] !== "")).length;
  expect(hollowPoints).toBe(borderline);
  controller.dispose();
});
