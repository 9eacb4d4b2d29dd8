/** The Sheets server side against a fake SpreadsheetApp: built sheet, chart ranges, source untouched. */
import type { ReportSheet } from "../../../app/report/types";
import { createServer, SETTINGS_KEY } from "../../../hosts/sheets/server";
import { REPORT_KEY } from "../../../hosts/sheets/report-writer";
import { createUi } from "../../../hosts/sheets/ui";
import * as fs from "fs";
import * as path from "path";
import { friendlyError, missingFeatureText } from "../../../app/i18n/errors";
import { ADDON_MENU, FakeChart, FakeRange, FakeSpreadsheet, isWrite } from "../../support/apps-script-fake";

const SOURCE = [
  ["Account", "Revenue", "Loyalty"],
  ["Acme", 900, 80],
  ['=HYPERLINK("x")', 300, 20],
  ["Beta", 100, 90],
];

function report(overrides: Partial<ReportSheet> = {}): ReportSheet {
  return {
    sheetName: "KAM Matrix",
    tables: [
      {
        id: "results",
        title: "Accounts",
        anchor: { row: 0, col: 0 },
        header: ["Account", "Value", "Engagement", "Quadrant"],
        rows: [
          ["Acme", 100, 60, "Key partner"],
          ['=HYPERLINK("x")', 50, 0, "Develop"],
          ["00123", 0, 100, "Monetise"],
        ],
        numberFormats: [null, "0.0", "0.0", null],
        rowFills: ["#C6EFCE", "#FFEB9C", null],
        fillColumn: 3,
        columnWidths: [120, 60],
      },
      {
        id: "summary",
        title: "Summary",
        anchor: { row: 6, col: 0 },
        header: ["Quadrant", "Accounts", "Share"],
        rows: [["Key partner", 1, 1 / 3]],
        numberFormats: [null, "0", "0%"],
      },
    ],
    chart: {
      title: "KAM matrix",
      xAxis: { title: "Value", min: 0, max: 100 },
      yAxis: { title: "Engagement", min: 0, max: 100 },
      series: [
        { name: "Key partner", color: "#2E7D32", points: [{ x: 100, y: 60, label: "Acme", labelled: true }] },
        { name: "Develop", color: "#F9A825", points: [{ x: 50, y: 0, label: '=HYPERLINK("x")', labelled: false }] },
        { name: "Monetise", color: "#1565C0", points: [{ x: 0, y: 100, label: "Beta", labelled: false }] },
        { name: "Re-evaluate", color: "#C62828", points: [] },
      ],
      thresholds: { value: 40, engagement: 55, label: "Threshold" },
      anchor: { row: 0, col: 6 },
      width: 480,
      height: 360,
    },
    ...overrides,
  };
}

function setup() {
  const ss = new FakeSpreadsheet();
  const source = ss.addSheet("Accounts", SOURCE);
  const services = ss.services();
  return { ss, source, services, server: createServer(() => services) };
}

describe("writeReport", () => {
  test("creates the KAM Matrix sheet, marked as the add-on's own, with titles, tables and formulas kept as text", () => {
    const { ss, server } = setup();
    const result = server.writeReport(report());
    expect(result.sheetName).toBe("KAM Matrix");
    const sheet = ss.sheet("KAM Matrix");
    expect(sheet.metadata.map((m) => m.key)).toEqual([REPORT_KEY]);
    expect(sheet.block(1, 1, 5, 4)).toEqual([
      ["Accounts", "", "", ""],
      ["Account", "Value", "Engagement", "Quadrant"],
      ["Acme", 100, 60, "Key partner"],
      ['=HYPERLINK("x")', 50, 0, "Develop"],
      ["00123", 0, 100, "Monetise"],
    ]);
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.block(7, 1, 3, 3)).toEqual([
      ["Summary", "", ""],
      ["Quadrant", "Accounts", "Share"],
      ["Key partner", 1, 1 / 3],
    ]);
    expect([...sheet.bold]).toEqual(expect.arrayContaining(["1,1", "2,1", "2,4", "7,1", "8,3"]));
    expect(sheet.bold.has("3,1")).toBe(false);
  });

  test("colours the quadrant column of each row, sets number formats per column and widths in pixels", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    const sheet = ss.sheet("KAM Matrix");
    expect(sheet.backgrounds.get("3,4")).toBe("#C6EFCE");
    expect(sheet.backgrounds.get("4,4")).toBe("#FFEB9C");
    expect(sheet.backgrounds.has("5,4")).toBe(false);
    expect(sheet.backgrounds.has("3,1")).toBe(false);
    expect(sheet.formats.get("3,2")).toBe("0.0");
    expect(sheet.formats.get("5,3")).toBe("0.0");
    expect(sheet.formats.get("9,3")).toBe("0%");
    expect(sheet.columnWidths.get(1)).toBe(160);
    expect(sheet.columnWidths.get(2)).toBe(80);
  });

  test("one setValues per table, plus the title cell and the chart data", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    // The first build writes the new sheet directly; a rebuild writes the same calls to the staging sheet.
    const writes = (sheet: string) => ss.calls.filter((c) => c.sheet === sheet && c.method === "setValues").map((c) => c.a1);
    expect(writes("KAM Matrix")).toEqual(["A1", "A2:D5", "A7", "A8:C9", "O1:U8"]);
    server.writeReport(report());
    expect(writes("KAM Matrix (new)")).toEqual(["A1", "A2:D5", "A7", "A8:C9", "O1:U8"]);
  });

  test("builds a scatter chart at the anchor from a chart data block with the threshold lines", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    const sheet = ss.sheet("KAM Matrix");
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0] as FakeChart;
    expect(chart.chartType).toBe("SCATTER");
    expect(chart.position).toEqual([1, 7, 0, 0]);
    expect(chart.numHeaders).toBe(1);
    expect(chart.ranges).toHaveLength(1);
    const range = chart.ranges[0] as FakeRange;
    // The chart covers G..M (640 px = 7 columns of 100 px); after one empty column (N): header,
    // 3 accounts and 4 threshold points in 1 x column + 4 quadrant series + 2 threshold series.
    expect(range.getA1Notation()).toBe("O1:U8");
    expect(range.getValues()).toEqual([
      ["Value", "Key partner", "Develop", "Monetise", "Re-evaluate", "Threshold (Value)", "Threshold (Engagement)"],
      [100, 60, "", "", "", "", ""],
      [50, "", 0, "", "", "", ""],
      [0, "", "", 100, "", "", ""],
      [40, "", "", "", "", 0, ""],
      [40, "", "", "", "", 100, ""],
      [0, "", "", "", "", "", 55],
      [100, "", "", "", "", "", 55],
    ]);
    expect(chart.options).toMatchObject({
      title: "KAM matrix",
      hAxis: { title: "Value", viewWindow: { min: 0, max: 100 } },
      vAxis: { title: "Engagement", viewWindow: { min: 0, max: 100 } },
      width: 640,
      height: 480,
    });
    const series = chart.options.series as Record<number, { color: string; lineWidth: number; pointSize: number }>;
    expect([0, 1, 2, 3].map((k) => series[k].color)).toEqual(["#2E7D32", "#F9A825", "#1565C0", "#C62828"]);
    expect([0, 1, 2, 3].every((k) => series[k].lineWidth === 0 && series[k].pointSize > 0)).toBe(true);
    expect([4, 5].every((k) => series[k].lineWidth > 0 && series[k].pointSize === 0)).toBe(true);
  });

  test("says the chart names no accounts at their points (and why), only when the report asks for labels", () => {
    const { server } = setup();
    expect(server.writeReport(report()).missingFeatures).toEqual(["pointLabelsSheets"]);
    // Sheets can label single points (custom data labels of the Sheets API); the add-on does not,
    // because that API needs a scope over all the user's spreadsheets. The text says so.
    const [en, de] = [missingFeatureText("pointLabelsSheets", "en"), missingFeatureText("pointLabelsSheets", "de")];
    expect(en).not.toMatch(/cannot label/);
    expect(en).toMatch(/Sheets API, which needs access to all your spreadsheets/);
    expect(de).toMatch(/Sheets-API, die Zugriff auf alle Ihre Tabellen braucht/);
    const { oauthScopes } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../hosts/sheets/appsscript.json"), "utf8")) as {
      oauthScopes: string[];
    };
    expect(oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    const plain = report();
    plain.chart!.series[0].points[0].labelled = false;
    expect(server.writeReport(plain).missingFeatures).toEqual([]);
  });

  test("never writes to the source sheet", () => {
    const { ss, source, server } = setup();
    ss.active = source.getRange(2, 2, 1, 1);
    server.readTable({ selection: true });
    server.writeReport(report());
    server.writeReport(report());
    expect(source.block(1, 1, 4, 3)).toEqual(SOURCE);
    expect(ss.calls.filter((c) => c.sheet === "Accounts" && isWrite(c))).toEqual([]);
  });

  test("Build matrix shows the report sheet; a live rebuild (reveal false) leaves the user on their sheet", () => {
    const { ss, source, server } = setup();
    server.writeReport(report(), false);
    expect(ss.getActiveRange()?.getSheet().getName()).toBe("KAM Matrix"); // a new sheet is shown anyway
    ss.active = source.getRange(2, 2, 1, 1);
    server.writeReport(report(), false);
    expect(ss.getActiveRange()?.getSheet().getName()).toBe("Accounts");
    server.writeReport(report());
    expect(ss.getActiveRange()?.getSheet().getName()).toBe("KAM Matrix");
  });

  test("a user's own sheet called KAM Matrix is left alone; the report goes to a new name", () => {
    const { ss, server } = setup();
    const mine = ss.addSheet("KAM Matrix", [["my notes"]]);
    const result = server.writeReport(report());
    expect(result.sheetName).toBe("KAM Matrix (2)");
    expect(mine.block(1, 1, 1, 2)).toEqual([["my notes", ""]]);
    expect(ss.calls.filter((c) => c.sheet === "KAM Matrix" && isWrite(c))).toEqual([]);
    expect(ss.sheet("KAM Matrix (2)").metadata.map((m) => m.key)).toEqual([REPORT_KEY]);
  });

  test("building again replaces the add-on's sheet: same sheet, old cells and chart gone", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    const smaller = report();
    smaller.tables = [{ ...smaller.tables[0], rows: [["Solo", 70, 70, "Key partner"]], rowFills: ["#C6EFCE"] }];
    const result = server.writeReport(smaller);
    expect(result.sheetName).toBe("KAM Matrix");
    expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "KAM Matrix"]);
    const sheet = ss.sheet("KAM Matrix");
    expect(sheet.block(3, 1, 3, 4)).toEqual([
      ["Solo", 70, 70, "Key partner"],
      ["", "", "", ""],
      ["", "", "", ""],
    ]);
    expect(sheet.value(7, 1)).toBe(""); // the old summary title
    expect(sheet.backgrounds.has("4,4")).toBe(false);
    expect(sheet.charts).toHaveLength(1);
  });

  test("survives a report whose optional fields came through google.script.run as null", () => {
    const { ss, server } = setup();
    const r = report();
    Object.assign(r.tables[0], { fillColumn: null, columnWidths: null });
    server.writeReport(r);
    const sheet = ss.sheet("KAM Matrix");
    expect(sheet.backgrounds.get("3,1")).toBe("#C6EFCE");
    expect(sheet.backgrounds.get("3,4")).toBe("#C6EFCE");
  });
});

describe("readTable", () => {
  test("reads the data region around the selection with its address", () => {
    const { ss, source, server } = setup();
    source.fill([["far away"]], 10, 10);
    ss.active = source.getRange(3, 2, 1, 1);
    expect(server.readTable({ selection: true })).toEqual({
      sheetName: "Accounts",
      address: "Accounts!A1:C4",
      tableName: undefined,
      headers: ["Account", "Revenue", "Loyalty"],
      rows: SOURCE.slice(1),
    });
  });

  test("quotes sheet names that need it, and gives null for an empty selection", () => {
    const { ss, server } = setup();
    const other = ss.addSheet("Q3 accounts", [
      ["Account", "Revenue"],
      ["Acme", 5],
    ]);
    ss.active = other.getRange(1, 1, 1, 1);
    expect(server.readTable({ selection: true })?.address).toBe("'Q3 accounts'!A1:B2");
    ss.active = other.getRange(20, 20, 1, 1);
    expect(server.readTable({ selection: true })).toBeNull();
    ss.active = null;
    expect(server.readTable({ selection: true })).toBeNull();
  });

  test("reads a named range, and names a missing one in the error", () => {
    const { ss, source, server } = setup();
    ss.named.set("KeyAccounts", source.getRange(1, 1, 4, 3));
    expect(server.listTables()).toEqual(["KeyAccounts"]);
    const table = server.readTable({ tableName: "KeyAccounts" });
    expect(table?.tableName).toBe("KeyAccounts");
    expect(table?.rows).toHaveLength(3);
    let error: unknown;
    try {
      server.readTable({ tableName: "Nope" });
    } catch (e) {
      error = e;
    }
    expect(friendlyError(error, "en")).toBe('There is no table named "Nope" in this workbook; choose one of "KeyAccounts".');
    expect(friendlyError(error, "de")).toBe("In dieser Mappe gibt es keine Tabelle „Nope“; wählen Sie eine von „KeyAccounts“.");
  });

  test("a date cell becomes its serial number, as Excel reads it", () => {
    const { ss, server } = setup();
    const sheet = ss.addSheet("Dates", [
      ["Account", "Last contact"],
      ["Acme", new Date(2024, 0, 15)],
    ]);
    ss.active = sheet.getRange(1, 1, 1, 1);
    expect(server.readTable({ selection: true })?.rows).toEqual([["Acme", 45306]]);
  });
});

describe("addDataSheet and settings", () => {
  test("adds a sheet under a free name, keeping formula-looking text as text", () => {
    const { ss, server } = setup();
    const name = server.addDataSheet("Accounts", [["Account", "Revenue"], ["=2+2", 10], ["Short"]]);
    expect(name).toBe("Accounts (2)");
    expect(ss.sheet(name).block(1, 1, 3, 2)).toEqual([
      ["Account", "Revenue"],
      ["=2+2", 10],
      ["Short", ""],
    ]);
    expect(ss.sheet(name).formulas.size).toBe(0);
  });

  test("the add-in's own formulas are written as formulas with Sheets' names (KAM_WEIGHTS); text beside them stays text", () => {
    const { ss, server } = setup();
    const name = server.addDataSheet(
      "KAM Weights (Value)",
      [
        ["=Revenue", null, null],
        [2, null, 0.75],
      ],
      [{ row: 1, col: 1, formula: '=KAM.WEIGHTS(A1:B2,"cr")' }],
    );
    expect(ss.sheet(name).formulas.get("2,2")).toBe('=KAM_WEIGHTS(A1:B2,"cr")');
    expect(ss.sheet(name).formulas.size).toBe(1);
    expect(ss.sheet(name).block(1, 1, 1, 1)).toEqual([["=Revenue"]]);
  });

  test("settings travel in the document properties; unreadable ones give the defaults", () => {
    const { ss, server } = setup();
    expect(server.loadSettings()).toBeNull();
    server.saveSettings({ method: "zscore", valueThreshold: 60 });
    expect(JSON.parse(ss.properties.get(SETTINGS_KEY)!)).toEqual({ method: "zscore", valueThreshold: 60 });
    expect(server.loadSettings()).toEqual({ method: "zscore", valueThreshold: 60 });
    ss.properties.set(SETTINGS_KEY, "{broken");
    expect(server.loadSettings()).toBeNull();
  });
});

describe("menu and sidebar", () => {
  test("the add-on menu (under Extensions) has Open, which shows Sidebar.html titled KAM Matrix", () => {
    const { ss } = setup();
    const services = ss.services();
    const ui = createUi(() => services);
    ui.onOpen();
    expect(services.ui.menus).toEqual([{ caption: ADDON_MENU, items: [["Open", "kamOpenSidebar"]] }]);
    ui.openSidebar();
    expect(services.ui.sidebars).toEqual([expect.objectContaining({ file: "Sidebar", title: "KAM Matrix" })]);
  });
});

describe("dates are read in the spreadsheet's time zone", () => {
  // 2024-01-15 00:30 in Berlin is 2024-01-14 23:30 UTC: the day must still be the 15th (45306).
  test("a date near midnight in Europe/Berlin keeps its calendar date and time of day", () => {
    const { ss, server } = setup();
    ss.timeZone = "Europe/Berlin";
    const sheet = ss.addSheet("Dates", [
      ["Account", "Last contact"],
      ["Acme", new Date(Date.UTC(2024, 0, 14, 23, 30))],
    ]);
    ss.active = sheet.getRange(1, 1, 1, 1);
    const [[, serial]] = server.readTable({ selection: true })!.rows as [string, number][];
    expect(Math.floor(serial)).toBe(45306);
    expect(serial - 45306).toBeCloseTo(0.5 / 24, 9);
  });

  test("in America/New_York, 23:30 on 14 January (04:30 UTC on the 15th) stays the 14th; summer time too", () => {
    const { ss, server } = setup();
    ss.timeZone = "America/New_York";
    const sheet = ss.addSheet("Dates", [
      ["Account", "Date"],
      ["Winter", new Date(Date.UTC(2024, 0, 15, 4, 30))],
      ["Summer", new Date(Date.UTC(2024, 6, 1, 3, 59))], // 23:59 on 30 June, EDT (UTC-4)
    ]);
    ss.active = sheet.getRange(1, 1, 1, 1);
    const rows = server.readTable({ selection: true })!.rows as [string, number][];
    expect(Math.floor(rows[0][1])).toBe(45305); // 2024-01-14
    expect(Math.floor(rows[1][1])).toBe(45473); // 2024-06-30
    expect(rows[1][1] - 45473).toBeCloseTo((23 * 60 + 59) / 1440, 9);
  });
});

describe("ownership and safety", () => {
  test("a duplicate of the report (same metadata, another sheet id) is not the add-on's: it is never written", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    const own = ss.sheet("KAM Matrix");
    const copy = ss.addSheet("Copy of KAM Matrix", [["my copy"]]);
    copy.metadata = own.metadata.map((m) => ({ ...m }));
    ss.deleteSheet(own);
    const result = server.writeReport(report());
    expect(result.sheetName).toBe("KAM Matrix");
    expect(copy.block(1, 1, 1, 1)).toEqual([["my copy"]]);
    expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "Copy of KAM Matrix", "KAM Matrix"]);
  });

  test("a named range on the report sheet is not offered as a source and is marked when read", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    ss.named.set("Results", ss.sheet("KAM Matrix").getRange(2, 1, 4, 4));
    ss.named.set("Mine", ss.sheet("Accounts").getRange(1, 1, 4, 3));
    expect(server.listTables()).toEqual(["Mine"]);
    expect(server.readTable({ tableName: "Results" })?.onReportSheet).toBe(true);
  });

  test("a failing call in the middle of a rebuild leaves the old report whole and removes the new sheet", () => {
    const { ss, server } = setup();
    server.writeReport(report());
    const before = ss.sheet("KAM Matrix").block(1, 1, 10, 4);
    ss.failOn("setNumberFormats");
    expect(() => server.writeReport(report({ sheetName: "KAM Matrix" }))).toThrow(/injected/);
    expect(ss.sheets.map((s) => s.getName())).toEqual(["Accounts", "KAM Matrix"]);
    expect(ss.sheet("KAM Matrix").block(1, 1, 10, 4)).toEqual(before);
  });

  test("text stays text: the fake would have converted every tricky name without the apostrophe", () => {
    const { ss } = setup();
    const sheet = ss.addSheet("Raw");
    sheet.getRange(1, 1, 4, 1).setValues([["=1+1"], ["50%"], ["#N/A"], ["\uff1d1+1"]]);
    expect(sheet.formulas.size + sheet.errors.size).toBe(3);
    expect(sheet.value(2, 1)).toBe(0.5);
  });
});
