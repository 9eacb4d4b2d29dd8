/**
 * The add-in's own "KAM History" sheet, the same in every host: a title in A1, the history table
 * from A2 (header row, then one row per account per review). The first save writes it as an own
 * sheet of kind "history" (writeReport: marked and proved like the matrix); later saves only
 * add header cells at the right, append rows, then delete the rows of one review (HistoryChange).
 */
import { HistoryChange, isAppendOnly, LOG_TABLE_NAMES, LogKind, OwnSheetKind, ReportSheet, WorkbookError } from "./contract";

/** Zero-based row of the history table's header. */
export const HISTORY_HEADER_ROW = 1;

export const logKind = (change: HistoryChange): LogKind => change.kind ?? "history";

/** The sheet of the first save: the title, the header and the first review's rows (the same for the plan and its actions). */
export function firstHistorySheet(change: HistoryChange): ReportSheet {
  return {
    kind: logKind(change),
    createOnly: true,
    sheetName: change.sheetName,
    tables: [
      {
        id: "history",
        title: change.title,
        anchor: { row: HISTORY_HEADER_ROW - 1, col: 0 },
        header: change.header,
        // An empty table gets one blank row: an Excel table has a data row (a header-only block is
        // not relied on, hosts/excel/BEHAVIOUR.md), and the drop-down lists have a row to sit on.
        rows: change.append.length > 0 ? change.append : [change.header.map(() => null)],
        numberFormats: change.header.map(() => null),
        tableName: LOG_TABLE_NAMES[logKind(change)],
        ...(change.validation ? { validation: change.validation } : {}),
      },
    ],
  };
}

/** The name a "historyChanged" refusal carries: the plan's and actions' sheet; none for the history (its own wording). */
const changedParams = (kind: OwnSheetKind, sheetName: string): { name?: string } => (isAppendOnly(kind) ? { name: sheetName } : {});

/** The refusal of a change computed against another table than the one there now. */
export const tableChanged = (change: HistoryChange): WorkbookError =>
  new WorkbookError("historyChanged", changedParams(logKind(change), change.sheetName));

/**
 * The plan and its actions are the user's typed work: an edit of them that would remove a row or
 * add a column is refused before anything is written (an add-in defect, never a user's doing);
 * an append computed against another row count than the `rowsNow` of the fresh read (another
 * pane appended meanwhile) is refused with "historyChanged". The history is not checked here.
 */
export function checkAppendOnly(change: HistoryChange, rowsNow: number): void {
  const kind = logKind(change);
  if (!isAppendOnly(kind)) return;
  if (change.remove.length > 0 || change.newColumnsFrom < change.header.length)
    throw new Error(`The ${kind} table only takes appended rows`);
  if (change.expectRows !== undefined && rowsNow !== change.expectRows) throw tableChanged(change);
}

/**
 * The refusals of a first save (ReportSheet.createOnly), checked before anything is written: an
 * own sheet of that kind is there already (another pane created it meanwhile: read again); for the
 * plan and its actions also a sheet of the user's with the name asked for (ask for another; the
 * user's sheet is left alone; names compare case-insensitively). The history instead takes a free
 * name beside a user's sheet.
 */
export function checkCreateOnly(report: ReportSheet, ownExists: boolean, sheetNames: readonly string[]): void {
  if (!report.createOnly) return;
  const kind = report.kind ?? "matrix";
  if (ownExists) throw new WorkbookError("historyChanged", changedParams(kind, report.sheetName));
  const wanted = report.sheetName.toLowerCase();
  if (isAppendOnly(kind) && sheetNames.some((n) => n.toLowerCase() === wanted))
    throw new WorkbookError("nameTaken", { name: report.sheetName });
}

/** Removes the trailing blank cells of a header row read from a sheet. */
export const trimHeader = <T>(header: T[]): T[] => {
  let n = header.length;
  while (n > 0 && (header[n - 1] === null || header[n - 1] === "" || header[n - 1] === undefined)) n--;
  return header.slice(0, n);
};

/**
 * One edit as several that each stay small (for hosts whose calls have a size limit), in the
 * order of the whole: the first adds the columns and checks the date, the middle ones only
 * append, the last removes the old rows once every new row is written.
 */
export function splitChange(change: HistoryChange, chunks: [number, number][]): HistoryChange[] {
  if (chunks.length <= 1) return [change];
  const last = chunks.length - 1;
  return chunks.map(([start, end], i) => ({
    ...change,
    newColumnsFrom: i === 0 ? change.newColumnsFrom : change.header.length,
    append: change.append.slice(start, end),
    removeNow: i === last,
    date: i === 0 ? change.date : null,
    // Rows are removed only by the last part: part i finds the rows of the parts before it.
    ...(change.expectRows !== undefined ? { expectRows: change.expectRows + start } : {}),
  }));
}
