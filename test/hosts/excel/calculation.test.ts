/**
 * Excel's reference for suspendApiCalculationUntilNextSync: "Once set, it is the developer's
 * responsibility to re-calc the workbook, to ensure that any dependencies are propagated." The fake
 * marks the workbook stale after a suspended request until a later, unsuspended request asks for a
 * recalculation; a formula of the user's that reads the report would otherwise show old figures.
 */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeContext, FakeExcel } from "../../support/excel-fake";
import { accounts, report } from "./fixtures";
import { appendReview, historyChange } from "../../../app/review";
import { q3, q4 } from "../../app/review/fixtures";

function setup() {
  const excel = new FakeExcel("1.14");
  return { excel, workbook: new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }) };
}

describe("recalculation after writes with calculation suspended", () => {
  test("a build in one request leaves the workbook calculated, with no sync for it", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(100)));
    expect(excel.model.calculationStale).toBe(false);
    // Inspect, add the sheet, the write (recalculating), then the fingerprint of what was written.
    expect(excel.stats.syncs).toBe(4);
  });

  test("a rebuild in place (staged with calculation suspended) leaves the workbook calculated", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(100)));
    await workbook.writeReport(report(accounts(120)));
    expect(excel.model.calculationStale).toBe(false);
  });

  test("a build of several requests leaves the workbook calculated, with no extra sync", async () => {
    const { excel, workbook } = setup();
    await workbook.writeReport(report(accounts(30_000)));
    const writes = excel.stats.syncs - 2;
    expect(writes).toBeGreaterThan(1);
    expect(excel.model.calculationStale).toBe(false);
  }, 60_000);

  test("a second review saved into the history (rows appended in place) leaves the workbook calculated", async () => {
    const { excel, workbook } = setup();
    await workbook.editHistory(historyChange(appendReview(null, q3(), "en"), "en"));
    await workbook.editHistory(historyChange(appendReview(await workbook.readHistory(), q4(), "en"), "en"));
    expect((await workbook.readHistory())?.rows.length).toBeGreaterThan(0);
    expect(excel.model.calculationStale).toBe(false);
  });

  test("the fake: a suspended request leaves the workbook stale until an unsuspended recalculation", async () => {
    const excel = new FakeExcel("1.14");
    excel.addSheet("S", [[1]]);
    await excel.run(async (context: FakeContext) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      // Asked for inside the suspended request: not counted (the stricter reading).
      context.application.calculate("Recalculate");
      await context.sync();
      expect(excel.model.calculationStale).toBe(true);
      context.application.calculate("Recalculate");
      await context.sync();
      expect(excel.model.calculationStale).toBe(false);
    });
  });
});
