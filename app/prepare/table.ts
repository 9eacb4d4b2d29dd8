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

/** The cells of column j, blank (null) where a row is shorter: one flat list. */
export function columnCells(rows: readonly CellValue[][], j: number): CellValue[] {
  const cells = new Array<CellValue>(rows.length);
  for (let i = 0; i < rows.length; i++) cells[i] = rows[i][j] ?? null;
  return cells;
}

/** The mapped cells of one table, each column taken out of the rows once (a flat list per column). */
export type TableColumns = (column: number) => CellValue[];

/** `together`: columns taken out in one pass over the rows when the first of them is asked for. */
export function tableColumns(rows: readonly CellValue[][], together: readonly number[] = []): TableColumns {
  const made = new Map<number, CellValue[]>();
  return (j) => {
    let cells = made.get(j);
    if (cells) return cells;
    if (!together.includes(j)) {
      made.set(j, (cells = columnCells(rows, j)));
      return cells;
    }
    // One pass over a million row arrays instead of one per column.
    const js = [...new Set(together)];
    const out = js.map(() => new Array<CellValue>(rows.length));
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      for (let k = 0; k < js.length; k++) out[k][i] = row[js[k]] ?? null;
    }
    js.forEach((c, k) => made.set(c, out[k]));
    return made.get(j)!;
  };
}

/**
 * A column of lines as the core's line readers take it: a flat list (the core reads a list as one
 * row of cells; n one-cell arrays for a million lines cost more than reading them). One line stays
 * a 1 x 1 range, where a blank cell reads as an omitted optional argument, as a host passes it.
 * `cells` gives the flat list of a column (made once per table); null when the role is unmapped.
 */
export function lineArgument(rows: readonly CellValue[][], j: number | undefined, cells: TableColumns): CellValue[] | CellValue[][] | null {
  if (j === undefined) return null;
  return rows.length > 1 ? cells(j) : rows.map((row) => [row[j] ?? null]);
}

/** The cells of one mapped role as an n x 1 range (what KAM.ACCOUNTS takes); null when unmapped. */
export function roleColumn<R extends LineRole>(rows: readonly CellValue[][], mapping: ColumnMapping<R>, role: R): CellValue[][] | null {
  const j = mapping[role];
  if (j === undefined) return null;
  return rows.map((row) => [row[j] ?? null]);
}
