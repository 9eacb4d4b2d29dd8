/** What a build must never do to the user's workbook, on the Excel fake. */
import { ExcelWorkbook, REPORT_MARK, REPORT_SETTING } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { TRICKY_NAMES } from "../../support/typed-value";
import { accounts, report } from "./fixtures";

function setup() {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  return { excel, workbook };
}

const snapshot = (excel: FakeExcel, name: string) => JSON.stringify([...excel.sheet(name).cells]);

describe("ownership: only a sheet the add-in can prove is its own is replaced", () => {
  test.each([
    ["a mark that points at one cell of the user's sheet", "=Finance!$A$1"],
    ["a mark typed by a user for a whole sheet, without the add-in's stored id", "=Finance!$1:$1048576"],
  ])("%s: a new sheet, nothing cleared", async (_, reference) => {
    const { excel, workbook } = setup();
    const finance = excel.addSheet("Finance", [
      ["Budget", 2025],
      ["Travel", 12000],
    ]);
    excel.model.renameTable(excel.model.addTable(finance, { row: 0, col: 0, rows: 2, cols: 2 }), "Budget");
    excel.model.addName(REPORT_MARK, reference, "typed by a user");
    const before = snapshot(excel, "Finance");

    const result = await workbook.writeReport(report(accounts(6)));

    expect(result.sheetName).toBe("KAM Matrix");
    expect(snapshot(excel, "Finance")).toBe(before);
    expect(excel.model.tables.map((t) => t.name)).toEqual(["Budget", "KamResults"]);
    // The user's name is left as it was; the add-in marks its sheet with a name of its own.
    expect(excel.model.names.map((n) => [n.name, n.sheet?.name])).toEqual([
      [REPORT_MARK, "Finance"],
      [`${REPORT_MARK}_2`, "KAM Matrix"],
    ]);
    // The next build replaces its own sheet and still leaves Finance alone.
    await workbook.writeReport(report(accounts(3)));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Finance", "KAM Matrix"]);
    expect(snapshot(excel, "Finance")).toBe(before);
  });

  test("a stored id of another sheet (a copied setting) proves nothing", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(4)));
    const notes = excel.addSheet("Notes", [["mine"]]);
    const stored = JSON.parse(String(excel.model.settings.get(REPORT_SETTING)));
    excel.model.settings.set(REPORT_SETTING, JSON.stringify({ ...stored, sheetId: notes.id }));

    const result = await workbook.writeReport(report(accounts(4)));

    expect(result.sheetName).toBe("KAM Matrix (2)");
    expect(excel.values("Notes", "A1")).toEqual([["mine"]]);
    expect(excel.values("KAM Matrix", "A2")).toEqual([["Account"]]);
  });

  test("the report's own tables are not offered as a source, and a table on it is refused", async () => {
    const { excel, workbook } = setup();
    const data = excel.addSheet("Data", [
      ["Account", "Revenue"],
      ["Acme", 5],
    ]);
    excel.model.renameTable(excel.model.addTable(data, { row: 0, col: 0, rows: 2, cols: 2 }), "Portfolio");
    await workbook.writeReport(report(accounts(5)));
    expect(await workbook.listTables()).toEqual(["Portfolio"]);
    expect((await workbook.readTable({ tableName: "KamResults" }))?.onReportSheet).toBe(true);
    excel.sheet("KAM Matrix").name = "Renamed";
    excel.select("Renamed", "B4");
    expect((await workbook.readTable({ selection: true }))?.onReportSheet).toBe(true);
    excel.select("Data", "A2");
    expect((await workbook.readTable({ selection: true }))?.onReportSheet).toBeUndefined();
  });
});

describe("a failed write leaves the old report or the new one", () => {
  test("a later request fails: the old report is whole, the unfinished sheet is gone", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Accounts", [["Account"], ["Acme"]]);
    await workbook.writeReport(report(accounts(30)));
    const before = snapshot(excel, "KAM Matrix");
    const sheetsBefore = excel.model.sheets.map((s) => s.name);
    // Syncs: 1 inspect, 2 add the sheet, 3 the (only) write request.
    excel.failRequest(3, { afterActions: 40 });

    await expect(workbook.writeReport(report(accounts(8)))).rejects.toThrow(/injected/);

    expect(snapshot(excel, "KAM Matrix")).toBe(before);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(excel.sheet("KAM Matrix").charts).toHaveLength(1);
    // The next try rebuilds it.
    await workbook.writeReport(report(accounts(8)));
    expect(excel.values("KAM Matrix", "A10:A11")).toEqual([[expect.stringMatching(/^Account /)], [""]]);
  });

  test("on a host without ExcelApi 1.13 (swap): the request fails just after the old sheet was deleted: the new report is put in its place", async () => {
    const excel = new FakeExcel("1.12");
    const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    excel.addSheet("Accounts", [["Account"], ["Acme"]]);
    await workbook.writeReport(report(accounts(4)));
    const spec = report(accounts(6));
    // Make the write request fail on its last actions (the swap's rename and what follows).
    excel.failRequest(3, { afterActions: Number.MAX_SAFE_INTEGER });
    await expect(workbook.writeReport(spec)).rejects.toThrow(/injected/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
    expect(excel.values("KAM Matrix", "A3:A8").map((r) => r[0])).toEqual(spec.tables[0].rows.map((r) => r[0]));
    // And it is the add-in's own again: the next build replaces it.
    await workbook.writeReport(report(accounts(2)));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
  });

  test("when the clean-up fails too, the error says the report is incomplete", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(4)));
    excel.failRequest(3, { afterActions: 10 });
    // The clean-up is tried twice: both attempts fail.
    excel.failRequest(4);
    excel.failRequest(5);
    await expect(workbook.writeReport(report(accounts(6)))).rejects.toMatchObject({
      code: "reportIncomplete",
      params: { name: "KAM Matrix (new)", sheet: "KAM Matrix" },
    });
  });
});

describe("cells a user typed on the report are never lost without a word", () => {
  test("heard as an edit: the old sheet is kept as 'KAM Matrix (your edits)', the new report takes its place", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Accounts", [["Account"], ["Acme"]]);
    await workbook.writeReport(report(accounts(5)));
    const stop = workbook.onUserEdit(() => {});
    await new Promise((r) => setTimeout(r, 5));
    excel.userEdit("KAM Matrix", "B3", [["my correction"]]);
    await new Promise((r) => setTimeout(r, 5));

    const result = await workbook.writeReport(report(accounts(5)), undefined, false);

    expect(result).toMatchObject({ sheetName: "KAM Matrix", keptEdits: "KAM Matrix (your edits)" });
    expect(excel.values("KAM Matrix (your edits)", "B3")).toEqual([["my correction"]]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix", "KAM Matrix (your edits)"]);
    // The kept sheet is the user's now: the next build replaces only the new one.
    const again = await workbook.writeReport(report(accounts(5)));
    expect(again.keptEdits).toBeUndefined();
    expect(excel.values("KAM Matrix (your edits)", "B3")).toEqual([["my correction"]]);
    stop();
  });

  test("typed while the pane was closed, outside the report's cells: found by the used range", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(5)));
    excel.userEdit("KAM Matrix", "A40", [["note below the table"]]);
    const other = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    const result = await other.writeReport(report(accounts(5)));
    expect(result.keptEdits).toBe("KAM Matrix (your edits)");
    expect(excel.values("KAM Matrix (your edits)", "A40")).toEqual([["note below the table"]]);
    expect(excel.values("KAM Matrix", "A40")).toEqual([[""]]);
  });

  test("no edits: the old sheet is simply replaced", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(5)));
    const result = await workbook.writeReport(report(accounts(50)));
    expect(result.keptEdits).toBeUndefined();
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["KAM Matrix"]);
  });
});

test("two panes building at once: the second looks again instead of failing with ItemAlreadyExists", async () => {
  const excel = new FakeExcel("1.14");
  const a = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const b = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const [ra, rb] = await Promise.all([a.writeReport(report(accounts(3))), b.writeReport(report(accounts(4)))]);
  expect([ra.sheetName, rb.sheetName].sort()).toEqual(["KAM Matrix", "KAM Matrix"].sort());
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["KAM Matrix"]);
});

test("text stays text: every tricky name is stored exactly, not as a formula, number, boolean or error", async () => {
  const { excel, workbook } = setup();
  const list = TRICKY_NAMES.map((name, i) => ({ name, value: 90 - i, engagement: 90 - i }));
  const spec = report(list);
  await workbook.writeReport(spec);
  const rows = spec.tables[0].rows;
  rows.forEach((row, i) => {
    const cell = excel.cell("KAM Matrix", `A${i + 3}`);
    expect({ value: cell?.value, formula: cell?.formula, error: cell?.error }).toEqual({
      value: row[0],
      formula: undefined,
      error: undefined,
    });
  });
  // The same names through the sample/CSV path.
  const name = await workbook.addDataSheet("Imported", [["Account"], ...TRICKY_NAMES.map((n) => [n])]);
  expect(excel.values(name, `A2:A${TRICKY_NAMES.length + 1}`).map((r) => r[0])).toEqual(TRICKY_NAMES);
});
