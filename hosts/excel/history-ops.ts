/**
 * The "KAM History" table in Excel: read in row chunks that keep every response under
 * the 5 MB limit, and edited in place with calls that never rewrite an earlier row:
 * TableColumnCollection.add for new header cells (ExcelApi 1.4, for the name),
 * TableRowCollection.add for appended rows (1.1), then Range.delete ("Up") for the rows of the
 * review replaced or deleted, in requests of at most 4.5 MB.
 * The first save is not here: it writes the whole own sheet through writeReport.
 */
import { CellValue, HistoryChange, HistoryData, LogKind, RowUpdate, sameRow, WorkbookError } from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import { HISTORY_HEADER_ROW, trimHeader } from "../../app/workbook/history-sheet";
import { HISTORY_SHEET_NAME, looksLikeHistory, planHistoryChange } from "../../app/review/historyChange";
import { parseA1, type Box } from "../../app/workbook/naming";
import { chunkRows, OP_OVERHEAD, packRequests, rowBytes } from "../../app/workbook/requests";
import { literalRows, validationOps } from "./table-ops";
import { Features } from "./requirements";
import { queueInspection } from "./report-sheet";
import { queueCalculated } from "./calculation";

/** A response budget well below 5 MB: a chunk is sized from the largest row read so far. */
export const READ_BUDGET = 3_000_000;
/** Rows of the first chunk, before any row size is known. */
export const FIRST_READ_ROWS = 500;

const cell = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));

/** Loads the table's address (one sync) and returns its box. */
async function tableBox(context: Excel.RequestContext, table: Excel.Table): Promise<Box> {
  const range = table.getRange().load("address");
  await context.sync();
  return parseA1(range.address)!;
}

/** Reads header and rows in chunks: 1 sync for the address, then one per chunk. */
export async function readHistoryTable(context: Excel.RequestContext, sheet: Excel.Worksheet, table: Excel.Table): Promise<HistoryData> {
  const box = await tableBox(context, table);
  const width = box.cols;
  const total = box.rows - 1;
  const header = sheet.getRangeByIndexes(box.row, box.col, 1, width).load("values");
  let rowsPerChunk = Math.min(FIRST_READ_ROWS, total);
  let maxRow = 0;
  const rows: CellValue[][] = [];
  let first = true;
  for (let start = 0; start < total || first;) {
    const count = Math.min(rowsPerChunk, total - start);
    const chunk = count > 0 ? sheet.getRangeByIndexes(box.row + 1 + start, box.col, count, width).load("values") : null;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows: a response over 5 MB is refused
    await context.sync();
    first = false;
    if (!chunk) break;
    for (const r of chunk.values) {
      maxRow = Math.max(maxRow, rowBytes(r));
      rows.push(r.map(cell));
    }
    start += count;
    rowsPerChunk = Math.max(1, Math.floor(READ_BUDGET / Math.max(1, maxRow)));
  }
  return { header: trimHeader(header.values[0].map(cell)), rows };
}

interface EditOp {
  bytes: number;
  queue(): void;
}

/**
 * Applies one change to the table in one request context: reads the header and the date and
 * review-id columns as they are now (1 sync per block of rows after the address), then adds columns and appends
 * rows, then deletes the old rows found by content, bottom run first; one sync per request of at
 * most 4.5 MB. Excel requests are not transactions: a failure part-way leaves the new rows
 * partly written (read as an unfinished review) or the old ones partly deleted (the same), never
 * a whole review of another date touched.
 */
export async function editHistoryTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  change: HistoryChange,
  /** Which requirement sets the host has: drop-down lists on the appended rows need ExcelApi 1.8. */
  supports: (feature: readonly [string, string]) => boolean = () => false,
): Promise<void> {
  const box = await tableBox(context, table);
  const total = box.rows - 1;
  const header = sheet.getRangeByIndexes(box.row, box.col, 1, box.cols).load("values");
  const dates = new Array<CellValue>(total).fill(null);
  const ids = new Array<CellValue>(total).fill(null);
  // The two columns in chunks that keep each response well under 5 MB (a long history is 100k rows).
  const wanted = ([change.dateColumn, change.reviewColumn] as const)
    .map((j, k) => ({ j, into: k === 0 ? dates : ids }))
    .filter((c) => c.j < box.cols);
  let rowsPerChunk = Math.min(FIRST_READ_ROWS, total);
  let maxRow = 0;
  for (let start = 0, first = true; start < total || first; first = false) {
    const count = Math.min(rowsPerChunk, total - start);
    const chunks =
      count > 0
        ? wanted.map((c) => ({ ...c, range: sheet.getRangeByIndexes(box.row + 1 + start, box.col + c.j, count, 1).load("values") }))
        : [];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows: a response over 5 MB is refused
    await context.sync();
    if (count === 0) break;
    for (let i = 0; i < count; i++) {
      let bytes = 0;
      for (const c of chunks) {
        const v = cell(c.range.values[i][0]);
        c.into[start + i] = v;
        bytes += rowBytes([v]);
      }
      maxRow = Math.max(maxRow, bytes);
    }
    start += count;
    rowsPerChunk = Math.max(1, Math.floor(READ_BUDGET / Math.max(1, maxRow)));
  }
  const runs = planHistoryChange(change, header.values[0].map(cell), dates, change.reviewColumn < box.cols ? ids : null);
  const ops: EditOp[] = [];
  for (let j = change.newColumnsFrom; j < change.header.length; j++) {
    const name = change.header[j];
    ops.push({ bytes: OP_OVERHEAD + name.length * 3, queue: () => void table.columns.add(undefined, undefined, name) });
  }
  const rows = literalRows(change.append, change.header.length);
  for (const [start, end, bytes] of chunkRows(rows))
    ops.push({
      bytes: bytes + OP_OVERHEAD,
      queue: () => void table.rows.add(undefined, rows.slice(start, end) as (string | number | boolean)[][]),
    });
  // The appended rows start below the table as read (the old rows are deleted after them).
  const first = box.row + box.rows;
  const lists = rows.length > 0 && supports(Features.dataValidation) ? validationOps(change.validation, first, box.col, rows.length) : [];
  const target = { context, sheet, takenTableNames: new Set<string>() };
  for (const op of lists) ops.push({ bytes: op.bytes, queue: () => op.queue(target) });
  // Rows above the appended ones: deleting them, bottom run first, moves no run still to go.
  for (const run of runs)
    ops.push({
      bytes: OP_OVERHEAD,
      queue: () =>
        sheet.getRangeByIndexes(box.row + 1 + run.start, box.col, run.count, Math.max(box.cols, change.header.length)).delete("Up"),
    });
  const requests = packRequests(ops);
  for (const [i, request] of requests.entries()) {
    queueCalculated(context, i === requests.length - 1, () => request.forEach((op) => op.queue()));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of at most 4.5 MB: Office refuses larger ones
    await context.sync();
  }
}

/** The proved own history (plan, actions) sheet and its table; "noTable" when a user deleted the table. */
export async function historyOf(
  context: Excel.RequestContext,
  kind: LogKind = "history",
): Promise<{ sheet: Excel.Worksheet; table: Excel.Table; id: string } | "noTable" | null> {
  const inspected = queueInspection(context, kind);
  await context.sync();
  const { own, sheets } = inspected();
  if (!own) {
    // A sheet of that name holding a history table: refused, never read nor started again.
    if (kind !== "history") return null;
    const named = sheets.find((s) => s.name.toLowerCase() === HISTORY_SHEET_NAME.toLowerCase());
    if (!named) return null;
    const header = context.workbook.worksheets.getItem(named.id).getRangeByIndexes(HISTORY_HEADER_ROW, 0, 1, 64).load("values");
    await context.sync();
    if (looksLikeHistory(header.values[0].map(cell))) throw new WorkbookError("historyUnproved", { name: named.name });
    return null;
  }
  const sheet = context.workbook.worksheets.getItem(own.id);
  const tables = sheet.tables.load("items/name");
  await context.sync();
  return tables.items[0] ? { sheet, table: tables.items[0], id: own.id } : "noTable";
}

/** "Mark done": 1 sync for the table's address, 1 to read the row, 1 to write its cells when it is unchanged. */
export async function updateTableRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  update: RowUpdate,
  name: string,
): Promise<void> {
  const box = await tableBox(context, table);
  if (update.row < 0 || update.row >= box.rows - 1) throw new WorkbookError("rowChanged", { name });
  const range = sheet.getRangeByIndexes(box.row + 1 + update.row, box.col, 1, box.cols).load("values");
  await context.sync();
  if (!sameRow(range.values[0].map(cell), update.expect)) throw new WorkbookError("rowChanged", { name });
  for (const c of update.cells)
    sheet.getRangeByIndexes(box.row + 1 + update.row, box.col + c.col, 1, 1).values = [
      [asLiteral(c.value ?? "") as string | number | boolean],
    ];
  await context.sync();
}
