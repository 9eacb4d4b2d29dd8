import type { CellValue, HistoryChange, HistoryData, ListRule } from "../workbook/contract";

/**
 * Finds a table's columns by their header names in either language (a user may reorder the
 * columns or add their own; those are left alone). The first column with a name wins.
 */
export function findColumns<F extends string>(
  header: readonly CellValue[],
  texts: readonly Record<F, string>[],
): Partial<Record<F, number>> {
  const cols: Partial<Record<F, number>> = {};
  const fields = Object.keys(texts[0]) as F[];
  header.forEach((h, j) => {
    const t = typeof h === "string" ? h.trim().toLowerCase() : "";
    if (!t) return;
    const field = fields.find((f) => texts.some((x) => x[f].toLowerCase() === t));
    if (field !== undefined && cols[field] === undefined) cols[field] = j;
  });
  return cols;
}

/** A row laid out for a header: each field's value in its column, blank elsewhere (a user's own columns). */
export function rowFor<F extends string>(
  width: number,
  cols: Partial<Record<F, number>>,
  values: Partial<Record<F, CellValue>>,
): CellValue[] {
  const row: CellValue[] = new Array(width).fill(null);
  for (const [f, v] of Object.entries(values) as [F, CellValue][]) {
    const j = cols[f];
    if (j !== undefined) row[j] = v;
  }
  return row;
}

export const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export const text = (v: CellValue | undefined): string => (blank(v) ? "" : String(v).trim());

/**
 * The change that appends `append` to the plan or the actions table: nothing removed, no review
 * date or id to look for, refused if another pane appended since `table` was read.
 */
export function appendOnly(
  kind: "plan" | "actions",
  table: HistoryData | null,
  sheet: { sheetName: string; title: string; header: string[] },
  append: CellValue[][],
  validation: ListRule | null,
): HistoryChange {
  return {
    kind,
    ...sheet,
    newColumnsFrom: sheet.header.length,
    remove: [],
    removeNow: true,
    date: null,
    dateColumn: 0,
    reviewColumn: sheet.header.length,
    append,
    expectRows: table ? table.rows.length : 0,
    ...(validation ? { validation: [validation] } : {}),
  };
}
