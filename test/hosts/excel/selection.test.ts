/**
 * Issue 11: the account card follows the selection in Excel. workbook.onSelectionChanged
 * (ExcelApi 1.2) fires on the fake as a user's click would; the adapter reads the selected cell,
 * and the pane opens the card of the account on that row of the results table or the source table.
 */
import { createPane } from "../../../app/pane";
import { sampleTable } from "../../../app/sample/sampleData";
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";

const settle = () => new Promise((r) => setTimeout(r, 20));

async function pane() {
  const excel = new FakeExcel("1.14");
  excel.addSheet("Accounts", sampleTable());
  excel.select("Accounts", "A2");
  const wb = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const c = createPane(wb, "en", { debounceMs: 0 }).matrix;
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

describe("borderline accounts in the native chart", () => {
  test("each quadrant's borderline accounts are a series of hollow markers: white fill, the quadrant's colour as border", async () => {
    const { excel, c } = await pane();
    const borderline = c.getState().lastBuild!.borderline!;
    expect(borderline).toBeGreaterThan(0);
    const series = excel.sheet("KAM Matrix").charts[0].series;
    const hollow = series.filter((s) => s.name.endsWith(" (borderline)"));
    expect(hollow.length).toBeGreaterThan(0);
    let points = 0;
    for (const s of hollow) {
      const solid = series.find((x) => x.name === s.name.replace(/ \(borderline\)$/, ""));
      expect(s.markerBackgroundColor).toBe("#FFFFFF");
      // The border is the quadrant's colour, which the quadrant's own series fills with (if it has any solid points).
      if (solid) expect(s.markerForegroundColor).toBe(solid.markerBackgroundColor);
      points += excel.seriesValues(s.x).length;
    }
    expect(points).toBe(borderline);
    // Every hollow point is an account whose Stability cell says under 80%.
    const results = excel.values("KAM Matrix", "A3:J42").filter((r) => typeof r[9] === "number");
    expect(results.filter((r) => (r[9] as number) < 0.8)).toHaveLength(borderline);
    c.dispose();
  });
});
