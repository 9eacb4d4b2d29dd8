/**
 * "KAM History" in Google Sheets: the add-on's own sheet, title in row 1, the history
 * table from row 2 (header) down. Read in chunks that keep each google.script.run answer small;
 * edited in place: deleteRows for the rows of one review, header cells set at the right, rows
 * appended below the last one. Earlier rows are never rewritten. The first save writes the whole
 * sheet through writeReport (kind "history"), so it is marked and proved like the matrix.
 */
import { CellValue, HistoryChange, HistoryData, LogKind, RowUpdate, sameRow, WorkbookError } from "../../app/workbook/contract";
import { asLiteral } from "../../app/workbook/escape";
import { checkRows, firstHistorySheet, HISTORY_HEADER_ROW, logKind, trimHeader } from "../../app/workbook/history-sheet";
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

/** Header and the data rows from `offset` on, as many as fit READ_CHUNK_BYTES; null without an own sheet of `kind`. */
export function readHistory(services: Services, offset: number, kind: LogKind = "history"): HistoryChunk | null {
  const sheet = findOwnSheet(services, services.SpreadsheetApp.getActiveSpreadsheet(), kind);
  if (!sheet) return null;
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

/** Applies one change (the client splits a large one into several). */
export function editHistory(services: Services, change: HistoryChange): { sheetName: string } {
  const sheet = findOwnSheet(services, services.SpreadsheetApp.getActiveSpreadsheet(), logKind(change));
  if (!sheet) return { sheetName: writeReport(services, firstHistorySheet(change), false).sheetName };
  checkRows(change, extent(sheet).total, sheet.getName());
  for (const run of change.removed) sheet.deleteRows(HEADER + 1 + run.start, run.count);
  const added = change.header.slice(change.newColumnsFrom);
  if (added.length > 0)
    writableRange(sheet, HEADER, change.newColumnsFrom + 1, 1, added.length)
      .setValues([added.map((h) => asLiteral(h))])
      .setFontWeight("bold");
  const width = change.header.length;
  if (change.append.length > 0 && width > 0) {
    const top = HEADER + 1 + extent(sheet).total;
    const cells = change.append.map((r) =>
      Array.from({ length: width }, (_, j) => (r[j] === null || r[j] === undefined ? "" : asLiteral(r[j] as CellValue))),
    );
    writableRange(sheet, top, 1, cells.length, width).setValues(cells);
    setListRules(services, sheet, change.validation, top, 1, cells.length);
  }
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
