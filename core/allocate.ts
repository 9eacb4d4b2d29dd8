import { isOmitted, isPresent, scalar, toVector } from "./cells";
import { fail, isKamError, KamError, Scored } from "./errors";
import { Messages } from "./messages";
import { scaleToUnit } from "./weights";
import type { Quadrant } from "./quadrant";

export const DEFAULT_SHARES: readonly number[] = [0.4, 0.3, 0.2, 0.1];

const asQuadrant = (v: unknown): Quadrant | undefined => (v === 1 || v === 2 || v === 3 || v === 4 ? v : undefined);

export function parseShares(v: unknown): number[] {
  if (isOmitted(v)) return [...DEFAULT_SHARES];
  const cells = toVector(v, "shares");
  if (cells.length !== 4 || !cells.every((c) => isPresent(c) && c >= 0) || cells.every((c) => c === 0))
    fail("VALUE", Messages.sharesInvalid());
  // Only their ratios matter: scaled so that summing them cannot overflow (1e308 x 4).
  return scaleToUnit(cells as number[]);
}

/**
 * Splits total over accounts (SPEC 5): by quadrant share, the shares of empty quadrants passed on
 * to the others in proportion, then inside a quadrant by account weight (equally without
 * weights or when they are all 0). Shares that do not add up to 1 are taken as proportions.
 */
export function allocate(totalArg: unknown, quadrantsArg: unknown, weightsArg?: unknown, sharesArg?: unknown): Scored[] {
  const total = scalar(totalArg, "total");
  if (!isPresent(total) || total < 0) fail(isPresent(total) ? "NUM" : "VALUE", Messages.totalInvalid(total));
  const cells = toVector(quadrantsArg, "quadrants");
  const quadrants = cells.map(asQuadrant);
  const n = quadrants.length;
  let weights: number[] | undefined;
  if (!isOmitted(weightsArg)) {
    const weightCells = toVector(weightsArg, "weights");
    if (weightCells.length !== n) fail("VALUE", Messages.countMismatch("weights", "quadrants", weightCells.length, n));
    weights = weightCells.map((w, i) => {
      // An account with no quadrant takes no part, so its weight does not matter.
      if (quadrants[i] === undefined) return 0;
      // The split of the whole quadrant depends on this weight: its error is the result's.
      if (isKamError(w)) throw w;
      if (!isPresent(w) || w < 0) fail("VALUE", Messages.accountWeightInvalid(i + 1, w));
      return w;
    });
  }
  const shares = parseShares(sharesArg);

  const members: number[][] = [[], [], [], []];
  quadrants.forEach((q, i) => q && members[q - 1].push(i));
  const liveShare = shares.reduce((a, s, k) => a + (members[k].length ? s : 0), 0);

  // An account without a quadrant: its own error passed on (say the #N/A of a score), or one
  // shared "no quadrant" error, made only when needed.
  let noQuadrant: KamError | undefined;
  const out: Scored[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (quadrants[i] !== undefined) continue;
    const c = cells[i];
    out[i] = isKamError(c) ? c : (noQuadrant ??= new KamError("NA", Messages.noQuadrant()));
  }
  members.forEach((idx, k) => {
    if (idx.length === 0) return;
    // With every non-empty quadrant at share 0, split equally between them instead of losing total.
    const live = liveShare > 0 ? shares[k] / liveShare : 1 / members.filter((m) => m.length).length;
    const amount = total * live;
    const w = weights ? scaleToUnit(idx.map((i) => weights![i])) : [];
    const sumW = w.reduce((a, b) => a + b, 0);
    // w / sumW first: amount * w could overflow for a total near the largest number.
    idx.forEach((i, j) => (out[i] = sumW > 0 ? amount * (w[j] / sumW) : amount / idx.length));
  });
  return out;
}
