import { fail } from "./errors";
import { Messages } from "./messages";

/** A cell counts as present only if it is a finite number (SPEC 1): text, blanks, booleans, errors are missing. */
export const isPresent = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Blank as a host passes it: omitted argument, empty cell, or empty string. */
export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

/** An omitted optional argument: null/undefined, a blank scalar, or a 1x1 range holding a blank. */
export function isOmitted(v: unknown): boolean {
  if (isBlank(v)) return true;
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return isBlank(v[0][0]);
  return false;
}

/** Turns a scalar, a 1D list or a 2D range into a rectangular 2D array; checks shape. */
export function toMatrix(v: unknown, arg: string): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) fail("VALUE", Messages.emptyRange(arg));
  if (!Array.isArray(v[0])) return [v as unknown[]];
  const rows = v as unknown[][];
  const width = rows[0].length;
  if (width === 0) fail("VALUE", Messages.emptyRange(arg));
  for (const row of rows) if (!Array.isArray(row) || row.length !== width) fail("VALUE", Messages.notRectangular(arg));
  return rows;
}

/** A single row or column as a flat list (row-major), or a VALUE error naming the shape. */
export function toVector(v: unknown, arg: string): unknown[] {
  const m = toMatrix(v, arg);
  if (m.length === 1) return m[0];
  if (m[0].length === 1) return m.map((row) => row[0]);
  return fail("VALUE", Messages.notVector(arg, m.length, m[0].length));
}

/** All cells in row-major order, with the shape to restore. */
export function flatten(v: unknown, arg: string): { cells: unknown[]; rows: number; cols: number } {
  const m = toMatrix(v, arg);
  const cells: unknown[] = [];
  for (const row of m) for (const c of row) cells.push(c);
  return { cells, rows: m.length, cols: m[0].length };
}

export function reshape<T>(cells: T[], rows: number, cols: number): T[][] {
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = cells.slice(r * cols, (r + 1) * cols);
  return out;
}

export const asColumn = <T>(xs: readonly T[]): T[][] => xs.map((x) => [x]);

/** Case-insensitive choice among options; blank gives the default. A range must be one cell. */
export function parseOption<T extends string>(v: unknown, arg: string, valid: readonly T[], dflt: T): T {
  const raw = scalar(v, arg);
  if (isBlank(raw)) return dflt;
  const key = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
  const hit = valid.find((o) => o === key);
  return hit ?? fail("VALUE", Messages.unknownOption(arg, raw, valid));
}

/** A scalar argument (a 1x1 range is accepted). */
export function scalar(v: unknown, arg: string): unknown {
  if (!Array.isArray(v)) return v;
  const m = toMatrix(v, arg);
  if (m.length !== 1 || m[0].length !== 1) fail("VALUE", Messages.notScalar(arg, m.length, m[0].length));
  return m[0][0];
}

/** The columns of a 2D range as numbers, NaN where a cell is missing ; one pass over the rows. */
export function numericColumns(rows: readonly (readonly unknown[])[], count: number): Float64Array[] {
  const out = Array.from({ length: count }, () => new Float64Array(rows.length));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < count; j++) {
      const v = row[j];
      out[j][i] = isPresent(v) ? v : NaN;
    }
  }
  return out;
}
