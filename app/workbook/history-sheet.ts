/**
 * The add-in's own "KAM History" sheet, the same in every host: a title in A1, the history table
 * from A2 (header row, then one row per account per review). The first save writes it as an own
 * sheet of kind "history" (writeReport: marked and proved like the matrix); later saves only
 * append rows, add header cells at the right or delete the rows of one review (HistoryChange).
 */
import { HistoryChange, LOG_TABLE_NAMES, LogKind, ReportSheet, WorkbookError } from "./contract";

/** Zero-based row of the history table's header. */
export const HISTORY_HEADER_ROW = 1;

export const logKind = (change: HistoryChange): LogKind => change.kind ?? "history";

/** The sheet of the first save: the title, the header and the first review's rows (the same for the plan and its actions). */
export function firstHistorySheet(change: HistoryChange): ReportSheet {
  return {
    kind: logKind(change),
    sheetName: change.sheetName,
    tables: [
      {
        id: "history",
        title: change.title,
        anchor: { row: HISTORY_HEADER_ROW - 1, col: 0 },
        header: change.header,
        rows: change.append,
        numberFormats: change.header.map(() => null),
        tableName: LOG_TABLE_NAMES[logKind(change)],
        ...(change.validation ? { validation: change.validation } : {}),
      },
    ],
  };
}

/** Refuses an edit computed against another table than the one there now (a user added or removed rows). */
export function checkRows(change: HistoryChange, rowsNow: number, sheetName?: string): void {
  if (rowsNow !== change.expectRows) throw new WorkbookError("historyChanged", sheetName ? { name: sheetName } : {});
  checkAppendOnly(change);
}

/**
 * The plan and its actions are the user's typed work: an edit of them that would remove a row or
 * add a column is refused before anything is written (an add-in defect, never a user's doing).
 */
export function checkAppendOnly(change: HistoryChange): void {
  const kind = logKind(change);
  if (kind !== "history" && (change.removed.length > 0 || change.newColumnsFrom < change.header.length))
    throw new Error(`The ${kind} table only takes appended rows`);
}

/**
 * Refusals before an own sheet that is created once (the plan, its actions) is written: one is
 * there already (another pane created it meanwhile: read again), or a sheet of the user's has the
 * name (ask for another; the user's sheet is left alone). Names compare case-insensitively.
 */
export function checkFirstWrite(report: ReportSheet, ownExists: boolean, sheetNames: readonly string[]): void {
  if (ownExists) throw new WorkbookError("historyChanged", { name: report.sheetName });
  const wanted = report.sheetName.toLowerCase();
  if (sheetNames.some((n) => n.toLowerCase() === wanted)) throw new WorkbookError("nameTaken", { name: report.sheetName });
}

/** Removes the trailing blank cells of a header row read from a sheet. */
export const trimHeader = <T>(header: T[]): T[] => {
  let n = header.length;
  while (n > 0 && (header[n - 1] === null || header[n - 1] === "" || header[n - 1] === undefined)) n--;
  return header.slice(0, n);
};

/**
 * One edit as several that each stay small (for hosts whose calls have a size limit): the first
 * removes and adds columns with the first chunk of rows, the others only append.
 */
export function splitChange(change: HistoryChange, chunks: [number, number][]): HistoryChange[] {
  if (chunks.length <= 1) return [change];
  return chunks.map(([start, end], i) => ({
    ...change,
    newColumnsFrom: i === 0 ? change.newColumnsFrom : change.header.length,
    removed: i === 0 ? change.removed : [],
    append: change.append.slice(start, end),
    expectRows: i === 0 ? change.expectRows : change.expectRows - removedCount(change) + start,
  }));
}

export const removedCount = (change: HistoryChange): number => change.removed.reduce((n, r) => n + r.count, 0);
