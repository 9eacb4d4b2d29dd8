import type { CellValue, ChartSpec } from "../../app/workbook/contract";
import { columnLetters, sheetAddress } from "../../app/workbook/naming";

/**
 * The sheet model of the in-memory workbook: plain JSON data, so that serialising the workbook
 * (the playground's "save and reopen") keeps everything, as an .xlsx file would.
 */
export interface CellFormat {
  bold?: boolean;
  /** A table's header cell (the view shows it as a column header). */
  header?: boolean;
  /** Number format such as "0.0", "0%", "#,##0". */
  numberFormat?: string;
  /** Background colour #RRGGBB. */
  fill?: string;
}

/** A block of cells: top-left corner and size, zero-based. */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface NamedTable extends Block {
  name: string;
}

export interface MemorySheet {
  /** Stable id, like Excel's worksheet id (files saved before ids existed get one on open). */
  id?: string;
  name: string;
  /** Ragged rows are fine: a missing cell is empty. */
  cells: CellValue[][];
  /** Formats by row and column, like `cells`; cells that share a format share the object. */
  formats: (CellFormat | null)[][];
  /** Column widths in pixels, by column index; missing columns use the default width. */
  columnWidths: Record<number, number>;
  tables: NamedTable[];
  /** The chart description as the add-in gave it, drawn by the view. */
  chart: ChartSpec | null;
  /**
   * Set on the sheet the add-in created. Only a sheet with this mark *and* the id the add-in
   * stored (MemoryWorkbookState.ownSheetIds) may be replaced by the add-in.
   */
  ownedByAddin: boolean;
  /** The user typed on this (report) sheet since the add-in last wrote it. */
  userEdited?: boolean;
  selection: { row: number; col: number };
  /** Drop-down lists the add-in set (the plan's override quadrant): recorded, shown by no view yet. */
  validations?: { row: number; col: number; rows: number; list: string[] }[];
}

export function emptySheet(name: string): MemorySheet {
  return { name, cells: [], formats: [], columnWidths: {}, tables: [], chart: null, ownedByAddin: false, selection: { row: 0, col: 0 } };
}

export const formatAt = (sheet: MemorySheet, row: number, col: number): CellFormat | null => sheet.formats[row]?.[col] ?? null;

/** Merges `format` into the cell's format. */
export function addFormat(sheet: MemorySheet, row: number, col: number, format: CellFormat): void {
  while (sheet.formats.length <= row) sheet.formats.push([]);
  const line = sheet.formats[row];
  while (line.length < col) line.push(null);
  const old = line[col];
  line[col] = old ? { ...old, ...format } : format;
}

export const cellAt = (sheet: MemorySheet, row: number, col: number): CellValue => sheet.cells[row]?.[col] ?? null;

const isFilled = (v: CellValue): boolean => v !== null && v !== "";

export function setCellValue(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const line = sheet.cells[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

/** Number of rows and columns that hold anything. */
export function usedSize(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.cells.forEach((line, r) => {
    for (let c = line.length - 1; c >= 0; c--) {
      if (isFilled(line[c])) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
    }
  });
  return { rows, cols };
}

/**
 * Excel's "current region": the rectangle of cells around (row, col) bounded by empty rows and
 * columns (diagonal neighbours count). Null when the cell and all its neighbours are empty.
 */
export function currentRegion(sheet: MemorySheet, row: number, col: number): Block | null {
  let top = row;
  let left = col;
  let bottom = row;
  let right = col;
  const filledInRow = (r: number, c0: number, c1: number) => {
    for (let c = Math.max(0, c0); c <= c1; c++) if (isFilled(cellAt(sheet, r, c))) return true;
    return false;
  };
  const filledInCol = (c: number, r0: number, r1: number) => {
    for (let r = Math.max(0, r0); r <= r1; r++) if (isFilled(cellAt(sheet, r, c))) return true;
    return false;
  };
  for (let grown = true; grown;) {
    grown = false;
    if (top > 0 && filledInRow(top - 1, left - 1, right + 1)) {
      top--;
      grown = true;
    }
    if (filledInRow(bottom + 1, left - 1, right + 1)) {
      bottom++;
      grown = true;
    }
    if (left > 0 && filledInCol(left - 1, top - 1, bottom + 1)) {
      left--;
      grown = true;
    }
    if (filledInCol(right + 1, top - 1, bottom + 1)) {
      right++;
      grown = true;
    }
  }
  const block = { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  return block.rows === 1 && block.cols === 1 && !isFilled(cellAt(sheet, row, col)) ? null : block;
}

export function readBlock(sheet: MemorySheet, block: Block): CellValue[][] {
  return Array.from({ length: block.rows }, (_, r) =>
    Array.from({ length: block.cols }, (_, c) => cellAt(sheet, block.row + r, block.col + c)),
  );
}

export { columnLetters };

/** "Accounts!A1:H41"; a sheet name with spaces or punctuation is quoted as Excel does. */
export const blockAddress = (sheetName: string, block: Block): string =>
  sheetAddress(sheetName, block.row, block.col, block.rows, block.cols);
