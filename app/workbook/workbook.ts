import type {
  CellValue,
  NewSheetOptions,
  HistoryChange,
  HistoryData,
  LogKind,
  ReportSheet,
  RowUpdate,
  SelectedRow,
  SourceOffer,
  SourceRef,
  SourceTable,
  WriteProgress,
  WriteResult,
} from "./contract";

export type {
  CellValue,
  FormulaCell,
  NewSheetOptions,
  HistoryChange,
  HistoryData,
  LogKind,
  RowUpdate,
  MissingFeature,
  ReportSheet,
  SelectedRow,
  SourceOffer,
  SourceRef,
  SourceTable,
  WriteProgress,
  WriteResult,
} from "./contract";

/**
 * Everything the task pane does to a workbook. Excel (Office.js), the in-browser playground and
 * Google Sheets implement it; the task pane's logic talks to this interface only. The types it
 * speaks are in ./contract; the naming rules the adapters share are in ./naming.
 */
export interface Workbook {
  /** Native tables in the workbook, for the source picker; never the add-in's own tables. */
  listTables(): Promise<string[]>;
  /** The account table with its header row; null when there is no data at the selection. */
  readTable(ref: SourceRef): Promise<SourceTable | null>;
  /**
   * Writes the report to the add-in's own sheet: creates it, or rewrites in place the sheet the
   * add-in can prove it created (a mark it wrote and an id it stored): same sheet, same name, same
   * table names, so references to them survive. Never touches any other sheet. A failure leaves
   * the old or the new content whole, or throws WorkbookError "reportIncomplete" (an unfinished
   * sheet may be left) or "ownSheetIncomplete" (the own sheet is incomplete, the new content is
   * whole on another sheet); cells the user typed on the old report are first copied to a sheet
   * of their own (WriteResult.keptEdits).
   * `reveal` (default true) brings the report sheet to the front, as the "Build matrix" button
   * should; live rebuilds pass false so a user editing the data stays where they are (a newly
   * created report sheet is shown anyway).
   */
  writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal?: boolean): Promise<WriteResult>;
  /**
   * Adds a new sheet with these values (sample data, CSV import); returns its (unique) name. Text
   * stays text. `options.formulas` (the pairwise table of "Derive weights") go into cells that
   * `values` leaves empty; a host that cannot evaluate them (the playground) shows the formula's text.
   */
  addDataSheet(preferredName: string, values: CellValue[][], options?: NewSheetOptions): Promise<string>;
  /** Add-in settings stored in the workbook, so they travel with the file. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /** Calls back when the user edits cells (not when the add-in writes); returns an unsubscribe. */
  onUserEdit(listener: () => void): () => void;
  // ---- review
  /**
   * The table of the add-in's own "KAM History" sheet (or, by `kind`, "KAM Plan" / "KAM Actions"),
   * read in chunks; null when there is none.
   */
  readHistory(kind?: LogKind): Promise<HistoryData | null>;
  /**
   * Only the named columns (header names, either language) of own tables, read together, for
   * Build matrix: header and rows as readHistory has them with the other columns left out; null
   * for a table there is none of. Optional: without it the caller reads each table whole.
   */
  readLogColumns?(want: readonly { kind: LogKind; columns: readonly string[] }[]): Promise<(HistoryData | null)[]>;
  /**
   * Applies one edit to the own table of `change.kind` (creating the own sheet on the first edit);
   * returns the sheet's name. The plan and its actions take appended rows only; their first edit
   * refuses (WorkbookError "nameTaken") when a sheet of the user's has the name asked for.
   */
  editHistory(change: HistoryChange): Promise<{ sheetName: string }>;
  /** "Mark done": writes the given cells of one row of "KAM Actions" when the row still holds what was read. */
  updateRow(update: RowUpdate): Promise<void>;
  /**
   * The table around the top-left cell of `address` ("'Order lines'!A1:F5001"), wherever the
   * selection is: a raw export that is not a native table, read again on Refresh. Null
   * when that sheet is gone or the cell is blank. Optional: without it, only native tables (and
   * the selection) can be read again.
   */
  readRegion?(address: string): Promise<SourceTable | null>;
  // ---- what-if: which account the user points at (optional: a host may have neither)
  /** Calls back when the user selects another cell (Excel, the playground); returns an unsubscribe. */
  onSelectionChange?(listener: (s: SelectedRow) => void): () => void;
  /** The selected cell, read when the pane asks (Google Sheets cannot push selections). */
  readSelection?(): Promise<SelectedRow | null>;
  // ---- raw exports inserted by the host's page (optional: only the playground has such a button)
  /**
   * Calls back when the host's page inserts raw exports (the playground's "Insert sample order
   * lines"): Prepare data takes them as its tables, so the next step is one click. Returns an unsubscribe.
   */
  onSourcesOffered?(listener: (offer: SourceOffer) => void): () => void;
}
