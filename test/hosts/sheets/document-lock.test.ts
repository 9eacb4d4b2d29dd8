/**
 * Two people with the sidebar open on one spreadsheet (or one pane and its live rebuild): each
 * server call that writes holds the document lock, so a second writer arriving in the middle of
 * the first is refused ("busy", nothing written) instead of interleaving its writes.
 */
import { friendlyError } from "../../../app/i18n/errors";
import type { HistoryChange, WorkbookError } from "../../../app/workbook/contract";
import type { ReportSheet } from "../../../app/report/types";
import { LOCK_WAIT_MS } from "../../../hosts/sheets/lock";
import { SAVE_HOLD_KEY, SAVE_HOLD_MS } from "../../../hosts/sheets/save-hold";
import { createServer, SETTINGS_KEY, SheetsServer } from "../../../hosts/sheets/server";
import { ServerCall, SheetsClientWorkbook } from "../../../hosts/sheets/sidebar/sheets-workbook";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { scriptRunTo } from "../../support/script-run";

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

describe("a history save split over several calls", () => {
  /** Rows of about 200 bytes each: 12,000 of them are more than two of the sidebar's 1 MB parts. */
  const bigReview = (review: string, n: number) => Array.from({ length: n }, (_, i) => [review, `Account ${i + 1}`, "x".repeat(170)]);

  /** Two sidebars; `between` runs once, after the first part of A's save has been written. */
  function twoSidebars(between: (b: SheetsClientWorkbook) => Promise<unknown>) {
    const ss = new FakeSpreadsheet();
    const serverOf = () => {
      const services = ss.services();
      return createServer(() => services);
    };
    const b = new SheetsClientWorkbook(scriptRunTo(serverOf()));
    const toA = scriptRunTo(serverOf());
    const parts: unknown[] = [];
    let armed = false;
    let outcome: Promise<unknown> | undefined;
    const callA: ServerCall = async (fn, args) => {
      const result = await toA(fn, args);
      if (fn === "kamEditHistory" && armed) {
        parts.push(args[1]);
        if (parts.length === 1) outcome = between(b).catch((e: unknown) => e);
        await outcome;
      }
      return result;
    };
    return { ss, a: new SheetsClientWorkbook(callA), b, parts, arm: () => (armed = true), outcome: () => outcome };
  }

  test("another client's save between two parts is refused as busy; the review's rows stay together", async () => {
    const q2 = bigReview("Q2", 12_000);
    const { ss, a, b, parts, arm, outcome } = twoSidebars(async (other) => {
      const now = await other.readHistory();
      return other.editHistory(history([["Q9", "Other", 1]], now!.rows.length));
    });
    await a.editHistory(history([["Q1", "Acme", 70]], 0));
    arm();
    await a.editHistory(history(q2, 1));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(((await outcome()) as WorkbookError).code).toBe("busy");
    const saved = await a.readHistory();
    expect(saved!.rows.map((r) => r[0])).toEqual(["Q1", ...q2.map(() => "Q2")]);
    expect(saved!.rows.slice(1)).toEqual(q2);
    // The save is complete: the hold is gone and the other client's next try goes through.
    expect(ss.properties.has(SAVE_HOLD_KEY)).toBe(false);
    await b.editHistory(history([["Q9", "Other", 1]], 1 + q2.length));
    expect((await b.readHistory())!.rows).toHaveLength(2 + q2.length);
  }, 60_000);

  test("a save abandoned half-way holds the history no longer than SAVE_HOLD_MS; a failed part ends the hold at once", () => {
    const { ss, a, b } = twoClients();
    a.editHistory(history([["Q1", "Acme", 70]], 0));
    a.editHistory(history([["Q2", "Acme", 75]], 1), { id: "save-a", index: 0, count: 3 });
    expect(thrown(() => b.editHistory(history([["Q9", "Other", 1]], 2))) as WorkbookError).toMatchObject({ code: "busy" });
    const start = Date.now();
    const clock = jest.spyOn(Date, "now").mockReturnValue(start + SAVE_HOLD_MS + 1);
    try {
      b.editHistory(history([["Q9", "Other", 1]], 2));
    } finally {
      clock.mockRestore();
    }
    expect(a.readHistory(0)?.rows.map((r) => r[0])).toEqual(["Q1", "Q2", "Q9"]);
    // A part that fails ends its save's hold.
    a.editHistory(history([["Q3", "Acme", 80]], 3), { id: "save-c", index: 0, count: 2 });
    ss.failOn("setValues");
    expect(() => a.editHistory(history([["Q3", "Beta", 5]], 4), { id: "save-c", index: 1, count: 2 })).toThrow(/injected/);
    expect(ss.properties.has(SAVE_HOLD_KEY)).toBe(false);
  });
});
