import { isOmitted, toVector } from "./cells";
import { fail } from "./errors";
import { Messages } from "./messages";

/**
 * Criterion weights (SPEC 1): omitted means equal; otherwise one finite number per criterion,
 * not all zero. A negative weight marks a lower-is-better criterion.
 */
export function parseWeights(v: unknown, criteria: number): number[] {
  if (isOmitted(v)) return new Array(criteria).fill(1);
  const cells = toVector(v, "weights");
  if (cells.length !== criteria) fail("VALUE", Messages.weightsCount(cells.length, criteria));
  cells.forEach((w, i) => {
    if (typeof w !== "number" || !Number.isFinite(w)) fail("VALUE", Messages.weightNotNumber(i + 1, w));
  });
  const weights = cells as number[];
  if (weights.every((w) => w === 0)) fail("VALUE", Messages.weightsAllZero());
  return scaleToUnit(weights);
}

/**
 * Only ratios of weights matter, so scale them by a power of two (exact) until the largest |w| is
 * about 1: sums of huge weights (1e308) would overflow to Infinity, and tiny ones lose nothing.
 */
export function scaleToUnit(xs: readonly number[]): number[] {
  const largest = xs.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
  if (!(largest > 0) || !Number.isFinite(largest)) return [...xs];
  const e = -Math.floor(Math.log2(largest));
  // 2^e alone overflows for subnormal weights (e up to 1074), so apply it in two exact steps.
  return xs.map((x) => (e > 1000 ? x * 2 ** (e - 1000) * 2 ** 1000 : x * 2 ** e));
}
