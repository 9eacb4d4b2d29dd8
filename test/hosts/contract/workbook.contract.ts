/**
 * One contract, run against every adapter: the Excel adapter on the Excel fake, the playground's
 * memory workbook, and the Sheets server (through the sidebar's client) on the SpreadsheetApp
 * fake. The same table gives the same headers, mapping and report everywhere; only the add-in's
 * proved own sheet is ever replaced; the report is never its own source; a failed write leaves a
 * whole report; cells typed on the report are kept; text stays text.
 */
import { buildReport } from "../../../app/report/buildReport";
import { columnLabels } from "../../../app/settings/mapping";
import { defaultSettings, reconcile } from "../../../app/settings/settings";
import type { CellValue, ReportSheet } from "../../../app/workbook/contract";
import type { Workbook } from "../../../app/workbook/workbook";
import { TRICKY_NAMES } from "../../support/typed-value";
import { derive } from "../../../app/weights/pairwise";
import { pairwiseSheet } from "../../../app/weights/pairwiseSheet";

/** A cell as the host stores it: its value, and whether the host turned the text into something else. */
export interface StoredCell {
  value: CellValue;
  converted: boolean;
}

/** What a test needs of a host besides the Workbook: set-up and inspection as a user would see it. */
export interface Host {
  workbook: Workbook;
  addUserSheet(name: string, rows: CellValue[][]): void;
  /** Zero-based row and column. */
  select(sheet: string, row: number, col: number): void;
  /** A user typing a value (not the add-in). */
  userType(sheet: string, row: number, col: number, value: CellValue): void;
  cell(sheet: string, row: number, col: number): StoredCell;
  sheetNames(): string[];
  /** Plants a mark that a user or another workbook could have left on `sheet` (no stored id). */
  forgeMark(sheet: string): void;
  /** Makes a later step of the next writeReport fail, after the new sheet got some cells; null when the host cannot fail. */
  failLaterWrite: (() => void) | null;
  /** Lets change events arrive (Excel delivers them after a request). */
  settle(): Promise<void>;
  /** The host's id of a sheet (Excel's worksheet id, Sheets' sheet id, the playground's id). */
  sheetId(sheet: string): string;
  /** Names of the tables (Excel tables, Sheets named ranges, playground tables) whose block lies on `sheet`. */
  tablesOn(sheet: string): string[];
}

const SOURCE: CellValue[][] = [
  ["Account", "Revenue", "Margin", null, "Loyalty", "Interactions"],
  ["Alpha AG", 1200000, 18, "x", 8, 24],
  ["Beta GmbH", 450000, 25, "y", 2, 6],
  ["Gamma SE", 2300000, 9, "z", 10, 12],
  ["Delta KG", 300000, 12, "w", 6, 30],
];

const block = (host: Host, sheet: string, row: number, col: number, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => host.cell(sheet, row + r, col + c).value));

/** The report the pane would build from what the host read. */
async function buildFrom(host: Host, sheet: string): Promise<ReportSheet> {
  host.select(sheet, 1, 0);
  const table = await host.workbook.readTable({ selection: true });
  if (!table) throw new Error(`no table on ${sheet}`);
  return buildReport(table, reconcile(defaultSettings("en"), table)).report;
}

export function workbookContract(name: string, make: () => Host): void {
  describe(`workbook contract: ${name}`, () => {
    test("the same table gives the same headers, mapping and report", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      host.select("Accounts", 2, 1);
      const table = (await host.workbook.readTable({ selection: true }))!;
      expect(table.headers).toEqual(["Account", "Revenue", "Margin", "", "Loyalty", "Interactions"]);
      expect(columnLabels(table.headers)).toEqual(["Account", "Revenue", "Margin", "Column D", "Loyalty", "Interactions"]);
      expect(table.address).toBe("Accounts!A1:F5");
      expect(table.rows).toEqual(SOURCE.slice(1));
      const settings = reconcile(defaultSettings("en"), table);
      expect(settings.criteria.map((c) => [c.column, c.axis])).toEqual([
        ["Revenue", "value"],
        ["Margin", "value"],
        ["Column D", "ignore"],
        ["Loyalty", "engagement"],
        ["Interactions", "engagement"],
      ]);
      const { report } = buildReport(table, settings);
      // The results table ends with the Allocation column (shares of 100%): written like any other column.
      expect(report.tables[0].header.at(-1)).toBe("Allocation");
      const result = await host.workbook.writeReport(report);
      expect(result.sheetName).toBe("KAM Matrix");
      for (const t of report.tables) {
        const { row, col } = t.anchor;
        expect(block(host, "KAM Matrix", row, col, 1, 1)).toEqual([[t.title]]);
        expect(block(host, "KAM Matrix", row + 1, col, 1 + t.rows.length, t.header.length)).toEqual(
          [t.header, ...t.rows].map((r) => t.header.map((_, c) => r[c] ?? "")).map((r) => r.map((v) => (v === null ? "" : v))),
        );
      }
      expect(block(host, "Accounts", 0, 0, 5, 6)).toEqual(SOURCE.map((r) => r.map((v) => v ?? "")));
    });

    test("a user's sheet called KAM Matrix and a mark left on another sheet are never written", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      host.addUserSheet("KAM Matrix", [["my notes"]]);
      host.addUserSheet("Finance", [
        ["Budget", 2025],
        ["Travel", 12000],
      ]);
      host.forgeMark("Finance");
      const result = await host.workbook.writeReport(await buildFrom(host, "Accounts"));
      expect(result.sheetName).toBe("KAM Matrix (2)");
      expect(block(host, "KAM Matrix", 0, 0, 1, 2)).toEqual([["my notes", ""]]);
      expect(block(host, "Finance", 0, 0, 3, 2)).toEqual([
        ["Budget", 2025],
        ["Travel", 12000],
        ["", ""],
      ]);
      // Again: the add-in's own sheet is replaced, nothing else.
      await host.workbook.writeReport(await buildFrom(host, "Accounts"));
      expect(host.sheetNames().sort()).toEqual(["Accounts", "Finance", "KAM Matrix", "KAM Matrix (2)"]);
      expect(block(host, "Finance", 0, 0, 2, 2)).toEqual([
        ["Budget", 2025],
        ["Travel", 12000],
      ]);
    });

    test("the report is never its own source: its tables are not listed, a selection on it says so", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      const { sheetName } = await host.workbook.writeReport(await buildFrom(host, "Accounts"));
      expect(await host.workbook.listTables()).toEqual([]);
      host.select(sheetName, 3, 1);
      expect((await host.workbook.readTable({ selection: true }))?.onReportSheet).toBe(true);
      host.select("Accounts", 1, 1);
      expect((await host.workbook.readTable({ selection: true }))?.onReportSheet).toBeUndefined();
    });

    test("cells typed beyond the report are kept on a sheet of their own, and the result says so", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      await host.workbook.writeReport(await buildFrom(host, "Accounts"));
      host.userType("KAM Matrix", 60, 0, "my note");
      await host.settle();
      const result = await host.workbook.writeReport(await buildFrom(host, "Accounts"));
      expect(result).toMatchObject({ sheetName: "KAM Matrix", keptEdits: "KAM Matrix (your edits)" });
      expect(host.cell("KAM Matrix (your edits)", 60, 0).value).toBe("my note");
      expect(host.cell("KAM Matrix", 60, 0).value).toBe("");
    });

    test("a rebuild keeps the own sheets: same id, same name, same table names, new content", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      const first = await buildFrom(host, "Accounts");
      await host.workbook.writeReport(first);
      const accounts = (rows: CellValue[][]): ReportSheet => ({
        kind: "accounts",
        sheetName: "KAM Accounts",
        tables: [
          {
            id: "accounts",
            title: "Accounts prepared",
            anchor: { row: 0, col: 0 },
            header: ["Account", "Revenue"],
            rows,
            numberFormats: [],
            tableName: "KamAccounts",
          },
        ],
      });
      await host.workbook.writeReport(accounts([["Alpha AG", 1]]));
      const ids = [host.sheetId("KAM Matrix"), host.sheetId("KAM Accounts")];
      const tables = [host.tablesOn("KAM Matrix"), host.tablesOn("KAM Accounts")];
      expect(tables[1]).toEqual(["KamAccounts"]);

      await host.workbook.writeReport({
        ...first,
        tables: first.tables.map((t) => ({ ...t, rows: t.rows.slice(0, 2), rowFills: t.rowFills?.slice(0, 2) })),
      });
      await host.workbook.writeReport(
        accounts([
          ["Beta GmbH", 2],
          ["Gamma SE", 3],
        ]),
      );

      expect([host.sheetId("KAM Matrix"), host.sheetId("KAM Accounts")]).toEqual(ids);
      expect([host.tablesOn("KAM Matrix"), host.tablesOn("KAM Accounts")]).toEqual(tables);
      expect(host.sheetNames().filter((n) => n.startsWith("KAM"))).toEqual(["KAM Matrix", "KAM Accounts"]);
      expect(block(host, "KAM Accounts", 2, 0, 3, 2)).toEqual([
        ["Beta GmbH", 2],
        ["Gamma SE", 3],
        ["", ""],
      ]);
    });

    test("text stays text: every tricky account name is stored exactly", async () => {
      const host = make();
      host.addUserSheet("Accounts", [
        ["Account", "Revenue", "Loyalty"],
        ...TRICKY_NAMES.map((_, i): CellValue[] => [`Acct ${i}`, 100 + i, i]),
      ]);
      const report = await buildFrom(host, "Accounts");
      const results = report.tables[0];
      // The names come from the pane; give every row a tricky one, as a CSV import could.
      results.rows.forEach((r, i) => (r[0] = TRICKY_NAMES[i]));
      await host.workbook.writeReport(report);
      results.rows.forEach((r, i) => {
        expect(host.cell("KAM Matrix", results.anchor.row + 2 + i, results.anchor.col)).toEqual({ value: r[0], converted: false });
      });
      const imported = await host.workbook.addDataSheet(
        "Imported",
        TRICKY_NAMES.map((n) => [n]),
      );
      TRICKY_NAMES.forEach((n, i) => expect(host.cell(imported, i, 0)).toEqual({ value: n, converted: false }));
    });

    test("a pairwise table goes on a new sheet: criterion names stay text, the add-in's formulas become formulas", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      const names = TRICKY_NAMES.slice(0, 3);
      const pairs = [
        { a: names[0], b: names[1], ratio: 3 },
        { a: names[0], b: names[2], ratio: 5 },
        { a: names[1], b: names[2], ratio: 3 },
      ];
      const derived = derive(names, pairs)!;
      const sheet = pairwiseSheet("value", pairs, derived, "en");
      const name = await host.workbook.addDataSheet(sheet.name, sheet.values, { formulas: sheet.formulas });
      expect(name).toBe("KAM Weights (Value)");
      names.forEach((n, i) => {
        expect(host.cell(name, 2 + i, 0)).toEqual({ value: n, converted: false });
        expect(host.cell(name, 1, 1 + i)).toEqual({ value: n, converted: false });
      });
      expect(host.cell(name, 2, 2)).toEqual({ value: 3, converted: false });
      expect(host.cell(name, 3, 1).value).toBe("");
      // The computed weights beside the formula, for hosts that do not evaluate it.
      derived.weights.forEach((w, i) => expect(host.cell(name, 2 + i, 6).value).toBe(w));
      // Where the host evaluates formulas the cell is one; the playground keeps the formula's text.
      for (const f of sheet.formulas) {
        const c = host.cell(name, f.row, f.col);
        expect(c.converted || c.value === f.formula).toBe(true);
      }
      expect(sheet.formulas.map((f) => f.formula)).toEqual(["=KAM.WEIGHTS(B3:D5)", '=KAM.WEIGHTS(B3:D5,"cr")']);
      // The source is untouched.
      expect(block(host, "Accounts", 0, 0, SOURCE.length, SOURCE[0].length)).toEqual(SOURCE.map((r) => r.map((c) => c ?? "")));
    });

    test("each kind of own sheet is proved apart: rebuilding one never touches another; KAM Accounts is a source", async () => {
      const host = make();
      host.addUserSheet("Accounts", SOURCE);
      const matrix = await buildFrom(host, "Accounts");
      await host.workbook.writeReport(matrix);
      const accounts: ReportSheet = {
        kind: "accounts",
        sheetName: "KAM Accounts",
        tables: [
          {
            id: "results",
            title: "Accounts prepared",
            anchor: { row: 0, col: 0 },
            header: SOURCE[0].map((h) => String(h ?? "")),
            rows: SOURCE.slice(1),
            numberFormats: [],
            tableName: "KamAccounts",
          },
        ],
      };
      expect((await host.workbook.writeReport(accounts)).sheetName).toBe("KAM Accounts");
      const matrixCells = block(host, "KAM Matrix", 0, 0, 6, 6);
      // Rebuilding the accounts sheet replaces it (and only it).
      const again = { ...accounts, tables: accounts.tables.map((t) => ({ ...t, title: "Accounts prepared again" })) };
      expect((await host.workbook.writeReport(again)).sheetName).toBe("KAM Accounts");
      expect(host.sheetNames().filter((n) => n.startsWith("KAM"))).toEqual(["KAM Matrix", "KAM Accounts"]);
      expect(host.cell("KAM Accounts", 0, 0).value).toBe("Accounts prepared again");
      expect(block(host, "KAM Matrix", 0, 0, 6, 6)).toEqual(matrixCells);
      // The prepared table can be the matrix's source; the matrix cannot.
      host.select("KAM Accounts", 2, 1);
      const prepared = (await host.workbook.readTable({ selection: true }))!;
      expect([prepared.ownKind, prepared.onReportSheet]).toEqual(["accounts", undefined]);
      host.select("KAM Matrix", 2, 1);
      expect((await host.workbook.readTable({ selection: true }))?.onReportSheet).toBe(true);
    });

    // The memory workbook writes in one synchronous step and cannot fail part-way.
    if (make().failLaterWrite)
      test("a write that fails part-way leaves the old report whole", async () => {
        const host = make();
        host.addUserSheet("Accounts", SOURCE);
        const first = await buildFrom(host, "Accounts");
        await host.workbook.writeReport(first);
        const before = block(host, "KAM Matrix", 0, 0, 8, 8);
        const names = host.sheetNames();
        host.failLaterWrite!();
        await expect(
          host.workbook.writeReport({ ...first, tables: first.tables.map((t) => ({ ...t, title: `${t.title} (new)` })) }),
        ).rejects.toThrow();
        expect(block(host, "KAM Matrix", 0, 0, 8, 8)).toEqual(before);
        expect(host.sheetNames()).toEqual(names);
      });
  });
}
