/** Shared by the in-place tests: a workbook with a source sheet, a user's dashboard, the results as a user sees them. */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import type { ReportSheet } from "../../../app/workbook/contract";
import { FakeExcel } from "../../support/excel-fake";
import { accounts, report } from "./fixtures";

export function setup(apiVersion = "1.14") {
  const excel = new FakeExcel(apiVersion);
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  excel.addSheet("Accounts", [["Account"], ["Acme"]]);
  return { excel, workbook };
}

/** A user's dashboard: one cell of the report, and the sum of a column of its table. */
export function addDashboard(excel: FakeExcel) {
  excel.addSheet("Dashboard", [["='KAM Matrix'!A3", "=SUM(KamResults[Value])"]]);
}

/** What the dashboard should show for a report, computed from the report's rows. */
export const expectedDashboard = (spec: ReportSheet) => [
  spec.tables[0].rows[0][0],
  spec.tables[0].rows.reduce((sum, r) => sum + (r[1] as number), 0),
];

/** The results table as a user sees it: title, header and rows, the first blank row below, the native table's block. */
export function results(excel: FakeExcel, rows: number) {
  const last = rows + 3;
  return {
    cells: excel.values("KAM Matrix", `A1:G${last}`),
    table: excel.model.tables.filter((t) => t.sheet.name === "KAM Matrix").map((t) => [t.name, t.box]),
  };
}

/** The same, computed from the report (not from what was written). */
export function resultsOf(spec: ReportSheet) {
  const t = spec.tables[0];
  const pad = (r: unknown[]) => Array.from({ length: 7 }, (_, c) => r[c] ?? "");
  return {
    cells: [pad([t.title]), pad(t.header), ...t.rows.map(pad), pad([])],
    table: [[t.tableName, { row: 1, col: 0, rows: t.rows.length + 1, cols: 7 }]],
  };
}

/**
 * A failure injected at every request of a rebuild (and the next one or two, so that clean-ups
 * fail too): the old or the new content whole, or the error says which sheet holds what.
 * `syncs`: the requests of a clean rebuild.
 */
export function rebuildFaultTests(label: string, syncs: number): void {
  describe(`a failure at any request of a rebuild${label}`, () => {
    /** The syncs a clean rebuild takes, counted on a twin workbook. */
    async function syncsOfRebuild(): Promise<number> {
      const { excel, workbook } = setup();
      await workbook.writeReport(report(accounts(9)));
      excel.resetStats();
      await workbook.writeReport(report(accounts(4)));
      return excel.stats.syncs;
    }

    test("leaves the old or the new report whole, or says which sheet holds the new one; no stray sheet, references intact", async () => {
      expect(await syncsOfRebuild()).toBe(syncs);
      const outcomes = new Set<string>();
      for (let nth = 1; nth <= syncs; nth++)
        for (const afterActions of [0, 1, 3, 8, Number.MAX_SAFE_INTEGER])
          for (const more of [0, 1, 2]) {
            const { excel, workbook } = setup();
            const old = report(accounts(9));
            await workbook.writeReport(old);
            addDashboard(excel);
            const fresh = report(accounts(4));
            excel.failRequest(nth, { afterActions });
            // The next requests too: a clean-up is tried twice, so two more failures defeat it.
            for (let k = 1; k <= more; k++) excel.failRequest(nth + k, { afterActions });
            const error = await workbook.writeReport(fresh).then(
              () => null,
              (e: { code?: string; params?: { name?: string; sheet?: string } }) => e,
            );
            const where = `request ${nth}, after ${afterActions} actions, and the next ${more}`;
            const names = excel.model.sheets.map((s) => s.name);
            if (error?.code === "ownSheetIncomplete") {
              // Said plainly: the own sheet is incomplete, the whole new content is on the staging sheet.
              expect([where, error.params]).toEqual([where, { sheet: "KAM Matrix", name: "KAM Matrix (new)" }]);
              expect([where, excel.values("KAM Matrix (new)", "A1:G7")]).toEqual([where, resultsOf(fresh).cells]);
              outcomes.add("incomplete, said");
            } else if (error?.code === "reportIncomplete") {
              expect([where, error.params]).toEqual([where, { sheet: "KAM Matrix", name: "KAM Matrix (new)" }]);
              expect([where, results(excel, 9)]).toEqual([where, resultsOf(old)]);
              outcomes.add("old whole, leftover said");
            } else {
              expect([where, names]).toEqual([where, ["Accounts", "KAM Matrix", "Dashboard"]]);
              const now = results(excel, error ? 9 : 4);
              expect([where, now]).toEqual([where, resultsOf(error ? old : fresh)]);
              expect([where, excel.values("Dashboard", "A1:B1")[0]]).toEqual([where, expectedDashboard(error ? old : fresh)]);
              outcomes.add(error ? "old whole" : "new whole");
            }
            excel.clearFailures();
            // Whatever happened, the formulas never broke and the next build finishes the job.
            expect([where, excel.values("Dashboard", "A1:B1")[0].includes("#REF!")]).toEqual([where, false]);
            const again = report(accounts(4));
            await workbook.writeReport(again);
            expect([where, results(excel, 4)]).toEqual([where, resultsOf(again)]);
            // A sheet is left over only where the error named it (a clean-up that failed may not have been needed).
            const own = excel.model.sheets.filter((s) => s.name.startsWith("KAM Matrix")).map((s) => s.name);
            if (error?.code === "ownSheetIncomplete") expect([where, own]).toEqual([where, ["KAM Matrix", "KAM Matrix (new)"]]);
            else if (error?.code === "reportIncomplete")
              expect([where, own.slice(1)]).toEqual([where, own.length > 1 ? ["KAM Matrix (new)"] : []]);
            else expect([where, own]).toEqual([where, ["KAM Matrix"]]);
          }
      // Every kind of outcome was reached, so the loop above really injected at each step.
      expect([...outcomes].sort()).toEqual(["incomplete, said", "new whole", "old whole", "old whole, leftover said"].sort());
    });
  });
}
