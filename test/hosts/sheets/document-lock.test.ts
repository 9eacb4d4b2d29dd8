/**
 * Two people with the sidebar open on one spreadsheet (or one pane and its live rebuild): each
 * server call that writes holds the document lock, so a second writer arriving in the middle of
 * the first is refused ("busy", nothing written) instead of interleaving its writes.
 */
import { friendlyError } from "../../../app/i18n/errors";
import type { HistoryChange, WorkbookError } from "../../../app/workbook/contract";
import type { ReportSheet } from "../../../app/report/types";
import { LOCK_WAIT_MS } from "../../../hosts/sheets/lock";
import { createServer, SETTINGS_KEY, SheetsServer } from "../../../hosts/sheets/server";
import { FakeSpreadsheet } from "../../support/apps-script-fake";

/** Two clients (two running scripts) over the same spreadsheet. */
function twoClients() {
  const ss = new FakeSpreadsheet();
  const client = (): SheetsServer => {
    const services = ss.services();
    return createServer(() => services);
  };
  return { ss, a: client(), b: client() };
}

/** Runs `call` and gives what it threw (undefined when it did not throw). */
function thrown(call: () => unknown): unknown {
  try {
    call();
    return undefined;
  } catch (e) {
    return e;
  }
}

const report: ReportSheet = {
  sheetName: "KAM Matrix",
  tables: [
    {
      id: "results",
      title: "Accounts",
      anchor: { row: 0, col: 0 },
      header: ["Account", "Value"],
      rows: [["Acme", 70]],
      numberFormats: [null, "0"],
    },
  ],
  chart: {
    title: "KAM matrix",
    xAxis: { title: "Value", min: 0, max: 100 },
    yAxis: { title: "Engagement", min: 0, max: 100 },
    series: [{ name: "Develop", color: "#F9A825", points: [{ x: 70, y: 20, label: "Acme", labelled: false }] }],
    thresholds: { value: 50, engagement: 50, label: "Threshold" },
    anchor: { row: 0, col: 4 },
    width: 480,
    height: 360,
  },
};

const history = (append: HistoryChange["append"], expectRows: number): HistoryChange => ({
  sheetName: "KAM History",
  title: "KAM History",
  header: ["Review", "Account", "Value"],
  newColumnsFrom: expectRows === 0 ? 0 : 3,
  removed: [],
  append,
  expectRows,
});

test("settings saved while another client writes the report are refused as busy, and nothing of them is written", () => {
  const { ss, a, b } = twoClients();
  let during: unknown;
  ss.during("insertChart", () => (during = thrown(() => b.saveSettings({ language: "de" }))));
  a.writeReport(report);
  expect((during as WorkbookError).code).toBe("busy");
  expect(friendlyError(during, "en")).toMatch(/^Someone else \(or another KAM Matrix pane\) is writing to this spreadsheet right now/);
  expect(friendlyError(during, "de")).toMatch(/^Gerade schreibt jemand anderes/);
  expect(ss.properties.has(SETTINGS_KEY)).toBe(false);
  // The first writer is done: the second one's next try goes through.
  b.saveSettings({ language: "de" });
  expect(JSON.parse(ss.properties.get(SETTINGS_KEY)!)).toEqual({ language: "de" });
});

test("a second history save in the middle of the first is refused; the rows of the first stay together", () => {
  const { ss, a, b } = twoClients();
  a.editHistory(history([["Q1", "Acme", 70]], 0));
  let during: unknown;
  ss.during("setValues", () => (during = thrown(() => b.editHistory(history([["Q2", "Beta", 10]], 1)))));
  a.editHistory(
    history(
      [
        ["Q2", "Acme", 75],
        ["Q2", "Gamma", 30],
      ],
      1,
    ),
  );
  expect((during as WorkbookError).code).toBe("busy");
  expect(a.readHistory(0)?.rows).toEqual([
    ["Q1", "Acme", 70],
    ["Q2", "Acme", 75],
    ["Q2", "Gamma", 30],
  ]);
});

test("two report rebuilds at once: the second is refused and there is one report sheet", () => {
  const { ss, a, b } = twoClients();
  let during: unknown;
  ss.during("insertChart", () => (during = thrown(() => b.writeReport(report, false))));
  a.writeReport(report);
  expect((during as WorkbookError).code).toBe("busy");
  expect(ss.sheets.map((s) => s.getName())).toEqual(["KAM Matrix"]);
});

test("the lock is released when a write fails, and each call waits a while for it rather than giving up at once", () => {
  const { ss, a, b } = twoClients();
  ss.failOn("insertChart");
  expect(() => a.writeReport(report)).toThrow(/injected by the test/);
  expect(ss.lockHolder).toBeNull();
  b.saveSettings({ language: "en" });
  expect(ss.lockRequests.length).toBeGreaterThan(0);
  expect(ss.lockRequests.every((r) => r.timeoutMs === LOCK_WAIT_MS)).toBe(true);
  expect(LOCK_WAIT_MS).toBeGreaterThanOrEqual(5000);
  expect(LOCK_WAIT_MS).toBeLessThan(30_000); // a sidebar call has 6 minutes, but the user is waiting
});
