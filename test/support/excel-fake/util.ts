/** Errors and A1 addresses as Office.js reports them (the fake's own code, not the adapter's). */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export const notLoaded = (prop: string, path: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${path} is not available. Load it and call context.sync() before reading it.`,
  );

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(l: string): number {
  let n = 0;
  for (const ch of l.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B2", "B2:D9", "$1:$1048576" (whole rows), "A:C" (whole columns) -> box. */
export function parseBox(address: string): Box {
  const part = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = part.replace(/\$/g, "").split(":");
  const cell = (s: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m) throw new OfficeError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = cell(a);
  const q = cell(b);
  const row = p.row ?? 0;
  const col = p.col ?? 0;
  const lastRow = q.row ?? MAX_ROWS - 1;
  const lastCol = q.col ?? MAX_COLS - 1;
  // Excel's grid is A1:XFD1048576; an address beyond it is refused.
  if (row < 0 || col < 0 || lastRow >= MAX_ROWS || lastCol >= MAX_COLS)
    throw new OfficeError("InvalidArgument", `${address} is outside A1:XFD1048576`);
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function formatBox(b: Box): string {
  const start = `${letters(b.col)}${b.row + 1}`;
  return b.rows === 1 && b.cols === 1 ? start : `${start}:${letters(b.col + b.cols - 1)}${b.row + b.rows}`;
}

export const quote = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
