/** The workbook contract on the Excel adapter over the Excel object-model fake. */
import { ExcelWorkbook, REPORT_MARK } from "../../../hosts/excel/excel-workbook";
import { FakeExcel } from "../../support/excel-fake";
import { workbookContract } from "./workbook.contract";
import { historyContract } from "./history.contract";
import { planContract, PlanHost } from "./plan.contract";

function excelHost(): PlanHost {
  const excel = new FakeExcel("1.14");
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const at = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  // The pane listens for edits, as it does once started.
  workbook.onUserEdit(() => {});
  return {
    workbook,
    addUserSheet: (name, rows) => void excel.addSheet(name, rows),
    select: (sheet, row, col) => excel.select(sheet, at(row, col)),
    userType: (sheet, row, col, value) => excel.userEdit(sheet, at(row, col), [[value]]),
    cell: (sheet, row, col) => {
      const cell = excel.cell(sheet, at(row, col));
      return { value: cell?.value ?? "", converted: cell?.formula !== undefined || cell?.error === true };
    },
    sheetNames: () => excel.model.sheets.map((s) => s.name),
    forgeMark: (sheet) => void excel.model.addName(REPORT_MARK, `=${sheet}!$1:$1048576`, ""),
    // 1: inspect, 2: add the new sheet, 3: the write request, failing after 30 of its actions.
    failLaterWrite: () => excel.failRequest(3, { afterActions: 30 }),
    settle: () => new Promise((r) => setTimeout(r, 5)),
    sheetId: (sheet) => excel.sheet(sheet).id,
    tablesOn: (sheet) => excel.model.tables.filter((t) => t.sheet === excel.sheet(sheet)).map((t) => t.name),
    // Another pane session on the same file: a new adapter instance, nothing remembered.
    reopen: () => new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }),
    faults: {
      steps: async (run) => {
        const before = excel.stats.syncs;
        await run();
        return excel.stats.syncs - before;
      },
      failAt: (n) => excel.failRequest(n, { afterActions: 1 }),
    },
    listAt: (sheet, row, col) => excel.cell(sheet, at(row, col))?.validationList?.split(",") ?? null,
    second: () => new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }),
  };
}

workbookContract("Excel", excelHost);
historyContract("Excel", excelHost);
planContract("Excel", excelHost);
