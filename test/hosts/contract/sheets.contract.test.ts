/** The workbook contract on the Sheets server, called as the sidebar calls it, over the SpreadsheetApp fake. */
import { REPORT_KEY } from "../../../hosts/sheets/report-writer";
import { OWN_SHEET_KEYS } from "../../../hosts/sheets/report-sheet";
import type { CellValue } from "../../../app/workbook/contract";
import { createServer } from "../../../hosts/sheets/server";
import { SheetsClientWorkbook } from "../../../hosts/sheets/sidebar/sheets-workbook";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { scriptRunTo } from "../../support/script-run";
import { workbookContract } from "./workbook.contract";
import { historyContract } from "./history.contract";
import { historyFailureContract, sortedByAccount } from "./history-failures";
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
    userType: (name, row, col, value) =>
      void (value === "" || value === null
        ? ss.sheet(name).values.delete(`${row + 1},${col + 1}`)
        : ss.sheet(name).fill([[value]], row + 1, col + 1)),
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
    secondPane: () => client(ss),
    damageProof: () => {
      ss.properties.set(OWN_SHEET_KEYS.history, "{not json");
      return client(ss);
    },
    faults: {
      steps: async (run) => {
        const before = ss.serviceCalls;
        await run();
        return ss.serviceCalls - before;
      },
      failAt: (n) => ss.failCall(n),
    },
    second: () => client(ss),
    listAt: (name, row, col) => ss.sheet(name).validations.get(`${row + 1},${col + 1}`) ?? null,
  };
}

workbookContract("Google Sheets", sheetsHost);
historyContract("Google Sheets", sheetsHost);

historyFailureContract("Google Sheets (a service call inside a server call fails)", () => {
  const ss = new FakeSpreadsheet();
  ss.addSheet("Accounts", [["x"]]);
  const workbook = client(ss);
  let target = 0;
  return {
    workbook,
    sortHistory: async () => {
      const history = (await workbook.readHistory())!;
      const sheet = ss.sheet("KAM History");
      sortedByAccount(history.rows).forEach((row, r) =>
        row.forEach((v, c) => (v === null ? sheet.values.delete(`${r + 3},${c + 1}`) : sheet.values.set(`${r + 3},${c + 1}`, v))),
      );
    },
    // Service calls are counted one by one; "after actions" has no meaning here, so 1 fails the call after the nth.
    failAt: (nth, afterActions) => {
      target = ss.serviceCalls + nth + afterActions;
      ss.failCall(nth + afterActions);
      return () => ss.serviceCalls >= target;
    },
    clearFailure: () => ss.clearFailures(),
  };
});
planContract("Google Sheets", sheetsHost);
