/**
 * The naming rules every adapter (Excel, the playground's memory workbook, Google Sheets) shares,
 * so the same table gives the same addresses, sheet and table names in every host.
 */

/** Zero-based column index -> letters: 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Zero-based top-left cell and size -> "B3" or "B3:D10". */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(col + cols - 1)}${row + rows}`;
}

/** Sheet name as it must appear in a reference: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Accounts!A1:H41", "'Q3 accounts'!B2:D9". */
export const sheetAddress = (sheetName: string, row: number, col: number, rows: number, cols: number): string =>
  `${quoteSheet(sheetName)}!${a1(row, col, rows, cols)}`;

/** Excel allows 31 characters, forbids : \ / ? * [ ] and a leading or trailing apostrophe. */
export const MAX_SHEET_NAME = 31;

/**
 * `preferred` made legal, or "preferred (2)", "(3)"... whichever no existing sheet has. Names are
 * compared case-insensitively, as Excel and Google Sheets do.
 */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base =
    preferred
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_SHEET_NAME) || "Sheet";
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name no other table has: "KamResults", then "KamResults_2", "KamResults_3"... */
export function uniqueTableName(preferred: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) if (!lower.has(`${preferred}_${i}`.toLowerCase())) return `${preferred}_${i}`;
}

/**
 * A header cell as the pane sees it: text trimmed, numbers as their text, and a blank header as
 * "" (the settings then call it "Column C" by its position, see blankHeaderLabel).
 */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

/** The label of a column whose header is blank: "Column C" for the table's third column. */
export const blankHeaderLabel = (index: number): string => `Column ${columnLetters(index)}`;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B3:D10" or "'Sheet'!B3:D10" -> zero-based box; null when it is not a plain A1 block. */
export function parseA1(address: string): Box | null {
  const part = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(part);
  if (!m) return null;
  const col = (l: string) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c0, r0] = [col(m[1]), Number(m[2]) - 1];
  const [c1, r1] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c0, r0];
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

export const boxWithin = (inner: Box, outer: Box): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/** The smallest box holding all of `boxes` (null for none). */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.row));
  const left = Math.min(...boxes.map((b) => b.col));
  const bottom = Math.max(...boxes.map((b) => b.row + b.rows));
  const right = Math.max(...boxes.map((b) => b.col + b.cols));
  return { row: top, col: left, rows: bottom - top, cols: right - left };
}

/** The cells a report table takes: title row, header row and data rows. */
export const tableBox = (t: { anchor: { row: number; col: number }; header: readonly unknown[]; rows: readonly unknown[] }): Box => ({
  row: t.anchor.row,
  col: t.anchor.col,
  rows: t.rows.length + 2,
  cols: Math.max(1, t.header.length),
});

/** The default name of the sheet that keeps a user's edits of an old report (see WriteResult.keptEdits). */
export const keptSheetName = (reportSheet: string, suffix: string, existing: readonly string[]): string =>
  uniqueSheetName(`${reportSheet.slice(0, MAX_SHEET_NAME - suffix.length - 1).trimEnd()} ${suffix}`, existing);
