import type { CellValue, ListRule, ReportTable } from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import type { WriteProgress } from "../../app/workbook/contract";
import { a1, uniqueTableName } from "./address";
import { chunkRows, OP_OVERHEAD, Operation } from "../../app/workbook/requests";

/** What every write operation of the report works on. */
export interface WriteTarget {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  /** Table names already used elsewhere in the workbook (native tables need unique names). */
  takenTableNames: Set<string>;
  /** The native tables this write created, with the name each wanted (renamed at the swap). */
  createdTables?: { table: Excel.Table; preferred: string }[];
}

export interface WriteOp extends Operation<WriteTarget> {
  phase: WriteProgress["phase"];
}

/** Rows padded to `width` and made safe: formula-looking text stays text. */
export function literalRows(rows: readonly (readonly CellValue[])[], width: number): CellValue[][] {
  return rows.map((row) => {
    const out: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = asLiteral(row[c] ?? null) as CellValue;
    return out;
  });
}

/** Writes `rows` with top-left (row, col), in chunks that each fit one request. */
export function valueOps(row: number, col: number, rows: CellValue[][], phase: WriteOp["phase"] = "values"): WriteOp[] {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return [];
  return chunkRows(rows).map(([start, end, bytes]) => ({
    phase,
    bytes: bytes + OP_OVERHEAD,
    queue: ({ sheet }) => {
      sheet.getRangeByIndexes(row + start, col, end - start, width).values = rows.slice(start, end);
    },
  }));
}

const smallOp = (phase: WriteOp["phase"], queue: WriteOp["queue"], extraBytes = 0): WriteOp => ({
  phase,
  bytes: OP_OVERHEAD + extraBytes,
  queue,
});

/** Consecutive rows with the same fill, so a sorted table needs one call per quadrant, not per row. */
export function fillRuns(fills: readonly (string | null)[]): { start: number; count: number; color: string }[] {
  const runs: { start: number; count: number; color: string }[] = [];
  fills.forEach((color, i) => {
    const last = runs[runs.length - 1];
    if (color && last && last.color === color && last.start + last.count === i) last.count++;
    else if (color) runs.push({ start: i, count: 1, color });
  });
  return runs;
}

/**
 * Values first (title, header, rows), then formats and the native table. `staged`: written to a
 * staging sheet whose cells are copied onto the own sheet later (excel/in-place.ts); column widths
 * and the native table belong to the own sheet, so they are left out (see `columnOps`, in-place).
 */
export function tableOps(table: ReportTable, staged = false): WriteOp[] {
  const { row, col } = table.anchor;
  const width = table.header.length;
  const bodyRow = row + 2;
  const n = table.rows.length;
  const ops: WriteOp[] = [
    ...valueOps(row, col, [[asLiteral(table.title) as CellValue]]),
    ...valueOps(row + 1, col, literalRows([table.header], width)),
    ...valueOps(bodyRow, col, literalRows(table.rows, width)),
  ];
  ops.push(
    smallOp("formats", ({ sheet }) => {
      sheet.getRangeByIndexes(row, col, 2, 1).format.font.bold = true;
      sheet.getRangeByIndexes(row + 1, col, 1, width).format.font.bold = true;
    }),
  );
  table.numberFormats.forEach((format, c) => {
    if (format && n > 0)
      ops.push(smallOp("formats", ({ sheet }) => (sheet.getRangeByIndexes(bodyRow, col + c, n, 1).numberFormat = [[format]])));
  });
  for (const run of fillRuns(table.rowFills ?? [])) {
    const fillCol = table.fillColumn === undefined ? col : col + table.fillColumn;
    const fillWidth = table.fillColumn === undefined ? width : 1;
    ops.push(
      smallOp("formats", ({ sheet }) => {
        sheet.getRangeByIndexes(bodyRow + run.start, fillCol, run.count, fillWidth).format.fill.color = run.color;
      }),
    );
  }
  if (staged) return ops;
  ops.push(...columnOps(table));
  const tableName = table.tableName;
  if (tableName && n > 0)
    ops.push(
      smallOp("formats", ({ sheet, takenTableNames, createdTables }) => {
        const native = sheet.tables.add(a1(row + 1, col, n + 1, width), true);
        const name = uniqueTableName(tableName, takenTableNames);
        native.name = name;
        takenTableNames.add(name);
        createdTables?.push({ table: native, preferred: tableName });
      }),
    );
  return ops;
}

/** Column widths: the given ones, or the header row autofitted (measuring 100,000 rows is slow). */
export function columnOps(table: ReportTable): WriteOp[] {
  const { row, col } = table.anchor;
  const width = table.header.length;
  if (width === 0) return [];
  return [
    smallOp("formats", ({ sheet }) => {
      const header = sheet.getRangeByIndexes(row + 1, col, 1, width);
      if (!table.columnWidths) header.format.autofitColumns();
      table.columnWidths?.forEach((w, c) => (sheet.getRangeByIndexes(row + 1, col + c, 1, 1).format.columnWidth = w));
    }),
  ];
}

/** The drop-down lists of a report table's data rows. @requires ExcelApi 1.8 */
export const tableValidationOps = (table: ReportTable): WriteOp[] =>
  table.rows.length > 0 ? validationOps(table.validation, table.anchor.row + 2, table.anchor.col, table.rows.length) : [];

/**
 * A list rule on `rows` data rows from `row`.
 * @requires ExcelApi 1.8
 */
export function validationOps(rules: readonly ListRule[] | undefined, row: number, col: number, rows: number): WriteOp[] {
  return (rules ?? []).map((rule) =>
    smallOp(
      "formats",
      ({ sheet }) => {
        sheet.getRangeByIndexes(row, col + rule.column, rows, 1).dataValidation.rule = {
          list: { inCellDropDown: true, source: rule.list.join(",") },
        };
      },
      rule.list.join(",").length,
    ),
  );
}
