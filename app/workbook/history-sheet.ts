/**
 * The add-in's own "KAM History" sheet, the same in every host: a title in A1, the history table
 * from A2 (header row, then one row per account per review). The first save writes it as an own
 * sheet of kind "history" (writeReport: marked and proved like the matrix); later saves only
 * add header cells at the right, append rows, then delete the rows of one review (HistoryChange).
 */
import { HISTORY_TABLE_NAME, HistoryChange, ReportSheet } from "./contract";

/** Zero-based row of the history table's header. */
export const HISTORY_HEADER_ROW = 1;

/** The sheet of the first save: the title, the header and the first review's rows. */
export function firstHistorySheet(change: HistoryChange): ReportSheet {
  return {
    kind: "history",
    createOnly: true,
    sheetName: change.sheetName,
    tables: [
      {
        id: "history",
        title: change.title,
        anchor: { row: HISTORY_HEADER_ROW - 1, col: 0 },
        header: change.header,
        rows: change.append,
        numberFormats: change.header.map(() => null),
        tableName: HISTORY_TABLE_NAME,
      },
    ],
  };
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
  }));
}
