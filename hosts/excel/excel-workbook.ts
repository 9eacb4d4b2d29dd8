/**
 * The Workbook on Office.js. The report sheet is the add-in's only when it can prove it
 * (excel/report-sheet.ts: a whole-sheet workbook name and the sheet id stored in the workbook's
 * settings). A rebuild rewrites that sheet in place (excel/in-place.ts: staged on a sheet of its
 * own, then copied in one request), so references to it survive and a failure leaves the old or
 * the new content whole or says which sheet holds what; the first build, and hosts without
 * ExcelApi 1.13, build a new sheet and swap it in (excel/swap.ts). What the user typed on the
 * old report is kept for them.
 */
import {
  CellValue,
  NewSheetOptions,
  DEFAULT_KEPT_SUFFIX,
  HistoryChange,
  HistoryData,
  isResultSheet,
  LogKind,
  MissingFeature,
  OWN_SHEET_KINDS,
  OwnSheetKind,
  ReportSheet,
  RowUpdate,
  SelectedRow,
  SourceRef,
  SourceTable,
  WorkbookError,
  WriteProgress,
  WriteResult,
} from "../../app/workbook/contract";
import type { Workbook } from "../../app/workbook/workbook";
import { keptSheetName, parseA1, uniqueSheetName } from "../../app/workbook/naming";
import { chartOps, hasLabels } from "./chart-ops";
import { dropStaged, officeCode, rewriteInPlace } from "./rewrite";
import { packRequests } from "../../app/workbook/requests";
import { Features, officeRequirements, Requirements, Supports } from "./requirements";
import { OWN_SHEET_MARKS, queueInspection, reportExtent, StoredReport, typedOutside } from "./report-sheet";
import { fingerprint, fingerprinted } from "../../app/workbook/fingerprint";
import { queueSwap, recover, SwapPlan } from "./swap";
import { queueCalculated } from "./calculation";
import { literalRows, tableOps, tableValidationOps, validationOps, valueOps, WriteOp, WriteTarget } from "./table-ops";
import { editHistoryTable, historyOf, readHistoryTable, updateTableRow } from "./history-ops";
import { checkCreateOnly, firstHistorySheet, logKind, tableChanged } from "../../app/workbook/history-sheet";
import { readRange } from "./read-table";
import { LogColumns, LogSheet, readLogColumns } from "./log-columns";
import { splitAddress } from "../../app/workbook/region";

export { REPORT_MARK, REPORT_SETTING } from "./report-sheet";

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

const SETTINGS_KEY = "kamMatrix";
/** Two panes building at once both try to add the sheet: the loser looks again. */
const ATTEMPTS = 3;

export class ExcelWorkbook implements Workbook {
  private readonly run: Run;
  private readonly supports: Supports;
  /** Writes in progress; change events meanwhile are the add-in's own. */
  private writing = 0;
  /** The proved own sheet of each kind, as last seen or written. */
  private ownSheetIds = new Map<OwnSheetKind, string>();
  /** Where each own table was last read (excel/log-columns.ts looks there first). */
  private logSheetIds = new Map<LogKind, LogSheet>();
  /** Own sheets the user typed on since they were last written (heard through change events). */
  private editedSheetIds = new Set<string>();

  constructor(options: ExcelWorkbookOptions | Run = {}) {
    const opts = typeof options === "function" ? { run: options } : options;
    this.run = opts.run ?? (((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as Run);
    const requirements = opts.requirements ?? officeRequirements;
    this.supports = ([set, version]) => requirements(set, version);
  }

  /** Native tables, without the add-in's own (they are on its report sheet): 2 syncs. */
  listTables(): Promise<string[]> {
    return this.run(async (context) => {
      const inspected = queueInspection(context);
      await context.sync();
      const { owned, tableNames } = inspected();
      const results = OWN_SHEET_KINDS.filter((k) => isResultSheet(k) && owned[k]).map((k) =>
        context.workbook.worksheets.getItem(owned[k]!.id).tables.load("items/name"),
      );
      if (results.length === 0) return tableNames;
      await context.sync();
      const mine = new Set(results.flatMap((r) => r.items.map((t) => t.name)));
      return tableNames.filter((t) => !mine.has(t));
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
        if (table.isNullObject) throw new WorkbookError("noSuchTable", { name: ref.tableName, choices: all.items.map((t) => t.name) });
        range = table.getRange();
        tableName = ref.tableName;
      } else {
        range = context.workbook.getSelectedRange().getSurroundingRegion();
      }
      return readRange(context, range, tableName);
    });
  }

  /**
   * Builds the report in a new sheet and then swaps it in for the old one (see excel/swap.ts), so
   * a failure leaves the old report whole. Syncs: 2 to inspect the workbook and add the new sheet,
   * then one per request of at most 4.5 MB (values, formats, chart; the swap rides on the last).
   * The task pane's report takes ~200 bytes per account, so up to ~20,000 accounts it is 3 syncs
   * whatever the size; beyond, one more per ~4 MB (`npm run bench -- taskpane-build`).
   */
  async writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal = true): Promise<WriteResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.whileWriting(() => this.writeOnce(report, onProgress, reveal));
      } catch (e) {
        if (officeCode(e) !== "ItemAlreadyExists" || attempt >= ATTEMPTS) throw e;
      }
    }
  }

  private writeOnce(report: ReportSheet, onProgress: ((p: WriteProgress) => void) | undefined, reveal: boolean): Promise<WriteResult> {
    return this.run(async (context) => {
      onProgress?.({ done: 0, phase: "prepare" });
      const kind = report.kind ?? "matrix";
      const inspected = queueInspection(context, kind);
      await context.sync();
      const found = inspected();
      const { own } = found;
      const names = found.sheets.map((s) => s.name);
      // Before any rewrite: a first save never replaces an own sheet written meanwhile.
      checkCreateOnly(report, !!own, names);
      if (own && this.supports(Features.inPlace)) {
        const heard = this.editedSheetIds.has(own.id);
        const written = await rewriteInPlace(context, this.run, report, found, own, {
          heardEdit: heard,
          supports: this.supports,
          reveal,
          onProgress,
        });
        this.editedSheetIds.delete(own.id);
        return written;
      }
      const freshName = uniqueSheetName(`${report.sheetName} (new)`, names);
      const fresh = context.workbook.worksheets.add(freshName);
      fresh.load("id");
      const oldSheet = own ? context.workbook.worksheets.getItem(own.id) : null;
      const used = oldSheet?.getUsedRangeOrNullObject(true);
      used?.load("address");
      const oldTables = oldSheet?.tables.load("items/name");
      try {
        await context.sync();
      } catch (e) {
        // The new sheet may have been added before the request failed: no orphan "(new)" sheet.
        await dropStaged(this.run, e, [freshName], own?.name ?? report.sheetName);
        throw e;
      }

      const edited = !!own && (this.editedSheetIds.has(own.id) || typedOutside(used!.isNullObject ? null : used!.address, own.extent));
      const ownTables = new Set(oldTables?.items.map((t) => t.name) ?? []);
      const plan: SwapPlan = {
        kind,
        old: own,
        keepOldAs: edited ? keptSheetName(own!.name, report.keptSuffix ?? DEFAULT_KEPT_SUFFIX, [...names, freshName]) : null,
        finalName: own ? own.name : uniqueSheetName(report.sheetName, names),
        markName: found.markName,
        replaceMark: found.replaceMark,
        otherTables: found.tableNames.filter((t) => !ownTables.has(t)),
        activate: reveal || !own || found.activeId === own.id,
        extent: reportExtent(report),
      };
      const labels = this.supports(Features.pointLabels);
      const missingFeatures: MissingFeature[] = hasLabels(report.chart) && !labels ? ["pointLabelsExcel"] : [];
      // Without ExcelApi 1.8 the plan has no drop-down lists; its cells take any entry, as typed.
      const lists = this.supports(Features.dataValidation) ? report.tables.flatMap(tableValidationOps) : [];
      const ops = [...report.tables.flatMap((t) => tableOps(t)), ...lists, ...chartOps(report, this.supports)];
      const target: WriteTarget = { context, sheet: fresh, takenTableNames: new Set(found.tableNames), createdTables: [] };
      const requests = packRequests(ops);
      const box = parseA1(plan.extent);
      let written: Excel.Range | null = null;
      try {
        for (const [i, request] of requests.entries()) {
          const last = i === requests.length - 1;
          queueCalculated(context, last, () => {
            request.forEach((op) => op.queue(target));
            if (last) queueSwap(context, fresh, fresh.id, plan, target.createdTables!);
          });
          if (last && box && fingerprinted(box)) written = fresh.getRangeByIndexes(box.row, box.col, box.rows, box.cols).load("values");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of at most 4.5 MB: Office refuses larger ones
          await context.sync();
          onProgress?.({ done: (i + 1) / requests.length, phase: request[request.length - 1].phase });
        }
      } catch (e) {
        await this.recoverFrom(fresh.id, plan, freshName, kind);
        throw e;
      }
      if (own) this.editedSheetIds.delete(own.id);
      this.ownSheetIds.set(kind, fresh.id);
      await this.storeFingerprint(context, fresh.id, kind, plan, written);
      return { sheetName: plan.finalName, missingFeatures, ...(plan.keepOldAs ? { keptEdits: plan.keepOldAs } : {}) };
    });
  }

  /**
   * After a first build: the fingerprint of the values written (loaded in the last write request),
   * so a later rewrite can tell that someone typed there. One more small request; should it fail,
   * only heard edits count.
   */
  private async storeFingerprint(
    context: Excel.RequestContext,
    sheetId: string,
    kind: OwnSheetKind,
    plan: SwapPlan,
    written: Excel.Range | null,
  ): Promise<void> {
    if (!written) return;
    try {
      const stored: StoredReport = { sheetId, mark: plan.markName, extent: plan.extent, fingerprint: fingerprint(written.values) };
      context.workbook.settings.add(OWN_SHEET_MARKS[kind].setting, JSON.stringify(stored));
      await context.sync();
    } catch {
      // The report is whole; without a fingerprint only edits heard while the pane is open count.
    }
  }

  /**
   * After a failed request: the old sheet stands (or the new one is complete), or we say it is
   * not, naming the sheet being written and the unfinished one. The clean-up is tried twice (a
   * dropped connection often comes back); each step of it can be repeated.
   */
  private async recoverFrom(freshId: string, plan: SwapPlan, freshName: string, kind: OwnSheetKind): Promise<void> {
    let placed: boolean;
    try {
      placed = await this.run((context) => recover(context, freshId, plan)).catch(() =>
        this.run((context) => recover(context, freshId, plan)),
      );
    } catch {
      throw new WorkbookError("reportIncomplete", { name: freshName, sheet: plan.old?.name ?? plan.finalName });
    }
    if (placed) this.ownSheetIds.set(kind, freshId);
  }

  addDataSheet(preferredName: string, values: CellValue[][], options: NewSheetOptions = {}): Promise<string> {
    const formulas = options.formulas ?? [];
    return this.whileWriting(() =>
      this.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(
          preferredName,
          sheets.items.map((s) => s.name),
        );
        const sheet = context.workbook.worksheets.add(name);
        let width = 0; // a loop: Math.max(...rows) overflows the call stack at ~120k rows
        for (const r of values) width = Math.max(width, r.length);
        const ops: WriteOp[] = valueOps(0, 0, literalRows(values, width));
        // The add-in's own formulas (never a user's text): a value starting with "=" is a formula.
        for (const f of formulas)
          ops.push({
            phase: "values",
            bytes: 200 + 2 * f.formula.length,
            queue: () => void (sheet.getRangeByIndexes(f.row, f.col, 1, 1).values = [[f.formula]]),
          });
        // Without ExcelApi 1.8 the sheet is written all the same, only without its drop-down lists.
        if (values.length > 1 && this.supports(Features.dataValidation))
          ops.push(...validationOps(options.validation, 1, 0, values.length - 1));
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
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of at most 4.5 MB: Office refuses larger ones
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
   * A user's edit of the report sheet is remembered: the next build keeps that sheet for them.
   * Without ExcelApi 1.9 only the sheets that exist now are watched.
   */
  onUserEdit(listener: () => void): () => void {
    let removed = false;
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      const ownChange = (this.supports(Features.triggerSource) && event.triggerSource === "ThisLocalAddin") || this.writing > 0;
      if (removed || ownChange) return;
      const kind = [...this.ownSheetIds].find(([, id]) => id === event.worksheetId)?.[0];
      if (kind) this.editedSheetIds.add(event.worksheetId);
      // An edit of the matrix or the history changes no source; "KAM Accounts" is a source.
      if (!kind || !isResultSheet(kind)) listener();
    };
    const registered = this.run(async (context) => {
      const inspected = queueInspection(context);
      await context.sync();
      const { owned, sheets } = inspected();
      for (const k of OWN_SHEET_KINDS) if (owned[k]) this.ownSheetIds.set(k, owned[k]!.id);
      const results = this.supports(Features.workbookChanged)
        ? [context.workbook.worksheets.onChanged.add(handler)]
        : sheets.map((s) => context.workbook.worksheets.getItem(s.id).onChanged.add(handler));
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

  // ---- review ---------------------------------------------------------------------

  /** Syncs: 2 to find the own sheet and its table, 1 for its address, then one per chunk of rows. */
  readHistory(kind: LogKind = "history"): Promise<HistoryData | null> {
    return this.run(async (context) => {
      const found = await historyOf(context, kind);
      // The history says how to repair its table; a plan without its table reads as none (and is refused on writing).
      if (found === "noTable" && kind === "history") throw new WorkbookError("historyNoTable");
      if (!found || found === "noTable") return null;
      const data = await readHistoryTable(context, found.sheet, found.table);
      // Where it was read: the next read of a few columns looks there first (excel/log-columns.ts).
      this.logSheetIds.set(kind, { id: found.id, table: found.table.name, header: data.header, rows: data.rows.length });
      return data;
    });
  }

  /** Syncs: 1 when the tables are as last read, 2 when only their sheets are known, else 3 (excel/log-columns.ts). */
  readLogColumns(want: readonly LogColumns[]): Promise<(HistoryData | null)[]> {
    const guessed = this.logSheetIds.size > 0;
    return this.run((context) => readLogColumns(context, want, this.logSheetIds)).catch((e: unknown) => {
      // A sheet last seen may be gone (the first request names it; which error Excel gives is not
      // documented): a read changes nothing, so look once more without the guess.
      if (!guessed) throw e;
      this.logSheetIds.clear();
      return this.run((context) => readLogColumns(context, want, this.logSheetIds));
    });
  }

  /** The first save writes the whole own sheet; later ones edit its table in place (excel/history-ops.ts). */
  async editHistory(change: HistoryChange): Promise<{ sheetName: string }> {
    const edited = await this.whileWriting(() =>
      this.run(async (context) => {
        const found = await historyOf(context, logKind(change));
        if (found === null) return null;
        if (found === "noTable") throw logKind(change) === "history" ? new WorkbookError("historyNoTable") : tableChanged(change);
        await editHistoryTable(context, found.sheet, found.table, change, this.supports);
        found.sheet.load("name");
        await context.sync();
        return { sheetName: found.sheet.name };
      }),
    );
    return edited ?? { sheetName: (await this.writeReport(firstHistorySheet(change), undefined, false)).sheetName };
  }

  /** "Mark done" on the own actions table: the row is read again and written only when unchanged. */
  updateRow(update: RowUpdate): Promise<void> {
    return this.whileWriting(() =>
      this.run(async (context) => {
        const found = await historyOf(context, update.kind);
        if (!found || found === "noTable") throw new WorkbookError("rowChanged", {});
        found.sheet.load("name");
        await context.sync();
        await updateTableRow(context, found.sheet, found.table, update, found.sheet.name);
      }),
    );
  }

  /** The block around the top-left cell of `address` (a raw export read again on Refresh). */
  readRegion(address: string): Promise<SourceTable | null> {
    return this.run(async (context) => {
      const at = splitAddress(address);
      if (!at) return null;
      const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet);
      await context.sync();
      if (sheet.isNullObject) return null;
      return readRange(context, sheet.getRange(at.topLeft).getSurroundingRegion());
    });
  }

  /**
   * what-if: the user selects another cell. Workbook.onSelectionChanged is ExcelApi 1.2
   * and says only that it changed, so the handler reads the selected range's sheet and first row
   * (one sync). Selections the add-in makes while writing are ignored.
   */
  onSelectionChange(listener: (s: SelectedRow) => void): () => void {
    let removed = false;
    const handler = async () => {
      if (removed || this.writing > 0) return;
      const selected = await this.readSelection().catch(() => null);
      if (selected && !removed) listener(selected);
    };
    const registered = this.run(async (context) => {
      const result = context.workbook.onSelectionChanged.add(handler);
      await context.sync();
      return result;
    }).catch(() => null); // without the event the card opens from the preview only
    return () => {
      removed = true;
      void registered.then(
        (r) =>
          r &&
          this.run(r.context, async (context) => {
            r.remove();
            await context.sync();
          }),
      );
    };
  }

  /** The sheet and zero-based first row of the selection. */
  readSelection(): Promise<SelectedRow | null> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("rowIndex,columnIndex");
      const sheet = context.workbook.worksheets.getActiveWorksheet(); // the selection is on it
      sheet.load("name");
      await context.sync();
      return { sheetName: sheet.name, row: range.rowIndex, col: range.columnIndex };
    });
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

export { toSourceTable } from "./read-table";
