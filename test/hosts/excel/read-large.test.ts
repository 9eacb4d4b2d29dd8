/** Reading a raw export of 100,000 order lines from Excel: no response over 5 MB, one sync per ~1 MB block. */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeContext, FakeExcel, REQUEST_LIMIT } from "../../support/excel-fake";

const HEADER = ["Customer", "Order Date", "Order ID", "Category", "Sales", "Profit"];
const line = (i: number) => [
  `Customer number ${i % 5000} GmbH & Co. KG`,
  45292 + (i % 1000),
  `SO-${100000 + i}`,
  "Spare parts",
  1234.56 + i,
  234.5 + i,
];

function setup() {
  const excel = new FakeExcel("1.14");
  return { excel, workbook: new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }) };
}

describe("readTable of a large raw export", () => {
  test("100,000 lines: every line read, each response under 5 MB, about one sync per MB", async () => {
    const { excel, workbook } = setup();
    const rows = Array.from({ length: 100_000 }, (_, i) => line(i));
    // A native table: the fake's surrounding region grows one row at a time (slow at 100k rows).
    const sheet = excel.addSheet("Orders", [HEADER, ...rows]);
    excel.model.renameTable(excel.model.addTable(sheet, { row: 0, col: 0, rows: 100_001, cols: 6 }), "Orders");
    excel.resetStats();
    const table = await workbook.readTable({ tableName: "Orders" });
    expect(table?.rows.length).toBe(100_000);
    expect(table?.rows[99_999]).toEqual(line(99_999));
    expect(table?.headers).toEqual(HEADER);
    const total = excel.stats.responseBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_LIMIT); // the whole table would not fit in one response
    expect(Math.max(...excel.stats.responseBytes)).toBeLessThan(1.3 * 1_000_000);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 1_000_000) + 1);
  });

  test("a column of long notes: the first block, sized by cells, would pass 5 MB; every line is still read", async () => {
    const { excel, workbook } = setup();
    // 10,000 lines with a 1,000-character note each: ~10 MB of values, more than the first block of
    // 20,000 cells can carry in one response.
    const note = (i: number) => `Visit ${i}: ${"long free-text note about the call ".repeat(40)}`.slice(0, 1000);
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Customer ${i}`, note(i)]);
    const sheet = excel.addSheet("Notes", [["Customer", "Note"], ...rows]);
    excel.model.renameTable(excel.model.addTable(sheet, { row: 0, col: 0, rows: 10_001, cols: 2 }), "Notes");
    excel.resetStats();
    const table = await workbook.readTable({ tableName: "Notes" });
    expect(table?.rows.length).toBe(10_000);
    expect(table?.rows[9_999]).toEqual(rows[9_999]);
    // One block refused (the first, ~10 MB), read again in smaller blocks of about 1 MB.
    expect(excel.stats.responseBytes.filter((b) => b > REQUEST_LIMIT)).toHaveLength(1);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + 1 + Math.ceil(10_200_000 / 1_000_000) + 1);
  });

  test("the fake refuses a response over 5 MB, as Excel on the web does", async () => {
    const excel = new FakeExcel("1.14");
    excel.addSheet("Orders", [HEADER, ...Array.from({ length: 100_000 }, (_, i) => line(i))]);
    const error = await excel
      .run(async (context: FakeContext) => {
        const range = context.workbook.worksheets.getItem("Orders").getRange("A1:F100001").load("values");
        await context.sync();
        return range;
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("readRegion reads the block around the stored address's top-left cell, grown since", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Order lines", [HEADER, line(1), line(2), line(3)]);
    excel.addSheet("Other", [["x"]]);
    excel.select("Other", "A1");
    const table = await workbook.readRegion("'Order lines'!A1:F3");
    expect(table).toMatchObject({ sheetName: "Order lines", address: "'Order lines'!A1:F4", headers: HEADER });
    expect(table?.rows).toEqual([line(1), line(2), line(3)]);
    expect(await workbook.readRegion("'Gone'!A1:F3")).toBeNull();
  });
});
