import type { CellValue } from "../workbook/contract";
import { columnLetters } from "../workbook/naming";
import type { ColumnMapping } from "./columns";
import type { LineRole } from "../settings/prepare";

/** A raw export as the pane reads it: header row, data rows, and where the header row starts. */
export interface RawTable {
  headers: CellValue[];
  rows: CellValue[][];
  /** The header row's first cell, e.g. "Orders!A1" or "'Order lines'!B3"; data start one row below. */
  topLeft: string;
}

const TOP_LEFT = /^(?:(.+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

const columnIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** A function from (data row, column) to the cell's address, e.g. (0, 2) -> "Orders!C2". */
export function cellAddresses(topLeft: string): (row: number, col: number) => string {
  const m = TOP_LEFT.exec(topLeft.trim());
  if (!m) throw new Error(`not a cell address: ${topLeft}`);
  const prefix = m[1] === undefined ? "" : `${m[1]}!`;
  const col0 = columnIndex(m[2]);
  const row0 = Number(m[3]);
  return (row, col) => `${prefix}${columnLetters(col0 + col)}${row0 + 1 + row}`;
}

/** The cells of one mapped role as an n x 1 range (what KAM.ACCOUNTS takes); null when unmapped. */
export function roleColumn<R extends LineRole>(rows: readonly CellValue[][], mapping: ColumnMapping<R>, role: R): CellValue[][] | null {
  const j = mapping[role];
  if (j === undefined) return null;
  return rows.map((row) => [row[j] ?? null]);
}
