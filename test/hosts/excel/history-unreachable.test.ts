/**
 * "KAM History" in Excel after a user's "Convert to Range" (the table is gone, the cells stay):
 * the pane names what happened and how to undo it, and a save neither fails with "Something went
 * wrong" nor starts a second history; after the table is inserted again, the reviews are back.
 */
import { friendlyError } from "../../../app/i18n/errors";
import { ReviewController } from "../../../app/review/reviewController";
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { Q3_ROWS, settings, table } from "../../app/review/fixtures";

test("Convert to Range: the reviews are not lost silently, the pane says how to repair, and no second history starts", async () => {
  const excel = new FakeExcel("1.14");
  excel.addSheet("Accounts", [["x"]]);
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const errors: string[] = [];
  const controller = new ReviewController(workbook, "en", {
    table: () => table(Q3_ROWS),
    settings: () => ({ ...settings(), idColumn: "Account ID" }),
    rebuild: () => {},
    fail: (e) => errors.push(friendlyError(e, "en")),
  });
  await controller.load();
  await controller.save("2026-09-30", "Q3 2026");
  expect(errors).toEqual([]);
  const [history] = excel.model.tables.splice(0, excel.model.tables.length);
  expect(history.name).toBe("KAMHistory");

  await controller.load();
  expect(errors).toEqual([expect.stringContaining('The sheet "KAM History" no longer holds a table (it was converted to a range')]);
  expect(errors[0]).toContain("the add-in does not start a second history");
  expect(controller.state.reviews).toEqual([]);
  await controller.save("2026-12-31", "Q4 2026");
  expect(errors[1]).toBe(errors[0]);
  expect(excel.model.sheets.map((s) => s.name).filter((n) => n.startsWith("KAM History"))).toEqual(["KAM History"]);

  // Inserted again as the message says: the review is back.
  excel.model.tables.push(history);
  await controller.load();
  expect(controller.state.reviews.map((r) => r.date)).toEqual(["2026-09-30"]);
});
