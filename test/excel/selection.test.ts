/**
 * Issue 11: the account card follows the selection in Excel. workbook.onSelectionChanged
 * (ExcelApi 1.2) fires on the fake as a user's click would; the adapter reads the selected cell,
 * and the pane opens the card of the account on that row of the results table or the source table.
 */
import { Controller } from "../../taskpane/controller";
import { sampleTable } from "../../taskpane/sample/sampleData";
import { ExcelWorkbook } from "../../taskpane/workbook/excel";
import { FakeExcel } from "../support/excel-fake";

const settle = () => new Promise((r) => setTimeout(r, 20));

async function pane() {
  const excel = new FakeExcel("1.14");
  excel.addSheet("Accounts", sampleTable());
  excel.select("Accounts", "A2");
  const wb = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const c = new Controller(wb, "en", 0);
  await c.start();
  await c.build();
  await settle();
  return { excel, wb, c };
}

describe("the selection in Excel picks the account card", () => {
  test("the adapter reports the selected cell's sheet, row and column", async () => {
    const excel = new FakeExcel("1.7");
    excel.addSheet("Accounts", sampleTable());
    const wb = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
    const seen: unknown[] = [];
    const off = wb.onSelectionChange((s) => seen.push(s));
    await settle();
    excel.userSelect("Accounts", "C7");
    await settle();
    expect(seen).toEqual([{ sheetName: "Accounts", row: 6, col: 2 }]);
    off();
    await settle();
    expect(excel.selectionHandlers).toHaveLength(0);
    excel.userSelect("Accounts", "B3");
    await settle();
    expect(seen).toHaveLength(1);
  });

  test("a row of the results table opens that account's card; a row of the source table too", async () => {
    const { excel, c } = await pane();
    expect(c.getState().whatIf.card).toBeNull();
    // Row 5 of the report: the results table's title is row 1, its header row 2, so the 3rd account.
    excel.userSelect("KAM Matrix", "C5");
    await settle();
    const name = excel.values("KAM Matrix", "A5")[0][0];
    expect(c.getState().whatIf.card).toMatchObject({ name, scored: true, priority: 3 });

    // Row 10 of the data sheet is the 9th account of the sample.
    excel.userSelect("Accounts", "D10");
    await settle();
    expect(c.getState().whatIf.card!.name).toBe(sampleTable()[9][0]);

    // The summary beside the results is no account: the card stays.
    excel.userSelect("KAM Matrix", "K5");
    await settle();
    expect(c.getState().whatIf.card!.name).toBe(sampleTable()[9][0]);
    // The header row of the source is no account either.
    excel.userSelect("Accounts", "A1");
    await settle();
    expect(c.getState().whatIf.card!.name).toBe(sampleTable()[9][0]);
    c.dispose();
    await settle();
    expect(excel.selectionHandlers).toHaveLength(0);
  });
});
