import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { REQUEST_BUDGET } from "../../../app/workbook/requests";
import { FakeContext, FakeExcel, REQUEST_LIMIT } from "../../support/excel-fake";
import { accounts, report } from "./fixtures";

/** Syncs and request sizes of one build of n accounts. */
async function build(n: number) {
  const excel = new FakeExcel();
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  await workbook.writeReport(report(accounts(n)));
  return { excel, syncs: excel.stats.syncs, bytes: excel.stats.requestBytes };
}

describe("requests: a fixed number of syncs, none over 5 MB", () => {
  test("a fixed number of syncs: 4 up to the fingerprinted size, 3 above it (10,000 accounts)", async () => {
    const small = await build(100);
    const large = await build(10_000);
    // Inspect, add the sheet, the write request, then the fingerprint of what was written
    // (too large to read back at 10,000 accounts: app/workbook/fingerprint.ts).
    expect(small.syncs).toBe(4);
    expect(large.syncs).toBe(3);
    expect(Math.max(...large.bytes)).toBeGreaterThan(1_000_000);
  });

  test("100,000 accounts: every request stays under 5 MB, one extra sync per ~4 MB of cells", async () => {
    const { excel, syncs, bytes } = await build(100_000);
    expect(Math.max(...bytes)).toBeLessThan(REQUEST_LIMIT);
    const written = bytes.slice(2).reduce((a, b) => a + b, 0);
    // 2 syncs to find or create the sheet, then requests of at most ~4 MB each.
    expect(syncs).toBe(2 + bytes.slice(2).length);
    expect(bytes.slice(2).length).toBeLessThanOrEqual(Math.ceil(written / (REQUEST_BUDGET * 0.75)));
    expect(bytes.slice(2).length).toBeGreaterThanOrEqual(Math.ceil(written / REQUEST_LIMIT));
    // The last account really is on the sheet and in the chart.
    expect(excel.values("KAM Matrix", "F100002")).toEqual([[100_000]]);
    const points = excel
      .sheet("KAM Matrix")
      .charts[0].series.slice(0, 4)
      .reduce((n, s) => n + (s.y?.box.rows ?? 0), 0);
    expect(points).toBe(100_000);
  }, 60_000);
});

describe("the fake behaves like Office.js", () => {
  test("an address beyond A1:XFD1048576 is refused, as Excel refuses it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S", [[1]]);
    for (const address of ["XFE1", "A1048577", "A1:XFE2"]) {
      const error = await excel
        .run(async (context: FakeContext) => {
          context.workbook.worksheets.getItem("S").getRange(address).load("values");
          await context.sync();
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "InvalidArgument" });
    }
    // The last cell itself is inside.
    await excel.run(async (context: FakeContext) => {
      const last = context.workbook.worksheets.getItem("S").getRange("XFD1048576").load("values");
      await context.sync();
      expect(last.values).toEqual([[""]]);
    });
  });

  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S", [[1, 2]]);
    await excel.run(async (context: FakeContext) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
    await expect(
      excel.run(async (context: FakeContext) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(excel.values("S", "A1")).toEqual([[""]]);
  });

  test("writes happen only at sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run(async (context: FakeContext) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
      expect(excel.values("S", "A1")).toEqual([[""]]);
      await context.sync();
      expect(excel.values("S", "A1")).toEqual([[5]]);
    });
  });
});
