import type { CellValue, ReportSheet } from "../report/types";

/**
 * Everything the task pane does to a workbook. Excel (Office.js), the in-browser playground and
 * Google Sheets implement it; the task pane's logic talks to this interface only.
 */
export interface SourceTable {
  sheetName: string;
  /** Address of the table including its header row, e.g. "Accounts!A1:H41". */
  address: string;
  /** Name of the native table when the data is one, else undefined. */
  tableName?: string;
  headers: string[];
  /** Data rows below the header, as values (numbers stay numbers). */
  rows: CellValue[][];
}

/** Where to read the account table from: a named table, or the region around the selection. */
export type SourceRef = { tableName: string } | { selection: true };

export interface WriteProgress {
  /** 0..1 */
  done: number;
  phase: "prepare" | "values" | "formats" | "chart";
}

export interface WriteResult {
  /** The sheet written: "KAM Matrix", or another name if a user's own sheet is called that. */
  sheetName: string;
  /** Features the host could not provide, in words, e.g. "point labels need ExcelApi 1.8". */
  missingFeatures: string[];
}

export interface Workbook {
  /** Native tables in the workbook, for the source picker. */
  listTables(): Promise<string[]>;
  /** The account table with its header row; null when there is no data at the selection. */
  readTable(ref: SourceRef): Promise<SourceTable | null>;
  /**
   * Writes the report to the add-in's own sheet: creates it, or replaces the content of the sheet
   * the add-in created before (marked as its own). Never touches any other sheet.
   * `reveal` (default true) brings the report sheet to the front, as the "Build matrix" button
   * should; live rebuilds pass false so a user editing the data stays where they are (a newly
   * created report sheet is shown anyway).
   */
  writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal?: boolean): Promise<WriteResult>;
  /** Adds a new sheet with these values (sample data, CSV import); returns its (unique) name. */
  addDataSheet(preferredName: string, values: CellValue[][]): Promise<string>;
  /** Add-in settings stored in the workbook, so they travel with the file. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /** Calls back when the user edits cells (not when the add-in writes); returns an unsubscribe. */
  onUserEdit(listener: () => void): () => void;
}
