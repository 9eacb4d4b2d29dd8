import type { Language } from "../../core";
import { headerText, type CellValue, type HistoryChange } from "../workbook/contract";
import { checkAppendOnly, tableChanged } from "../workbook/history-sheet";
import { checkHeader, columnsOf, type HistoryEdit } from "./history";
import { parseReviewDate } from "./reviewDate";

export const HISTORY_SHEET_NAME = "KAM History";

const TITLE: Record<Language, string> = {
  en: "KAM History: one row per account and saved review (written by the KAM Matrix add-in; earlier rows are never changed)",
  de: "KAM History: eine Zeile je Kunde und gespeicherter Überprüfung (vom Add-in KAM Matrix geschrieben; frühere Zeilen werden nie geändert)",
};

/** What an adapter must do for an edit of the history model (app/review/history.ts). */
export function historyChange(edit: HistoryEdit, lang: Language): HistoryChange {
  const header = headerText(edit.table.header);
  const cols = columnsOf(header);
  return {
    sheetName: HISTORY_SHEET_NAME,
    title: TITLE[lang],
    header,
    newColumnsFrom: edit.newColumnsFrom,
    append: edit.table.rows.slice(edit.appendedFrom),
    remove: edit.remove,
    removeNow: true,
    date: edit.date,
    dateColumn: cols.fixed.date ?? 0,
    reviewColumn: cols.fixed.review ?? header.length,
  };
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * Where a change goes in the table as it is now, read in the same request or server call: the
 * rows to delete, as runs from the bottom up (so a deletion never moves a run still to go). The
 * header must be the one the pane read, every removed review must have the rows it had then, and
 * no other rows may carry the appended review's date (a second pane saved one): otherwise the
 * change is refused ("historyChanged") and the pane reads the table again. A part that is not
 * the last of a split edit only checks (removeNow false) and deletes nothing. The plan and its
 * actions take appended rows only, computed against the row count there now (checkAppendOnly).
 */
export function planHistoryChange(
  change: HistoryChange,
  header: readonly CellValue[],
  dates: readonly CellValue[],
  reviewIds: readonly CellValue[] | null,
): { start: number; count: number }[] {
  checkAppendOnly(change, dates.length);
  const expected = change.header.slice(0, change.newColumnsFrom);
  const now = header.map(text);
  while (now.length > 0 && now[now.length - 1] === "") now.pop();
  if (now.length !== expected.length || expected.some((h, j) => h.trim() !== now[j])) throw tableChanged(change);
  const idAt = (i: number) => (change.reviewColumn < change.newColumnsFrom && reviewIds ? text(reviewIds[i]) : "");
  const gone: number[] = [];
  for (const r of change.remove) {
    const rows: number[] = [];
    dates.forEach((d, i) => {
      const id = idAt(i);
      if (r.reviewId === null ? id === "" && parseReviewDate(d) === r.date : id === r.reviewId) rows.push(i);
    });
    if (rows.length !== r.rows) throw tableChanged(change);
    gone.push(...rows);
  }
  const goneSet = new Set(gone);
  if (change.date !== null && dates.some((d, i) => !goneSet.has(i) && parseReviewDate(d) === change.date)) throw tableChanged(change);
  const runs: { start: number; count: number }[] = [];
  for (const i of [...goneSet].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i) last.count++;
    else runs.push({ start: i, count: 1 });
  }
  return change.removeNow ? runs.reverse() : [];
}

/** Whether a header row (row 2 of a sheet) is a history table's: every column the reader needs is there. */
export function looksLikeHistory(header: readonly CellValue[]): boolean {
  try {
    checkHeader(columnsOf(header), "en");
    return true;
  } catch {
    return false;
  }
}
