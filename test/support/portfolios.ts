/**
 * Seeded random account tables for tests and benchmarks: the same seed always gives the same
 * portfolio, so a failure can be replayed. Cells are mostly numbers, with blanks and text
 * sprinkled in the way real spreadsheets have them.
 */

export interface PortfolioOptions {
  /** Share of cells that are missing (blank, "" or text), 0..1. Default 0.1. */
  missingRate?: number;
  /** Draw values from a handful of levels so that many accounts tie. Default false. */
  ties?: boolean;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a missing cell looks like when read from a sheet: empty, blank string, or stray text.
const MISSING_CELLS: readonly unknown[] = [null, "", "n/a", "12", "-"];

/**
 * A rows x cols account table (rows = accounts, cols = criteria). Each column gets its own
 * scale (revenue in millions next to a 1-5 rating), some values are negative, and with `ties`
 * values repeat. Every column keeps at least one number so that it can be normalised.
 */
export function randomPortfolio(seed: number, rows: number, cols: number, opts: PortfolioOptions = {}): unknown[][] {
  const rand = seededRandom(seed);
  const missingRate = opts.missingRate ?? 0.1;
  const scales = Array.from({ length: cols }, () => Math.pow(10, Math.floor(rand() * 7) - 1)); // 0.1 .. 1e5
  const offsets = Array.from({ length: cols }, () => (rand() < 0.2 ? -0.5 : 0));
  const number = (j: number): number => {
    if (opts.ties) return (Math.floor(rand() * 5) + offsets[j]) * scales[j];
    return Math.round((rand() + offsets[j]) * scales[j] * 1000) / 1000;
  };
  const table = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, (_, j) => (rand() < missingRate ? MISSING_CELLS[Math.floor(rand() * MISSING_CELLS.length)] : number(j))),
  );
  for (let j = 0; j < cols && rows > 0; j++) {
    if (!table.some((row) => typeof row[j] === "number")) table[Math.floor(rand() * rows)][j] = number(j);
  }
  return table;
}
