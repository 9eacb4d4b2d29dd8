/**
 * The add-in's own sheets keep their identity across rebuilds on the Excel fake: formulas and
 * charts that point at "KAM Matrix" or its tables survive, a failure injected at any request
 * leaves the old or the new content whole (or the error says which sheet holds what), and two
 * panes building at once leave one sheet.
 */
import { ExcelWorkbook, REPORT_MARK } from "../../../hosts/excel/excel-workbook";
import type { ReportSheet } from "../../../app/workbook/contract";
import { FakeExcel } from "../../support/excel-fake";
import { accounts, report } from "./fixtures";
import { addDashboard, expectedDashboard, rebuildFaultTests, results, resultsOf, setup } from "./rebuild-faults";

describe("the fake models references to a sheet and a table", () => {
  test("deleting the sheet makes them #REF!, and a new sheet of the same name does not repair them", () => {
    const excel = new FakeExcel();
    const data = excel.addSheet("Data", [
      ["Name", "Revenue"],
      ["A", 5],
      ["B", 7],
    ]);
    excel.model.renameTable(excel.model.addTable(data, { row: 0, col: 0, rows: 3, cols: 2 }), "Sales");
    excel.addSheet("Summary", [["=Data!A2", "=SUM(Sales[Revenue])", "=Data!B3"]]);
    expect(excel.values("Summary", "A1:C1")).toEqual([["A", 12, 7]]);
    excel.model.deleteSheet(data);
    excel.addSheet("Data", [
      ["Name", "Revenue"],
      ["A", 5],
    ]);
    expect(excel.values("Summary", "A1:C1")).toEqual([["#REF!", "#REF!", "#REF!"]]);
  });
});

describe("references to the add-in's sheets survive a rebuild", () => {
  test("a dashboard formula and a column sum follow the new content; sheet, table and mark are the same objects", async () => {
    const { excel, workbook } = setup();
    const first = report(accounts(12));
    await workbook.writeReport(first);
    addDashboard(excel);
    expect(excel.values("Dashboard", "A1:B1")[0]).toEqual(expectedDashboard(first));
    const sheet = excel.sheet("KAM Matrix");
    const table = excel.model.table("KamResults");

    const second = report(accounts(7));
    await workbook.writeReport(second);

    expect(excel.values("Dashboard", "A1:B1")[0]).toEqual(expectedDashboard(second));
    expect(excel.sheet("KAM Matrix")).toBe(sheet);
    expect(excel.model.table("KamResults")).toBe(table);
    expect(results(excel, 7)).toEqual(resultsOf(second));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
    expect(excel.model.names.filter((n) => n.name.startsWith(REPORT_MARK)).map((n) => n.sheet)).toEqual([sheet]);
    // The old rows beyond the new table are gone; the chart is drawn once, from the same sheet's cells.
    expect(
      excel
        .values("KAM Matrix", "A11:G14")
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(sheet.charts).toHaveLength(1);
    expect(excel.seriesValues(sheet.charts[0].series[0].y).length).toBeGreaterThan(0);
    // Growing again works too.
    const third = report(accounts(40));
    await workbook.writeReport(third);
    expect(results(excel, 40)).toEqual(resultsOf(third));
    expect(excel.values("Dashboard", "A1:B1")[0]).toEqual(expectedDashboard(third));
  });

  test("a chart the user made from the results keeps reading the report's cells", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(5)));
    const own = excel.sheet("KAM Matrix");
    const mine = { sheet: own, box: { row: 2, col: 1, rows: 5, cols: 1 } };
    const second = report(accounts(5).map((a) => ({ ...a, value: a.value / 2 })));
    await workbook.writeReport(second);
    expect(excel.seriesValues(mine)).toEqual(second.tables[0].rows.map((r) => r[1]));
  });

  test("KAM Accounts: `=SUM(KamAccounts[Revenue])` follows a Refresh with more rows", async () => {
    const { excel, workbook } = setup();
    const sheet = (revenues: number[]): ReportSheet => ({
      kind: "accounts",
      sheetName: "KAM Accounts",
      tables: [
        {
          id: "accounts",
          title: "Accounts prepared",
          anchor: { row: 0, col: 0 },
          header: ["Account", "Revenue"],
          rows: revenues.map((r, i) => [`Acct ${i}`, r]),
          numberFormats: [],
          tableName: "KamAccounts",
        },
      ],
    });
    await workbook.writeReport(sheet([10, 20]));
    excel.addSheet("Analysis", [["=SUM(KamAccounts[Revenue])"]]);
    expect(excel.values("Analysis", "A1")).toEqual([[30]]);
    await workbook.writeReport(sheet([10, 20, 30, 45]));
    expect(excel.values("Analysis", "A1")).toEqual([[105]]);
    await workbook.writeReport(sheet([1]));
    expect(excel.values("Analysis", "A1")).toEqual([[1]]);
  });

  test("typed on the report: kept on 'KAM Matrix (your edits)', the report itself stays the same sheet", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(5)));
    addDashboard(excel);
    excel.userEdit("KAM Matrix", "A40", [["note below the table"]]);
    const sheet = excel.sheet("KAM Matrix");
    const second = report(accounts(6));
    const result = await workbook.writeReport(second);
    expect(result.keptEdits).toBe("KAM Matrix (your edits)");
    expect(excel.values("KAM Matrix (your edits)", "A40")).toEqual([["note below the table"]]);
    expect(excel.values("KAM Matrix", "A40")).toEqual([[""]]);
    expect(excel.sheet("KAM Matrix")).toBe(sheet);
    expect(excel.values("Dashboard", "A1:B1")[0]).toEqual(expectedDashboard(second));
  });
});

rebuildFaultTests("", 6);

describe("two panes (two adapters over one workbook)", () => {
  test("rebuilding at once leave one report sheet, the mark and the references intact", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(9)));
    addDashboard(excel);
    const other = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    const a = report(accounts(3));
    const b = report(accounts(5));
    const [ra, rb] = await Promise.all([workbook.writeReport(a), other.writeReport(b)]);
    expect([ra.sheetName, rb.sheetName]).toEqual(["KAM Matrix", "KAM Matrix"]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
    const shown = results(excel, 5);
    const whole = [a, b].filter((spec) => JSON.stringify(results(excel, spec.tables[0].rows.length)) === JSON.stringify(resultsOf(spec)));
    expect(whole).toHaveLength(1);
    expect(shown.table).toEqual(resultsOf(whole[0]).table);
    expect(excel.values("Dashboard", "A1:B1")[0]).toEqual(expectedDashboard(whole[0]));
    expect(excel.model.names.filter((n) => n.name.startsWith(REPORT_MARK)).map((n) => n.sheet?.name)).toEqual(["KAM Matrix"]);
    // And from then on both panes keep writing the same sheet.
    await other.writeReport(a);
    await workbook.writeReport(b);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
    expect(results(excel, 5)).toEqual(resultsOf(b));
  });
});

test("the first build: a failed sheet-adding request leaves no orphan '(new)' sheet, on any host", async () => {
  for (const api of ["1.12", "1.14"])
    for (const afterActions of [1, Number.MAX_SAFE_INTEGER]) {
      const { excel, workbook } = setup(api);
      // 1: inspect, 2: add the sheet (then load its id).
      excel.failRequest(2, { afterActions });
      await expect(workbook.writeReport(report(accounts(3)))).rejects.toThrow(/injected/);
      expect([api, afterActions, excel.model.sheets.map((s) => s.name)]).toEqual([api, afterActions, ["Accounts"]]);
    }
});

test("a correction typed over the report's own cells while no pane listened is kept before the rewrite", async () => {
  const { excel, workbook } = setup();
  await workbook.writeReport(report(accounts(5)));
  // No pane open: a value changed in place, inside the block the add-in wrote, no event heard.
  excel.sheet("KAM Matrix").cell(2, 1)!.value = 12.5;
  const reopened = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const result = await reopened.writeReport(report(accounts(5)));
  expect(result.keptEdits).toBe("KAM Matrix (your edits)");
  expect(excel.values("KAM Matrix (your edits)", "B3")).toEqual([[12.5]]);
  // Unchanged since: the next rewrite keeps nothing; typed again after a rewrite in place: kept again.
  expect((await reopened.writeReport(report(accounts(6)))).keptEdits).toBeUndefined();
  excel.sheet("KAM Matrix").cell(3, 1)!.value = 7;
  const again = await new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }).writeReport(report(accounts(6)));
  expect(again.keptEdits).toBe("KAM Matrix (your edits) (2)");
});

test("two panes at once, one writing a larger report than the old: neither mistakes the other's write for the user's edits", async () => {
  for (const [first, a, b] of [
    [3, 40, 5],
    [40, 3, 60],
  ]) {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(first)));
    const other = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    const results = await Promise.all([workbook.writeReport(report(accounts(a))), other.writeReport(report(accounts(b)))]);
    expect([first, results.map((r) => r.keptEdits)]).toEqual([first, [undefined, undefined]]);
    expect([first, excel.model.sheets.map((s) => s.name)]).toEqual([first, ["Accounts", "KAM Matrix"]]);
  }
});
