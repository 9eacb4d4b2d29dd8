import { toVector } from "./cells";
import { fail } from "./errors";
import { Messages } from "./messages";

const quadrantIndex = (v: unknown): number => (v === 1 || v === 2 || v === 3 || v === 4 ? v - 1 : -1);

/** 4 x 4 counts of accounts moving from quadrant (row) to quadrant (column) between two reviews. */
export function moves(beforeArg: unknown, afterArg: unknown): number[][] {
  const before = toVector(beforeArg, "before");
  const after = toVector(afterArg, "after");
  if (before.length !== after.length) fail("VALUE", Messages.countMismatch("before", "after", before.length, after.length));
  const counts = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  before.forEach((b, i) => {
    const from = quadrantIndex(b);
    const to = quadrantIndex(after[i]);
    if (from >= 0 && to >= 0) counts[from][to]++;
  });
  return counts;
}
