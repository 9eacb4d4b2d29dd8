import type { CellValue, ReportSheet } from "../report/types";
import type { SourceRef, SourceTable, Workbook, WriteProgress, WriteResult } from "./workbook";
import { quoteSheet, sheetOfReference, uniqueSheetName } from "./excel/address";
import { chartOps, hasLabels } from "./excel/chart-ops";
import { packRequests } from "./excel/requests";
import { Features, MissingFeature, officeRequirements, Requirements } from "./excel/requirements";
import { literalRows, tableOps, valueOps, WriteOp, WriteTarget } from "./excel/table-ops";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
/** Excel.run, or a fake's run in tests. The two-argument form reuses a context (event removal). */
export interface Run {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

export interface ExcelWorkbookOptions {
  run?: Run;
  requirements?: Requirements;
}

/**
 * The report sheet is marked by a workbook-scoped name whose reference covers the whole sheet.
 * A name (ExcelApi 1.4) travels with the file on every platform, follows the sheet when the user
 * renames or moves it, survives row and column deletions (whole-sheet reference), and turns into
 * #REF! when the sheet is deleted. Sheet ids are not used: they are not stable across platforms.
 */
export const REPORT_MARK = "KAM_Matrix_Report";
const MARK_COMMENT = "The sheet the KAM Matrix add-in rebuilds. Delete this name to keep the sheet as your own.";
const SETTINGS_KEY = "kamMatrix";

export class ExcelWorkbook implements Workbook {
  private readonly run: Run;
  private readonly supports: (feature: readonly [string, string]) => boolean;
  /** Writes in progress; change events meanwhile are the add-in's own. */
  private writing = 0;
  private reportSheetId: string | null = null;

  constructor(options: ExcelWorkbookOptions | Run = {}) {
    const opts = typeof options === "function" ? { run: options } : options;
    this.run = opts.run ?? ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as Run;
    const requirements = opts.requirements ?? officeRequirements;
    this.supports = ([set, version]) => requirements(set, version);
  }

  listTables(): Promise<string[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.map((t) => t.name);
    });
  }

  readTable(ref: SourceRef): Promise<SourceTable | null> {
    return this.run(async (context) => {
      let range: Excel.Range;
      let tableName: string | undefined;
      if ("tableName" in ref) {
        const table = context.workbook.tables.getItemOrNullObject(ref.tableName);
        const all = context.workbook.tables.load("items/name");
        await context.sync();
        if (table.isNullObject) {
          const names = all.items.map((t) => `"${t.name}"`).join(", ");
          throw new Error(`There is no table named "${ref.tableName}" in this workbook; ${names ? `choose one of ${names}` : "it has no tables"}.`);
        }
        range = table.getRange();
        tableName = ref.tableName;
      } else {
        range = context.workbook.getSelectedRange().getSurroundingRegion();
      }
      range.load("values,address");
      range.worksheet.load("name");
      await context.sync();
      return toSourceTable(range.worksheet.name, range.address, range.values, tableName);
    });
  }

  /**
   * Syncs: 2 to find or create the add-in's sheet, then one per request of at most 4.5 MB (values,
   * formats, chart, in that order). The task pane's report takes ~200 bytes per account, so up to
   * ~20,000 accounts it is 3 syncs whatever the size; beyond, one more per ~4 MB (measured by
   * `npm run bench -- taskpane-build`: 3 syncs for 1k and 10k, 7 for 100k). The count does not
   * depend on the number of tables, formats or series, and no request exceeds 5 MB.
   */
  writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal = true): Promise<WriteResult> {
    return this.whileWriting(() =>
      this.run(async (context) => {
        onProgress?.({ done: 0, phase: "prepare" });
        const { sheet, name, created, oldCharts, oldTables, takenTableNames } = await this.reportSheet(context, report.sheetName);
        const labels = this.supports(Features.pointLabels);
        const missingFeatures = hasLabels(report.chart) && !labels ? [MissingFeature.pointLabels] : [];
        const clear: WriteOp = {
          phase: "prepare",
          bytes: 1000,
          queue: () => {
            oldCharts.forEach((c) => c.delete());
            oldTables.forEach((t) => t.delete());
            sheet.getRange().clear();
          },
        };
        const ops = [clear, ...report.tables.flatMap(tableOps), ...chartOps(report, labels)];
        const requests = packRequests(ops);
        const target: WriteTarget = { context, sheet, takenTableNames };
        for (const [i, request] of requests.entries()) {
          context.application.suspendApiCalculationUntilNextSync();
          request.forEach((op) => op.queue(target));
          if (i === requests.length - 1 && (reveal || created)) sheet.activate();
          await context.sync();
          onProgress?.({ done: (i + 1) / requests.length, phase: request[request.length - 1].phase });
        }
        return { sheetName: name, missingFeatures };
      }),
    );
  }

  /** Finds the marked sheet (clearing happens in the first write) or adds one: 2 syncs. */
  private async reportSheet(context: Excel.RequestContext, preferred: string) {
    const { workbook } = context;
    const sheets = workbook.worksheets.load("items/name");
    const mark = workbook.names.getItemOrNullObject(REPORT_MARK);
    mark.load("formula");
    const tables = workbook.tables.load("items/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const marked = mark.isNullObject ? null : sheetOfReference(mark.formula);
    const ours = names.find((n) => marked !== null && n === marked);
    let sheet: Excel.Worksheet;
    if (ours) sheet = workbook.worksheets.getItem(ours);
    else {
      const name = uniqueSheetName(preferred, names);
      sheet = workbook.worksheets.add(name);
      if (!mark.isNullObject) mark.delete();
      workbook.names.add(REPORT_MARK, `=${quoteSheet(name)}!$1:$1048576`, MARK_COMMENT);
    }
    sheet.load("id,name");
    const charts = sheet.charts.load("items/name");
    const sheetTables = sheet.tables.load("items/name");
    await context.sync();
    this.reportSheetId = sheet.id;
    const own = new Set(sheetTables.items.map((t) => t.name));
    const takenTableNames = new Set(tables.items.map((t) => t.name).filter((t) => !own.has(t)));
    return { sheet, name: sheet.name, created: !ours, oldCharts: charts.items, oldTables: sheetTables.items, takenTableNames };
  }

  addDataSheet(preferredName: string, values: CellValue[][]): Promise<string> {
    return this.whileWriting(() =>
      this.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(preferredName, sheets.items.map((s) => s.name));
        const sheet = context.workbook.worksheets.add(name);
        const width = Math.max(0, ...values.map((r) => r.length));
        const ops: WriteOp[] = valueOps(0, 0, literalRows(values, width));
        if (width > 0)
          ops.push({
            phase: "formats",
            bytes: 400,
            queue: () => {
              sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
              sheet.getRangeByIndexes(0, 0, values.length, width).format.autofitColumns();
              sheet.activate();
            },
          });
        const target: WriteTarget = { context, sheet, takenTableNames: new Set() };
        for (const request of packRequests(ops)) {
          request.forEach((op) => op.queue(target));
          await context.sync();
        }
        if (ops.length === 0) await context.sync();
        return name;
      }),
    );
  }

  /** One JSON text under one key of workbook.settings (ExcelApi 1.4), saved with the file. */
  loadSettings(): Promise<unknown | null> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      setting.load("value");
      await context.sync();
      if (setting.isNullObject || typeof setting.value !== "string") return null;
      try {
        return JSON.parse(setting.value) as unknown;
      } catch {
        return null;
      }
    });
  }

  saveSettings(settings: unknown): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }

  /**
   * Cell edits anywhere except on the add-in's sheet. The add-in's own writes are recognised by
   * triggerSource (ExcelApi 1.14) or, on older hosts, by arriving while a write is in progress.
   * Without ExcelApi 1.9 only the sheets that exist now are watched.
   */
  onUserEdit(listener: () => void): () => void {
    let removed = false;
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      const ownChange = event.triggerSource === "ThisLocalAddin" || this.writing > 0 || event.worksheetId === this.reportSheetId;
      if (!removed && !ownChange) listener();
    };
    const registered = this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK);
      mark.load("formula");
      await context.sync();
      const marked = mark.isNullObject ? null : sheetOfReference(mark.formula);
      this.reportSheetId = sheets.items.find((s) => s.name === marked)?.id ?? this.reportSheetId;
      const results = this.supports(Features.workbookChanged)
        ? [context.workbook.worksheets.onChanged.add(handler)]
        : sheets.items.map((s) => s.onChanged.add(handler));
      await context.sync();
      return results;
    });
    return () => {
      removed = true;
      void registered.then((results) =>
        Promise.all(
          results.map((r) =>
            this.run(r.context, async (context) => {
              r.remove();
              await context.sync();
            }),
          ),
        ),
      );
    };
  }

  private async whileWriting<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await write();
    } finally {
      // Change events for the last sync may arrive just after it resolves.
      setTimeout(() => this.writing--, 0);
    }
  }
}

/** Header row and data rows of a range read from Excel; null when there is nothing but blanks. */
export function toSourceTable(sheetName: string, address: string, values: unknown[][], tableName?: string): SourceTable | null {
  const cells = values.map((row) => row.map((v): CellValue => (v === "" || v === undefined ? null : (v as CellValue))));
  const [header, ...rows] = cells;
  if (!header || rows.length === 0 || cells.every((r) => r.every((v) => v === null))) return null;
  const headers = header.map((h, i) => (h === null ? `Column ${i + 1}` : String(h)));
  return { sheetName, address, tableName, headers, rows };
}
