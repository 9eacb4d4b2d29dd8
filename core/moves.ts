import { isBlank, parseOption, toVector } from "./cells";
import { fail } from "./errors";
import { Messages } from "./messages";

export const MOVE_MODES = ["count", "share", "full"] as const;
export type MoveMode = (typeof MOVE_MODES)[number];
export const parseMoveMode = (v: unknown): MoveMode => parseOption(v, "mode", MOVE_MODES, "count");

/** Row / column index 0..3 of a quadrant cell; -1 for anything else. */
const quadrantIndex = (v: unknown): number => (v === 1 || v === 2 || v === 3 || v === 4 ? v - 1 : -1);

/** In "full" mode row and column 5 (index 4) stand for "no quadrant": new and dropped accounts. */
export const NO_QUADRANT = 4;

/**
 * Moves between two reviews (SPEC 7 and 13): "count" (default) the 4 x 4 counts from quadrant
 * (row) to quadrant (column); "share" each row divided by its total; "full" 5 x 5 counts with
 * new accounts (blank before) in row 5 and dropped ones (blank after) in column 5.
 */
export function moves(beforeArg: unknown, afterArg: unknown, modeArg?: unknown): number[][] {
  const mode = parseMoveMode(modeArg);
  const before = toVector(beforeArg, "before");
  const after = toVector(afterArg, "after");
  if (before.length !== after.length) fail("VALUE", Messages.countMismatch("before", "after", before.length, after.length));
  const full = mode === "full";
  const size = full ? 5 : 4;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < before.length; i++) {
    let from = quadrantIndex(before[i]);
    let to = quadrantIndex(after[i]);
    if (full) {
      // Blank on one side only is a new or dropped account; blank on both, or any other cell, is no pair.
      if (from < 0 && isBlank(before[i]) && to >= 0) from = NO_QUADRANT;
      else if (to < 0 && isBlank(after[i]) && from >= 0) to = NO_QUADRANT;
    }
    if (from >= 0 && to >= 0) counts[from][to]++;
  }
  return mode === "share" ? rowShares(counts) : counts;
}

/** Each row divided by its total; a row with total 0 stays 0. */
export function rowShares(counts: readonly (readonly number[])[]): number[][] {
  return counts.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((c) => (total > 0 ? c / total : 0));
  });
}
