/**
 * Google Sheets: the add-on's own sheet keeps its identity across rebuilds, so formulas that point
 * at it survive; a failure injected at any service call leaves the old or the new content whole
 * (or the error says which sheet holds what); a second sidebar writes the same sheet.
 */
import type { CellValue, ReportSheet } from "../../../app/workbook/contract";
import { createServer } from "../../../hosts/sheets/server";
import { FakeSpreadsheet } from "../../support/apps-script-fake";
import { accounts, report } from "../excel/fixtures";

function setup() {
  const ss = new FakeSpreadsheet();
  ss.addSheet("Accounts", [["Account"], ["Acme"]]);
  const server = createServer(() => ss.services());
  return { ss, server };
}

/** A user's dashboard: one cell of the report and the sum of the results' Value column. */
function addDashboard(ss: FakeSpreadsheet) {
  ss.addSheet("Dashboard").typeFormula(1, 1, "='KAM Matrix'!A3").typeFormula(1, 2, "=SUM(KamResults[Value])");
}
const dashboard = (ss: FakeSpreadsheet) => [ss.sheet("Dashboard").shown(1, 1), ss.sheet("Dashboard").shown(1, 2)];
const expectedDashboard = (spec: ReportSheet) => [
  spec.tables[0].rows[0][0],
  spec.tables[0].rows.reduce((sum, r) => sum + (r[1] as number), 0),
];

/** Results table as shown (title, header, rows and the blank row below), and the named range's block. */
function results(ss: FakeSpreadsheet, sheet: string, rows: number) {
  const named = ss.named.get("KamResults");
  return {
    cells: ss.sheet(sheet).block(1, 1, rows + 3, 7),
    named: named && [named.sheet.getName(), named.getA1Notation()],
  };
}
function resultsOf(spec: ReportSheet, sheet = "KAM Matrix") {
  const t = spec.tables[0];
  const pad = (r: readonly CellValue[]) => Array.from({ length: 7 }, (_, c) => r[c] ?? "");
  return { cells: [pad([t.title]), pad(t.header), ...t.rows.map(pad), pad([])], named: [sheet, `A2:G${t.rows.length + 2}`] };
}

describe("the fake models references to a sheet and a named range", () => {
  test("deleting the sheet or the name makes them #REF!, and the same name added again does not repair them", () => {
    const ss = new FakeSpreadsheet();
    const data = ss.addSheet("Data", [
      ["Name", "Revenue"],
      ["A", 5],
      ["B", 7],
    ]);
    ss.setNamedRange("Sales", data.getRange(1, 1, 3, 2));
    const summary = ss
      .addSheet("Summary")
      .typeFormula(1, 1, "=Data!A2")
      .typeFormula(1, 2, "=SUM(Sales[Revenue])")
      .typeFormula(1, 3, "=SUM(Sales)");
    expect([summary.shown(1, 1), summary.shown(1, 2), summary.shown(1, 3)]).toEqual(["A", 12, 12]);
    ss.removeNamedRange("Sales");
    ss.setNamedRange("Sales", data.getRange(1, 1, 3, 2));
    expect(summary.shown(1, 2)).toBe("#REF!");
    ss.deleteSheet(data);
    ss.addSheet("Data", [["A", 1]]);
    expect(summary.shown(1, 1)).toBe("#REF!");
  });
});

describe("references to the add-on's sheet survive a rebuild", () => {
  test("a dashboard cell and a column sum follow the new content; same sheet id and named range", () => {
    const { ss, server } = setup();
    const first = report(accounts(12));
    server.writeReport(first);
    addDashboard(ss);
    expect(dashboard(ss)).toEqual(expectedDashboard(first));
    const id = ss.sheet("KAM Matrix").getSheetId();
    for (const next of [report(accounts(5)), report(accounts(30))]) {
      const result = server.writeReport(next);
      expect(result.sheetName).toBe("KAM Matrix");
      expect(ss.sheet("KAM Matrix").getSheetId()).toBe(id);
      expect(dashboard(ss)).toEqual(expectedDashboard(next));
      expect(results(ss, "KAM Matrix", next.tables[0].rows.length)).toEqual(resultsOf(next));
      expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
      expect(ss.sheet("KAM Matrix").charts).toHaveLength(1);
    }
  });

  test("a chart the user added to the report sheet stays; the add-on's chart is replaced", () => {
    const { ss, server } = setup();
    server.writeReport(report(accounts(5)));
    const own = ss.sheet("KAM Matrix");
    const mine = own
      .newChart()
      .addRange(own.getRange(2, 2, 6, 1))
      .build();
    own.insertChart(mine);
    server.writeReport(report(accounts(8)));
    expect(own.charts).toHaveLength(2);
    expect(own.charts[0]).toBe(mine);
  });

  test("typed beyond the report: kept on 'KAM Matrix (your edits)', the report stays the same sheet", () => {
    const { ss, server } = setup();
    server.writeReport(report(accounts(5)));
    addDashboard(ss);
    ss.sheet("KAM Matrix").fill([["my note"]], 60, 1);
    const next = report(accounts(6));
    const result = server.writeReport(next);
    expect(result.keptEdits).toBe("KAM Matrix (your edits)");
    expect(ss.sheet("KAM Matrix (your edits)").value(60, 1)).toBe("my note");
    expect(ss.sheet("KAM Matrix").value(60, 1)).toBe("");
    expect(dashboard(ss)).toEqual(expectedDashboard(next));
  });
});

test("a failure at any service call of a rebuild leaves the old or the new report whole, or says which sheet holds it", () => {
  const twin = setup();
  twin.server.writeReport(report(accounts(9)));
  const start = twin.ss.serviceCalls;
  twin.server.writeReport(report(accounts(4)));
  const calls = twin.ss.serviceCalls - start;
  expect(calls).toBeGreaterThan(10);
  const outcomes = new Set<string>();
  for (let nth = 1; nth <= calls; nth++)
    for (const twice of [false, true]) {
      const { ss, server } = setup();
      const old = report(accounts(9));
      server.writeReport(old);
      addDashboard(ss);
      const fresh = report(accounts(4));
      ss.failCall(nth);
      if (twice) ss.failCall(nth + 1);
      let error: { message: string } | null = null;
      try {
        server.writeReport(fresh);
      } catch (e) {
        error = e as Error;
      }
      ss.clearFailures();
      const where = `call ${nth}${twice ? " and the next" : ""}`;
      const own = ss.sheets.map((s) => s.getName()).filter((n) => n.startsWith("KAM Matrix"));
      if (error?.message.includes('"ownSheetIncomplete"')) {
        expect([where, error.message]).toEqual([where, expect.stringContaining('"sheet":"KAM Matrix"')]);
        expect([where, results(ss, "KAM Matrix (new)", 4).cells]).toEqual([where, resultsOf(fresh).cells]);
        expect([where, own]).toEqual([where, ["KAM Matrix", "KAM Matrix (new)"]]);
        outcomes.add("incomplete, said");
      } else if (error?.message.includes('"reportIncomplete"')) {
        expect([where, results(ss, "KAM Matrix", 9)]).toEqual([where, resultsOf(old)]);
        outcomes.add("old whole, leftover said");
      } else {
        expect([where, own]).toEqual([where, ["KAM Matrix"]]);
        const spec = error ? old : fresh;
        expect([where, results(ss, "KAM Matrix", spec.tables[0].rows.length)]).toEqual([where, resultsOf(spec)]);
        expect([where, dashboard(ss)]).toEqual([where, expectedDashboard(spec)]);
        outcomes.add(error ? "old whole" : "new whole");
      }
      expect([where, dashboard(ss).includes("#REF!")]).toEqual([where, false]);
      // The next build finishes the job.
      const again = report(accounts(4));
      server.writeReport(again);
      expect([where, results(ss, "KAM Matrix", 4)]).toEqual([where, resultsOf(again)]);
    }
  expect([...outcomes].sort()).toEqual(["incomplete, said", "new whole", "old whole", "old whole, leftover said"].sort());
});

test("two sidebars (two servers over one spreadsheet) keep writing the same sheet", () => {
  const { ss, server } = setup();
  const other = createServer(() => ss.services());
  server.writeReport(report(accounts(3)));
  addDashboard(ss);
  other.writeReport(report(accounts(5)));
  server.writeReport(report(accounts(4)));
  const last = report(accounts(6));
  other.writeReport(last);
  expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
  expect(dashboard(ss)).toEqual(expectedDashboard(last));
});

test("a correction typed over the report's own cells is kept before the rewrite (Sheets tells the sidebar of no edits)", () => {
  const { ss, server } = setup();
  server.writeReport(report(accounts(5)));
  ss.sheet("KAM Matrix").fill([[12.5]], 3, 2);
  const result = server.writeReport(report(accounts(5)));
  expect(result.keptEdits).toBe("KAM Matrix (your edits)");
  expect(ss.sheet("KAM Matrix (your edits)").value(3, 2)).toBe(12.5);
  expect(server.writeReport(report(accounts(6))).keptEdits).toBeUndefined();
  ss.sheet("KAM Matrix").fill([[7]], 4, 2);
  expect(server.writeReport(report(accounts(6))).keptEdits).toBe("KAM Matrix (your edits) (2)");
});

test("a rebuild past the own sheet's grid (1000 rows) grows it; the references still follow", () => {
  const { ss, server } = setup();
  server.writeReport(report(accounts(5)));
  addDashboard(ss);
  const big = report(accounts(1200));
  server.writeReport(big);
  expect(results(ss, "KAM Matrix", 1200)).toEqual(resultsOf(big));
  expect(dashboard(ss)).toEqual(expectedDashboard(big));
  expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "KAM Matrix", "Dashboard"]);
});
