import { PaneError } from "../errors";
import { isBlank } from "../../core";
import type { SourceTable } from "../workbook/workbook";
import { REPORT_TEXT } from "../i18n/report";
import { columnLabels } from "../settings/mapping";
import type { CellValue } from "../workbook/contract";
import { criteriaOn, CriterionSetting, Settings } from "../settings/settings";

/** The cells of one axis, ready for the core's scoreAxis: accounts x criteria, signed weights. */
export interface AxisData {
  criteria: CriterionSetting[];
  /** Column index in the source table of each criterion. */
  columns: number[];
  data: CellValue[][];
  /** Signed: a negative weight tells the core that lower is better. */
  weights: number[];
}

export interface Accounts {
  names: string[];
  /** Index in table.rows of each account (blank rows are left out). */
  rowIndex: number[];
  value: AxisData;
  engagement: AxisData;
}

const isEmptyRow = (row: readonly CellValue[]) => row.every(isBlank);

/** Account names as text; an unnamed account is called by its row, e.g. "Row 7". */
function nameOf(cell: CellValue | undefined, sheetRow: number, settings: Settings): string {
  if (isBlank(cell) || cell === undefined) return REPORT_TEXT[settings.language].unnamedRow(sheetRow);
  return String(cell);
}

function axisData(table: SourceTable, labels: string[], criteria: CriterionSetting[], rowIndex: number[]): AxisData {
  const columns = criteria.map((c) => labels.indexOf(c.column));
  const data = rowIndex.map((i) => {
    const row = table.rows[i];
    return columns.map((j) => row[j] ?? null);
  });
  const weights = criteria.map((c) => (c.lowerIsBetter ? -c.weight : c.weight));
  return { criteria, columns, data, weights };
}

/** Picks the names and the two axes' cells out of the table as the settings map them. */
export function readAccounts(table: SourceTable, settings: Settings): Accounts {
  const labels = columnLabels(table.headers);
  const nameCol = settings.nameColumn === null ? -1 : labels.indexOf(settings.nameColumn);
  const firstRow = sheetOrigin(table.address).row + 1; // first data row: the header is above it
  const rowIndex: number[] = [];
  table.rows.forEach((row, i) => {
    if (!isEmptyRow(row)) rowIndex.push(i);
  });
  const present = (c: CriterionSetting) => labels.includes(c.column);
  return {
    names: rowIndex.map((i) => nameOf(nameCol >= 0 ? table.rows[i][nameCol] : null, firstRow + i, settings)),
    rowIndex,
    value: axisData(table, labels, criteriaOn(settings, "value").filter(present), rowIndex),
    engagement: axisData(table, labels, criteriaOn(settings, "engagement").filter(present), rowIndex),
  };
}

/** Top-left cell of an address such as "'Key accounts'!B3:H41", as 0-based column and 1-based row. */
export function sheetOrigin(address: string): { col: number; row: number } {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cells);
  if (!m) return { col: 0, row: 1 };
  const col =
    m[1]
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) };
}

/** Problems the core would report in its own terms ("criterion 2"), caught first in the user's (the column's name). */
export function checkAxis(axis: AxisData, name: "value" | "engagement"): void {
  if (axis.criteria.length === 0) throw new PaneError("noCriteria", name);
  if (axis.weights.every((w) => w === 0)) throw new PaneError("weightsZero", name);
  axis.criteria.forEach((c, k) => {
    if (!axis.data.some((row) => typeof row[k] === "number" && Number.isFinite(row[k]))) throw new PaneError("noNumbers", c.column);
  });
}
