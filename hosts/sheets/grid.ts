/**
 * A sheet's grid is finite: a new sheet has 1000 rows and 26 columns (A:Z), and getRange outside
 * the grid throws ("The coordinates of the range are outside the dimensions of the sheet.").
 * Nothing grows it on its own, so every write goes through here first.
 */
import type { Range, Sheet } from "./apps-script";

/** Grows the sheet's grid (never shrinks it) so that the 1-based `lastRow` and `lastColumn` exist. */
export function ensureGrid(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const rows = sheet.getMaxRows();
  if (lastRow > rows) sheet.insertRowsAfter(rows, lastRow - rows);
  const columns = sheet.getMaxColumns();
  if (lastColumn > columns) sheet.insertColumnsAfter(columns, lastColumn - columns);
}

/** getRange for a write: the grid is grown first to hold the whole block. */
export function writableRange(sheet: Sheet, row: number, column: number, numRows: number, numColumns: number): Range {
  ensureGrid(sheet, row + numRows - 1, column + numColumns - 1);
  return sheet.getRange(row, column, numRows, numColumns);
}
