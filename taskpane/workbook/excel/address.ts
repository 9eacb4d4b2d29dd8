/** A1 addresses and sheet names as Excel writes them. */

/** Zero-based column index -> letters: 0 -> "A", 26 -> "AA". */
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

/**
 * The sheet a reference such as "='KAM Matrix'!$1:$1048576" points at, or null for "#REF!" and
 * anything that is not a plain sheet reference (the user may have edited the name).
 */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  const plain = /^([^'!]+)!(.+)$/.exec(ref);
  const match = quoted ?? plain;
  if (!match || ref.includes("#REF!")) return null;
  return quoted ? match[1].replace(/''/g, "'") : match[1];
}

/** Excel allows 31 characters and compares sheet names case-insensitively. */
const MAX_SHEET_NAME = 31;

/** `preferred`, or "preferred (2)", "(3)"... whichever no existing sheet has. */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = preferred.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, MAX_SHEET_NAME) || "Sheet";
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name not used by another table ("KamResults", "KamResults_2", ...). */
export function uniqueTableName(preferred: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) if (!lower.has(`${preferred}_${i}`.toLowerCase())) return `${preferred}_${i}`;
}
