/**
 * The first write of KAM Plan and KAM Actions builds the sheet under a temporary name and renames
 * it at the end. A fault at any request of it leaves no stray sheet: the workbook holds the user's
 * sheets and either nothing of the add-in's or the whole sheet under its name; or the pane is told
 * which sheet was left.
 */
import { ExcelWorkbook } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { planAppend } from "../../../app/plan/plan";
import { newActionsSheet, parseActions } from "../../../app/plan/actions";
import { friendlyError } from "../../../app/i18n/errors";
import { isWorkbookError, type HistoryChange } from "../../../app/workbook/contract";

const ACCOUNTS = [
  { name: "Alpha AG", id: "C-1" },
  { name: "Beta GmbH", id: "C-2" },
];

function setup() {
  const excel = new FakeExcel("1.14");
  excel.addSheet("Accounts", [["Account"], ["Alpha AG"]]);
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  return { excel, workbook };
}

const firstWrites: [string, () => HistoryChange, string][] = [
  ["KAM Plan", () => planAppend(null, ACCOUNTS, "en")!, "KAM Plan"],
  ["KAM Actions", () => newActionsSheet("en"), "KAM Actions"],
];

describe.each(firstWrites)("a fault in the first write of %s", (_, change, sheet) => {
  test("at any request, after any number of its actions: no stray sheet, or the pane is told which", async () => {
    const probe = setup();
    const before = probe.excel.stats.syncs;
    await probe.workbook.editHistory(change());
    const steps = probe.excel.stats.syncs - before;
    expect(steps).toBeGreaterThan(1);
    for (let n = 1; n <= steps; n++)
      for (const [afterActions, cleanUpFails] of [
        [0, 0],
        [1, 0],
        [3, 0],
        [1000, 0],
        [1, 1],
        [1000, 1],
        [1, 2],
        [1000, 3],
      ]) {
        const { excel, workbook } = setup();
        excel.failRequest(n, { afterActions });
        // The clean-up's own requests fail too (a lost connection).
        for (let k = 1; k <= cleanUpFails; k++) excel.failRequest(n + k);
        const error = await workbook.editHistory(change()).then(
          () => null,
          (e: unknown) => e,
        );
        excel.clearFailures(); // those the write did not reach
        const names = excel.model.sheets.map((s) => s.name);
        const told = isWorkbookError(error) && error.code === "reportIncomplete" ? error.params.name : null;
        // The user's sheet, and the add-in's only when it is whole; anything else is named in the error.
        const stray = names.filter((s) => s !== "Accounts" && s !== sheet && s !== told);
        const where = [n, afterActions, cleanUpFails];
        expect([where, stray]).toEqual([where, []]);
        // One failed clean-up request is tried again: nothing is left.
        if (cleanUpFails <= 1) expect([where, told]).toEqual([where, null]);
        // Told: the pane names the sheet being written and the sheet left.
        if (told)
          expect([where, friendlyError(error, "en")]).toEqual([
            where,
            expect.stringContaining(`Writing "${sheet}" failed part-way, and an unfinished sheet "${told}"`),
          ]);
        if (names.includes(sheet)) {
          const read = await workbook.readHistory(sheet === "KAM Plan" ? "plan" : "actions");
          expect(read?.header[0]).toBe("Account");
          if (sheet === "KAM Actions") expect(parseActions(read!)).toEqual([]);
          else expect(read!.rows.map((r) => r[0])).toEqual(["Alpha AG", "Beta GmbH"]);
        }
        // Trying again completes it under its name.
        await workbook.editHistory(change()).catch(() => null);
        expect(excel.model.sheets.map((s) => s.name).filter((s) => s !== "Accounts" && s !== told)).toEqual([sheet]);
      }
  });
});
