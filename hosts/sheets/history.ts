/**
 * "KAM History" in Google Sheets: the add-on's own sheet, title in row 1, the history
 * table from row 2 (header) down. Read in chunks that keep each google.script.run answer small;
 * edited in place: header cells set at the right, rows appended below the last one, then
 * deleteRows for the rows of the review replaced or deleted. Earlier rows are never rewritten. The first save writes the whole
 * sheet through writeReport (kind "history"), so it is marked and proved like the matrix.
 */
import { CellValue, HistoryChange, HistoryData, LogKind, RowUpdate, sameRow, WorkbookError } from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import { firstHistorySheet, HISTORY_HEADER_ROW, logKind, trimHeader } from "../../app/workbook/history-sheet";
import { HISTORY_SHEET_NAME, looksLikeHistory, planHistoryChange } from "../../app/review/historyChange";
import type { CellInput, Services, Sheet } from "./apps-script";
import { cellReader } from "./cell-values";
import { writableRange } from "./grid";
import { findOwnSheet } from "./report-sheet";
import { setListRules, writeReport } from "./report-writer";

/** Bytes of JSON per answer: google.script.run answers of several MB are slow and may fail. */
export const READ_CHUNK_BYTES = 2_000_000;

/** 1-based row of the header. */
const HEADER = HISTORY_HEADER_ROW + 1;

export interface HistoryChunk extends HistoryData {
  /** Data rows in the table; the client asks again from `offset + rows.length` until it has them all. */
  total: number;
}

/** A cell as the pane gets it: blank as null, a date (typed by a user) as its serial, never a Date object. */
function historyCell(services: Services): (v: CellInput) => CellValue {
  const read = cellReader(services);
  return (v) => (v === "" || v === undefined ? null : read(v));
}

function extent(sheet: Sheet): { width: number; total: number } {
  const width = sheet.getLastColumn();
  return { width, total: Math.max(0, sheet.getLastRow() - HEADER) };
}

/** Without an own history: a sheet of that name holding a history table is refused, never read nor started again. */
function noUnprovedHistory(services: Services, kind: LogKind): null {
  if (kind !== "history") return null;
  const named = services.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .find((s) => s.getName().toLowerCase() === HISTORY_SHEET_NAME.toLowerCase());
  const width = named ? named.getLastColumn() : 0;
  if (
    named &&
    width > 0 &&
    named.getLastRow() >= HEADER &&
    looksLikeHistory(named.getRange(HEADER, 1, 1, width).getValues()[0].map(historyCell(services)))
  )
    throw new WorkbookError("historyUnproved", { name: named.getName() });
  return null;
}

/** Header and the data rows from `offset` on, as many as fit READ_CHUNK_BYTES; null without an own sheet of `kind`. */
export function readHistory(services: Services, offset: number, kind: LogKind = "history"): HistoryChunk | null {
  const sheet = findOwnSheet(services, services.SpreadsheetApp.getActiveSpreadsheet(), kind);
  if (!sheet) return noUnprovedHistory(services, kind);
  const { width, total } = extent(sheet);
  if (width === 0) return { header: [], rows: [], total: 0 };
  const toCell = historyCell(services);
  const header = trimHeader(sheet.getRange(HEADER, 1, 1, width).getValues()[0].map(toCell));
  const rows: CellValue[][] = [];
  let bytes = 0;
  // Read in blocks of 1,000 rows and stop once the answer is full (at least one block per call).
  for (let start = offset; start < total && bytes < READ_CHUNK_BYTES;) {
    const count = Math.min(1000, total - start);
    for (const r of sheet.getRange(HEADER + 1 + start, 1, count, width).getValues()) {
      const row = r.map(toCell);
      bytes += JSON.stringify(row).length + 1;
      rows.push(row);
    }
    start += count;
  }
  return { header, rows, total };
}

/**
 * Applies one change (the client splits a large one into several), inside one server call:
 * reads the table as it is now, adds header cells, appends, then deletes the old rows it found
 * by content, from the bottom up.
 */
export function editHistory(services: Services, change: HistoryChange): { sheetName: string } {
  const sheet = findOwnSheet(services, services.SpreadsheetApp.getActiveSpreadsheet(), logKind(change));
  if (!sheet) {
    noUnprovedHistory(services, logKind(change));
    return { sheetName: writeReport(services, firstHistorySheet(change), false).sheetName };
  }
  const { width, total } = extent(sheet);
  const toCell = historyCell(services);
  const header = width > 0 ? sheet.getRange(HEADER, 1, 1, width).getValues()[0].map(toCell) : [];
  const column = (j: number): CellValue[] =>
    j < width && total > 0
      ? sheet
          .getRange(HEADER + 1, j + 1, total, 1)
          .getValues()
          .map((r) => toCell(r[0]))
      : [];
  const dates = column(change.dateColumn);
  const runs = planHistoryChange(change, header, dates.length === total ? dates : new Array(total).fill(null), column(change.reviewColumn));
  const added = change.header.slice(change.newColumnsFrom);
  if (added.length > 0)
    writableRange(sheet, HEADER, change.newColumnsFrom + 1, 1, added.length)
      .setValues([added.map((h) => asLiteral(h))])
      .setFontWeight("bold");
  const cols = change.header.length;
  if (change.append.length > 0 && cols > 0) {
    const cells = change.append.map((r) =>
      Array.from({ length: cols }, (_, j) => (r[j] === null || r[j] === undefined ? "" : asLiteral(r[j] as CellValue))),
    );
    writableRange(sheet, HEADER + 1 + total, 1, cells.length, cols).setValues(cells);
    setListRules(services, sheet, change.validation, HEADER + 1 + total, 1, cells.length);
  }
  for (const run of runs) sheet.deleteRows(HEADER + 1 + run.start, run.count);
  return { sheetName: sheet.getName() };
}

/** "Mark done" (under the document lock): the row is read again and its cells written only when it is unchanged. */
export function updateRow(services: Services, update: RowUpdate): void {
  const sheet = findOwnSheet(services, services.SpreadsheetApp.getActiveSpreadsheet(), update.kind);
  if (!sheet) throw new WorkbookError("rowChanged", {});
  const { width, total } = extent(sheet);
  if (update.row < 0 || update.row >= total || width === 0) throw new WorkbookError("rowChanged", { name: sheet.getName() });
  const toCell = historyCell(services);
  const now = sheet
    .getRange(HEADER + 1 + update.row, 1, 1, width)
    .getValues()[0]
    .map(toCell);
  if (!sameRow(now, update.expect)) throw new WorkbookError("rowChanged", { name: sheet.getName() });
  for (const c of update.cells)
    writableRange(sheet, HEADER + 1 + update.row, c.col + 1, 1, 1).setValues([[c.value === null ? "" : asLiteral(c.value)]]);
}
