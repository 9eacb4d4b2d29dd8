import type { CellValue, ReportSheet } from "../../app/report/types";
import { sameRow, WorkbookError } from "../../app/workbook/contract";
import type {
  FormulaCell,
  NewSheetOptions,
  HistoryChange,
  HistoryData,
  LogKind,
  MissingFeature,
  RowUpdate,
  SourceRef,
  SourceTable,
  WriteProgress,
  WriteResult,
  Workbook,
} from "../../app/workbook/workbook";

/**
 * A tiny in-memory Workbook for the pane's tests: one source table at "the selection", records
 * every write, and can be told to fail or to hold a write open (to see that writes never overlap).
 */
export class FakeWorkbook implements Workbook {
  writes: ReportSheet[] = [];
  saved: unknown[] = [];
  dataSheets: { name: string; values: CellValue[][]; formulas?: readonly FormulaCell[] }[] = [];
  stored: unknown | null = null;
  writeError: unknown = null;
  missingFeatures: MissingFeature[] = [];
  /** Reported by the next write only, as an adapter reports a kept old report once. */
  keptEdits: string | undefined;
  progress: WriteProgress[] = [];
  /** Writes running right now, and the most ever seen at once. */
  active = 0;
  maxActive = 0;
  writeDelayMs = 0;
  /** The reveal flag of every write, in order. */
  reveals: (boolean | undefined)[] = [];
  private listeners = new Set<() => void>();

  constructor(public table: SourceTable | null = null) {}

  async listTables(): Promise<string[]> {
    return this.table?.tableName ? [this.table.tableName] : [];
  }

  async readTable(ref: SourceRef): Promise<SourceTable | null> {
    if (!this.table) return null;
    if ("tableName" in ref && ref.tableName !== this.table.tableName) return null;
    return { ...this.table, rows: this.table.rows.map((r) => [...r]) };
  }

  async writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal?: boolean): Promise<WriteResult> {
    this.reveals.push(reveal);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      if (this.writeDelayMs) await new Promise((r) => setTimeout(r, this.writeDelayMs));
      if (this.writeError) throw this.writeError;
      for (const done of [0, 0.5, 1]) {
        const p: WriteProgress = { done, phase: "values" };
        this.progress.push(p);
        onProgress?.(p);
      }
      this.writes.push(report);
      const keptEdits = this.keptEdits;
      this.keptEdits = undefined;
      return { sheetName: "KAM Matrix", missingFeatures: this.missingFeatures, ...(keptEdits ? { keptEdits } : {}) };
    } finally {
      this.active--;
    }
  }

  async addDataSheet(preferredName: string, values: CellValue[][], options: NewSheetOptions = {}): Promise<string> {
    this.dataSheets.push({ name: preferredName, values, ...(options.formulas ? { formulas: options.formulas } : {}) });
    this.table = {
      sheetName: preferredName,
      address: `'${preferredName}'!A1:I${values.length}`,
      headers: values[0].map(String),
      rows: values.slice(1),
    };
    return preferredName;
  }

  async loadSettings(): Promise<unknown | null> {
    return this.stored;
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.stored = JSON.parse(JSON.stringify(settings));
    this.saved.push(this.stored);
  }

  onUserEdit(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user types a value into the source table (0-based data row and column). */
  edit(row: number, col: number, value: CellValue): void {
    if (!this.table) throw new Error("no table to edit");
    this.table.rows[row][col] = value;
    for (const l of [...this.listeners]) l();
  }

  get lastWrite(): ReportSheet | undefined {
    return this.writes[this.writes.length - 1];
  }

  // ---- review (issue 10): the history as plain data, every edit recorded
  history: HistoryData | null = null;
  historyEdits: HistoryChange[] = [];
  historyReads = 0;

  /** The plan and its actions ("KAM Plan", "KAM Actions") as plain data; edits may only append. */
  logs: Partial<Record<"plan" | "actions", HistoryData>> = {};

  async readHistory(kind: LogKind = "history"): Promise<HistoryData | null> {
    if (kind !== "history") {
      const t = this.logs[kind];
      return t ? { header: [...t.header], rows: t.rows.map((r) => [...r]) } : null;
    }
    this.historyReads++;
    return this.history && { header: [...this.history.header], rows: this.history.rows.map((r) => [...r]) };
  }

  async updateRow(update: RowUpdate): Promise<void> {
    const row = this.logs[update.kind]?.rows[update.row];
    if (!sameRow(row, update.expect)) throw new WorkbookError("rowChanged", { name: "KAM Actions" });
    for (const c of update.cells) row![c.col] = c.value;
  }

  async editHistory(change: HistoryChange): Promise<{ sheetName: string }> {
    if (change.kind && change.kind !== "history") {
      const t = this.logs[change.kind];
      if ((t?.rows.length ?? 0) !== change.expectRows || change.removed.length > 0) throw new Error("append-only edit refused");
      this.logs[change.kind] = {
        header: t ? t.header : [...change.header],
        rows: [...(t?.rows ?? []), ...change.append.map((r) => [...r])],
      };
      return { sheetName: change.sheetName };
    }
    this.historyEdits.push(change);
    const rows = (this.history?.rows ?? []).slice();
    for (const run of change.removed) rows.splice(run.start, run.count);
    const width = change.header.length;
    this.history = {
      header: [...change.header],
      rows: [...rows.map((r) => [...r, ...new Array(Math.max(0, width - r.length)).fill(null)]), ...change.append],
    };
    return { sheetName: "KAM History" };
  }
}

/** A SourceTable from a header row and data rows, as an adapter would read it at A1. */
export function tableOf(values: CellValue[][], sheetName = "Accounts"): SourceTable {
  const cols = String.fromCharCode(64 + values[0].length);
  return { sheetName, address: `${sheetName}!A1:${cols}${values.length}`, headers: values[0].map(String), rows: values.slice(1) };
}
