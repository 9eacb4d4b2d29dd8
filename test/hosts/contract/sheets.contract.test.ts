/** The workbook contract on the Sheets server, called as the sidebar calls it, over the SpreadsheetApp fake. */
import { REPORT_KEY } from "../../../hosts/sheets/report-writer";
import type { CellValue } from "../../../app/workbook/contract";
import { createServer } from "../../../hosts/sheets/server";
import { SheetsClientWorkbook } from "../../../hosts/sheets/sidebar/sheets-workbook";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { scriptRunTo } from "../../support/script-run";
import { workbookContract } from "./workbook.contract";
import { historyContract } from "./history.contract";
import { planContract, PlanHost } from "./plan.contract";

/** The sidebar's client over a server on the fake: arguments and results go through JSON, errors arrive as their message. */
function client(ss: FakeSpreadsheet): SheetsClientWorkbook {
  const services = ss.services();
  return new SheetsClientWorkbook(scriptRunTo(createServer(() => services)));
}

function sheetsHost(): PlanHost {
  const ss = new FakeSpreadsheet();
  const workbook = client(ss);
  return {
    workbook,
    addUserSheet: (name, rows) => void ss.addSheet(name, rows),
    select: (name, row, col) => void (ss.active = ss.sheet(name).getRange(row + 1, col + 1, 1, 1)),
    userType: (name, row, col, value) => void ss.sheet(name).fill([[value]], row + 1, col + 1),
    cell: (name, row, col) => {
      const s = ss.sheet(name);
      const key = `${row + 1},${col + 1}`;
      return { value: s.value(row + 1, col + 1) as CellValue, converted: s.formulas.has(key) || s.errors.has(key) };
    },
    sheetNames: () => ss.sheets.map((s) => s.getName()),
    forgeMark: (name) => void ss.sheet(name).addDeveloperMetadata(REPORT_KEY, "typed"),
    failLaterWrite: () => ss.failOn("setBackgrounds"),
    settle: async () => {},
    sheetId: (name) => String(ss.sheet(name).getSheetId()),
    tablesOn: (name) => [...ss.named].filter(([, range]) => range.sheet === ss.sheet(name)).map(([n]) => n),
    // The sidebar opened again: a new client and server over the same spreadsheet.
    reopen: () => client(ss),
    faults: {
      steps: async (run) => {
        const before = ss.calls.length;
        await run();
        return ss.calls.length - before;
      },
      failAt: (n) => ss.failAtCall(n),
    },
    second: () => client(ss),
    listAt: (name, row, col) => ss.sheet(name).validations.get(`${row + 1},${col + 1}`) ?? null,
  };
}

workbookContract("Google Sheets", sheetsHost);
historyContract("Google Sheets", sheetsHost);
planContract("Google Sheets", sheetsHost);
