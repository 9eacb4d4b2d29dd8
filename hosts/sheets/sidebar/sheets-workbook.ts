/**
 * The Workbook of the Google Sheets sidebar: every method is one google.script.run call to the
 * server side (sheets/server.ts via the top-level functions named in ./sheets-rpc.json, which the
 * Sheets build also reads to generate them), which reads or writes whole ranges.
 */
import {
  CellValue,
  NewSheetOptions,
  HistoryChange,
  HistoryData,
  LogKind,
  ReportSheet,
  RowUpdate,
  SelectedRow,
  SourceRef,
  SourceTable,
  WorkbookError,
  WriteProgress,
  WriteResult,
} from "../../../app/workbook/contract";
import type { Workbook } from "../../../app/workbook/workbook";
import rpc from "./rpc.json";
import { splitChange } from "../../../app/workbook/history-sheet";
import { chunkRows } from "../../../app/workbook/requests";

/** Calls a top-level Apps Script function with arguments; resolves with its return value. */
export type ServerCall = (fn: string, args: unknown[]) => Promise<unknown>;

interface ScriptRun {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** google.script.run as a promise; only touches `google` when a call is made. */
export const googleScriptRun: ServerCall = (fn, args) =>
  new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(resolve)
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });

export class SheetsClientWorkbook implements Workbook {
  private readonly call: ServerCall;

  /** Server errors arrive as a bare message: a WorkbookError is found in it again. */
  constructor(call: ServerCall = googleScriptRun) {
    this.call = (fn, args) =>
      call(fn, args).catch((e: unknown) => {
        throw (e instanceof Error && WorkbookError.fromMessage(e.message)) || e;
      });
  }

  listTables(): Promise<string[]> {
    return this.call(rpc.listTables.fn, []) as Promise<string[]>;
  }

  readTable(ref: SourceRef): Promise<SourceTable | null> {
    return this.call(rpc.readTable.fn, [ref]) as Promise<SourceTable | null>;
  }

  /** The whole report goes in one call; progress can only say "started" and "done". */
  async writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal = true): Promise<WriteResult> {
    onProgress?.({ done: 0, phase: "prepare" });
    const result = (await this.call(rpc.writeReport.fn, [report, reveal])) as WriteResult;
    onProgress?.({ done: 1, phase: "chart" });
    return result;
  }

  addDataSheet(preferredName: string, values: CellValue[][], options: NewSheetOptions = {}): Promise<string> {
    return this.call(rpc.addDataSheet.fn, [preferredName, values, options.formulas ?? [], options.validation ?? []]) as Promise<string>;
  }

  loadSettings(): Promise<unknown | null> {
    return this.call(rpc.loadSettings.fn, []);
  }

  async saveSettings(settings: unknown): Promise<void> {
    await this.call(rpc.saveSettings.fn, [settings]);
  }

  // ---- review

  /** One call per ~2 MB of rows (the server decides how many fit). */
  async readHistory(kind: LogKind = "history"): Promise<HistoryData | null> {
    const first = (await this.call(rpc.readHistory.fn, [0, kind])) as (HistoryData & { total: number }) | null;
    if (!first) return null;
    const rows = first.rows;
    while (rows.length < first.total) {
      const next = (await this.call(rpc.readHistory.fn, [rows.length, kind])) as (HistoryData & { total: number }) | null;
      if (!next || next.rows.length === 0) break;
      for (const r of next.rows) rows.push(r); // no spread: 100k arguments overflow the stack
    }
    return { header: first.header, rows };
  }

  /**
   * A large edit goes in several calls of at most ~1 MB of rows each, all named as parts of one
   * save, so that no other client's save lands between them (the server holds the history for it).
   */
  async editHistory(change: HistoryChange): Promise<{ sheetName: string }> {
    let result = { sheetName: "" };
    const chunks = chunkRows(change.append).map(([start, end]): [number, number] => [start, end]);
    const parts = splitChange(change, chunks);
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    for (const [index, part] of parts.entries())
      result = (await this.call(rpc.editHistory.fn, [part, { id, index, count: parts.length }])) as { sheetName: string };
    return result;
  }

  async updateRow(update: RowUpdate): Promise<void> {
    await this.call(rpc.updateRow.fn, [update]);
  }

  /** what-if: the active row, read when the sidebar asks ("Show selected account"). */
  readSelection(): Promise<SelectedRow | null> {
    return this.call(rpc.readSelection.fn, []) as Promise<SelectedRow | null>;
  }

  /**
   * Apps Script cannot push edits to a sidebar, and polling would spend the user's quota, so
   * there are no edit notifications: the user presses "Build matrix" again after editing.
   */
  onUserEdit(_listener: () => void): () => void {
    return () => {};
  }

  readRegion(address: string): Promise<SourceTable | null> {
    return this.call(rpc.readRegion.fn, [address]) as Promise<SourceTable | null>;
  }
}
