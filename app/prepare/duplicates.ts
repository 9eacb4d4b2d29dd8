import type { CellValue } from "../workbook/contract";

/**
 * Exact duplicate lines: lines whose cells in the given columns are all equal. Cells compare as
 * they would written out as JSON: a missing cell is blank (null), a number JSON cannot write (NaN,
 * an infinity) is blank too, -0 is 0; text, numbers and true/false never equal one another.
 *
 * Lines are bucketed by a 32-bit hash of their cells and compared cell by cell only when their
 * hashes are equal, so a million lines take no string per line.
 */
export type LineHash = (row: readonly CellValue[], columns: readonly number[], line: number) => number;

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/** One step of a multiply-xorshift mixer (as in MurmurHash). */
const mix = (h: number, k: number) => {
  const m = Math.imul(h ^ k, 0x5bd1e995);
  return m ^ (m >>> 15);
};

const BLANK = 0x2f1e3d4c;
const TRUE = 0x1b873593;
const FALSE = 0x7c1d2a39;

/** A cell's hash; equal cells (in the sense above) hash alike. */
function cellHash(v: CellValue | undefined): number {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return BLANK;
    if ((v | 0) === v) return mix(0x3c6ef372, v); // whole numbers in 32 bits (and -0, which is 0)
    float[0] = v;
    return mix(mix(0x5a827999, words[0]), words[1]);
  }
  if (typeof v === "boolean") return v ? TRUE : FALSE;
  let h = 0x811c9dc5; // FNV-1a over the UTF-16 code units
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
  return mix(h, v.length);
}

/** The hash of a line's cells in the given columns. */
export const lineHash = (row: readonly CellValue[], columns: readonly number[]): number => {
  let h = 0x9e3779b9;
  for (const j of columns) h = mix(h, cellHash(row[j]));
  return h;
};

/**
 * A line hash from what a line reader made of the cells, where `read(line)` says it read that line
 * (its valid lines): `values[k]` holds column k's ids or numbers per line (undefined: the cell
 * itself is hashed). Equal cells were read alike, and whether a line is valid depends on its cells
 * alone, so equal lines still hash alike; an account id costs less than hashing its name again.
 */
export function readLineHash(values: readonly (ArrayLike<number> | undefined)[], read: (line: number) => boolean): LineHash {
  return (row, columns, line) => {
    if (!read(line)) return lineHash(row, columns);
    let h = 0x9e3779b9;
    for (let k = 0; k < columns.length; k++) {
      const known = values[k];
      h = mix(h, known === undefined ? cellHash(row[columns[k]]) : cellHash(known[line]));
    }
    return h;
  };
}

const normal = (v: CellValue | undefined): CellValue => (v === undefined || (typeof v === "number" && !Number.isFinite(v)) ? null : v);

function sameCells(a: readonly CellValue[], b: readonly CellValue[], columns: readonly number[]): boolean {
  for (const j of columns) if (normal(a[j]) !== normal(b[j])) return false; // -0 === 0
  return true;
}

/**
 * Groups of two or more equal lines (0-based line indexes, ascending), in the order of each group's
 * first line. `skip` leaves lines out (blank lines); `hash` is replaceable for tests of the buckets.
 */
export function duplicateGroups(
  rows: readonly (readonly CellValue[])[],
  columns: readonly number[],
  skip: (line: number) => boolean = () => false,
  hash: LineHash = lineHash,
): number[][] {
  // An open-addressing table of groups: per slot the first line of a group (+1; 0 is free) and its
  // hash, side by side (one cache line per probe). Equal hashes are compared cell by cell; a
  // different line with the same hash probes on.
  let size = 16;
  while (size < 2 * rows.length) size *= 2;
  const slots = new Int32Array(2 * size);
  // first line of a group -> its later lines (only groups with duplicates get an entry).
  const later = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (skip(i)) continue;
    const row = rows[i];
    const h = hash(row, columns, i) | 0;
    let slot = mix(h, 0x27d4eb2d) & (size - 1);
    for (;;) {
      const head = slots[2 * slot] - 1;
      if (head < 0) {
        slots[2 * slot] = i + 1;
        slots[2 * slot + 1] = h;
        break;
      }
      if (slots[2 * slot + 1] === h && sameCells(rows[head], row, columns)) {
        const lines = later.get(head);
        if (lines) lines.push(i);
        else later.set(head, [i]);
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return [...later.keys()].sort((a, b) => a - b).map((head) => [head, ...later.get(head)!]);
}
