/**
 * Reading a table from Excel without hitting the response limit. Excel on the web refuses a
 * response over 5 MB like a request (a raw export of 100,000 order lines is 8 to 10 MB of values),
 * so the values are loaded in row blocks of about 1 MB. The size of a table is known only after a
 * sync, so a read takes one sync for its address and size, then one per block (one for a table of
 * up to 20,000 cells).
 */
import { parseA1 } from "../../app/workbook/naming";
import { utf8Length } from "../../app/workbook/requests";
import { CellValue, isResultSheet, OWN_SHEET_KINDS, SourceTable } from "../../app/workbook/contract";
import { headerText } from "../../app/workbook/naming";
import { queueInspection } from "./report-sheet";

/** Target size of one block of values in the response. */
export const READ_CHUNK_BYTES = 1_000_000;
/** Cells in the first block, before the size of a row is known (~50 bytes each: ~1 MB). */
export const FIRST_BLOCK_CELLS = 20_000;

const officeCode = (e: unknown): string => (typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "");

/**
 * The values of the block at `address` (with sheet) of `sheet`, `rows` x `cols`, read in blocks.
 * `address`, `rows` and `cols` are what range.load("address,rowCount,columnCount") gave.
 * The first block is sized by cells, as bytes are unknown until a block is read; a column of long
 * texts can make it pass Excel on the web's 5 MB response limit, so a refused block is read again
 * in quarters (one more sync per refusal), and later blocks are sized from the bytes seen.
 */
export async function readValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  address: string,
  rows: number,
  cols: number,
): Promise<unknown[][]> {
  const box = parseA1(address);
  if (!box || rows === 0 || cols === 0) return [];
  const values: unknown[][] = [];
  let blockRows = Math.max(1, Math.floor(FIRST_BLOCK_CELLS / cols));
  for (let start = 0; start < rows;) {
    const n = Math.min(blockRows, rows - start);
    const block = sheet.getRangeByIndexes(box.row + start, box.col, n, cols).load("values");
    try {
      // One sync per ~1 MB block is the point: one sync for all would exceed the response limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!/PayloadSizeLimitExceeded$/.test(officeCode(e)) || n === 1) throw e;
      blockRows = Math.ceil(n / 4);
      continue;
    }
    const rowsRead = block.values;
    for (const row of rowsRead) values.push(row);
    // Size the next block from the bytes per row just seen.
    blockRows = Math.max(1, Math.floor(READ_CHUNK_BYTES / bytesPerRow(rowsRead)));
    start += n;
  }
  return values;
}

/** Rows whose JSON is measured to size the next block: spread over the block, not all of it. */
export const SAMPLE_ROWS = 512;

/**
 * Bytes per row of a block in the response, from its JSON, measured on at most SAMPLE_ROWS rows
 * spread evenly over it: writing a whole 1 MB block out again only to count it cost as much as
 * the rest of reading it. A block of unusually long rows the sample missed is refused by Excel and
 * read again smaller (above), so an estimate is enough.
 */
export function bytesPerRow(rows: readonly unknown[][]): number {
  const step = Math.max(1, rows.length / SAMPLE_ROWS);
  let bytes = 0;
  let counted = 0;
  for (let at = 0; at < rows.length; at += step) {
    bytes += utf8Length(JSON.stringify(rows[Math.floor(at)])) + 1;
    counted++;
  }
  return Math.max(1, bytes / Math.max(1, counted));
}

/**
 * A range as a SourceTable, with the own sheet it lies on: 1 sync for its address and size (and
 * the proofs of the own sheets), then its values in blocks of ~1 MB (excel/read-table.ts).
 */
export async function readRange(context: Excel.RequestContext, range: Excel.Range, tableName?: string): Promise<SourceTable | null> {
  range.load("address,rowCount,columnCount");
  range.worksheet.load("name,id");
  const inspected = queueInspection(context);
  await context.sync();
  const values = await readValues(context, range.worksheet, range.address, range.rowCount, range.columnCount);
  const table = toSourceTable(range.worksheet.name, range.address, values, tableName);
  const { owned } = inspected();
  const kind = OWN_SHEET_KINDS.find((k) => owned[k]?.id === range.worksheet.id);
  if (table && kind) {
    table.ownKind = kind;
    if (isResultSheet(kind)) table.onReportSheet = true;
  }
  return table;
}

/**
 * Header row and data rows of a range read from Excel; null when there is nothing but blanks.
 * Blank cells ("") become null in place: the rows were just read and belong to the caller, and a
 * second copy of a million rows would cost as much as reading them.
 */
export function toSourceTable(sheetName: string, address: string, values: unknown[][], tableName?: string): SourceTable | null {
  let filled = false;
  for (const row of values)
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === "" || v === undefined) row[j] = null;
      else filled = true;
    }
  const cells = values as CellValue[][];
  if (cells.length < 2 || !filled) return null;
  const headers = cells[0].map(headerText);
  return { sheetName, address, tableName, headers, rows: cells.slice(1) };
}
