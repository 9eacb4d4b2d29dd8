import { MemoryWorkbook } from "../../../hosts/playground/memory-workbook";
import { cellAt, formatAt } from "../../../hosts/playground/memory-sheet";
import type { ReportSheet } from "../../../app/report/types";
import { displayValue } from "../../../hosts/playground/cellText";
import { ORDER_NUMBER_FORMATS, ORDER_SHEET_NAME, ORDER_TABLE_NAME, sampleOrderTable } from "../../../app/sample/orderLines";

const accounts = [
  ["Account", "Revenue", "Loyalty"],
  ["Acme", 100, 3],
  ["=Evil()", 50, null],
  ["<b>Bold</b>", 75, 8],
];

function report(names: string[]): ReportSheet {
  return {
    sheetName: "KAM Matrix",
    tables: [
      {
        id: "results",
        title: "Results",
        anchor: { row: 0, col: 0 },
        header: ["Account", "Value"],
        rows: names.map((n, i) => [n, 10 * (i + 1)]),
        numberFormats: [null, "0.0"],
        rowFills: names.map((_, i) => (i === 0 ? "#C6EFCE" : null)),
        fillColumn: 1,
        columnWidths: [150, 60],
        tableName: "KamResults",
      },
    ],
    chart: {
      title: "KAM matrix",
      xAxis: { title: "Value", min: 0, max: 100 },
      yAxis: { title: "Engagement", min: 0, max: 100 },
      series: [{ name: "Key partner", color: "#107C10", points: names.map((n) => ({ x: 60, y: 70, label: n, labelled: true })) }],
      thresholds: { value: 50, engagement: 50, label: "Threshold" },
      anchor: { row: 0, col: 4 },
      width: 480,
      height: 320,
    },
  };
}

describe("MemoryWorkbook as the add-in sees it", () => {
  test("reads the account table around the selection, numbers as numbers, formula-like text as text", async () => {
    const wb = MemoryWorkbook.withSheet("My accounts", accounts);
    wb.select(2, 1);
    const table = await wb.readTable({ selection: true });
    expect(table).toEqual({
      sheetName: "My accounts",
      address: "'My accounts'!A1:C4",
      headers: ["Account", "Revenue", "Loyalty"],
      rows: [
        ["Acme", 100, 3],
        ["=Evil()", 50, null],
        ["<b>Bold</b>", 75, 8],
      ],
    });
  });

  test("the current region stops at an empty row and column, like Excel's", async () => {
    const wb = MemoryWorkbook.withSheet("Data", [
      ["A", "B", null, "Other"],
      [1, 2, null, 9],
      [null, null, null, null],
      ["Notes", null, null, null],
    ]);
    wb.select(1, 0);
    expect((await wb.readTable({ selection: true }))?.address).toBe("Data!A1:B2");
    wb.select(3, 0);
    expect((await wb.readTable({ selection: true }))?.headers).toEqual(["Notes"]);
    wb.select(6, 6);
    expect(await wb.readTable({ selection: true })).toBeNull();
  });

  test("writes the report to a new 'KAM Matrix' sheet and selects it; the data sheet is untouched", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    const result = await wb.writeReport(report(["Acme", "Beta"]));
    expect(result).toEqual({ sheetName: "KAM Matrix", missingFeatures: [] });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
    expect(wb.activeSheet?.name).toBe("KAM Matrix");
    const out = wb.sheet("KAM Matrix")!;
    expect([0, 1, 2, 3].map((r) => [0, 1].map((c) => cellAt(out, r, c)))).toEqual([
      ["Results", null],
      ["Account", "Value"],
      ["Acme", 10],
      ["Beta", 20],
    ]);
    expect(formatAt(out, 2, 1)).toEqual({ numberFormat: "0.0", fill: "#C6EFCE" });
    expect(formatAt(out, 3, 1)).toEqual({ numberFormat: "0.0" });
    expect(formatAt(out, 2, 0)).toBeNull(); // only the fill column is coloured
    expect(formatAt(out, 1, 0)).toMatchObject({ bold: true, header: true });
    expect(formatAt(out, 0, 0)).toMatchObject({ bold: true });
    expect(out.chart?.series[0].points.map((p) => p.label)).toEqual(["Acme", "Beta"]);
    // The report's own tables are never offered as a source, and say where they are when read.
    expect(await wb.listTables()).toEqual([]);
    const own = await wb.readTable({ tableName: "kamresults" });
    expect(own?.rows).toEqual([
      ["Acme", 10],
      ["Beta", 20],
    ]);
    expect(own?.onReportSheet).toBe(true);
    expect(wb.sheet("Accounts")!.cells).toEqual(accounts);
  });

  test("a live rewrite (reveal false) leaves the user on the sheet they are editing", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    await wb.writeReport(report(["Acme"]), undefined, false);
    expect(wb.activeSheet?.name).toBe("KAM Matrix"); // a new report sheet is shown anyway
    wb.activate("Accounts");
    await wb.writeReport(report(["Acme", "Beta"]), undefined, false);
    expect(wb.activeSheet?.name).toBe("Accounts");
    expect(cellAt(wb.sheet("KAM Matrix")!, 3, 0)).toBe("Beta");
    await wb.writeReport(report(["Acme"]));
    expect(wb.activeSheet?.name).toBe("KAM Matrix");
  });

  test("writing again replaces the add-in's own sheet, shorter results leave no stale rows", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    await wb.writeReport(report(["Acme", "Beta", "Gamma"]));
    await wb.writeReport(report(["Solo"]));
    expect(wb.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
    const cells = wb.sheet("KAM Matrix")!.cells;
    expect(cells.flat().filter((v) => v !== null)).toEqual(["Results", "Account", "Value", "Solo", 10]);
    expect(wb.sheet("KAM Matrix")!.tables.map((t) => t.name)).toEqual(["KamResults"]);
  });

  test("a user's own sheet called 'KAM Matrix' is never replaced: the report goes to a new name", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    await wb.addDataSheet("KAM Matrix", [["My notes"], ["keep me"]]);
    const first = await wb.writeReport(report(["Acme"]));
    const second = await wb.writeReport(report(["Beta"]));
    expect(first.sheetName).toBe("KAM Matrix (2)");
    expect(second.sheetName).toBe("KAM Matrix (2)");
    expect(wb.sheet("KAM Matrix")!.cells).toEqual([["My notes"], ["keep me"]]);
    expect(wb.sheets).toHaveLength(3);
  });

  test("addDataSheet picks a unique, legal sheet name and selects the new sheet", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    expect(await wb.addDataSheet("accounts", [["x"]])).toBe("accounts (2)");
    expect(await wb.addDataSheet("Q3: north/south [draft]", [["x"]])).toBe("Q3  north south  draft");
    expect(await wb.addDataSheet("A very long sheet name that Excel would reject", [["x"]])).toHaveLength(31);
    expect(wb.activeSheet?.name).toBe("A very long sheet name that Exc");
    expect(wb.activeSheet?.selection).toEqual({ row: 0, col: 0 });
  });

  test("onUserEdit hears user edits only, not the add-in's own writes", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    const edits = jest.fn();
    const changes = jest.fn();
    const stop = wb.onUserEdit(edits);
    wb.subscribe(changes);
    await wb.writeReport(report(["Acme"]));
    await wb.addDataSheet("More", [["x"]]);
    await wb.saveSettings({ weights: [1] });
    expect(edits).not.toHaveBeenCalled();
    wb.setCell(1, 1, 250, "Accounts");
    expect(edits).toHaveBeenCalledTimes(1);
    expect(wb.sheet("Accounts")!.cells[1][1]).toBe(250);
    expect(changes).toHaveBeenCalledTimes(3);
    stop();
    wb.setCell(1, 1, 300, "Accounts");
    expect(edits).toHaveBeenCalledTimes(1);
  });

  test("settings travel with the file: save, serialise, reopen, load", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    expect(await wb.loadSettings()).toBeNull();
    const settings = { weights: { Revenue: 2 }, language: "de" };
    await wb.saveSettings(settings);
    settings.weights.Revenue = 99; // the stored copy must not change with the caller's object
    await wb.writeReport(report(["Acme"]));
    const reopened = MemoryWorkbook.deserialize(wb.serialize());
    expect(await reopened.loadSettings()).toEqual({ weights: { Revenue: 2 }, language: "de" });
    expect(reopened.sheets.map((s) => s.name)).toEqual(["Accounts", "KAM Matrix"]);
    // The reopened file still knows which sheet is the add-in's own.
    await reopened.writeReport(report(["Beta"]));
    expect(reopened.sheets).toHaveLength(2);
  });

  test("an unknown table name is an error that lists the tables there are, as in Excel", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", accounts);
    await expect(wb.readTable({ tableName: "Nope" })).rejects.toMatchObject({ code: "noSuchTable", params: { name: "Nope", choices: [] } });
    await wb.writeReport(report(["Acme"]));
    await expect(wb.readTable({ tableName: "Nope" })).rejects.toMatchObject({ params: { choices: ["KamResults"] } });
  });

  test("imported columns are as wide as their longest text, within limits", async () => {
    const wb = MemoryWorkbook.withSheet("Accounts", [
      ["Account", "N"],
      ["A much longer account name GmbH & Co. KG", 1],
    ]);
    const widths = wb.activeSheet!.columnWidths;
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBe(64);
  });
});

describe("the sample order lines as the page inserts them", () => {
  test("order dates show as dates and amounts with cents, as Excel shows the export; the values stay serials", async () => {
    const wb = new MemoryWorkbook();
    const values = sampleOrderTable();
    const name = await wb.addDataSheet(ORDER_SHEET_NAME, values, { tableName: ORDER_TABLE_NAME, numberFormats: ORDER_NUMBER_FORMATS });
    const sheet = wb.sheet(name)!;
    const shown = (row: number, col: number) => displayValue(cellAt(sheet, row, col), formatAt(sheet, row, col)?.numberFormat);
    // The first line with a date serial, its date computed from the serial with Date (days since 1899-12-30).
    const row = values.findIndex((r, i) => i > 0 && typeof r[1] === "number");
    const serial = values[row][1] as number;
    const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
    expect(shown(row, 1)).toBe(iso);
    expect(shown(row, 1)).not.toBe(String(serial));
    expect(cellAt(sheet, row, 1)).toBe(serial);
    const sales = values[row][4] as number;
    expect(shown(row, 4)).toBe(sales.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    // Text stays text: the header and the lines whose date is typed as text.
    expect(shown(0, 1)).toBe("Order Date");
    const textDate = values.findIndex((r, i) => i > 0 && typeof r[1] === "string");
    if (textDate > 0) expect(shown(textDate, 1)).toBe(values[textDate][1]);
    // A native table over the export, offered to the pane.
    expect(await wb.listTables()).toEqual([ORDER_TABLE_NAME]);
    const offers: unknown[] = [];
    wb.onSourcesOffered((o) => offers.push(o));
    wb.offerSources({ orders: { tableName: ORDER_TABLE_NAME } });
    expect(offers).toEqual([{ orders: { tableName: ORDER_TABLE_NAME } }]);
  });
});
