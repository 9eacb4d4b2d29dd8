/**
 * The pane's "Prepare data" on every host: the Excel adapter over the Excel fake, the playground's
 * memory workbook and the Sheets server over the SpreadsheetApp fake (dates arriving as Date
 * objects). Checked as a user would: the quality report, the sheet KAM Accounts (values computed
 * by hand and by the core's KAM.ACCOUNTS), the mapping defaults, the source tables untouched,
 * and Refresh after the raw data changed.
 */
import { accountsTable, isKamError } from "../../core";
import { createPane } from "../../app/pane";
import { PrepareController } from "../../app/prepare/prepareController";
import { parseSettings } from "../../app/settings/storage";
import type { CellValue } from "../../app/workbook/contract";
import { ExcelWorkbook } from "../../hosts/excel/excel-workbook";
import { MemoryWorkbook } from "../../hosts/playground/memory-workbook";
import { cellAt, MemorySheet } from "../../hosts/playground/memory-sheet";
import { SheetsClientWorkbook } from "../../hosts/sheets/sidebar/sheets-workbook";
import { createServer } from "../../hosts/sheets/server";
import { FakeSpreadsheet } from "../support/apps-script-fake";
import { scriptRunTo } from "../support/script-run";
import { FakeExcel } from "../support/excel-fake";
import type { Workbook } from "../../app/workbook/workbook";

// 2026-01-15 .. 2026-06-30 as serials; 46022 is 2025-12-31.
const D = (iso: string) => (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000;
const ORDERS: CellValue[][] = [
  ["Customer", "Order Date", "Order ID", "Category", "Sales", "Profit"],
  ["Alpha AG", D("2025-03-10"), "SO-1", "Machines", 1000, 200], // previous window
  ["Alpha AG", D("2026-02-01"), "SO-2", "Machines", 3000, 600],
  ["alpha  ag ", D("2026-05-20"), "SO-3", "Service", 1000, 100], // a case/space variant: merged
  ["Beta GmbH", "31.02.2026", "SO-4", "Service", 500, 50], // not a date: invalid
  ["Beta GmbH", D("2026-04-01"), "SO-5", "Spare parts", 800, 80],
  ["Beta GmbH", D("2026-04-20"), "CN-5", "Spare parts", -200, -40], // a return: kept
  ["Gamma SE", D("2026-06-30"), "SO-6", "Machines", "1.234,56", 100], // number as text: invalid
  ["Gamma SE", D("2026-06-30"), "SO-7", "Machines", 400, 40],
  ["Gamma SE", D("2026-06-30"), "SO-7", "Machines", 400, 40], // exact duplicate: warned, kept
];
// A review workshop: three raters, one disagreement (Alpha's strategic importance 2 to 5), one answer missing.
const RATINGS: CellValue[][] = [
  ["Account", "Rater", "Date", "Strategic importance", "Collaboration"],
  ["Alpha AG", "Anna", D("2026-06-10"), 5, 4],
  ["alpha ag", "Ben", D("2026-06-10"), 2, 4],
  ["Alpha AG", "Carla", D("2026-06-10"), 4, null],
  ["Gamma SE", "Anna", D("2026-06-10"), 3, 2],
  ["Gamma SE", "Ben", D("2026-06-10"), 3, 3],
];
const ACTIVITIES: CellValue[][] = [
  ["Customer", "Date", "Type"],
  ["Alpha AG", D("2026-06-01"), "Visit"],
  ["ALPHA AG", D("2026-06-15"), "Call"],
  ["Gamma SE", D("2026-01-10"), "Call"],
  ["Horizon GmbH", D("2026-06-20"), "Meeting"], // only in the activity log
];

interface PrepHost {
  workbook: Workbook;
  addUserSheet(name: string, rows: CellValue[][]): void;
  select(sheet: string, row: number, col: number): void;
  cell(sheet: string, row: number, col: number): CellValue;
  /** A user typing (or pasting) rows into a sheet. */
  userType(sheet: string, row: number, rows: CellValue[][]): void;
  snapshot(sheet: string, rows: number, cols: number): string;
  /** Makes a block a native table (Excel table, Sheets named range, playground table). */
  nameTable(sheet: string, rows: number, cols: number, name: string): void;
  deleteSheet(sheet: string): void;
  sheetNames(): string[];
  /** A value typed while no pane listened (Excel: no change event reaches the add-in). */
  typeUnheard(sheet: string, row: number, col: number, value: CellValue): void;
  /** Requests (Excel syncs, Apps Script calls) so far, and a failure of the n-th from now (after `partial` of its actions); none for the playground. */
  requests?: () => number;
  failAt?: (nth: number, partial: number) => void;
  /** A second pane on the same file (another window, a co-author). */
  reopen(): Workbook;
  /** Whether a failing request can stop part-way (Excel); an Apps Script call fails whole. */
  partial?: boolean;
  clearFailures?: () => void;
  /** The drop-down list (data validation) on a cell, or null. */
  listAt(sheet: string, row: number, col: number): string[] | null;
  /** Excel: the cells whose values requests have loaded so far, per sheet name. */
  valuesRead?: () => ReadonlyMap<string, number>;
}

const serialToDate = (v: CellValue) =>
  typeof v === "number" && v > 40000 ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000 + new Date().getTimezoneOffset() * 60_000) : v;

const literal = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (typeof v === "string" ? `'${v}` : v)));

/** The Excel adapter over the Excel fake at a given ExcelApi version. */
const excelHost = (version: string) => (): PrepHost => {
  const excel = new FakeExcel(version);
  const workbook = new ExcelWorkbook({ run: excel.run, requirements: excel.requirements });
  const at = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  const cell = (sheet: string, row: number, col: number) => (excel.cell(sheet, at(row, col))?.value ?? null) as CellValue;
  return {
    workbook,
    // Text as an export holds it: the fake reads unmarked strings as typed input (dates, numbers).
    addUserSheet: (name, rows) => void excel.addSheet(name, literal(rows)),
    select: (sheet, row, col) => excel.select(sheet, at(row, col)),
    cell: (sheet, row, col) => {
      const v = cell(sheet, row, col);
      return v === "" ? null : v;
    },
    // A null clears the cell, as deleting a value does.
    userType: (sheet, row, rows) => excel.userEdit(sheet, at(row, 0), literal(rows.map((r) => r.map((v) => v ?? "")))),
    snapshot: (sheet, rows, cols) =>
      JSON.stringify(Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => excel.cell(sheet, at(r, c)) ?? null))),
    nameTable: (sheet, rows, cols, name) =>
      excel.model.renameTable(excel.model.addTable(excel.sheet(sheet), { row: 0, col: 0, rows, cols }), name),
    deleteSheet: (sheet) => excel.model.deleteSheet(excel.sheet(sheet)),
    sheetNames: () => excel.model.sheets.map((x) => x.name),
    typeUnheard: (sheet, row, col, value) => void (excel.sheet(sheet).cellForWrite(row, col).value = value ?? ""),
    requests: () => excel.stats.syncs,
    reopen: () => new ExcelWorkbook({ run: excel.run, requirements: excel.requirements }),
    failAt: (nth, partial) => excel.failRequest(nth, { afterActions: partial }),
    partial: true,
    clearFailures: () => excel.clearFailures(),
    listAt: (sheet, row, col) => excel.cell(sheet, at(row, col))?.validationList?.split(",") ?? null,
    valuesRead: () => new Map(excel.stats.valuesRead),
  };
};

const HOSTS: [string, () => PrepHost][] = [
  ["Excel", excelHost("1.14")],
  [
    "memory",
    () => {
      const workbook = new MemoryWorkbook();
      return {
        workbook,
        addUserSheet: (name, rows) => void workbook.addDataSheet(name, rows),
        select: (name, row, col) => {
          workbook.activate(name);
          workbook.select(row, col);
        },
        cell: (name, row, col) => cellAt(workbook.sheet(name)!, row, col),
        userType: (name, row, rows) => rows.forEach((r, i) => r.forEach((v, c) => workbook.setCell(row + i, c, v, name))),
        snapshot: (name) => JSON.stringify(workbook.sheet(name)),
        nameTable: (name, rows, cols, table) => void workbook.sheet(name)!.tables.push({ row: 0, col: 0, rows, cols, name: table }),
        // The playground has no "delete sheet" command; a user could remove it from a saved file.
        deleteSheet: (name) => void (workbook.sheets as MemorySheet[]).splice(workbook.sheets.indexOf(workbook.sheet(name)!), 1),
        sheetNames: () => workbook.sheets.map((x) => x.name),
        typeUnheard: (name, row, col, value) => workbook.setCell(row, col, value, name),
        // One page holds the playground's workbook: a second pane works on the same object.
        reopen: () => workbook,
        listAt: (name, row, col) =>
          workbook.sheet(name)!.validations?.find((v) => v.col === col && row >= v.row && row < v.row + v.rows)?.list ?? null,
      };
    },
  ],
  [
    "Google Sheets",
    () => {
      const ss = new FakeSpreadsheet();
      const services = ss.services();
      const workbook = new SheetsClientWorkbook(scriptRunTo(createServer(() => services)));
      // Another sidebar: its own running script (services object), so the document lock tells them apart.
      const reopen = () => {
        const theirs = ss.services();
        return new SheetsClientWorkbook(scriptRunTo(createServer(() => theirs)));
      };
      return {
        workbook,
        // Sheets hands date cells to the script as Date objects.
        addUserSheet: (name, rows) =>
          void ss.addSheet(
            name,
            rows.map((r) => r.map(serialToDate)),
          ),
        select: (name, row, col) => void (ss.active = ss.sheet(name).getRange(row + 1, col + 1, 1, 1)),
        cell: (name, row, col) => {
          const v = ss.sheet(name).value(row + 1, col + 1);
          return v === "" ? null : (v as CellValue);
        },
        userType: (name, row, rows) => {
          const sheet = ss.sheet(name);
          rows.forEach((r, i) => r.forEach((v, j) => v === null && sheet.clearCell(`${row + i + 1},${j + 1}`)));
          sheet.fill(
            rows.map((r) => r.map(serialToDate)),
            row + 1,
            1,
          );
        },
        snapshot: (name, rows, cols) => JSON.stringify(ss.sheet(name).getRange(1, 1, rows, cols).getValues()),
        nameTable: (name, rows, cols, table) => ss.setNamedRange(table, ss.sheet(name).getRange(1, 1, rows, cols)),
        deleteSheet: (name) => ss.deleteSheet(ss.sheet(name)),
        sheetNames: () => ss.sheets.map((x) => x.getName()),
        typeUnheard: (name, row, col, value) => void ss.sheet(name).fill([[value]], row + 1, col + 1),
        requests: () => ss.serviceCalls,
        reopen,
        failAt: (nth) => ss.failCall(nth),
        clearFailures: () => ss.clearFailures(),
        listAt: (name, row, col) => ss.sheet(name).validations.get(`${row + 1},${col + 1}`) ?? null,
      };
    },
  ],
];

/** The KAM Accounts rows KAM.ACCOUNTS gives for the valid lines (the function's #N/A as null). */
function coreRows(lines: CellValue[][]): unknown[][] {
  const col = (j: number) => lines.map((r) => [r[j]]);
  const table = accountsTable({ accounts: col(0), dates: col(1), amounts: col(4), profits: col(5), categories: col(3), orders: col(2) });
  return table.slice(1).map((r) => r.map((v) => (isKamError(v) ? null : v)));
}

const VALID = ORDERS.slice(1).filter((_, i) => i !== 3 && i !== 6);

/** A host with the order lines and the activity log chosen in Prepare data. */
async function setUpOn(make: () => PrepHost) {
  const host = make();
  host.addUserSheet("Orders", ORDERS);
  host.addUserSheet("Activities", ACTIVITIES);
  host.select("Orders", 0, 0);
  const pane = createPane(host.workbook, "en", { debounceMs: 0 }).matrix;
  await pane.start();
  const prep = new PrepareController(host.workbook, pane, "en", null);
  prep.init();
  host.select("Orders", 2, 1);
  await prep.pickOrders({ selection: true });
  host.select("Activities", 1, 0);
  await prep.pickActivity({ selection: true });
  return { host, pane, prep };
}

describe.each(HOSTS)("Prepare data on %s", (_name, make) => {
  const setUp = () => setUpOn(make);

  test("quality report, KAM Accounts, mapping defaults, sources untouched, Refresh", async () => {
    const { host, pane, prep } = await setUp();
    const before = [host.snapshot("Orders", 10, 6), host.snapshot("Activities", 5, 3)];
    const s = prep.getState();
    expect(s.orders?.mapping).toEqual({ account: 0, date: 1, order: 2, category: 3, amount: 4, profit: 5 });
    expect(s.activity?.mapping).toEqual({ account: 0, date: 1, type: 2 });
    expect(s.latestDate).toBe("2026-06-30");
    const q = s.quality!;
    expect(q.orders.notDates.map((i) => i.cell)).toEqual(["Orders!B5"]);
    expect(q.orders.textNumbers.map((i) => [i.cell, i.number])).toEqual([["Orders!E8", 1234.56]]);
    expect(q.orders.invalid.map((i) => i.cell)).toEqual(["Orders!B5", "Orders!E8"]);
    expect(q.orders.returns).toEqual({ count: 1, total: -200 });
    expect(q.orders.duplicates.map((d) => d.lines)).toEqual([[8, 9]]);
    expect(q.variants.map((v) => v.spellings)).toEqual([["Alpha AG", "alpha  ag ", "ALPHA AG"]]);
    expect(q.activityOnly).toEqual(["Horizon GmbH"]);

    // Invalid lines stop the preparation until the user chooses to leave them out.
    await prep.prepare();
    expect(prep.getState().error).toBe(
      '2 lines are not valid; the first, at Orders!B5: date "31.02.2026" is not a date. Correct them in your table, or tick "Leave the invalid lines out".',
    );
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().result).toMatchObject({ sheetName: "KAM Accounts", accounts: 3, excluded: 2, asOf: "2026-06-30" });

    // The sheet: review date and window above, the table from row 6, values only.
    expect([host.cell("KAM Accounts", 1, 0), host.cell("KAM Accounts", 1, 1)]).toEqual(["Review date", "Window (months)"]);
    expect([host.cell("KAM Accounts", 2, 0), host.cell("KAM Accounts", 2, 1)]).toEqual([D("2026-06-30"), 12]);
    const header = Array.from({ length: 10 }, (_, c) => host.cell("KAM Accounts", 5, c));
    expect(header).toEqual([
      "Account",
      "Revenue",
      "Margin",
      "Growth",
      "Orders",
      "Days since last order",
      "Customer years",
      "Categories",
      "Interactions",
      "Days since last contact",
    ]);
    const rows = [6, 7, 8].map((r) => Array.from({ length: 10 }, (_, c) => host.cell("KAM Accounts", r, c)));
    // By hand: Alpha's window (2025-06-30, 2026-06-30] holds 3000 + 1000, profit 700; before it 1000.
    expect(rows[0].slice(0, 5)).toEqual(["Alpha AG", 4000, 700 / 4000, 3, 2]);
    expect(rows[0][5]).toBe(D("2026-06-30") - D("2026-05-20"));
    expect(rows[0].slice(8)).toEqual([2, 15]);
    expect(rows[1].slice(0, 2)).toEqual(["Beta GmbH", 600]);
    expect(rows[2].slice(8)).toEqual([1, D("2026-06-30") - D("2026-01-10")]);
    // Every KAM.ACCOUNTS column as the core computes it on the valid lines.
    expect(rows.map((r) => r.slice(0, 8))).toEqual(coreRows(VALID));
    // The lines left out, listed below the table.
    expect(host.cell("KAM Accounts", 10, 0)).toBe("Lines left out (not valid)");
    expect([host.cell("KAM Accounts", 12, 0), host.cell("KAM Accounts", 12, 1), host.cell("KAM Accounts", 12, 3)]).toEqual([
      4,
      "Orders!B5",
      "Beta GmbH",
    ]);
    expect(host.cell("KAM Accounts", 13, 1)).toBe("Orders!E8");

    // The matrix's source is the prepared table, mapped with the defaults.
    const { settings, table } = pane.getState();
    expect(table?.rows.length).toBe(3);
    expect(settings.source).toEqual({ tableName: "KamAccounts" });
    expect(settings.nameColumn).toBe("Account");
    expect(settings.criteria.map((c) => [c.column, c.axis, c.lowerIsBetter])).toEqual([
      ["Revenue", "value", false],
      ["Margin", "value", false],
      ["Growth", "value", false],
      ["Orders", "engagement", false],
      ["Days since last order", "engagement", true],
      ["Customer years", "engagement", false],
      ["Categories", "value", false],
      ["Interactions", "engagement", false],
      ["Days since last contact", "engagement", true],
    ]);
    await pane.build();
    expect(pane.getState().lastBuild?.accounts).toBe(3);
    expect([host.snapshot("Orders", 10, 6), host.snapshot("Activities", 5, 3)]).toEqual(before);

    // Next quarter: the export has a new line; Refresh reads it with the stored settings.
    await pane.idle();
    const stored = parseSettings(await host.workbook.loadSettings());
    expect(stored?.prepare).toMatchObject({
      orders: { mapping: { account: "Customer", amount: "Sales" } },
      reviewDate: null,
      months: 12,
      excludeInvalid: true,
    });
    host.userType("Orders", 10, [["Delta KG", D("2026-07-15"), "SO-8", "Service", 900, 90]]);
    await pane.idle();
    await prep.refresh();
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().result).toMatchObject({ accounts: 4, asOf: "2026-07-15", refreshed: true });
    expect(host.cell("KAM Accounts", 2, 0)).toBe(D("2026-07-15"));
    expect(host.cell("KAM Accounts", 9, 0)).toBe("Delta KG");
    await pane.idle();
    expect(pane.getState().lastBuild?.accounts).toBe(4);
    expect(pane.getState().settings.criteria.find((c) => c.column === "Days since last order")?.lowerIsBetter).toBe(true);
  });

  test("a fixed review date and a 6-month window; Copy as SQL without a clipboard shows the query", async () => {
    const { host, prep } = await setUp();
    prep.setReviewDate("2026-03-31");
    prep.setMonths(6);
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(host.cell("KAM Accounts", 2, 0)).toBe(D("2026-03-31"));
    expect(host.cell("KAM Accounts", 2, 1)).toBe(6);
    // Only Alpha has a line on or before 2026-03-31 (Gamma's activity alone makes no account row).
    expect(host.cell("KAM Accounts", 6, 0)).toBe("Alpha AG");
    expect(host.cell("KAM Accounts", 6, 1)).toBe(3000);
    await prep.copySql();
    expect(prep.getState().sql).toMatchObject({ copied: false });
    expect(prep.getState().sql?.text).toContain("DATE '2026-03-31'");
  });

  test("the add-in's own sheets are refused as raw tables", async () => {
    const { host, prep } = await setUp();
    prep.setExcludeInvalid(true);
    await prep.prepare();
    host.select("KAM Accounts", 6, 0);
    await prep.pickOrders({ selection: true });
    expect(prep.getState().error).toBe(
      'The table is on "KAM Accounts", a sheet the add-in writes. Choose your own export of order lines or activities.',
    );
  });

  /** Prepared once with the lines left out, the matrix built from KAM Accounts; the state a Refresh starts from. */
  async function prepared() {
    const ctx = await setUp();
    ctx.prep.setExcludeInvalid(true);
    await ctx.prep.prepare();
    await ctx.pane.build();
    await ctx.pane.idle();
    expect(ctx.prep.getState().error).toBeNull();
    return ctx;
  }
  const accountsBlock = (host: PrepHost) => host.snapshot("KAM Accounts", 14, 10);

  test("an account column without a header: a column added in front stops Refresh instead of reading row numbers", async () => {
    const host = make();
    const blankHeader = ORDERS.map((r, i) => (i === 0 ? [null, ...r.slice(1)] : r));
    host.addUserSheet("Orders", blankHeader);
    const pane = createPane(host.workbook, "en", { debounceMs: 0 }).matrix;
    await pane.start();
    const prep = new PrepareController(host.workbook, pane, "en", null);
    host.select("Orders", 2, 1);
    await prep.pickOrders({ selection: true });
    prep.mapOrders("account", 0);
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(prep.getState().error).toBeNull();
    expect(host.cell("KAM Accounts", 6, 0)).toBe("Alpha AG");
    const before = accountsBlock(host);
    // The next export has a line number in front: the nameless account column is now B.
    host.userType(
      "Orders",
      0,
      blankHeader.map((r, i) => [i === 0 ? "Line" : i, ...r]),
    );
    await pane.idle();
    await prep.refresh();
    expect(prep.getState().error).toBe(
      'The column "Column A" of Orders!A1:G10 has no header, and the export\'s header row changed since the last preparation, so the add-in cannot tell which column it is now. Check the mapping and click Prepare accounts. Nothing was changed.',
    );
    expect(prep.getState().result).toBeNull();
    expect(accountsBlock(host)).toBe(before);
  });

  test("an export that is not a table, with an empty row in it now: Refresh stops instead of reading part of it", async () => {
    const { host, prep } = await prepared();
    const before = accountsBlock(host);
    // The new export: the same lines plus three more, and an empty row after the fifth line.
    const lines = [...ORDERS.slice(1), ["Delta KG", D("2026-07-15"), "SO-8", "Service", 900, 90]];
    host.userType("Orders", 0, [ORDERS[0], ...lines.slice(0, 5), [null, null, null, null, null, null], ...lines.slice(5)]);
    await prep.refresh();
    expect(prep.getState().error).toBe(
      "The export at Orders!A1:F10 now has an empty row: only Orders!A1:F6 could be read as one table. Remove the empty row (or select the whole export) and click Prepare accounts. Nothing was changed.",
    );
    expect(accountsBlock(host)).toBe(before);
  });

  test("a column typed next to KAM Accounts: Refresh keeps it on 'KAM Accounts (your edits)', says so, and the table stays", async () => {
    const { host, pane, prep } = await prepared();
    const header = Array.from({ length: 10 }, (_, c) => host.cell("KAM Accounts", 5, c));
    host.userType("KAM Accounts", 5, [[...header, "Strategic importance"]]);
    await pane.idle();
    await prep.refresh();
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().keptEdits).toBe("KAM Accounts (your edits)");
    expect(host.cell("KAM Accounts (your edits)", 5, 10)).toBe("Strategic importance");
    expect(host.cell("KAM Accounts", 5, 10)).toBeNull();
    expect(pane.getState().settings.source).toEqual({ tableName: "KamAccounts" });
    expect(pane.getState().table?.sheetName).toBe("KAM Accounts");
  });

  test("an export without a profit column: Refresh says the matrix was not rebuilt, and why", async () => {
    const { host, pane, prep } = await prepared();
    const lastBuild = pane.getState().lastBuild;
    host.userType(
      "Orders",
      0,
      ORDERS.map((r) => [...r.slice(0, 5), null]),
    );
    await pane.idle();
    await prep.refresh();
    const error = prep.getState().error ?? "";
    expect(error).toMatch(/^"KAM Accounts" was refreshed, but the matrix could not be rebuilt: /);
    expect(error).toContain("Margin");
    expect(prep.getState().result).toBeNull();
    expect(pane.getState().lastBuild).toEqual(lastBuild);
  });

  test("the raw table is gone: Refresh says so by name and does not offer the add-in's own tables", async () => {
    const host = make();
    host.addUserSheet("Orders", ORDERS);
    host.nameTable("Orders", ORDERS.length, 6, "OrderLines");
    const pane = createPane(host.workbook, "en", { debounceMs: 0 }).matrix;
    await pane.start();
    const prep = new PrepareController(host.workbook, pane, "en", null);
    await prep.pickOrders({ tableName: "OrderLines" });
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(prep.getState().error).toBeNull();
    host.deleteSheet("Orders");
    await prep.refresh();
    expect(prep.getState().error).toBe(
      'The raw table "OrderLines" is no longer in this workbook. Choose the order-line table again and click Prepare accounts. Nothing was changed.',
    );
  });

  test("a correction typed on KAM Accounts while the pane was closed is kept on 'KAM Accounts (your edits)' by Refresh", async () => {
    const { host, prep } = await prepared();
    host.typeUnheard("KAM Accounts", 6, 1, 4100);
    await prep.refresh();
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().keptEdits).toBe("KAM Accounts (your edits)");
    expect(host.cell("KAM Accounts (your edits)", 6, 1)).toBe(4100);
    expect(host.cell("KAM Accounts", 6, 1)).toBe(4000);
  });

  test("Refresh failing at any request: KAM Accounts holds the old or the new content whole, or the pane says which sheet holds what", async () => {
    const host0 = make();
    if (!host0.failAt) return; // the playground writes in one step and cannot fail part-way
    jest.spyOn(console, "error").mockImplementation(() => {}); // the injected failures, logged for developers
    const DELTA: CellValue[][] = [["Delta KG", D("2026-07-15"), "SO-8", "Service", 900, 90]];
    const start = async () => {
      const ctx = await prepared();
      ctx.host.userType("Orders", 10, DELTA);
      await ctx.pane.idle();
      return ctx;
    };
    // A twin without failures: the content before and after, and how many requests Refresh takes.
    const twin = await start();
    const old = accountsBlock(twin.host);
    const before = twin.host.requests!();
    await twin.prep.refresh();
    await twin.pane.idle();
    const count = twin.host.requests!() - before;
    const fresh = accountsBlock(twin.host);
    twin.pane.dispose();
    expect(fresh).not.toBe(old);
    const outcomes = new Set<string>();
    for (let nth = 1; nth <= count; nth++)
      for (const partial of host0.partial ? [0, Number.MAX_SAFE_INTEGER] : [0]) {
        const { host, pane, prep } = await start();
        host.failAt!(nth, partial);
        await prep.refresh();
        await pane.idle();
        pane.dispose();
        await new Promise((r) => setTimeout(r, 5));
        host.clearFailures!();
        const where = `request ${nth}, after ${partial} actions`;
        const error = prep.getState().error ?? "";
        const names = host.sheetNames().filter((n) => n.startsWith("KAM Accounts"));
        if (error.includes('Writing "KAM Accounts" failed part-way, so that sheet is incomplete now')) {
          expect([where, error]).toEqual([where, expect.stringContaining('The complete new content is on the sheet "KAM Accounts (new)"')]);
          expect([where, host.snapshot("KAM Accounts (new)", 14, 10)]).toEqual([where, fresh]);
          outcomes.add("said");
        } else {
          expect([where, names]).toEqual([where, ["KAM Accounts"]]);
          const now = accountsBlock(host);
          expect([where, now === old || now === fresh]).toEqual([where, true]);
          // Only when KAM Accounts holds the new content may the pane say it was refreshed.
          if (prep.getState().result?.refreshed) expect([where, now]).toEqual([where, fresh]);
          outcomes.add(now === fresh ? "new" : "old");
        }
      }
    expect(outcomes.has("old") && outcomes.has("new")).toBe(true);
    jest.restoreAllMocks();
  }, 120_000);

  test("two panes refreshing at once leave one KAM Accounts and one KAM Matrix, both whole and still the add-in's", async () => {
    const { host, pane, prep } = await prepared();
    host.userType("Orders", 10, [["Delta KG", D("2026-07-15"), "SO-8", "Service", 900, 90]]);
    await pane.idle();
    const other = host.reopen();
    const pane2 = createPane(other, "en", { debounceMs: 0 }).matrix;
    await pane2.start();
    const prep2 = new PrepareController(other, pane2, "en", null);
    prep2.init();
    await Promise.all([prep.refresh(), prep2.refresh()]);
    await Promise.all([pane.idle(), pane2.idle()]);
    // Nothing goes wrong beyond, in Sheets, one pane told that the other held the document.
    const errors = [prep.getState().error, prep2.getState().error, pane.getState().error, pane2.getState().error];
    expect(errors.filter((e) => e !== null && !/busy|another|collaborator/i.test(e))).toEqual([]);
    expect(host.sheetNames().filter((n) => n.startsWith("KAM"))).toEqual(["KAM Accounts", "KAM Matrix"]);
    expect(host.cell("KAM Accounts", 9, 0)).toBe("Delta KG");
    // Both keep writing the same sheets afterwards.
    await prep2.refresh();
    await pane2.idle();
    expect(prep2.getState().error).toBeNull();
    expect(host.sheetNames().filter((n) => n.startsWith("KAM"))).toEqual(["KAM Accounts", "KAM Matrix"]);
    pane2.dispose();
  });

  test("three inputs: the ratings join KAM Accounts, the report lists disagreements, Refresh reads the ratings again", async () => {
    const { host, pane, prep } = await setUp();
    host.addUserSheet("Workshop", RATINGS);
    host.select("Workshop", 1, 1);
    await prep.pickRatings({ selection: true });
    const r = prep.getState().ratings!;
    expect(r.mapping).toEqual({ account: 0, rater: 1, date: 2 });
    expect(r.criteria.map((c) => [c.header, c.method])).toEqual([
      ["Strategic importance", "median"],
      ["Collaboration", "median"],
    ]);
    expect(prep.getState().quality?.ratings?.disagreements).toEqual([
      { account: "Alpha AG", criterion: "Strategic importance", lowest: 2, highest: 5 },
    ]);
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(prep.getState().error).toBeNull();
    const header = Array.from({ length: 18 }, (_, c) => host.cell("KAM Accounts", 5, c));
    expect(header.slice(10)).toEqual([
      "Strategic importance",
      "Strategic importance: raters",
      "Strategic importance: lowest",
      "Strategic importance: highest",
      "Collaboration",
      "Collaboration: raters",
      "Collaboration: lowest",
      "Collaboration: highest",
    ]);
    const row = (r: number) => Array.from({ length: 18 }, (_, c) => host.cell("KAM Accounts", r, c));
    // By hand: Alpha 5, 2, 4 -> median 4, three raters, 2 to 5; collaboration 4, 4 -> 4 (Carla left it blank).
    expect(row(6).slice(10)).toEqual([4, 3, 2, 5, 4, 2, 4, 4]);
    expect(row(7).slice(10)).toEqual(Array(8).fill(null)); // Beta: not rated
    expect(row(8).slice(10)).toEqual([3, 2, 3, 3, 2.5, 2, 2, 3]);
    const axes = Object.fromEntries(pane.getState().settings.criteria.map((c) => [c.column, c.axis]));
    expect([axes["Strategic importance"], axes["Collaboration"], axes["Strategic importance: raters"]]).toEqual([
      "value",
      "engagement",
      "ignore",
    ]);
    await pane.idle();
    expect(parseSettings(await host.workbook.loadSettings())?.prepare?.ratings).toMatchObject({
      mapping: { account: "Account", rater: "Rater", date: "Date" },
      criteria: [
        { header: "Strategic importance", method: "median" },
        { header: "Collaboration", method: "median" },
      ],
    });

    // A fourth rater adds a rating; one click on Refresh reads orders, activities and ratings again.
    host.userType("Workshop", 6, [["Beta GmbH", "Dana", D("2026-06-12"), 1, 5]]);
    await pane.idle();
    await prep.refresh();
    expect(prep.getState().error).toBeNull();
    expect(row(7).slice(10)).toEqual([1, 1, 1, 1, 5, 1, 5, 5]);
  });

  test("an empty workshop sheet: one row per account and rater, filled in, read back as ratings", async () => {
    const { host, prep } = await setUp();
    await prep.insertWorkshopSheet("Anna, Ben");
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().workshop).toEqual({ sheetName: "Workshop ratings", accounts: 3 });
    const at = (r: number, c: number) => host.cell("Workshop ratings", r, c);
    expect([0, 1, 2, 3, 4].map((c) => at(0, c))).toEqual(["Account", "Rater", "Date", "Strategic importance", "Collaboration"]);
    // Accounts of the valid order lines, in KAM Accounts order, each with both raters; the review date; empty scores.
    expect([1, 2, 3, 4, 5, 6].map((r) => [at(r, 0), at(r, 1)])).toEqual([
      ["Alpha AG", "Anna"],
      ["Alpha AG", "Ben"],
      ["Beta GmbH", "Anna"],
      ["Beta GmbH", "Ben"],
      ["Gamma SE", "Anna"],
      ["Gamma SE", "Ben"],
    ]);
    expect(at(1, 3)).toBeNull();
    // A drop-down of 1 to 5 on every criterion cell (columns D and E, rows 2-7) and on no other cell.
    const scores = ["1", "2", "3", "4", "5"];
    for (let r = 0; r <= 7; r++)
      for (let c = 0; c <= 5; c++) {
        const expected = r >= 1 && r <= 6 && (c === 3 || c === 4) ? scores : null;
        expect([r, c, host.listAt("Workshop ratings", r, c)]).toEqual([r, c, expected]);
      }
    // The workshop fills in two ratings; the sheet is then read like any ratings export.
    host.userType("Workshop ratings", 1, [["Alpha AG", "Anna", D("2026-06-30"), 5, 4]]);
    host.userType("Workshop ratings", 2, [["Alpha AG", "Ben", D("2026-06-30"), 3, 4]]);
    host.select("Workshop ratings", 0, 0);
    await prep.pickRatings({ selection: true });
    prep.setExcludeInvalid(true);
    await prep.prepare();
    expect(prep.getState().error).toBeNull();
    expect(host.cell("KAM Accounts", 6, 10)).toBe(4); // median of 5 and 3
    expect(host.cell("KAM Accounts", 7, 10)).toBeNull(); // Beta: not rated yet
  });
});

describe("Refresh on Excel", () => {
  /** Prepared and built once, then a new order line in the export, so that Refresh has news. */
  async function refreshable() {
    const ctx = await setUpOn(excelHost("1.14"));
    ctx.prep.setExcludeInvalid(true);
    await ctx.prep.prepare();
    await ctx.pane.build();
    await ctx.pane.idle();
    ctx.host.userType("Orders", 10, [["Delta KG", D("2026-07-15"), "SO-8", "Service", 900, 90]]);
    await ctx.pane.idle();
    return ctx;
  }
  /** The first column of the KAM Accounts table as the sheet holds it, from its address ("'KAM Accounts'!A6:J10"). */
  const sheetColumn = (host: PrepHost, address: string, rows: number) => {
    const top = Number(/![A-Z]+(\d+):/.exec(address)![1]); // the header row, 1-based
    return Array.from({ length: rows }, (_, i) => host.cell("KAM Accounts", top - 1 + i, 0));
  };

  test("reads KAM Accounts back once after writing it, and the matrix is built from what the sheet holds", async () => {
    const { host, pane, prep } = await refreshable();
    // Cells of KAM Accounts read outside the write itself (which looks at the old sheet before replacing it).
    let inWrite = 0;
    const write = host.workbook.writeReport.bind(host.workbook);
    host.workbook.writeReport = async (...args) => {
      const before = host.valuesRead!().get("KAM Accounts") ?? 0;
      try {
        return await write(...args);
      } finally {
        inWrite += (host.valuesRead!().get("KAM Accounts") ?? 0) - before;
      }
    };
    const before = host.valuesRead!().get("KAM Accounts") ?? 0;
    await prep.refresh();
    await pane.idle();
    expect(prep.getState().error).toBeNull();
    const readBack = (host.valuesRead!().get("KAM Accounts") ?? 0) - before - inWrite;
    const table = pane.getState().table!;
    // Once: the header and the rows of the table, each cell one time.
    expect(readBack).toBe((table.rows.length + 1) * table.headers.length);
    expect(table.rows.map((r) => r[0])).toEqual(sheetColumn(host, table.address, table.rows.length + 1).slice(1));
    expect(table.rows.map((r) => r[0])).toContain("Delta KG");
  });

  test("a correction typed on KAM Accounts between its write and the read-back is in the matrix's table", async () => {
    const { host, pane, prep } = await refreshable();
    // Refresh lists the tables once KAM Accounts is written, to find its table: the user types then.
    let typed = false;
    const list = host.workbook.listTables.bind(host.workbook);
    host.workbook.listTables = async () => {
      if (!typed && host.cell("KAM Accounts", 9, 0) === "Delta KG") {
        typed = true;
        host.userType("KAM Accounts", 6, [["Alpha Holding AG"]]);
      }
      return list();
    };
    await prep.refresh();
    await pane.idle();
    expect(typed).toBe(true);
    expect(prep.getState().error).toBeNull();
    expect(pane.getState().table!.rows.map((r) => r[0])).toEqual(["Alpha Holding AG", "Beta GmbH", "Gamma SE", "Delta KG"]);
  });
});

describe("Prepare data on Excel without ExcelApi 1.8", () => {
  test("the workshop sheet is inserted all the same, only without drop-down lists", async () => {
    const { host, prep } = await setUpOn(excelHost("1.7"));
    await prep.insertWorkshopSheet("Anna");
    expect(prep.getState().error).toBeNull();
    expect(prep.getState().workshop).toEqual({ sheetName: "Workshop ratings", accounts: 3 });
    const at = (r: number, c: number) => host.cell("Workshop ratings", r, c);
    expect([0, 1, 2, 3].map((r) => [at(r, 0), at(r, 1), at(r, 3)])).toEqual([
      ["Account", "Rater", "Strategic importance"],
      ["Alpha AG", "Anna", null],
      ["Beta GmbH", "Anna", null],
      ["Gamma SE", "Anna", null],
    ]);
    for (let r = 0; r <= 4; r++) for (let c = 0; c <= 5; c++) expect(host.listAt("Workshop ratings", r, c)).toBeNull();
  });
});
