import {
  CellValue,
  NewSheetOptions,
  DEFAULT_KEPT_SUFFIX,
  HistoryChange,
  HistoryData,
  ListRule,
  LogKind,
  isResultSheet,
  OwnSheetKind,
  ReportSheet,
  ReportTable,
  RowUpdate,
  sameRow,
  SelectedRow,
  SourceOffer,
  SourceRef,
  SourceTable,
  WorkbookError,
  WriteProgress,
  WriteResult,
} from "../../app/workbook/contract";
import type { Workbook } from "../../app/workbook/workbook";
import { checkCreateOnly, firstHistorySheet, HISTORY_HEADER_ROW, logKind, trimHeader } from "../../app/workbook/history-sheet";
import { HISTORY_SHEET_NAME, looksLikeHistory, planHistoryChange } from "../../app/review/historyChange";
import { headerText, keptSheetName, parseA1, uniqueSheetName, uniqueTableName } from "../../app/workbook/naming";
import { splitAddress } from "../../app/workbook/region";
import {
  addFormat,
  Block,
  blockAddress,
  CellFormat,
  currentRegion,
  emptySheet,
  MemorySheet,
  readBlock,
  setCellValue,
} from "./memory-sheet";

export type { CellFormat, MemorySheet } from "./memory-sheet";

/** Everything a saved workbook file would hold. */
export interface MemoryWorkbookState {
  sheets: MemorySheet[];
  activeSheet: string;
  /** The add-in's settings, stored in the file as Excel's workbook.settings are. */
  settings: unknown | null;
  /** The id of each own sheet, stored by the add-in itself (as the Excel adapter stores them). */
  ownSheetIds?: Partial<Record<OwnSheetKind, string>>;
}

/** How the page inserts a raw export: a native table over it, number formats per column. */
export interface DataSheetOptions extends NewSheetOptions {
  tableName?: string;
  /** One per column (null: General), as Excel shows the column's numbers (dates, money). */
  numberFormats?: readonly (string | null)[];
}

const POINTS_TO_PIXELS = 4 / 3;
const MIN_AUTOFIT = 64;
const MAX_AUTOFIT = 320;

/**
 * A workbook that lives in memory and behaves like Excel towards the add-in: the playground's
 * workbook, and a fake for tests. No React, no DOM. The view reads `state` and re-renders on
 * `subscribe`; user edits go through `setCell`, which is the only thing that fires `onUserEdit`.
 */
export class MemoryWorkbook implements Workbook {
  private state: MemoryWorkbookState;
  private readonly changeListeners = new Set<() => void>();
  private readonly editListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(s: SelectedRow) => void>();
  private readonly offerListeners = new Set<(offer: SourceOffer) => void>();
  private revision = 0;

  constructor(state?: MemoryWorkbookState) {
    this.state = state ?? { sheets: [], activeSheet: "", settings: null };
    for (const sheet of this.state.sheets) sheet.id ??= this.newId();
  }

  /** A workbook with one data sheet, active, with the cursor in its top-left cell. */
  static withSheet(name: string, values: CellValue[][]): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.insertDataSheet(name, values);
    return wb;
  }

  /** "Save": the whole file as JSON text. */
  serialize(): string {
    return JSON.stringify(this.state);
  }

  /** "Open": a workbook from the text `serialize` produced. */
  static deserialize(text: string): MemoryWorkbook {
    return new MemoryWorkbook(JSON.parse(text) as MemoryWorkbookState);
  }

  // ---- for the view -------------------------------------------------------------------------

  get sheets(): readonly MemorySheet[] {
    return this.state.sheets;
  }

  get activeSheet(): MemorySheet | undefined {
    return this.sheet(this.state.activeSheet);
  }

  /** Increases on every change; a snapshot for React's useSyncExternalStore. */
  get version(): number {
    return this.revision;
  }

  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Calls back on any change (add-in writes, user edits, tab or cell selection). */
  subscribe(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  activate(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`There is no sheet called "${sheetName}"; sheets: ${this.sheetNames().join(", ")}`);
    this.state.activeSheet = sheet.name;
    this.changed();
  }

  select(row: number, col: number): void {
    const sheet = this.activeSheet;
    if (!sheet) return;
    sheet.selection = { row: Math.max(0, row), col: Math.max(0, col) };
    this.changed();
    const selected = { sheetName: sheet.name, row: sheet.selection.row, col: sheet.selection.col };
    for (const listener of [...this.selectionListeners]) listener(selected);
  }

  /** A user typing into a cell of the active sheet (or the named one). Fires onUserEdit. */
  setCell(row: number, col: number, value: CellValue, sheetName = this.state.activeSheet): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`There is no sheet called "${sheetName}"; sheets: ${this.sheetNames().join(", ")}`);
    setCellValue(sheet, row, col, value);
    this.changed();
    // On the report sheet a user's cell is remembered (the next build keeps the sheet for them);
    // the report is never its own source, so nothing is rebuilt from it.
    const kind = this.ownKind(sheet);
    if (kind) sheet.userEdited = true;
    // "KAM Accounts" is a source of the matrix: an edit there rebuilds like any other.
    if (!kind || !isResultSheet(kind)) for (const listener of [...this.editListeners]) listener();
  }

  // ---- the Workbook interface ---------------------------------------------------------------

  async listTables(): Promise<string[]> {
    return this.state.sheets
      .filter((s) => {
        const kind = this.ownKind(s);
        return !kind || !isResultSheet(kind);
      })
      .flatMap((s) => s.tables.map((t) => t.name));
  }

  async readTable(ref: SourceRef): Promise<SourceTable | null> {
    if ("tableName" in ref) {
      const key = ref.tableName.toLowerCase();
      for (const sheet of this.state.sheets) {
        const table = sheet.tables.find((t) => t.name.toLowerCase() === key);
        if (table) return this.toSourceTable(sheet, table, table.name);
      }
      const choices = this.state.sheets.flatMap((s) => s.tables.map((t) => t.name));
      throw new WorkbookError("noSuchTable", { name: ref.tableName, choices });
    }
    const sheet = this.activeSheet;
    if (!sheet) return null;
    const { row, col } = sheet.selection;
    // Inside a native table the table is the source, as in Excel's "current region" of a table.
    const table = sheet.tables.find((t) => row >= t.row && row < t.row + t.rows && col >= t.col && col < t.col + t.cols);
    if (table) return this.toSourceTable(sheet, table, table.name);
    const region = currentRegion(sheet, row, col);
    return region ? this.toSourceTable(sheet, region) : null;
  }

  /**
   * Builds the report into a new sheet, then puts it in the old one's place (as the Excel adapter
   * does). An old report the user typed on is kept, renamed and no longer the add-in's.
   */
  async writeReport(report: ReportSheet, onProgress?: (p: WriteProgress) => void, reveal = true): Promise<WriteResult> {
    onProgress?.({ done: 0, phase: "prepare" });
    const kind = report.kind ?? "matrix";
    const old = this.state.sheets.find((s) => this.ownKind(s) === kind);
    const names = this.sheetNames();
    checkCreateOnly(report, old !== undefined, names);
    const sheet: MemorySheet = {
      ...emptySheet(old ? old.name : uniqueSheetName(report.sheetName, names)),
      id: old?.id ?? this.newId(),
      ownedByAddin: true,
    };
    const keptAs = old?.userEdited ? keptSheetName(old.name, report.keptSuffix ?? DEFAULT_KEPT_SUFFIX, names) : null;
    // Table names: the own sheet keeps its tables' names; other sheets' names are taken.
    const taken = this.state.sheets.filter((s) => s !== old).flatMap((s) => s.tables.map((t) => t.name));
    for (const table of report.tables) writeValues(sheet, table);
    onProgress?.({ done: 0.5, phase: "values" });
    for (const table of report.tables) {
      writeFormats(sheet, table);
      recordRules(sheet, table.validation, table.anchor.row + 2, table.anchor.col, table.rows.length);
      if (table.tableName) {
        const block = { row: table.anchor.row + 1, col: table.anchor.col, rows: table.rows.length + 1, cols: table.header.length };
        const name = uniqueTableName(table.tableName, [...taken, ...sheet.tables.map((t) => t.name)]);
        sheet.tables.push({ ...block, name });
      }
    }
    onProgress?.({ done: 0.8, phase: "formats" });
    sheet.chart = report.chart ?? null;
    // In place: the own sheet keeps its id, name and place (references to it survive, as in
    // Excel and Sheets); what the user typed on it is kept on a copy first.
    const wasActive = old !== undefined && this.state.activeSheet === old.name;
    if (old && keptAs) {
      const copy: MemorySheet = {
        ...(JSON.parse(JSON.stringify(old)) as MemorySheet),
        id: this.newId(),
        name: keptAs,
        ownedByAddin: false,
        userEdited: false,
        tables: [],
      };
      this.state.sheets.splice(this.state.sheets.indexOf(old) + 1, 0, copy);
    }
    if (old) Object.assign(old, { ...sheet, userEdited: false, selection: old.selection });
    else this.state.sheets.push(sheet);
    const own = old ?? sheet;
    this.state.ownSheetIds = { ...this.state.ownSheetIds, [kind]: own.id };
    onProgress?.({ done: 1, phase: "chart" });
    if (reveal || !old || wasActive) this.state.activeSheet = own.name;
    this.changed();
    return { sheetName: own.name, missingFeatures: [], ...(keptAs ? { keptEdits: keptAs } : {}) };
  }

  async addDataSheet(preferredName: string, values: CellValue[][], options: DataSheetOptions = {}): Promise<string> {
    // The memory workbook evaluates no formulas: a formula cell holds the formula's text.
    const formulas = options.formulas ?? [];
    const withFormulas = formulas.length ? values.map((row) => [...row]) : values;
    for (const f of formulas) {
      while (withFormulas.length <= f.row) withFormulas.push([]);
      const row = withFormulas[f.row];
      while (row.length <= f.col) row.push(null);
      row[f.col] = f.formula;
    }
    const name = this.insertDataSheet(preferredName, withFormulas, options);
    this.changed();
    return name;
  }

  async loadSettings(): Promise<unknown | null> {
    return this.state.settings === null ? null : JSON.parse(JSON.stringify(this.state.settings));
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.state.settings = settings === undefined ? null : JSON.parse(JSON.stringify(settings));
  }

  /** The page inserted raw exports: the pane (onSourcesOffered) takes them as Prepare data's tables. */
  offerSources(offer: SourceOffer): void {
    for (const listener of [...this.offerListeners]) listener(offer);
  }

  onSourcesOffered(listener: (offer: SourceOffer) => void): () => void {
    this.offerListeners.add(listener);
    return () => this.offerListeners.delete(listener);
  }

  onUserEdit(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  // ---- review ---------------------------------------------------------------------

  async readHistory(kind: LogKind = "history"): Promise<HistoryData | null> {
    const found = this.historyTable(kind);
    if (!found) return this.noUnprovedHistory(kind);
    const { sheet, table } = found;
    const [header = [], ...rows] = readBlock(sheet, table);
    return { header: trimHeader(header), rows };
  }

  /** Adds header cells, appends, then removes the old rows found by content: no earlier row is rewritten. */
  async editHistory(change: HistoryChange): Promise<{ sheetName: string }> {
    const found = this.historyTable(logKind(change));
    if (!found) {
      this.noUnprovedHistory(logKind(change));
      return { sheetName: (await this.writeReport(firstHistorySheet(change), undefined, false)).sheetName };
    }
    const { sheet, table } = found;
    const [header = [], ...rows] = readBlock(sheet, table);
    const column = (j: number) => rows.map((r) => r[j] ?? null);
    const runs = planHistoryChange(change, header, column(change.dateColumn), column(change.reviewColumn));
    const bold: CellFormat = { bold: true, header: true };
    for (let j = change.newColumnsFrom; j < change.header.length; j++) {
      setCellValue(sheet, table.row, table.col + j, change.header[j]);
      addFormat(sheet, table.row, table.col + j, bold);
    }
    table.cols = Math.max(table.cols, change.header.length);
    const end = table.row + table.rows;
    change.append.forEach((line, r) => line.forEach((v, c) => setCellValue(sheet, end + r, table.col + c, v ?? null)));
    recordRules(sheet, change.validation, end, table.col, change.append.length);
    table.rows += change.append.length;
    for (const run of runs) {
      const at = table.row + 1 + run.start;
      sheet.cells.splice(at, run.count);
      sheet.formats.splice(at, run.count);
      table.rows -= run.count;
    }
    this.changed();
    return { sheetName: sheet.name };
  }

  /** Without an own history: a sheet of that name holding a history table is refused, never read nor started again. */
  private noUnprovedHistory(kind: LogKind): null {
    if (kind !== "history") return null;
    const named = this.state.sheets.find((s) => s.name.toLowerCase() === HISTORY_SHEET_NAME.toLowerCase());
    if (named && looksLikeHistory(named.cells[HISTORY_HEADER_ROW] ?? [])) throw new WorkbookError("historyUnproved", { name: named.name });
    return null;
  }

  /** "Mark done": the row as it is now must be the row as read; then only the given cells are written. */
  async updateRow(update: RowUpdate): Promise<void> {
    const found = this.historyTable(update.kind);
    if (!found) throw new WorkbookError("rowChanged", {});
    const { sheet, table } = found;
    const name = { name: sheet.name };
    if (update.row < 0 || update.row >= table.rows - 1) throw new WorkbookError("rowChanged", name);
    const [, ...rows] = readBlock(sheet, table);
    if (!sameRow(rows[update.row], update.expect)) throw new WorkbookError("rowChanged", name);
    for (const c of update.cells) setCellValue(sheet, table.row + 1 + update.row, table.col + c.col, c.value);
    this.changed();
  }

  /** The own history (plan, actions) sheet and its table (the first one on it, from the header row down). */
  private historyTable(kind: LogKind): { sheet: MemorySheet; table: Block } | null {
    const sheet = this.state.sheets.find((s) => this.ownKind(s) === kind);
    if (!sheet) return null;
    const table = sheet.tables[0] ?? {
      name: "",
      row: HISTORY_HEADER_ROW,
      col: 0,
      rows: 1,
      cols: sheet.cells[HISTORY_HEADER_ROW]?.length ?? 0,
    };
    return { sheet, table };
  }

  async readRegion(address: string): Promise<SourceTable | null> {
    const at = splitAddress(address);
    const sheet = at && this.sheet(at.sheet);
    const cell = at && parseA1(at.topLeft);
    if (!sheet || !cell) return null;
    const region = currentRegion(sheet, cell.row, cell.col);
    return region ? this.toSourceTable(sheet, region) : null;
  }

  /** what-if: a click on a cell or on a chart marker (which selects its row). */
  onSelectionChange(listener: (s: SelectedRow) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Which own sheet this is, if any: marked by the add-in *and* carrying an id it stored. */
  private ownKind(sheet: MemorySheet): OwnSheetKind | undefined {
    if (!sheet.ownedByAddin || !sheet.id) return undefined;
    const ids = this.state.ownSheetIds ?? {};
    return (Object.keys(ids) as OwnSheetKind[]).find((k) => ids[k] === sheet.id);
  }

  private newId(): string {
    const ids = new Set(this.state.sheets.map((s) => s.id));
    let n = this.state.sheets.length + 1;
    while (ids.has(`sheet-${n}`)) n++;
    return `sheet-${n}`;
  }

  private toSourceTable(sheet: MemorySheet, block: Block, tableName?: string): SourceTable {
    const table = toSourceTable(sheet, block, tableName);
    const kind = this.ownKind(sheet);
    if (!kind) return table;
    return isResultSheet(kind) ? { ...table, ownKind: kind, onReportSheet: true } : { ...table, ownKind: kind };
  }

  private insertDataSheet(preferredName: string, values: CellValue[][], options: DataSheetOptions = {}): string {
    const sheet: MemorySheet = { ...emptySheet(uniqueSheetName(preferredName, this.sheetNames())), id: this.newId() };
    sheet.cells = values.map((row) => row.map((v) => (v === undefined ? null : v)));
    const header: CellFormat = { bold: true, header: true };
    const width = values[0]?.length ?? 0;
    sheet.formats = [(values[0] ?? []).map(() => header)];
    // One shared format object per column, as the report's columns have.
    const column = (options.numberFormats ?? []).map((nf): CellFormat | null => (nf ? { numberFormat: nf } : null));
    if (column.some(Boolean)) for (let r = 1; r < values.length; r++) sheet.formats.push(column.slice(0, width));
    if (options.tableName && values.length > 0) {
      const taken = this.state.sheets.flatMap((s) => s.tables.map((t) => t.name));
      sheet.tables.push({ row: 0, col: 0, rows: values.length, cols: width, name: uniqueTableName(options.tableName, taken) });
    }
    recordRules(sheet, options.validation, 1, 0, values.length - 1);
    sheet.columnWidths = autofitWidths(sheet.cells);
    this.state.sheets.push(sheet);
    this.state.activeSheet = sheet.name;
    return sheet.name;
  }

  private sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.changeListeners]) listener();
  }
}

/** Column widths that fit the longest text, as Excel's autofit after the Excel adapter's import. */
function autofitWidths(cells: CellValue[][]): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const row of cells.slice(0, 500)) {
    row.forEach((v, c) => {
      const chars = v === null ? 0 : String(v).length;
      widths[c] = Math.max(widths[c] ?? MIN_AUTOFIT, Math.min(MAX_AUTOFIT, 16 + chars * 7.5));
    });
  }
  return widths;
}

function toSourceTable(sheet: MemorySheet, block: Block, tableName?: string): SourceTable {
  const [header = [], ...rows] = readBlock(sheet, block);
  return {
    sheetName: sheet.name,
    address: blockAddress(sheet.name, block),
    ...(tableName ? { tableName } : {}),
    headers: header.map(headerText),
    rows,
  };
}

function writeValues(sheet: MemorySheet, table: ReportTable): void {
  const { row, col } = table.anchor;
  setCellValue(sheet, row, col, table.title);
  table.header.forEach((h, c) => setCellValue(sheet, row + 1, col + c, h));
  table.rows.forEach((line, r) => line.forEach((v, c) => setCellValue(sheet, row + 2 + r, col + c, v ?? null)));
}

function writeFormats(sheet: MemorySheet, table: ReportTable): void {
  const { row, col } = table.anchor;
  addFormat(sheet, row, col, { bold: true });
  const header: CellFormat = { bold: true, header: true };
  table.header.forEach((_, c) => addFormat(sheet, row + 1, col + c, header));
  // One format object per column (and per column and fill), shared by all rows that use it.
  const plain = table.numberFormats.map((nf): CellFormat | null => (nf ? { numberFormat: nf } : null));
  const filled = new Map<string, (CellFormat | null)[]>();
  const withFill = (fill: string) => {
    let formats = filled.get(fill);
    if (!formats) {
      formats = table.header.map((_, c) =>
        table.fillColumn === undefined || table.fillColumn === c ? { ...plain[c], fill } : (plain[c] ?? null),
      );
      filled.set(fill, formats);
    }
    return formats;
  };
  table.rows.forEach((_, r) => {
    const fill = table.rowFills?.[r];
    const formats = fill ? withFill(fill) : plain;
    formats.forEach((f, c) => f && addFormat(sheet, row + 2 + r, col + c, f));
  });
  table.columnWidths?.forEach((w, c) => (sheet.columnWidths[col + c] = Math.round(w * POINTS_TO_PIXELS)));
}

/** Records the drop-down lists set on `rows` data rows from `row` (Excel and Sheets show them as drop-downs). */
function recordRules(sheet: MemorySheet, rules: readonly ListRule[] | undefined, row: number, col: number, rows: number): void {
  if (rows <= 0 || !rules?.length) return;
  sheet.validations = [...(sheet.validations ?? []), ...rules.map((r) => ({ row, col: col + r.column, rows, list: [...r.list] }))];
}
